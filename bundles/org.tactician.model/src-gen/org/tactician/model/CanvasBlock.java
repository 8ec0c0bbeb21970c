/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Canvas Block</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The nine Business Model Canvas blocks.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getCanvasBlock()
 * @model
 * @generated
 */
public enum CanvasBlock implements Enumerator {
	/**
	 * The '<em><b>VALUE PROPOSITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE_PROPOSITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	VALUE_PROPOSITIONS(0, "VALUE_PROPOSITIONS", "VALUE_PROPOSITIONS"),

	/**
	 * The '<em><b>CUSTOMER SEGMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SEGMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SEGMENTS(1, "CUSTOMER_SEGMENTS", "CUSTOMER_SEGMENTS"),

	/**
	 * The '<em><b>CUSTOMER RELATIONSHIPS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_RELATIONSHIPS_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_RELATIONSHIPS(2, "CUSTOMER_RELATIONSHIPS", "CUSTOMER_RELATIONSHIPS"),

	/**
	 * The '<em><b>CHANNELS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNELS_VALUE
	 * @generated
	 * @ordered
	 */
	CHANNELS(3, "CHANNELS", "CHANNELS"),

	/**
	 * The '<em><b>KEY ACTIVITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_ACTIVITIES_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_ACTIVITIES(4, "KEY_ACTIVITIES", "KEY_ACTIVITIES"),

	/**
	 * The '<em><b>KEY RESOURCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_RESOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_RESOURCES(5, "KEY_RESOURCES", "KEY_RESOURCES"),

	/**
	 * The '<em><b>KEY PARTNERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_PARTNERS_VALUE
	 * @generated
	 * @ordered
	 */
	KEY_PARTNERS(6, "KEY_PARTNERS", "KEY_PARTNERS"),

	/**
	 * The '<em><b>COST STRUCTURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COST_STRUCTURE_VALUE
	 * @generated
	 * @ordered
	 */
	COST_STRUCTURE(7, "COST_STRUCTURE", "COST_STRUCTURE"),

	/**
	 * The '<em><b>REVENUE STREAMS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_STREAMS_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE_STREAMS(8, "REVENUE_STREAMS", "REVENUE_STREAMS");

	/**
	 * The '<em><b>VALUE PROPOSITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALUE_PROPOSITIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALUE_PROPOSITIONS_VALUE = 0;

	/**
	 * The '<em><b>CUSTOMER SEGMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SEGMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SEGMENTS_VALUE = 1;

	/**
	 * The '<em><b>CUSTOMER RELATIONSHIPS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_RELATIONSHIPS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_RELATIONSHIPS_VALUE = 2;

	/**
	 * The '<em><b>CHANNELS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHANNELS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHANNELS_VALUE = 3;

	/**
	 * The '<em><b>KEY ACTIVITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_ACTIVITIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_ACTIVITIES_VALUE = 4;

	/**
	 * The '<em><b>KEY RESOURCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_RESOURCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_RESOURCES_VALUE = 5;

	/**
	 * The '<em><b>KEY PARTNERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KEY_PARTNERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KEY_PARTNERS_VALUE = 6;

	/**
	 * The '<em><b>COST STRUCTURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COST_STRUCTURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COST_STRUCTURE_VALUE = 7;

	/**
	 * The '<em><b>REVENUE STREAMS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_STREAMS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_STREAMS_VALUE = 8;

	/**
	 * An array of all the '<em><b>Canvas Block</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CanvasBlock[] VALUES_ARRAY =
		new CanvasBlock[] {
			VALUE_PROPOSITIONS,
			CUSTOMER_SEGMENTS,
			CUSTOMER_RELATIONSHIPS,
			CHANNELS,
			KEY_ACTIVITIES,
			KEY_RESOURCES,
			KEY_PARTNERS,
			COST_STRUCTURE,
			REVENUE_STREAMS,
		};

	/**
	 * A public read-only list of all the '<em><b>Canvas Block</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CanvasBlock> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Canvas Block</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CanvasBlock get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CanvasBlock result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Canvas Block</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CanvasBlock getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CanvasBlock result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Canvas Block</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CanvasBlock get(int value) {
		switch (value) {
			case VALUE_PROPOSITIONS_VALUE: return VALUE_PROPOSITIONS;
			case CUSTOMER_SEGMENTS_VALUE: return CUSTOMER_SEGMENTS;
			case CUSTOMER_RELATIONSHIPS_VALUE: return CUSTOMER_RELATIONSHIPS;
			case CHANNELS_VALUE: return CHANNELS;
			case KEY_ACTIVITIES_VALUE: return KEY_ACTIVITIES;
			case KEY_RESOURCES_VALUE: return KEY_RESOURCES;
			case KEY_PARTNERS_VALUE: return KEY_PARTNERS;
			case COST_STRUCTURE_VALUE: return COST_STRUCTURE;
			case REVENUE_STREAMS_VALUE: return REVENUE_STREAMS;
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
	private CanvasBlock(int value, String name, String literal) {
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
	
} //CanvasBlock
