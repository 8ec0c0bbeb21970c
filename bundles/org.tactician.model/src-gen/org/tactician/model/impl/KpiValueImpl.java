/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.YearMonth;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.KpiValue;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.KpiValueImpl#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiValueImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiValueImpl#getActual <em>Actual</em>}</li>
 *   <li>{@link org.tactician.model.impl.KpiValueImpl#getPreviousYear <em>Previous Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiValueImpl extends PlanElementImpl implements KpiValue {
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
	 * The default value of the '{@link #getPreviousYear() <em>Previous Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousYear()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal PREVIOUS_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreviousYear() <em>Previous Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreviousYear()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal previousYear = PREVIOUS_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiValueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.KPI_VALUE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI_VALUE__MONTH, oldMonth, month));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI_VALUE__TARGET, oldTarget, target));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI_VALUE__ACTUAL, oldActual, actual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getPreviousYear() {
		return previousYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreviousYear(BigDecimal newPreviousYear) {
		BigDecimal oldPreviousYear = previousYear;
		previousYear = newPreviousYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KPI_VALUE__PREVIOUS_YEAR, oldPreviousYear, previousYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.KPI_VALUE__MONTH:
				return getMonth();
			case TacticianPackage.KPI_VALUE__TARGET:
				return getTarget();
			case TacticianPackage.KPI_VALUE__ACTUAL:
				return getActual();
			case TacticianPackage.KPI_VALUE__PREVIOUS_YEAR:
				return getPreviousYear();
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
			case TacticianPackage.KPI_VALUE__MONTH:
				setMonth((YearMonth)newValue);
				return;
			case TacticianPackage.KPI_VALUE__TARGET:
				setTarget((BigDecimal)newValue);
				return;
			case TacticianPackage.KPI_VALUE__ACTUAL:
				setActual((BigDecimal)newValue);
				return;
			case TacticianPackage.KPI_VALUE__PREVIOUS_YEAR:
				setPreviousYear((BigDecimal)newValue);
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
			case TacticianPackage.KPI_VALUE__MONTH:
				setMonth(MONTH_EDEFAULT);
				return;
			case TacticianPackage.KPI_VALUE__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case TacticianPackage.KPI_VALUE__ACTUAL:
				setActual(ACTUAL_EDEFAULT);
				return;
			case TacticianPackage.KPI_VALUE__PREVIOUS_YEAR:
				setPreviousYear(PREVIOUS_YEAR_EDEFAULT);
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
			case TacticianPackage.KPI_VALUE__MONTH:
				return MONTH_EDEFAULT == null ? month != null : !MONTH_EDEFAULT.equals(month);
			case TacticianPackage.KPI_VALUE__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case TacticianPackage.KPI_VALUE__ACTUAL:
				return ACTUAL_EDEFAULT == null ? actual != null : !ACTUAL_EDEFAULT.equals(actual);
			case TacticianPackage.KPI_VALUE__PREVIOUS_YEAR:
				return PREVIOUS_YEAR_EDEFAULT == null ? previousYear != null : !PREVIOUS_YEAR_EDEFAULT.equals(previousYear);
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
		result.append(", target: ");
		result.append(target);
		result.append(", actual: ");
		result.append(actual);
		result.append(", previousYear: ");
		result.append(previousYear);
		result.append(')');
		return result.toString();
	}

} //KpiValueImpl
