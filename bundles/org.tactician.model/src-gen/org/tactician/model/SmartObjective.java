/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

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
 *   <li>{@link org.tactician.model.SmartObjective#getScope <em>Scope</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getMeasureKind <em>Measure Kind</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getBusinessGoal <em>Business Goal</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getCalendarEntries <em>Calendar Entries</em>}</li>
 *   <li>{@link org.tactician.model.SmartObjective#getQuarterlyObjectives <em>Quarterly Objectives</em>}</li>
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
	 * Which forecast figure the target is (sessions, orders, revenue, contribution, conversion rate, average order value), when it is one; the forecast check compares only objectives that say so, whatever language the metric is written in. Unset: the forecast does not compute it.
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
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.ObjectiveScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the result is measured: the whole plan, the online total, the listed channels or the listed segments. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.tactician.model.ObjectiveScope
	 * @see #isSetScope()
	 * @see #unsetScope()
	 * @see #setScope(ObjectiveScope)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Scope()
	 * @model unsettable="true"
	 * @generated
	 */
	ObjectiveScope getScope();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.tactician.model.ObjectiveScope
	 * @see #isSetScope()
	 * @see #unsetScope()
	 * @see #getScope()
	 * @generated
	 */
	void setScope(ObjectiveScope value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.SmartObjective#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetScope()
	 * @see #getScope()
	 * @see #setScope(ObjectiveScope)
	 * @generated
	 */
	void unsetScope();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.SmartObjective#getScope <em>Scope</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Scope</em>' attribute is set.
	 * @see #unsetScope()
	 * @see #getScope()
	 * @see #setScope(ObjectiveScope)
	 * @generated
	 */
	boolean isSetScope();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channels whose result the target counts (scope CHANNELS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The audience segments whose result the target counts (scope SEGMENTS); sub-segments count with their parent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Measure Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MeasureKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the target is measured: a sum over the period up to the deadline, a level reached at the deadline, or a rate. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure Kind</em>' attribute.
	 * @see org.tactician.model.MeasureKind
	 * @see #isSetMeasureKind()
	 * @see #unsetMeasureKind()
	 * @see #setMeasureKind(MeasureKind)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_MeasureKind()
	 * @model unsettable="true"
	 * @generated
	 */
	MeasureKind getMeasureKind();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getMeasureKind <em>Measure Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure Kind</em>' attribute.
	 * @see org.tactician.model.MeasureKind
	 * @see #isSetMeasureKind()
	 * @see #unsetMeasureKind()
	 * @see #getMeasureKind()
	 * @generated
	 */
	void setMeasureKind(MeasureKind value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.SmartObjective#getMeasureKind <em>Measure Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMeasureKind()
	 * @see #getMeasureKind()
	 * @see #setMeasureKind(MeasureKind)
	 * @generated
	 */
	void unsetMeasureKind();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.SmartObjective#getMeasureKind <em>Measure Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Measure Kind</em>' attribute is set.
	 * @see #unsetMeasureKind()
	 * @see #getMeasureKind()
	 * @see #setMeasureKind(MeasureKind)
	 * @generated
	 */
	boolean isSetMeasureKind();

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the objective increases, decreases or holds its baseline. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.tactician.model.Direction
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #setDirection(Direction)
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Direction()
	 * @model unsettable="true"
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link org.tactician.model.SmartObjective#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.tactician.model.Direction
	 * @see #isSetDirection()
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.SmartObjective#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDirection()
	 * @see #getDirection()
	 * @see #setDirection(Direction)
	 * @generated
	 */
	void unsetDirection();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.SmartObjective#getDirection <em>Direction</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Direction</em>' attribute is set.
	 * @see #unsetDirection()
	 * @see #getDirection()
	 * @see #setDirection(Direction)
	 * @generated
	 */
	boolean isSetDirection();

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

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Activities that serve the objective (derived, inverse of Activity.objectives).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activities</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Activities()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Campaigns that serve the objective (derived, inverse of Campaign.objectives).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Campaigns</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_Campaigns()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Calendar Entries</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CalendarEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Calendar entries that serve the objective (derived, inverse of CalendarEntry.objective).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendar Entries</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_CalendarEntries()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CalendarEntry> getCalendarEntries();

	/**
	 * Returns the value of the '<em><b>Quarterly Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.QuarterlyObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quarterly breakdown of the objective (derived, inverse of QuarterlyObjective.annualObjective).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quarterly Objectives</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSmartObjective_QuarterlyObjectives()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<QuarterlyObjective> getQuarterlyObjectives();

} // SmartObjective
