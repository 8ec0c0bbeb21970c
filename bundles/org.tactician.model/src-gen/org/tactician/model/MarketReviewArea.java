/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Market Review Area</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Area of a market-review finding.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getMarketReviewArea()
 * @model
 * @generated
 */
public enum MarketReviewArea implements Enumerator {
	/**
	 * The '<em><b>CUSTOMER BEHAVIOUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_BEHAVIOUR_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_BEHAVIOUR(0, "CUSTOMER_BEHAVIOUR", "CUSTOMER_BEHAVIOUR"),

	/**
	 * The '<em><b>COMPETITORS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETITORS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPETITORS(1, "COMPETITORS", "COMPETITORS"),

	/**
	 * The '<em><b>INTERMEDIARIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMEDIARIES_VALUE
	 * @generated
	 * @ordered
	 */
	INTERMEDIARIES(2, "INTERMEDIARIES", "INTERMEDIARIES"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(3, "OTHER", "OTHER");

	/**
	 * The '<em><b>CUSTOMER BEHAVIOUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_BEHAVIOUR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_BEHAVIOUR_VALUE = 0;

	/**
	 * The '<em><b>COMPETITORS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPETITORS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPETITORS_VALUE = 1;

	/**
	 * The '<em><b>INTERMEDIARIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERMEDIARIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTERMEDIARIES_VALUE = 2;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 3;

	/**
	 * An array of all the '<em><b>Market Review Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MarketReviewArea[] VALUES_ARRAY =
		new MarketReviewArea[] {
			CUSTOMER_BEHAVIOUR,
			COMPETITORS,
			INTERMEDIARIES,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Market Review Area</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MarketReviewArea> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Market Review Area</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarketReviewArea get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MarketReviewArea result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Market Review Area</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarketReviewArea getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MarketReviewArea result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Market Review Area</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarketReviewArea get(int value) {
		switch (value) {
			case CUSTOMER_BEHAVIOUR_VALUE: return CUSTOMER_BEHAVIOUR;
			case COMPETITORS_VALUE: return COMPETITORS;
			case INTERMEDIARIES_VALUE: return INTERMEDIARIES;
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
	private MarketReviewArea(int value, String name, String literal) {
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
	
} //MarketReviewArea
