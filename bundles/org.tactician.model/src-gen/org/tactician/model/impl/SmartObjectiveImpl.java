/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.Channel;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.Kpi;
import org.tactician.model.RaceStage;
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
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.tactician.model.impl.SmartObjectiveImpl#getBusinessGoal <em>Business Goal</em>}</li>
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
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

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
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.SMART_OBJECTIVE__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.SMART_OBJECTIVE__CHANNEL, oldChannel, channel));
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
			case TacticianPackage.SMART_OBJECTIVE__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.SMART_OBJECTIVE__STRATEGY:
				if (resolve) return getStrategy();
				return basicGetStrategy();
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
				return getBusinessGoal();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
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
			case TacticianPackage.SMART_OBJECTIVE__CHANNEL:
				setChannel((Channel)newValue);
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
			case TacticianPackage.SMART_OBJECTIVE__CHANNEL:
				setChannel((Channel)null);
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
			case TacticianPackage.SMART_OBJECTIVE__CHANNEL:
				return channel != null;
			case TacticianPackage.SMART_OBJECTIVE__STRATEGY:
				return strategy != null;
			case TacticianPackage.SMART_OBJECTIVE__BUSINESS_GOAL:
				return BUSINESS_GOAL_EDEFAULT == null ? businessGoal != null : !BUSINESS_GOAL_EDEFAULT.equals(businessGoal);
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
		result.append(", businessGoal: ");
		result.append(businessGoal);
		result.append(')');
		return result.toString();
	}

} //SmartObjectiveImpl
