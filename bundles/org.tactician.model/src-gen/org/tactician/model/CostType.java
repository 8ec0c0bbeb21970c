/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Cost Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether a cost is paid once or recurs.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getCostType()
 * @model
 * @generated
 */
public enum CostType implements Enumerator {
	/**
	 * The '<em><b>ONE SHOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paid once (e.g. building the store).
	 * <!-- end-model-doc -->
	 * @see #ONE_SHOT_VALUE
	 * @generated
	 * @ordered
	 */
	ONE_SHOT(0, "ONE_SHOT", "ONE_SHOT"),

	/**
	 * The '<em><b>RECURRING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recurs (domain, hosting, maintenance, campaigns...).
	 * <!-- end-model-doc -->
	 * @see #RECURRING_VALUE
	 * @generated
	 * @ordered
	 */
	RECURRING(1, "RECURRING", "RECURRING");

	/**
	 * The '<em><b>ONE SHOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Paid once (e.g. building the store).
	 * <!-- end-model-doc -->
	 * @see #ONE_SHOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ONE_SHOT_VALUE = 0;

	/**
	 * The '<em><b>RECURRING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recurs (domain, hosting, maintenance, campaigns...).
	 * <!-- end-model-doc -->
	 * @see #RECURRING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECURRING_VALUE = 1;

	/**
	 * An array of all the '<em><b>Cost Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CostType[] VALUES_ARRAY =
		new CostType[] {
			ONE_SHOT,
			RECURRING,
		};

	/**
	 * A public read-only list of all the '<em><b>Cost Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CostType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cost Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CostType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CostType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cost Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CostType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CostType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cost Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CostType get(int value) {
		switch (value) {
			case ONE_SHOT_VALUE: return ONE_SHOT;
			case RECURRING_VALUE: return RECURRING;
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
	private CostType(int value, String name, String literal) {
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
	
} //CostType
