/**
 */
package org.tactician.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Forecast Measure</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A figure the conversion forecast computes, which an objective's target can be checked against whatever language the metric is written in: four that add up over months, two rates.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianPackage#getForecastMeasure()
 * @model
 * @generated
 */
public enum ForecastMeasure implements Enumerator {
	/**
	 * The '<em><b>SESSIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SESSIONS_VALUE
	 * @generated
	 * @ordered
	 */
	SESSIONS(0, "SESSIONS", "SESSIONS"),

	/**
	 * The '<em><b>ORDERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERS_VALUE
	 * @generated
	 * @ordered
	 */
	ORDERS(1, "ORDERS", "ORDERS"),

	/**
	 * The '<em><b>REVENUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE_VALUE
	 * @generated
	 * @ordered
	 */
	REVENUE(2, "REVENUE", "REVENUE"),

	/**
	 * The '<em><b>CONTRIBUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRIBUTION_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRIBUTION(3, "CONTRIBUTION", "CONTRIBUTION"),

	/**
	 * The '<em><b>CONVERSION RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Orders per 100 sessions, in percent (a rate).
	 * <!-- end-model-doc -->
	 * @see #CONVERSION_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	CONVERSION_RATE(4, "CONVERSION_RATE", "CONVERSION_RATE"),

	/**
	 * The '<em><b>AVERAGE ORDER VALUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue per order, in the plan currency (a ratio).
	 * <!-- end-model-doc -->
	 * @see #AVERAGE_ORDER_VALUE_VALUE
	 * @generated
	 * @ordered
	 */
	AVERAGE_ORDER_VALUE(5, "AVERAGE_ORDER_VALUE", "AVERAGE_ORDER_VALUE");

	/**
	 * The '<em><b>SESSIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SESSIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SESSIONS_VALUE = 0;

	/**
	 * The '<em><b>ORDERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ORDERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ORDERS_VALUE = 1;

	/**
	 * The '<em><b>REVENUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVENUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVENUE_VALUE = 2;

	/**
	 * The '<em><b>CONTRIBUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRIBUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRIBUTION_VALUE = 3;

	/**
	 * The '<em><b>CONVERSION RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Orders per 100 sessions, in percent (a rate).
	 * <!-- end-model-doc -->
	 * @see #CONVERSION_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONVERSION_RATE_VALUE = 4;

	/**
	 * The '<em><b>AVERAGE ORDER VALUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Revenue per order, in the plan currency (a ratio).
	 * <!-- end-model-doc -->
	 * @see #AVERAGE_ORDER_VALUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AVERAGE_ORDER_VALUE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Forecast Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ForecastMeasure[] VALUES_ARRAY =
		new ForecastMeasure[] {
			SESSIONS,
			ORDERS,
			REVENUE,
			CONTRIBUTION,
			CONVERSION_RATE,
			AVERAGE_ORDER_VALUE,
		};

	/**
	 * A public read-only list of all the '<em><b>Forecast Measure</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ForecastMeasure> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Forecast Measure</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForecastMeasure get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ForecastMeasure result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Forecast Measure</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForecastMeasure getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ForecastMeasure result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Forecast Measure</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ForecastMeasure get(int value) {
		switch (value) {
			case SESSIONS_VALUE: return SESSIONS;
			case ORDERS_VALUE: return ORDERS;
			case REVENUE_VALUE: return REVENUE;
			case CONTRIBUTION_VALUE: return CONTRIBUTION;
			case CONVERSION_RATE_VALUE: return CONVERSION_RATE;
			case AVERAGE_ORDER_VALUE_VALUE: return AVERAGE_ORDER_VALUE;
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
	private ForecastMeasure(int value, String name, String literal) {
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
	
} //ForecastMeasure
