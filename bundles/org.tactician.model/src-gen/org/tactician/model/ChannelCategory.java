/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Channel Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Kind of marketing channel.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getChannelCategory()
 * @model
 * @generated
 */
public enum ChannelCategory implements Enumerator {
	/**
	 * The '<em><b>ORGANIC SEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIC_SEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANIC_SEARCH(0, "ORGANIC_SEARCH", "ORGANIC_SEARCH"),

	/**
	 * The '<em><b>PAID SEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAID_SEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	PAID_SEARCH(1, "PAID_SEARCH", "PAID_SEARCH"),

	/**
	 * The '<em><b>ORGANIC SOCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIC_SOCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	ORGANIC_SOCIAL(2, "ORGANIC_SOCIAL", "ORGANIC_SOCIAL"),

	/**
	 * The '<em><b>PAID SOCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAID_SOCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	PAID_SOCIAL(3, "PAID_SOCIAL", "PAID_SOCIAL"),

	/**
	 * The '<em><b>EMAIL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL_VALUE
	 * @generated
	 * @ordered
	 */
	EMAIL(4, "EMAIL", "EMAIL"),

	/**
	 * The '<em><b>DISPLAY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPLAY_VALUE
	 * @generated
	 * @ordered
	 */
	DISPLAY(5, "DISPLAY", "DISPLAY"),

	/**
	 * The '<em><b>VIDEO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEO(6, "VIDEO", "VIDEO"),

	/**
	 * The '<em><b>AFFILIATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFFILIATE_VALUE
	 * @generated
	 * @ordered
	 */
	AFFILIATE(7, "AFFILIATE", "AFFILIATE"),

	/**
	 * The '<em><b>MARKETPLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETPLACE_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETPLACE(8, "MARKETPLACE", "MARKETPLACE"),

	/**
	 * The '<em><b>WEBSITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSITE_VALUE
	 * @generated
	 * @ordered
	 */
	WEBSITE(9, "WEBSITE", "WEBSITE"),

	/**
	 * The '<em><b>MOBILE APP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_APP_VALUE
	 * @generated
	 * @ordered
	 */
	MOBILE_APP(10, "MOBILE_APP", "MOBILE_APP"),

	/**
	 * The '<em><b>PR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PR_VALUE
	 * @generated
	 * @ordered
	 */
	PR(11, "PR", "PR"),

	/**
	 * The '<em><b>EVENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTS_VALUE
	 * @generated
	 * @ordered
	 */
	EVENTS(12, "EVENTS", "EVENTS"),

	/**
	 * The '<em><b>PHYSICAL STORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_STORE_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_STORE(13, "PHYSICAL_STORE", "PHYSICAL_STORE"),

	/**
	 * The '<em><b>DIRECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECT_VALUE
	 * @generated
	 * @ordered
	 */
	DIRECT(14, "DIRECT", "DIRECT"),

	/**
	 * The '<em><b>REFERRAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL_VALUE
	 * @generated
	 * @ordered
	 */
	REFERRAL(15, "REFERRAL", "REFERRAL"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(16, "OTHER", "OTHER");

	/**
	 * The '<em><b>ORGANIC SEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIC_SEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANIC_SEARCH_VALUE = 0;

	/**
	 * The '<em><b>PAID SEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAID_SEARCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAID_SEARCH_VALUE = 1;

	/**
	 * The '<em><b>ORGANIC SOCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORGANIC_SOCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORGANIC_SOCIAL_VALUE = 2;

	/**
	 * The '<em><b>PAID SOCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PAID_SOCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PAID_SOCIAL_VALUE = 3;

	/**
	 * The '<em><b>EMAIL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EMAIL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMAIL_VALUE = 4;

	/**
	 * The '<em><b>DISPLAY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISPLAY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISPLAY_VALUE = 5;

	/**
	 * The '<em><b>VIDEO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEO_VALUE = 6;

	/**
	 * The '<em><b>AFFILIATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFFILIATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AFFILIATE_VALUE = 7;

	/**
	 * The '<em><b>MARKETPLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETPLACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKETPLACE_VALUE = 8;

	/**
	 * The '<em><b>WEBSITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEBSITE_VALUE = 9;

	/**
	 * The '<em><b>MOBILE APP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOBILE_APP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOBILE_APP_VALUE = 10;

	/**
	 * The '<em><b>PR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PR_VALUE = 11;

	/**
	 * The '<em><b>EVENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENTS_VALUE = 12;

	/**
	 * The '<em><b>PHYSICAL STORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_STORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_STORE_VALUE = 13;

	/**
	 * The '<em><b>DIRECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DIRECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DIRECT_VALUE = 14;

	/**
	 * The '<em><b>REFERRAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REFERRAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REFERRAL_VALUE = 15;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 16;

	/**
	 * An array of all the '<em><b>Channel Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelCategory[] VALUES_ARRAY =
		new ChannelCategory[] {
			ORGANIC_SEARCH,
			PAID_SEARCH,
			ORGANIC_SOCIAL,
			PAID_SOCIAL,
			EMAIL,
			DISPLAY,
			VIDEO,
			AFFILIATE,
			MARKETPLACE,
			WEBSITE,
			MOBILE_APP,
			PR,
			EVENTS,
			PHYSICAL_STORE,
			DIRECT,
			REFERRAL,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelCategory get(int value) {
		switch (value) {
			case ORGANIC_SEARCH_VALUE: return ORGANIC_SEARCH;
			case PAID_SEARCH_VALUE: return PAID_SEARCH;
			case ORGANIC_SOCIAL_VALUE: return ORGANIC_SOCIAL;
			case PAID_SOCIAL_VALUE: return PAID_SOCIAL;
			case EMAIL_VALUE: return EMAIL;
			case DISPLAY_VALUE: return DISPLAY;
			case VIDEO_VALUE: return VIDEO;
			case AFFILIATE_VALUE: return AFFILIATE;
			case MARKETPLACE_VALUE: return MARKETPLACE;
			case WEBSITE_VALUE: return WEBSITE;
			case MOBILE_APP_VALUE: return MOBILE_APP;
			case PR_VALUE: return PR;
			case EVENTS_VALUE: return EVENTS;
			case PHYSICAL_STORE_VALUE: return PHYSICAL_STORE;
			case DIRECT_VALUE: return DIRECT;
			case REFERRAL_VALUE: return REFERRAL;
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
	private ChannelCategory(int value, String name, String literal) {
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
	
} //ChannelCategory
