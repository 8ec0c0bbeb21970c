/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Segment Layer</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Layer of the layered segmentation.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getSegmentLayer()
 * @model
 * @generated
 */
public enum SegmentLayer implements Enumerator {
	/**
	 * The '<em><b>DEMOGRAPHIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEMOGRAPHIC_VALUE
	 * @generated
	 * @ordered
	 */
	DEMOGRAPHIC(0, "DEMOGRAPHIC", "DEMOGRAPHIC"),

	/**
	 * The '<em><b>BEHAVIOURAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEHAVIOURAL_VALUE
	 * @generated
	 * @ordered
	 */
	BEHAVIOURAL(1, "BEHAVIOURAL", "BEHAVIOURAL"),

	/**
	 * The '<em><b>INTENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTENT_VALUE
	 * @generated
	 * @ordered
	 */
	INTENT(2, "INTENT", "INTENT"),

	/**
	 * The '<em><b>VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	VALUE(3, "VALUE", "VALUE");

	/**
	 * The '<em><b>DEMOGRAPHIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEMOGRAPHIC
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEMOGRAPHIC_VALUE = 0;

	/**
	 * The '<em><b>BEHAVIOURAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BEHAVIOURAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BEHAVIOURAL_VALUE = 1;

	/**
	 * The '<em><b>INTENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTENT_VALUE = 2;

	/**
	 * The '<em><b>VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALUE_VALUE = 3;

	/**
	 * An array of all the '<em><b>Segment Layer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SegmentLayer[] VALUES_ARRAY =
		new SegmentLayer[] {
			DEMOGRAPHIC,
			BEHAVIOURAL,
			INTENT,
			VALUE,
		};

	/**
	 * A public read-only list of all the '<em><b>Segment Layer</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SegmentLayer> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Segment Layer</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentLayer get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentLayer result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Layer</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentLayer getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentLayer result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Layer</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentLayer get(int value) {
		switch (value) {
			case DEMOGRAPHIC_VALUE: return DEMOGRAPHIC;
			case BEHAVIOURAL_VALUE: return BEHAVIOURAL;
			case INTENT_VALUE: return INTENT;
			case VALUE_VALUE: return VALUE;
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
	private SegmentLayer(int value, String name, String literal) {
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
	
} //SegmentLayer
