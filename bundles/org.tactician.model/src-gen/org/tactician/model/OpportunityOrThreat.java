/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Opportunity Or Threat</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Whether an external factor is an opportunity or a threat.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getOpportunityOrThreat()
 * @model
 * @generated
 */
public enum OpportunityOrThreat implements Enumerator {
	/**
	 * The '<em><b>OPPORTUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	OPPORTUNITY(0, "OPPORTUNITY", "OPPORTUNITY"),

	/**
	 * The '<em><b>THREAT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAT_VALUE
	 * @generated
	 * @ordered
	 */
	THREAT(1, "THREAT", "THREAT");

	/**
	 * The '<em><b>OPPORTUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPPORTUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPPORTUNITY_VALUE = 0;

	/**
	 * The '<em><b>THREAT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #THREAT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int THREAT_VALUE = 1;

	/**
	 * An array of all the '<em><b>Opportunity Or Threat</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OpportunityOrThreat[] VALUES_ARRAY =
		new OpportunityOrThreat[] {
			OPPORTUNITY,
			THREAT,
		};

	/**
	 * A public read-only list of all the '<em><b>Opportunity Or Threat</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OpportunityOrThreat> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Opportunity Or Threat</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityOrThreat get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpportunityOrThreat result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opportunity Or Threat</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityOrThreat getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OpportunityOrThreat result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Opportunity Or Threat</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OpportunityOrThreat get(int value) {
		switch (value) {
			case OPPORTUNITY_VALUE: return OPPORTUNITY;
			case THREAT_VALUE: return THREAT;
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
	private OpportunityOrThreat(int value, String name, String literal) {
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
	
} //OpportunityOrThreat
