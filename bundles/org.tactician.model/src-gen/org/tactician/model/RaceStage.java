/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Race Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The RACE planning stages, the backbone of the plan.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getRaceStage()
 * @model
 * @generated
 */
public enum RaceStage implements Enumerator {
	/**
	 * The '<em><b>PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planning: not a funnel position.
	 * <!-- end-model-doc -->
	 * @see #PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	PLAN(0, "PLAN", "PLAN"),

	/**
	 * The '<em><b>REACH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top of funnel (ToFu): awareness, traffic to owned media.
	 * <!-- end-model-doc -->
	 * @see #REACH_VALUE
	 * @generated
	 * @ordered
	 */
	REACH(1, "REACH", "REACH"),

	/**
	 * The '<em><b>ACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Middle of funnel (MoFu): interactions, leads, subscribers.
	 * <!-- end-model-doc -->
	 * @see #ACT_VALUE
	 * @generated
	 * @ordered
	 */
	ACT(2, "ACT", "ACT"),

	/**
	 * The '<em><b>CONVERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom of funnel (BoFu): sale online or offline.
	 * <!-- end-model-doc -->
	 * @see #CONVERT_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERT(3, "CONVERT", "CONVERT"),

	/**
	 * The '<em><b>ENGAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the sale: repeat purchase, loyalty, advocacy.
	 * <!-- end-model-doc -->
	 * @see #ENGAGE_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGE(4, "ENGAGE", "ENGAGE");

	/**
	 * The '<em><b>PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planning: not a funnel position.
	 * <!-- end-model-doc -->
	 * @see #PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PLAN_VALUE = 0;

	/**
	 * The '<em><b>REACH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top of funnel (ToFu): awareness, traffic to owned media.
	 * <!-- end-model-doc -->
	 * @see #REACH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REACH_VALUE = 1;

	/**
	 * The '<em><b>ACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Middle of funnel (MoFu): interactions, leads, subscribers.
	 * <!-- end-model-doc -->
	 * @see #ACT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACT_VALUE = 2;

	/**
	 * The '<em><b>CONVERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Bottom of funnel (BoFu): sale online or offline.
	 * <!-- end-model-doc -->
	 * @see #CONVERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERT_VALUE = 3;

	/**
	 * The '<em><b>ENGAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After the sale: repeat purchase, loyalty, advocacy.
	 * <!-- end-model-doc -->
	 * @see #ENGAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGE_VALUE = 4;

	/**
	 * An array of all the '<em><b>Race Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RaceStage[] VALUES_ARRAY =
		new RaceStage[] {
			PLAN,
			REACH,
			ACT,
			CONVERT,
			ENGAGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Race Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RaceStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Race Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaceStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RaceStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Race Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaceStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RaceStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Race Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RaceStage get(int value) {
		switch (value) {
			case PLAN_VALUE: return PLAN;
			case REACH_VALUE: return REACH;
			case ACT_VALUE: return ACT;
			case CONVERT_VALUE: return CONVERT;
			case ENGAGE_VALUE: return ENGAGE;
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
	private RaceStage(int value, String name, String literal) {
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
	
} //RaceStage
