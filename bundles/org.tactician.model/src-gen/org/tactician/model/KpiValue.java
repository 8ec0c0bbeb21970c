/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Target and actual of a KPI in one month, with last year's value for the year-on-year comparison.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.KpiValue#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.KpiValue#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.KpiValue#getActual <em>Actual</em>}</li>
 *   <li>{@link org.tactician.model.KpiValue#getPreviousYear <em>Previous Year</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getKpiValue()
 * @model
 * @generated
 */
public interface KpiValue extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(YearMonth)
	 * @see org.tactician.model.TacticianPackage#getKpiValue_Month()
	 * @model dataType="org.tactician.model.YearMonth"
	 * @generated
	 */
	YearMonth getMonth();

	/**
	 * Sets the value of the '{@link org.tactician.model.KpiValue#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpiValue_Target()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.KpiValue#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpiValue_Actual()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getActual();

	/**
	 * Sets the value of the '{@link org.tactician.model.KpiValue#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Previous Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Previous Year</em>' attribute.
	 * @see #setPreviousYear(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpiValue_PreviousYear()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getPreviousYear();

	/**
	 * Sets the value of the '{@link org.tactician.model.KpiValue#getPreviousYear <em>Previous Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Previous Year</em>' attribute.
	 * @see #getPreviousYear()
	 * @generated
	 */
	void setPreviousYear(BigDecimal value);

} // KpiValue
