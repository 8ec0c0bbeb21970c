/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Forecast Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Forecast inputs of one channel (and optionally one audience segment) in one month.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ForecastInput#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.ForecastInput#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.ForecastInput#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.ForecastInput#getSessions <em>Sessions</em>}</li>
 *   <li>{@link org.tactician.model.ForecastInput#getConversionRate <em>Conversion Rate</em>}</li>
 *   <li>{@link org.tactician.model.ForecastInput#getAverageOrderValue <em>Average Order Value</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getForecastInput()
 * @model
 * @generated
 */
public interface ForecastInput extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(YearMonth)
	 * @see org.tactician.model.TacticianPackage#getForecastInput_Month()
	 * @model dataType="org.tactician.model.YearMonth"
	 * @generated
	 */
	YearMonth getMonth();

	/**
	 * Sets the value of the '{@link org.tactician.model.ForecastInput#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getForecastInput_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.ForecastInput#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target audience segment, if the forecast is split by segment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.tactician.model.TacticianPackage#getForecastInput_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.tactician.model.ForecastInput#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Sessions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sessions</em>' attribute.
	 * @see #setSessions(long)
	 * @see org.tactician.model.TacticianPackage#getForecastInput_Sessions()
	 * @model
	 * @generated
	 */
	long getSessions();

	/**
	 * Sets the value of the '{@link org.tactician.model.ForecastInput#getSessions <em>Sessions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sessions</em>' attribute.
	 * @see #getSessions()
	 * @generated
	 */
	void setSessions(long value);

	/**
	 * Returns the value of the '<em><b>Conversion Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversion Rate</em>' attribute.
	 * @see #setConversionRate(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getForecastInput_ConversionRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getConversionRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.ForecastInput#getConversionRate <em>Conversion Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conversion Rate</em>' attribute.
	 * @see #getConversionRate()
	 * @generated
	 */
	void setConversionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Average Order Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Average Order Value</em>' attribute.
	 * @see #setAverageOrderValue(Money)
	 * @see org.tactician.model.TacticianPackage#getForecastInput_AverageOrderValue()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getAverageOrderValue();

	/**
	 * Sets the value of the '{@link org.tactician.model.ForecastInput#getAverageOrderValue <em>Average Order Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Average Order Value</em>' attribute.
	 * @see #getAverageOrderValue()
	 * @generated
	 */
	void setAverageOrderValue(Money value);

} // ForecastInput
