/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.MonthlyObjective;
import org.tactician.model.ObjectiveStatus;
import org.tactician.model.PlanPhase;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Monthly Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getQuarterlyObjective <em>Quarterly Objective</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getActual <em>Actual</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tactician.model.impl.MonthlyObjectiveImpl#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MonthlyObjectiveImpl extends NamedElementImpl implements MonthlyObjective {
	/**
	 * The default value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected static final YearMonth MONTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMonth() <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonth()
	 * @generated
	 * @ordered
	 */
	protected YearMonth month = MONTH_EDEFAULT;

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
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final PlanPhase PHASE_EDEFAULT = PlanPhase.LAUNCH;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected PlanPhase phase = PHASE_EDEFAULT;

	/**
	 * This is true if the Phase attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean phaseESet;

	/**
	 * The cached value of the '{@link #getQuarterlyObjective() <em>Quarterly Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarterlyObjective()
	 * @generated
	 * @ordered
	 */
	protected QuarterlyObjective quarterlyObjective;

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
	 * The default value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ACTUAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActual() <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActual()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal actual = ACTUAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveStatus STATUS_EDEFAULT = ObjectiveStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveStatus status = STATUS_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MonthlyObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.MONTHLY_OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public YearMonth getMonth() {
		return month;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonth(YearMonth newMonth) {
		YearMonth oldMonth = month;
		month = newMonth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__MONTH, oldMonth, month));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__DEADLINE, oldDeadline, deadline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanPhase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(PlanPhase newPhase) {
		PlanPhase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		boolean oldPhaseESet = phaseESet;
		phaseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__PHASE, oldPhase, phase, !oldPhaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPhase() {
		PlanPhase oldPhase = phase;
		boolean oldPhaseESet = phaseESet;
		phase = PHASE_EDEFAULT;
		phaseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.MONTHLY_OBJECTIVE__PHASE, oldPhase, PHASE_EDEFAULT, oldPhaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPhase() {
		return phaseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuarterlyObjective getQuarterlyObjective() {
		if (quarterlyObjective != null && quarterlyObjective.eIsProxy()) {
			InternalEObject oldQuarterlyObjective = (InternalEObject)quarterlyObjective;
			quarterlyObjective = (QuarterlyObjective)eResolveProxy(oldQuarterlyObjective);
			if (quarterlyObjective != oldQuarterlyObjective) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE, oldQuarterlyObjective, quarterlyObjective));
			}
		}
		return quarterlyObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuarterlyObjective basicGetQuarterlyObjective() {
		return quarterlyObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuarterlyObjective(QuarterlyObjective newQuarterlyObjective) {
		QuarterlyObjective oldQuarterlyObjective = quarterlyObjective;
		quarterlyObjective = newQuarterlyObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE, oldQuarterlyObjective, quarterlyObjective));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getActual() {
		return actual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActual(BigDecimal newActual) {
		BigDecimal oldActual = actual;
		actual = newActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ObjectiveStatus newStatus) {
		ObjectiveStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__STATUS, oldStatus, status));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MONTHLY_OBJECTIVE__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MONTHLY_OBJECTIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.MONTHLY_OBJECTIVE__MONTH:
				return getMonth();
			case TacticianPackage.MONTHLY_OBJECTIVE__DEADLINE:
				return getDeadline();
			case TacticianPackage.MONTHLY_OBJECTIVE__PHASE:
				return getPhase();
			case TacticianPackage.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE:
				if (resolve) return getQuarterlyObjective();
				return basicGetQuarterlyObjective();
			case TacticianPackage.MONTHLY_OBJECTIVE__TARGET:
				return getTarget();
			case TacticianPackage.MONTHLY_OBJECTIVE__UNIT:
				return getUnit();
			case TacticianPackage.MONTHLY_OBJECTIVE__ACTUAL:
				return getActual();
			case TacticianPackage.MONTHLY_OBJECTIVE__STATUS:
				return getStatus();
			case TacticianPackage.MONTHLY_OBJECTIVE__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
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
			case TacticianPackage.MONTHLY_OBJECTIVE__MONTH:
				setMonth((YearMonth)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__DEADLINE:
				setDeadline((LocalDate)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__PHASE:
				setPhase((PlanPhase)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE:
				setQuarterlyObjective((QuarterlyObjective)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__UNIT:
				setUnit((String)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__ACTUAL:
				setActual((BigDecimal)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__STATUS:
				setStatus((ObjectiveStatus)newValue);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__OWNER:
				setOwner((TeamMember)newValue);
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
			case TacticianPackage.MONTHLY_OBJECTIVE__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__DEADLINE:
				setDeadline(DEADLINE_EDEFAULT);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__PHASE:
				unsetPhase();
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE:
				setQuarterlyObjective((QuarterlyObjective)null);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__ACTUAL:
				setActual(ACTUAL_EDEFAULT);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TacticianPackage.MONTHLY_OBJECTIVE__OWNER:
				setOwner((TeamMember)null);
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
			case TacticianPackage.MONTHLY_OBJECTIVE__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case TacticianPackage.MONTHLY_OBJECTIVE__DEADLINE:
				return DEADLINE_EDEFAULT == null ? deadline != null : !DEADLINE_EDEFAULT.equals(deadline);
			case TacticianPackage.MONTHLY_OBJECTIVE__PHASE:
				return isSetPhase();
			case TacticianPackage.MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE:
				return quarterlyObjective != null;
			case TacticianPackage.MONTHLY_OBJECTIVE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TacticianPackage.MONTHLY_OBJECTIVE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TacticianPackage.MONTHLY_OBJECTIVE__ACTUAL:
				return ACTUAL_EDEFAULT == null ? actual != null : !ACTUAL_EDEFAULT.equals(actual);
			case TacticianPackage.MONTHLY_OBJECTIVE__STATUS:
				return status != STATUS_EDEFAULT;
			case TacticianPackage.MONTHLY_OBJECTIVE__OWNER:
				return owner != null;
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
		result.append(" (month: ");
		result.append(month);
		result.append(", deadline: ");
		result.append(deadline);
		result.append(", phase: ");
		if (phaseESet) result.append(phase); else result.append("<unset>");
		result.append(", target: ");
		result.append(target);
		result.append(", unit: ");
		result.append(unit);
		result.append(", actual: ");
		result.append(actual);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MonthlyObjectiveImpl
