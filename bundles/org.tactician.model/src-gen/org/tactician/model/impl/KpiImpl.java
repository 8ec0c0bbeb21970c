/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.Channel;
import org.tactician.model.Kpi;
import org.tactician.model.KpiValue;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getTargetYearOnYear <em>Target Year On Year</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getTargetMonthOnMonth <em>Target Month On Month</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getDataSource <em>Data Source</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiImpl#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiImpl extends NamedElementImpl implements Kpi {
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
	 * The default value of the '{@link #getTargetYearOnYear() <em>Target Year On Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYearOnYear()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_YEAR_ON_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetYearOnYear() <em>Target Year On Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYearOnYear()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetYearOnYear = TARGET_YEAR_ON_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetMonthOnMonth() <em>Target Month On Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMonthOnMonth()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_MONTH_ON_MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetMonthOnMonth() <em>Target Month On Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMonthOnMonth()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetMonthOnMonth = TARGET_MONTH_ON_MONTH_EDEFAULT;

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
	 * The default value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected static final String DATA_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataSource() <em>Data Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSource()
	 * @generated
	 * @ordered
	 */
	protected String dataSource = DATA_SOURCE_EDEFAULT;

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
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<KpiValue> values;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.KPI;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.KPI__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__UNIT, oldUnit, unit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__BASELINE, oldBaseline, baseline));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetYearOnYear() {
		return targetYearOnYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYearOnYear(BigDecimal newTargetYearOnYear) {
		BigDecimal oldTargetYearOnYear = targetYearOnYear;
		targetYearOnYear = newTargetYearOnYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__TARGET_YEAR_ON_YEAR, oldTargetYearOnYear, targetYearOnYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetMonthOnMonth() {
		return targetMonthOnMonth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetMonthOnMonth(BigDecimal newTargetMonthOnMonth) {
		BigDecimal oldTargetMonthOnMonth = targetMonthOnMonth;
		targetMonthOnMonth = newTargetMonthOnMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__TARGET_MONTH_ON_MONTH, oldTargetMonthOnMonth, targetMonthOnMonth));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.KPI__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataSource() {
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataSource(String newDataSource) {
		String oldDataSource = dataSource;
		dataSource = newDataSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__DATA_SOURCE, oldDataSource, dataSource));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.KPI__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KpiValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<KpiValue>(KpiValue.class, this, TacticianPackage.KPI__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.KPI__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.KPI__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.KPI__UNIT:
				return getUnit();
			case TacticianPackage.KPI__BASELINE:
				return getBaseline();
			case TacticianPackage.KPI__TARGET:
				return getTarget();
			case TacticianPackage.KPI__TARGET_YEAR_ON_YEAR:
				return getTargetYearOnYear();
			case TacticianPackage.KPI__TARGET_MONTH_ON_MONTH:
				return getTargetMonthOnMonth();
			case TacticianPackage.KPI__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.KPI__DATA_SOURCE:
				return getDataSource();
			case TacticianPackage.KPI__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.KPI__VALUES:
				return getValues();
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
			case TacticianPackage.KPI__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.KPI__UNIT:
				setUnit((String)newValue);
				return;
			case TacticianPackage.KPI__BASELINE:
				setBaseline((BigDecimal)newValue);
				return;
			case TacticianPackage.KPI__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case TacticianPackage.KPI__TARGET_YEAR_ON_YEAR:
				setTargetYearOnYear((BigDecimal)newValue);
				return;
			case TacticianPackage.KPI__TARGET_MONTH_ON_MONTH:
				setTargetMonthOnMonth((BigDecimal)newValue);
				return;
			case TacticianPackage.KPI__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.KPI__DATA_SOURCE:
				setDataSource((String)newValue);
				return;
			case TacticianPackage.KPI__OWNER:
				setOwner((TeamMember)newValue);
				return;
			case TacticianPackage.KPI__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends KpiValue>)newValue);
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
			case TacticianPackage.KPI__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.KPI__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TacticianPackage.KPI__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case TacticianPackage.KPI__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TacticianPackage.KPI__TARGET_YEAR_ON_YEAR:
				setTargetYearOnYear(TARGET_YEAR_ON_YEAR_EDEFAULT);
				return;
			case TacticianPackage.KPI__TARGET_MONTH_ON_MONTH:
				setTargetMonthOnMonth(TARGET_MONTH_ON_MONTH_EDEFAULT);
				return;
			case TacticianPackage.KPI__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.KPI__DATA_SOURCE:
				setDataSource(DATA_SOURCE_EDEFAULT);
				return;
			case TacticianPackage.KPI__OWNER:
				setOwner((TeamMember)null);
				return;
			case TacticianPackage.KPI__VALUES:
				getValues().clear();
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
			case TacticianPackage.KPI__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.KPI__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TacticianPackage.KPI__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case TacticianPackage.KPI__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TacticianPackage.KPI__TARGET_YEAR_ON_YEAR:
				return TARGET_YEAR_ON_YEAR_EDEFAULT == null ? targetYearOnYear != null : !TARGET_YEAR_ON_YEAR_EDEFAULT.equals(targetYearOnYear);
			case TacticianPackage.KPI__TARGET_MONTH_ON_MONTH:
				return TARGET_MONTH_ON_MONTH_EDEFAULT == null ? targetMonthOnMonth != null : !TARGET_MONTH_ON_MONTH_EDEFAULT.equals(targetMonthOnMonth);
			case TacticianPackage.KPI__CHANNEL:
				return channel != null;
			case TacticianPackage.KPI__DATA_SOURCE:
				return DATA_SOURCE_EDEFAULT == null ? dataSource != null : !DATA_SOURCE_EDEFAULT.equals(dataSource);
			case TacticianPackage.KPI__OWNER:
				return owner != null;
			case TacticianPackage.KPI__VALUES:
				return values != null && !values.isEmpty();
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
		result.append(" (raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(", unit: ");
		result.append(unit);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", target: ");
		result.append(target);
		result.append(", targetYearOnYear: ");
		result.append(targetYearOnYear);
		result.append(", targetMonthOnMonth: ");
		result.append(targetMonthOnMonth);
		result.append(", dataSource: ");
		result.append(dataSource);
		result.append(')');
		return result.toString();
	}

} //KpiImpl
