/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Tows Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * TOWS strategy cell.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getTowsCategory()
 * @model
 * @generated
 */
public enum TowsCategory implements Enumerator {
	/**
	 * The '<em><b>SO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use strengths to seize opportunities.
	 * <!-- end-model-doc -->
	 * @see #SO_VALUE
	 * @generated
	 * @ordered
	 */
	SO(0, "SO", "SO"),

	/**
	 * The '<em><b>WO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overcome weaknesses by using opportunities.
	 * <!-- end-model-doc -->
	 * @see #WO_VALUE
	 * @generated
	 * @ordered
	 */
	WO(1, "WO", "WO"),

	/**
	 * The '<em><b>ST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use strengths to counter threats.
	 * <!-- end-model-doc -->
	 * @see #ST_VALUE
	 * @generated
	 * @ordered
	 */
	ST(2, "ST", "ST"),

	/**
	 * The '<em><b>WT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimise weaknesses and avoid threats.
	 * <!-- end-model-doc -->
	 * @see #WT_VALUE
	 * @generated
	 * @ordered
	 */
	WT(3, "WT", "WT");

	/**
	 * The '<em><b>SO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use strengths to seize opportunities.
	 * <!-- end-model-doc -->
	 * @see #SO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SO_VALUE = 0;

	/**
	 * The '<em><b>WO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overcome weaknesses by using opportunities.
	 * <!-- end-model-doc -->
	 * @see #WO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WO_VALUE = 1;

	/**
	 * The '<em><b>ST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Use strengths to counter threats.
	 * <!-- end-model-doc -->
	 * @see #ST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ST_VALUE = 2;

	/**
	 * The '<em><b>WT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minimise weaknesses and avoid threats.
	 * <!-- end-model-doc -->
	 * @see #WT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Tows Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TowsCategory[] VALUES_ARRAY =
		new TowsCategory[] {
			SO,
			WO,
			ST,
			WT,
		};

	/**
	 * A public read-only list of all the '<em><b>Tows Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TowsCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Tows Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TowsCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TowsCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tows Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TowsCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TowsCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Tows Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TowsCategory get(int value) {
		switch (value) {
			case SO_VALUE: return SO;
			case WO_VALUE: return WO;
			case ST_VALUE: return ST;
			case WT_VALUE: return WT;
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
	private TowsCategory(int value, String name, String literal) {
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
	
} //TowsCategory
