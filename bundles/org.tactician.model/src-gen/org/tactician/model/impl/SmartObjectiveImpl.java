/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.Activity;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.Direction;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.Kpi;
import org.tactician.model.MeasureKind;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.Segment;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;
import org.tactician.model.TowsStrategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Smart Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getForecastMeasure <em>Forecast Measure</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getKpi <em>Kpi</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getMeasureKind <em>Measure Kind</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getBusinessGoal <em>Business Goal</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getCalendarEntries <em>Calendar Entries</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getQuarterlyObjectives <em>Quarterly Objectives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SmartObjectiveImpl extends NamedElementImpl implements SmartObjective {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final String METRIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected String metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getForecastMeasure() <em>Forecast Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForecastMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final ForecastMeasure FORECAST_MEASURE_EDEFAULT = ForecastMeasure.SESSIONS;

	/**
	 * The cached value of the '{@link #getForecastMeasure() <em>Forecast Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getForecastMeasure()
	 * @generated
	 * @ordered
	 */
	protected ForecastMeasure forecastMeasure = FORECAST_MEASURE_EDEFAULT;

	/**
	 * This is true if the Forecast Measure attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean forecastMeasureESet;

	/**
	 * The cached value of the '{@link #getKpi() <em>Kpi</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpi()
	 * @generated
	 * @ordered
	 */
	protected Kpi kpi;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DEADLINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeadline() <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeadline()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deadline = DEADLINE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected TeamMember owner;

	/**
	 * The default value of the '{@link #getRaceStage() <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStage()
	 * @generated
	 * @ordered
	 */
	protected static final RaceStage RACE_STAGE_EDEFAULT = RaceStage.PLAN;

	/**
	 * The cached value of the '{@link #getRaceStage() <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStage()
	 * @generated
	 * @ordered
	 */
	protected RaceStage raceStage = RACE_STAGE_EDEFAULT;

	/**
	 * This is true if the Race Stage attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean raceStageESet;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveScope SCOPE_EDEFAULT = ObjectiveScope.PLAN;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveScope scope = SCOPE_EDEFAULT;

	/**
	 * This is true if the Scope attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean scopeESet;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The default value of the '{@link #getMeasureKind() <em>Measure Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeasureKind MEASURE_KIND_EDEFAULT = MeasureKind.SUM;

	/**
	 * The cached value of the '{@link #getMeasureKind() <em>Measure Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasureKind()
	 * @generated
	 * @ordered
	 */
	protected MeasureKind measureKind = MEASURE_KIND_EDEFAULT;

	/**
	 * This is true if the Measure Kind attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean measureKindESet;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Direction DIRECTION_EDEFAULT = Direction.INCREASE;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected Direction direction = DIRECTION_EDEFAULT;

	/**
	 * This is true if the Direction attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean directionESet;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected TowsStrategy strategy;

	/**
	 * The default value of the '{@link #getBusinessGoal() <em>Business Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String BUSINESS_GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBusinessGoal() <em>Business Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBusinessGoal()
	 * @generated
	 * @ordered
	 */
	protected String businessGoal = BUSINESS_GOAL_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmartObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.SMART_OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(String newMetric) {
		String oldMetric = metric;
		metric = newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForecastMeasure getForecastMeasure() {
		return forecastMeasure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setForecastMeasure(ForecastMeasure newForecastMeasure) {
		ForecastMeasure oldForecastMeasure = forecastMeasure;
		forecastMeasure = newForecastMeasure == null ? FORECAST_MEASURE_EDEFAULT : newForecastMeasure;
		boolean oldForecastMeasureESet = forecastMeasureESet;
		forecastMeasureESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE, oldForecastMeasure, forecastMeasure, !oldForecastMeasureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetForecastMeasure() {
		ForecastMeasure oldForecastMeasure = forecastMeasure;
		boolean oldForecastMeasureESet = forecastMeasureESet;
		forecastMeasure = FORECAST_MEASURE_EDEFAULT;
		forecastMeasureESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE, oldForecastMeasure, FORECAST_MEASURE_EDEFAULT, oldForecastMeasureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetForecastMeasure() {
		return forecastMeasureESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi getKpi() {
		if (kpi != null && kpi.eIsProxy()) {
			InternalEObject oldKpi = (InternalEObject)kpi;
			kpi = (Kpi)eResolveProxy(oldKpi);
			if (kpi != oldKpi) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.SMART_OBJECTIVE__KPI, oldKpi, kpi));
			}
		}
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kpi basicGetKpi() {
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKpi(Kpi newKpi) {
		Kpi oldKpi = kpi;
		kpi = newKpi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__KPI, oldKpi, kpi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(BigDecimal newBaseline) {
		BigDecimal oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(BigDecimal newTarget) {
		BigDecimal oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeadline() {
		return deadline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeadline(LocalDate newDeadline) {
		LocalDate oldDeadline = deadline;
		deadline = newDeadline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamMember getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (TeamMember)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.SMART_OBJECTIVE__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeamMember basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(TeamMember newOwner) {
		TeamMember oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaceStage getRaceStage() {
		return raceStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaceStage(RaceStage newRaceStage) {
		RaceStage oldRaceStage = raceStage;
		raceStage = newRaceStage == null ? RACE_STAGE_EDEFAULT : newRaceStage;
		boolean oldRaceStageESet = raceStageESet;
		raceStageESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRaceStage() {
		RaceStage oldRaceStage = raceStage;
		boolean oldRaceStageESet = raceStageESet;
		raceStage = RACE_STAGE_EDEFAULT;
		raceStageESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.SMART_OBJECTIVE__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRaceStage() {
		return raceStageESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(ObjectiveScope newScope) {
		ObjectiveScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		boolean oldScopeESet = scopeESet;
		scopeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__SCOPE, oldScope, scope, !oldScopeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetScope() {
		ObjectiveScope oldScope = scope;
		boolean oldScopeESet = scopeESet;
		scope = SCOPE_EDEFAULT;
		scopeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.SMART_OBJECTIVE__SCOPE, oldScope, SCOPE_EDEFAULT, oldScopeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetScope() {
		return scopeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, TacticianPackage.SMART_OBJECTIVE__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, TacticianPackage.SMART_OBJECTIVE__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeasureKind getMeasureKind() {
		return measureKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasureKind(MeasureKind newMeasureKind) {
		MeasureKind oldMeasureKind = measureKind;
		measureKind = newMeasureKind == null ? MEASURE_KIND_EDEFAULT : newMeasureKind;
		boolean oldMeasureKindESet = measureKindESet;
		measureKindESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND, oldMeasureKind, measureKind, !oldMeasureKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMeasureKind() {
		MeasureKind oldMeasureKind = measureKind;
		boolean oldMeasureKindESet = measureKindESet;
		measureKind = MEASURE_KIND_EDEFAULT;
		measureKindESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND, oldMeasureKind, MEASURE_KIND_EDEFAULT, oldMeasureKindESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMeasureKind() {
		return measureKindESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Direction getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(Direction newDirection) {
		Direction oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		boolean oldDirectionESet = directionESet;
		directionESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__DIRECTION, oldDirection, direction, !oldDirectionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDirection() {
		Direction oldDirection = direction;
		boolean oldDirectionESet = directionESet;
		direction = DIRECTION_EDEFAULT;
		directionESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.SMART_OBJECTIVE__DIRECTION, oldDirection, DIRECTION_EDEFAULT, oldDirectionESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDirection() {
		return directionESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TowsStrategy getStrategy() {
		if (strategy != null && strategy.eIsProxy()) {
			InternalEObject oldStrategy = (InternalEObject)strategy;
			strategy = (TowsStrategy)eResolveProxy(oldStrategy);
			if (strategy != oldStrategy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.SMART_OBJECTIVE__STRATEGY, oldStrategy, strategy));
			}
		}
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TowsStrategy basicGetStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(TowsStrategy newStrategy) {
		TowsStrategy oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBusinessGoal() {
		return businessGoal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBusinessGoal(String newBusinessGoal) {
		String oldBusinessGoal = businessGoal;
		businessGoal = newBusinessGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL, oldBusinessGoal, businessGoal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.SMART_OBJECTIVE__ACTIVITIES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.SMART_OBJECTIVE__CAMPAIGNS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarEntry> getCalendarEntries() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.SMART_OBJECTIVE__CALENDAR_ENTRIES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuarterlyObjective> getQuarterlyObjectives() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.SMART_OBJECTIVE__QUARTERLY_OBJECTIVES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.SMART_OBJECTIVE__METRIC:
				return getMetric();
			case TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE:
				return getForecastMeasure();
			case TacticianPackage.SMART_OBJECTIVE__KPI:
				if (resolve) return getKpi();
				return basicGetKpi();
			case TacticianPackage.SMART_OBJECTIVE__BASELINE:
				return getBaseline();
			case TacticianPackage.SMART_OBJECTIVE__TARGET:
				return getTarget();
			case TacticianPackage.SMART_OBJECTIVE__UNIT:
				return getUnit();
			case TacticianPackage.SMART_OBJECTIVE__DEADLINE:
				return getDeadline();
			case TacticianPackage.SMART_OBJECTIVE__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.SMART_OBJECTIVE__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.SMART_OBJECTIVE__SCOPE:
				return getScope();
			case TacticianPackage.SMART_OBJECTIVE__CHANNELS:
				return getChannels();
			case TacticianPackage.SMART_OBJECTIVE__SEGMENTS:
				return getSegments();
			case TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND:
				return getMeasureKind();
			case TacticianPackage.SMART_OBJECTIVE__DIRECTION:
				return getDirection();
			case TacticianPackage.SMART_OBJECTIVE__STRATEGY:
				if (resolve) return getStrategy();
				return basicGetStrategy();
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
				return getBusinessGoal();
			case TacticianPackage.SMART_OBJECTIVE__ACTIVITIES:
				return getActivities();
			case TacticianPackage.SMART_OBJECTIVE__CAMPAIGNS:
				return getCampaigns();
			case TacticianPackage.SMART_OBJECTIVE__CALENDAR_ENTRIES:
				return getCalendarEntries();
			case TacticianPackage.SMART_OBJECTIVE__QUARTERLY_OBJECTIVES:
				return getQuarterlyObjectives();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TacticianPackage.SMART_OBJECTIVE__METRIC:
				setMetric((String)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE:
				setForecastMeasure((ForecastMeasure)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__KPI:
				setKpi((Kpi)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__BASELINE:
				setBaseline((BigDecimal)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__UNIT:
				setUnit((String)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__OWNER:
				setOwner((TeamMember)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__SCOPE:
				setScope((ObjectiveScope)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND:
				setMeasureKind((MeasureKind)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__DIRECTION:
				setDirection((Direction)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__STRATEGY:
				setStrategy((TowsStrategy)newValue);
				return;
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
				setBusinessGoal((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TacticianPackage.SMART_OBJECTIVE__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE:
				unsetForecastMeasure();
				return;
			case TacticianPackage.SMART_OBJECTIVE__KPI:
				setKpi((Kpi)null);
				return;
			case TacticianPackage.SMART_OBJECTIVE__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case TacticianPackage.SMART_OBJECTIVE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TacticianPackage.SMART_OBJECTIVE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TacticianPackage.SMART_OBJECTIVE__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case TacticianPackage.SMART_OBJECTIVE__OWNER:
				setOwner((TeamMember)null);
				return;
			case TacticianPackage.SMART_OBJECTIVE__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.SMART_OBJECTIVE__SCOPE:
				unsetScope();
				return;
			case TacticianPackage.SMART_OBJECTIVE__CHANNELS:
				getChannels().clear();
				return;
			case TacticianPackage.SMART_OBJECTIVE__SEGMENTS:
				getSegments().clear();
				return;
			case TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND:
				unsetMeasureKind();
				return;
			case TacticianPackage.SMART_OBJECTIVE__DIRECTION:
				unsetDirection();
				return;
			case TacticianPackage.SMART_OBJECTIVE__STRATEGY:
				setStrategy((TowsStrategy)null);
				return;
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
				setBusinessGoal(BUSINESS_GOAL_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TacticianPackage.SMART_OBJECTIVE__METRIC:
				return METRIC_EDEFAULT == null ? metric != null : !METRIC_EDEFAULT.equals(metric);
			case TacticianPackage.SMART_OBJECTIVE__FORECAST_MEASURE:
				return isSetForecastMeasure();
			case TacticianPackage.SMART_OBJECTIVE__KPI:
				return kpi != null;
			case TacticianPackage.SMART_OBJECTIVE__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case TacticianPackage.SMART_OBJECTIVE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TacticianPackage.SMART_OBJECTIVE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TacticianPackage.SMART_OBJECTIVE__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case TacticianPackage.SMART_OBJECTIVE__OWNER:
				return owner != null;
			case TacticianPackage.SMART_OBJECTIVE__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.SMART_OBJECTIVE__SCOPE:
				return isSetScope();
			case TacticianPackage.SMART_OBJECTIVE__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TacticianPackage.SMART_OBJECTIVE__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TacticianPackage.SMART_OBJECTIVE__MEASURE_KIND:
				return isSetMeasureKind();
			case TacticianPackage.SMART_OBJECTIVE__DIRECTION:
				return isSetDirection();
			case TacticianPackage.SMART_OBJECTIVE__STRATEGY:
				return strategy != null;
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
				return BUSINESS_GOAL_EDEFAULT == null ? businessGoal != null : !BUSINESS_GOAL_EDEFAULT.equals(businessGoal);
			case TacticianPackage.SMART_OBJECTIVE__ACTIVITIES:
				return !getActivities().isEmpty();
			case TacticianPackage.SMART_OBJECTIVE__CAMPAIGNS:
				return !getCampaigns().isEmpty();
			case TacticianPackage.SMART_OBJECTIVE__CALENDAR_ENTRIES:
				return !getCalendarEntries().isEmpty();
			case TacticianPackage.SMART_OBJECTIVE__QUARTERLY_OBJECTIVES:
				return !getQuarterlyObjectives().isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (metric: ");
		result.append(metric);
		result.append(", forecastMeasure: ");
		if (forecastMeasureESet) result.append(forecastMeasure); else result.append("<unset>");
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(", unit: ");
		result.append(unit);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(", scope: ");
		if (scopeESet) result.append(scope); else result.append("<unset>");
		result.append(", measureKind: ");
		if (measureKindESet) result.append(measureKind); else result.append("<unset>");
		result.append(", direction: ");
		if (directionESet) result.append(direction); else result.append("<unset>");
		result.append(", businessGoal: ");
		result.append(businessGoal);
		result.append(')');
		return result.toString();
	}

} //SmartObjectiveImpl
