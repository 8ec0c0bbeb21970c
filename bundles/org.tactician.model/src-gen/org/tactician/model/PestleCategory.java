/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Pestle Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * PESTLE category.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getPestleCategory()
 * @model
 * @generated
 */
public enum PestleCategory implements Enumerator {
	/**
	 * The '<em><b>POLITICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL_VALUE
	 * @generated
	 * @ordered
	 */
	POLITICAL(0, "POLITICAL", "POLITICAL"),

	/**
	 * The '<em><b>ECONOMIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC_VALUE
	 * @generated
	 * @ordered
	 */
	ECONOMIC(1, "ECONOMIC", "ECONOMIC"),

	/**
	 * The '<em><b>SOCIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL(2, "SOCIAL", "SOCIAL"),

	/**
	 * The '<em><b>TECHNOLOGICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGICAL_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGICAL(3, "TECHNOLOGICAL", "TECHNOLOGICAL"),

	/**
	 * The '<em><b>LEGAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL(4, "LEGAL", "LEGAL"),

	/**
	 * The '<em><b>ENVIRONMENTAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENTAL_VALUE
	 * @generated
	 * @ordered
	 */
	ENVIRONMENTAL(5, "ENVIRONMENTAL", "ENVIRONMENTAL");

	/**
	 * The '<em><b>POLITICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POLITICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POLITICAL_VALUE = 0;

	/**
	 * The '<em><b>ECONOMIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ECONOMIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ECONOMIC_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_VALUE = 2;

	/**
	 * The '<em><b>TECHNOLOGICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGICAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGICAL_VALUE = 3;

	/**
	 * The '<em><b>LEGAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_VALUE = 4;

	/**
	 * The '<em><b>ENVIRONMENTAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENTAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENVIRONMENTAL_VALUE = 5;

	/**
	 * An array of all the '<em><b>Pestle Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PestleCategory[] VALUES_ARRAY =
		new PestleCategory[] {
			POLITICAL,
			ECONOMIC,
			SOCIAL,
			TECHNOLOGICAL,
			LEGAL,
			ENVIRONMENTAL,
		};

	/**
	 * A public read-only list of all the '<em><b>Pestle Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PestleCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Pestle Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PestleCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PestleCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pestle Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PestleCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PestleCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Pestle Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PestleCategory get(int value) {
		switch (value) {
			case POLITICAL_VALUE: return POLITICAL;
			case ECONOMIC_VALUE: return ECONOMIC;
			case SOCIAL_VALUE: return SOCIAL;
			case TECHNOLOGICAL_VALUE: return TECHNOLOGICAL;
			case LEGAL_VALUE: return LEGAL;
			case ENVIRONMENTAL_VALUE: return ENVIRONMENTAL;
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
	private PestleCategory(int value, String name, String literal) {
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
	
} //PestleCategory
