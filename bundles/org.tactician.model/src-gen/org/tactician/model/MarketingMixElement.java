/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Marketing Mix Element</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The 7Ps of the modern marketing mix.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getMarketingMixElement()
 * @model
 * @generated
 */
public enum MarketingMixElement implements Enumerator {
	/**
	 * The '<em><b>PRODUCT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT(0, "PRODUCT", "PRODUCT"),

	/**
	 * The '<em><b>PRICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRICE_VALUE
	 * @generated
	 * @ordered
	 */
	PRICE(1, "PRICE", "PRICE"),

	/**
	 * The '<em><b>PLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACE_VALUE
	 * @generated
	 * @ordered
	 */
	PLACE(2, "PLACE", "PLACE"),

	/**
	 * The '<em><b>PROMOTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION_VALUE
	 * @generated
	 * @ordered
	 */
	PROMOTION(3, "PROMOTION", "PROMOTION"),

	/**
	 * The '<em><b>PEOPLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEOPLE_VALUE
	 * @generated
	 * @ordered
	 */
	PEOPLE(4, "PEOPLE", "PEOPLE"),

	/**
	 * The '<em><b>PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	PROCESS(5, "PROCESS", "PROCESS"),

	/**
	 * The '<em><b>PHYSICAL EVIDENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EVIDENCE_VALUE
	 * @generated
	 * @ordered
	 */
	PHYSICAL_EVIDENCE(6, "PHYSICAL_EVIDENCE", "PHYSICAL_EVIDENCE");

	/**
	 * The '<em><b>PRODUCT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_VALUE = 0;

	/**
	 * The '<em><b>PRICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRICE_VALUE = 1;

	/**
	 * The '<em><b>PLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLACE_VALUE = 2;

	/**
	 * The '<em><b>PROMOTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROMOTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROMOTION_VALUE = 3;

	/**
	 * The '<em><b>PEOPLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEOPLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PEOPLE_VALUE = 4;

	/**
	 * The '<em><b>PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROCESS_VALUE = 5;

	/**
	 * The '<em><b>PHYSICAL EVIDENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PHYSICAL_EVIDENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PHYSICAL_EVIDENCE_VALUE = 6;

	/**
	 * An array of all the '<em><b>Marketing Mix Element</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MarketingMixElement[] VALUES_ARRAY =
		new MarketingMixElement[] {
			PRODUCT,
			PRICE,
			PLACE,
			PROMOTION,
			PEOPLE,
			PROCESS,
			PHYSICAL_EVIDENCE,
		};

	/**
	 * A public read-only list of all the '<em><b>Marketing Mix Element</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MarketingMixElement> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Marketing Mix Element</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarketingMixElement get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MarketingMixElement result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Marketing Mix Element</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarketingMixElement getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MarketingMixElement result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Marketing Mix Element</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MarketingMixElement get(int value) {
		switch (value) {
			case PRODUCT_VALUE: return PRODUCT;
			case PRICE_VALUE: return PRICE;
			case PLACE_VALUE: return PLACE;
			case PROMOTION_VALUE: return PROMOTION;
			case PEOPLE_VALUE: return PEOPLE;
			case PROCESS_VALUE: return PROCESS;
			case PHYSICAL_EVIDENCE_VALUE: return PHYSICAL_EVIDENCE;
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
	private MarketingMixElement(int value, String name, String literal) {
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
	
} //MarketingMixElement
