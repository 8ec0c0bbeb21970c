/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Mar Tech Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Category of a MarTech tool.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getMarTechCategory()
 * @model
 * @generated
 */
public enum MarTechCategory implements Enumerator {
	/**
	 * The '<em><b>ANALYTICS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYTICS_VALUE
	 * @generated
	 * @ordered
	 */
	ANALYTICS(0, "ANALYTICS", "ANALYTICS"),

	/**
	 * The '<em><b>CMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CMS_VALUE
	 * @generated
	 * @ordered
	 */
	CMS(1, "CMS", "CMS"),

	/**
	 * The '<em><b>ECOMMERCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOMMERCE_VALUE
	 * @generated
	 * @ordered
	 */
	ECOMMERCE(2, "ECOMMERCE", "ECOMMERCE"),

	/**
	 * The '<em><b>EMAIL AUTOMATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_AUTOMATION_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL_AUTOMATION(3, "EMAIL_AUTOMATION", "EMAIL_AUTOMATION"),

	/**
	 * The '<em><b>CRM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRM_VALUE
	 * @generated
	 * @ordered
	 */
	CRM(4, "CRM", "CRM"),

	/**
	 * The '<em><b>ADVERTISING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVERTISING_VALUE
	 * @generated
	 * @ordered
	 */
	ADVERTISING(5, "ADVERTISING", "ADVERTISING"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(6, "SOCIAL_MEDIA", "SOCIAL_MEDIA"),

	/**
	 * The '<em><b>SEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEO_VALUE
	 * @generated
	 * @ordered
	 */
	SEO(7, "SEO", "SEO"),

	/**
	 * The '<em><b>TESTING CRO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TESTING_CRO_VALUE
	 * @generated
	 * @ordered
	 */
	TESTING_CRO(8, "TESTING_CRO", "TESTING_CRO"),

	/**
	 * The '<em><b>CUSTOMER SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SERVICE(9, "CUSTOMER_SERVICE", "CUSTOMER_SERVICE"),

	/**
	 * The '<em><b>DATA PLATFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_PLATFORM_VALUE
	 * @generated
	 * @ordered
	 */
	DATA_PLATFORM(10, "DATA_PLATFORM", "DATA_PLATFORM"),

	/**
	 * The '<em><b>COLLABORATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLABORATION_VALUE
	 * @generated
	 * @ordered
	 */
	COLLABORATION(11, "COLLABORATION", "COLLABORATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(12, "OTHER", "OTHER");

	/**
	 * The '<em><b>ANALYTICS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANALYTICS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANALYTICS_VALUE = 0;

	/**
	 * The '<em><b>CMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CMS_VALUE = 1;

	/**
	 * The '<em><b>ECOMMERCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECOMMERCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECOMMERCE_VALUE = 2;

	/**
	 * The '<em><b>EMAIL AUTOMATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_AUTOMATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_AUTOMATION_VALUE = 3;

	/**
	 * The '<em><b>CRM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CRM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CRM_VALUE = 4;

	/**
	 * The '<em><b>ADVERTISING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVERTISING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVERTISING_VALUE = 5;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 6;

	/**
	 * The '<em><b>SEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEO_VALUE = 7;

	/**
	 * The '<em><b>TESTING CRO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TESTING_CRO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TESTING_CRO_VALUE = 8;

	/**
	 * The '<em><b>CUSTOMER SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SERVICE_VALUE = 9;

	/**
	 * The '<em><b>DATA PLATFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DATA_PLATFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DATA_PLATFORM_VALUE = 10;

	/**
	 * The '<em><b>COLLABORATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLLABORATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLLABORATION_VALUE = 11;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 12;

	/**
	 * An array of all the '<em><b>Mar Tech Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MarTechCategory[] VALUES_ARRAY =
		new MarTechCategory[] {
			ANALYTICS,
			CMS,
			ECOMMERCE,
			EMAIL_AUTOMATION,
			CRM,
			ADVERTISING,
			SOCIAL_MEDIA,
			SEO,
			TESTING_CRO,
			CUSTOMER_SERVICE,
			DATA_PLATFORM,
			COLLABORATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Mar Tech Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MarTechCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Mar Tech Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarTechCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MarTechCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mar Tech Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarTechCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MarTechCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Mar Tech Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarTechCategory get(int value) {
		switch (value) {
			case ANALYTICS_VALUE: return ANALYTICS;
			case CMS_VALUE: return CMS;
			case ECOMMERCE_VALUE: return ECOMMERCE;
			case EMAIL_AUTOMATION_VALUE: return EMAIL_AUTOMATION;
			case CRM_VALUE: return CRM;
			case ADVERTISING_VALUE: return ADVERTISING;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case SEO_VALUE: return SEO;
			case TESTING_CRO_VALUE: return TESTING_CRO;
			case CUSTOMER_SERVICE_VALUE: return CUSTOMER_SERVICE;
			case DATA_PLATFORM_VALUE: return DATA_PLATFORM;
			case COLLABORATION_VALUE: return COLLABORATION;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MarTechCategory(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MarTechCategory
