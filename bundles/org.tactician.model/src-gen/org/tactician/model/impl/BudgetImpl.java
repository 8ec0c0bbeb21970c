/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.Budget;
import org.tactician.model.BudgetLine;
import org.tactician.model.CategoryTarget;
import org.tactician.model.Money;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.BudgetImpl#getLines <em>Lines</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetImpl#getApprovedTotal <em>Approved Total</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetImpl#getCategoryTargets <em>Category Targets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetImpl extends PlanElementImpl implements Budget {
	/**
	 * The cached value of the '{@link #getLines() <em>Lines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLines()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> lines;

	/**
	 * The default value of the '{@link #getApprovedTotal() <em>Approved Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedTotal()
	 * @generated
	 * @ordered
	 */
	protected static final Money APPROVED_TOTAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedTotal() <em>Approved Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedTotal()
	 * @generated
	 * @ordered
	 */
	protected Money approvedTotal = APPROVED_TOTAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategoryTargets() <em>Category Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategoryTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<CategoryTarget> categoryTargets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getLines() {
		if (lines == null) {
			lines = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, TacticianPackage.BUDGET__LINES);
		}
		return lines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getApprovedTotal() {
		return approvedTotal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedTotal(Money newApprovedTotal) {
		Money oldApprovedTotal = approvedTotal;
		approvedTotal = newApprovedTotal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET__APPROVED_TOTAL, oldApprovedTotal, approvedTotal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CategoryTarget> getCategoryTargets() {
		if (categoryTargets == null) {
			categoryTargets = new EObjectContainmentEList<CategoryTarget>(CategoryTarget.class, this, TacticianPackage.BUDGET__CATEGORY_TARGETS);
		}
		return categoryTargets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.BUDGET__LINES:
				return ((InternalEList<?>)getLines()).basicRemove(otherEnd, msgs);
			case TacticianPackage.BUDGET__CATEGORY_TARGETS:
				return ((InternalEList<?>)getCategoryTargets()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.BUDGET__LINES:
				return getLines();
			case TacticianPackage.BUDGET__APPROVED_TOTAL:
				return getApprovedTotal();
			case TacticianPackage.BUDGET__CATEGORY_TARGETS:
				return getCategoryTargets();
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
			case TacticianPackage.BUDGET__LINES:
				getLines().clear();
				getLines().addAll((Collection<? extends BudgetLine>)newValue);
				return;
			case TacticianPackage.BUDGET__APPROVED_TOTAL:
				setApprovedTotal((Money)newValue);
				return;
			case TacticianPackage.BUDGET__CATEGORY_TARGETS:
				getCategoryTargets().clear();
				getCategoryTargets().addAll((Collection<? extends CategoryTarget>)newValue);
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
			case TacticianPackage.BUDGET__LINES:
				getLines().clear();
				return;
			case TacticianPackage.BUDGET__APPROVED_TOTAL:
				setApprovedTotal(APPROVED_TOTAL_EDEFAULT);
				return;
			case TacticianPackage.BUDGET__CATEGORY_TARGETS:
				getCategoryTargets().clear();
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
			case TacticianPackage.BUDGET__LINES:
				return lines != null && !lines.isEmpty();
			case TacticianPackage.BUDGET__APPROVED_TOTAL:
				return APPROVED_TOTAL_EDEFAULT == null ? approvedTotal != null : !APPROVED_TOTAL_EDEFAULT.equals(approvedTotal);
			case TacticianPackage.BUDGET__CATEGORY_TARGETS:
				return categoryTargets != null && !categoryTargets.isEmpty();
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
		result.append(" (approvedTotal: ");
		result.append(approvedTotal);
		result.append(')');
		return result.toString();
	}

} //BudgetImpl
