/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key performance indicator of one RACE stage with year-on-year and month-on-month targets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Kpi#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getTargetYearOnYear <em>Target Year On Year</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getTargetMonthOnMonth <em>Target Month On Month</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.Kpi#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getKpi()
 * @model
 * @generated
 */
public interface Kpi extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Race Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.RaceStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RACE stage served; unset means 'not set' (distinguishable from PLAN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Race Stage</em>' attribute.
	 * @see org.tactician.model.RaceStage
	 * @see #isSetRaceStage()
	 * @see #unsetRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @see org.tactician.model.TacticianPackage#getKpi_RaceStage()
	 * @model unsettable="true"
	 * @generated
	 */
	RaceStage getRaceStage();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Race Stage</em>' attribute.
	 * @see org.tactician.model.RaceStage
	 * @see #isSetRaceStage()
	 * @see #unsetRaceStage()
	 * @see #getRaceStage()
	 * @generated
	 */
	void setRaceStage(RaceStage value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.Kpi#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	void unsetRaceStage();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.Kpi#getRaceStage <em>Race Stage</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Race Stage</em>' attribute is set.
	 * @see #unsetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	boolean isSetRaceStage();

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.tactician.model.TacticianPackage#getKpi_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpi_Baseline()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getBaseline();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpi_Target()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Year On Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target change against the same period last year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Year On Year</em>' attribute.
	 * @see #setTargetYearOnYear(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpi_TargetYearOnYear()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getTargetYearOnYear();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getTargetYearOnYear <em>Target Year On Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year On Year</em>' attribute.
	 * @see #getTargetYearOnYear()
	 * @generated
	 */
	void setTargetYearOnYear(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Month On Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target change against the previous month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Month On Month</em>' attribute.
	 * @see #setTargetMonthOnMonth(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getKpi_TargetMonthOnMonth()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getTargetMonthOnMonth();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getTargetMonthOnMonth <em>Target Month On Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Month On Month</em>' attribute.
	 * @see #getTargetMonthOnMonth()
	 * @generated
	 */
	void setTargetMonthOnMonth(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getKpi_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value is measured (e.g. a web-analytics goal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Source</em>' attribute.
	 * @see #setDataSource(String)
	 * @see org.tactician.model.TacticianPackage#getKpi_DataSource()
	 * @model
	 * @generated
	 */
	String getDataSource();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getDataSource <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Source</em>' attribute.
	 * @see #getDataSource()
	 * @generated
	 */
	void setDataSource(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getKpi_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.Kpi#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.KpiValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Targets and actuals by month.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getKpi_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<KpiValue> getValues();

} // Kpi
