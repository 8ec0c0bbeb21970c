/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Budget Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Category of marketing spend.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getBudgetCategory()
 * @model
 * @generated
 */
public enum BudgetCategory implements Enumerator {
	/**
	 * The '<em><b>MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media acquisition.
	 * <!-- end-model-doc -->
	 * @see #MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA(0, "MEDIA", "MEDIA"),

	/**
	 * The '<em><b>CREATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Creative.
	 * <!-- end-model-doc -->
	 * @see #CREATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	CREATIVE(1, "CREATIVE", "CREATIVE"),

	/**
	 * The '<em><b>CONTENT SEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content marketing and SEO.
	 * <!-- end-model-doc -->
	 * @see #CONTENT_SEO_VALUE
	 * @generated
	 * @ordered
	 */
	CONTENT_SEO(2, "CONTENT_SEO", "CONTENT_SEO"),

	/**
	 * The '<em><b>PR EVENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PR and events.
	 * <!-- end-model-doc -->
	 * @see #PR_EVENTS_VALUE
	 * @generated
	 * @ordered
	 */
	PR_EVENTS(3, "PR_EVENTS", "PR_EVENTS"),

	/**
	 * The '<em><b>STAFF</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff and people.
	 * <!-- end-model-doc -->
	 * @see #STAFF_VALUE
	 * @generated
	 * @ordered
	 */
	STAFF(4, "STAFF", "STAFF"),

	/**
	 * The '<em><b>SITE MARTECH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Website and MarTech.
	 * <!-- end-model-doc -->
	 * @see #SITE_MARTECH_VALUE
	 * @generated
	 * @ordered
	 */
	SITE_MARTECH(5, "SITE_MARTECH", "SITE_MARTECH");

	/**
	 * The '<em><b>MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Media acquisition.
	 * <!-- end-model-doc -->
	 * @see #MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_VALUE = 0;

	/**
	 * The '<em><b>CREATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Creative.
	 * <!-- end-model-doc -->
	 * @see #CREATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CREATIVE_VALUE = 1;

	/**
	 * The '<em><b>CONTENT SEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content marketing and SEO.
	 * <!-- end-model-doc -->
	 * @see #CONTENT_SEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTENT_SEO_VALUE = 2;

	/**
	 * The '<em><b>PR EVENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PR and events.
	 * <!-- end-model-doc -->
	 * @see #PR_EVENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PR_EVENTS_VALUE = 3;

	/**
	 * The '<em><b>STAFF</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Staff and people.
	 * <!-- end-model-doc -->
	 * @see #STAFF
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAFF_VALUE = 4;

	/**
	 * The '<em><b>SITE MARTECH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Website and MarTech.
	 * <!-- end-model-doc -->
	 * @see #SITE_MARTECH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SITE_MARTECH_VALUE = 5;

	/**
	 * An array of all the '<em><b>Budget Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BudgetCategory[] VALUES_ARRAY =
		new BudgetCategory[] {
			MEDIA,
			CREATIVE,
			CONTENT_SEO,
			PR_EVENTS,
			STAFF,
			SITE_MARTECH,
		};

	/**
	 * A public read-only list of all the '<em><b>Budget Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BudgetCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BudgetCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Budget Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BudgetCategory get(int value) {
		switch (value) {
			case MEDIA_VALUE: return MEDIA;
			case CREATIVE_VALUE: return CREATIVE;
			case CONTENT_SEO_VALUE: return CONTENT_SEO;
			case PR_EVENTS_VALUE: return PR_EVENTS;
			case STAFF_VALUE: return STAFF;
			case SITE_MARTECH_VALUE: return SITE_MARTECH;
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
	private BudgetCategory(int value, String name, String literal) {
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
	
} //BudgetCategory
