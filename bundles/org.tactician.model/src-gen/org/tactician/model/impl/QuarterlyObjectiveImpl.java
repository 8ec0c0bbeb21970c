/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.Activity;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quarterly Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getAnnualObjective <em>Annual Objective</em>}</li>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tactician.model.impl.QuarterlyObjectiveImpl#getMonthlyObjectives <em>Monthly Objectives</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuarterlyObjectiveImpl extends NamedElementImpl implements QuarterlyObjective {
	/**
	 * The default value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected static final Quarter QUARTER_EDEFAULT = Quarter.Q1;

	/**
	 * The cached value of the '{@link #getQuarter() <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarter()
	 * @generated
	 * @ordered
	 */
	protected Quarter quarter = QUARTER_EDEFAULT;

	/**
	 * This is true if the Quarter attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean quarterESet;

	/**
	 * The cached value of the '{@link #getAnnualObjective() <em>Annual Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnualObjective()
	 * @generated
	 * @ordered
	 */
	protected SmartObjective annualObjective;

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
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected TeamMember owner;

	/**
	 * The cached value of the '{@link #getActivities() <em>Activities</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivities()
	 * @generated
	 * @ordered
	 */
	protected EList<Activity> activities;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuarterlyObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.QUARTERLY_OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quarter getQuarter() {
		return quarter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuarter(Quarter newQuarter) {
		Quarter oldQuarter = quarter;
		quarter = newQuarter == null ? QUARTER_EDEFAULT : newQuarter;
		boolean oldQuarterESet = quarterESet;
		quarterESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.QUARTERLY_OBJECTIVE__QUARTER, oldQuarter, quarter, !oldQuarterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetQuarter() {
		Quarter oldQuarter = quarter;
		boolean oldQuarterESet = quarterESet;
		quarter = QUARTER_EDEFAULT;
		quarterESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.QUARTERLY_OBJECTIVE__QUARTER, oldQuarter, QUARTER_EDEFAULT, oldQuarterESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetQuarter() {
		return quarterESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmartObjective getAnnualObjective() {
		if (annualObjective != null && annualObjective.eIsProxy()) {
			InternalEObject oldAnnualObjective = (InternalEObject)annualObjective;
			annualObjective = (SmartObjective)eResolveProxy(oldAnnualObjective);
			if (annualObjective != oldAnnualObjective) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE, oldAnnualObjective, annualObjective));
			}
		}
		return annualObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmartObjective basicGetAnnualObjective() {
		return annualObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnualObjective(SmartObjective newAnnualObjective) {
		SmartObjective oldAnnualObjective = annualObjective;
		annualObjective = newAnnualObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE, oldAnnualObjective, annualObjective));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.QUARTERLY_OBJECTIVE__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.QUARTERLY_OBJECTIVE__UNIT, oldUnit, unit));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.QUARTERLY_OBJECTIVE__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.QUARTERLY_OBJECTIVE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		if (activities == null) {
			activities = new EObjectResolvingEList<Activity>(Activity.class, this, TacticianPackage.QUARTERLY_OBJECTIVE__ACTIVITIES);
		}
		return activities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonthlyObjective> getMonthlyObjectives() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.QUARTERLY_OBJECTIVE__QUARTER:
				return getQuarter();
			case TacticianPackage.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE:
				if (resolve) return getAnnualObjective();
				return basicGetAnnualObjective();
			case TacticianPackage.QUARTERLY_OBJECTIVE__TARGET:
				return getTarget();
			case TacticianPackage.QUARTERLY_OBJECTIVE__UNIT:
				return getUnit();
			case TacticianPackage.QUARTERLY_OBJECTIVE__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.QUARTERLY_OBJECTIVE__ACTIVITIES:
				return getActivities();
			case TacticianPackage.QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES:
				return getMonthlyObjectives();
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
			case TacticianPackage.QUARTERLY_OBJECTIVE__QUARTER:
				setQuarter((Quarter)newValue);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE:
				setAnnualObjective((SmartObjective)newValue);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__UNIT:
				setUnit((String)newValue);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__OWNER:
				setOwner((TeamMember)newValue);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__ACTIVITIES:
				getActivities().clear();
				getActivities().addAll((Collection<? extends Activity>)newValue);
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
			case TacticianPackage.QUARTERLY_OBJECTIVE__QUARTER:
				unsetQuarter();
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE:
				setAnnualObjective((SmartObjective)null);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__OWNER:
				setOwner((TeamMember)null);
				return;
			case TacticianPackage.QUARTERLY_OBJECTIVE__ACTIVITIES:
				getActivities().clear();
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
			case TacticianPackage.QUARTERLY_OBJECTIVE__QUARTER:
				return isSetQuarter();
			case TacticianPackage.QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE:
				return annualObjective != null;
			case TacticianPackage.QUARTERLY_OBJECTIVE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TacticianPackage.QUARTERLY_OBJECTIVE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case TacticianPackage.QUARTERLY_OBJECTIVE__OWNER:
				return owner != null;
			case TacticianPackage.QUARTERLY_OBJECTIVE__ACTIVITIES:
				return activities != null && !activities.isEmpty();
			case TacticianPackage.QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES:
				return !getMonthlyObjectives().isEmpty();
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
		result.append(" (quarter: ");
		if (quarterESet) result.append(quarter); else result.append("<unset>");
		result.append(", target: ");
		result.append(target);
		result.append(", unit: ");
		result.append(unit);
		result.append(')');
		return result.toString();
	}

} //QuarterlyObjectiveImpl
