/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Smart Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Specific, Measurable, Achievable, Relevant, Time-bound objective.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.SmartObjective#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getForecastMeasure <em>Forecast Measure</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getBusinessGoal <em>Business Goal</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getSmartObjective()
 * @model
 * @generated
 */
public interface SmartObjective extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is measured (the KPI in words).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see #setMetric(String)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Metric()
	 * @model
	 * @generated
	 */
	String getMetric();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(String value);

	/**
	 * Returns the value of the '<em><b>Forecast Measure</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.ForecastMeasure}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which forecast figure the metric is, when it is one (sessions, orders, revenue, contribution); when not set it is recognised from the metric's words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Forecast Measure</em>' attribute.
	 * @see org.tactician.model.ForecastMeasure
	 * @see #isSetForecastMeasure()
	 * @see #unsetForecastMeasure()
	 * @see #setForecastMeasure(ForecastMeasure)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_ForecastMeasure()
	 * @model unsettable="true"
	 * @generated
	 */
	ForecastMeasure getForecastMeasure();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getForecastMeasure <em>Forecast Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forecast Measure</em>' attribute.
	 * @see org.tactician.model.ForecastMeasure
	 * @see #isSetForecastMeasure()
	 * @see #unsetForecastMeasure()
	 * @see #getForecastMeasure()
	 * @generated
	 */
	void setForecastMeasure(ForecastMeasure value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.SmartObjective#getForecastMeasure <em>Forecast Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetForecastMeasure()
	 * @see #getForecastMeasure()
	 * @see #setForecastMeasure(ForecastMeasure)
	 * @generated
	 */
	void unsetForecastMeasure();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.SmartObjective#getForecastMeasure <em>Forecast Measure</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Forecast Measure</em>' attribute is set.
	 * @see #unsetForecastMeasure()
	 * @see #getForecastMeasure()
	 * @see #setForecastMeasure(ForecastMeasure)
	 * @generated
	 */
	boolean isSetForecastMeasure();

	/**
	 * Returns the value of the '<em><b>Kpi</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dashboard KPI that measures it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kpi</em>' reference.
	 * @see #setKpi(Kpi)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Kpi()
	 * @model
	 * @generated
	 */
	Kpi getKpi();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getKpi <em>Kpi</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kpi</em>' reference.
	 * @see #getKpi()
	 * @generated
	 */
	void setKpi(Kpi value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Baseline()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getBaseline();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getBaseline <em>Baseline</em>}' attribute.
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
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Target()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of baseline and target (e.g. %, sessions, EUR).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inside the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Deadline()
	 * @model dataType="org.tactician.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

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
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_RaceStage()
	 * @model unsettable="true"
	 * @generated
	 */
	RaceStage getRaceStage();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getRaceStage <em>Race Stage</em>}' attribute.
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
	 * Unsets the value of the '{@link org.tactician.model.SmartObjective#getRaceStage <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRaceStage()
	 * @see #getRaceStage()
	 * @see #setRaceStage(RaceStage)
	 * @generated
	 */
	void unsetRaceStage();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.SmartObjective#getRaceStage <em>Race Stage</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The TOWS strategy the objective implements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategy</em>' reference.
	 * @see #setStrategy(TowsStrategy)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Strategy()
	 * @model
	 * @generated
	 */
	TowsStrategy getStrategy();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getStrategy <em>Strategy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(TowsStrategy value);

	/**
	 * Returns the value of the '<em><b>Business Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business goal the objective serves when it implements no TOWS strategy (e.g. 'Reach break-even online by Q4').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Business Goal</em>' attribute.
	 * @see #setBusinessGoal(String)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_BusinessGoal()
	 * @model
	 * @generated
	 */
	String getBusinessGoal();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getBusinessGoal <em>Business Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Goal</em>' attribute.
	 * @see #getBusinessGoal()
	 * @generated
	 */
	void setBusinessGoal(String value);

} // SmartObjective
