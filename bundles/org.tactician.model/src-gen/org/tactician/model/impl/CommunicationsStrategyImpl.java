/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.AuditActivity;
import org.tactician.model.CommunicationPriority;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Communications Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CommunicationsStrategyImpl#getPriorities <em>Priorities</em>}</li>
 *   <li>{@link org.tactician.model.impl.CommunicationsStrategyImpl#getAudit <em>Audit</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommunicationsStrategyImpl extends PlanElementImpl implements CommunicationsStrategy {
	/**
	 * The cached value of the '{@link #getPriorities() <em>Priorities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriorities()
	 * @generated
	 * @ordered
	 */
	protected EList<CommunicationPriority> priorities;

	/**
	 * The cached value of the '{@link #getAudit() <em>Audit</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudit()
	 * @generated
	 * @ordered
	 */
	protected EList<AuditActivity> audit;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommunicationsStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.COMMUNICATIONS_STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CommunicationPriority> getPriorities() {
		if (priorities == null) {
			priorities = new EObjectContainmentEList<CommunicationPriority>(CommunicationPriority.class, this, TacticianPackage.COMMUNICATIONS_STRATEGY__PRIORITIES);
		}
		return priorities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AuditActivity> getAudit() {
		if (audit == null) {
			audit = new EObjectContainmentEList<AuditActivity>(AuditActivity.class, this, TacticianPackage.COMMUNICATIONS_STRATEGY__AUDIT);
		}
		return audit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.COMMUNICATIONS_STRATEGY__PRIORITIES:
				return ((InternalEList<?>)getPriorities()).basicRemove(otherEnd, msgs);
			case TacticianPackage.COMMUNICATIONS_STRATEGY__AUDIT:
				return ((InternalEList<?>)getAudit()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.COMMUNICATIONS_STRATEGY__PRIORITIES:
				return getPriorities();
			case TacticianPackage.COMMUNICATIONS_STRATEGY__AUDIT:
				return getAudit();
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
			case TacticianPackage.COMMUNICATIONS_STRATEGY__PRIORITIES:
				getPriorities().clear();
				getPriorities().addAll((Collection<? extends CommunicationPriority>)newValue);
				return;
			case TacticianPackage.COMMUNICATIONS_STRATEGY__AUDIT:
				getAudit().clear();
				getAudit().addAll((Collection<? extends AuditActivity>)newValue);
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
			case TacticianPackage.COMMUNICATIONS_STRATEGY__PRIORITIES:
				getPriorities().clear();
				return;
			case TacticianPackage.COMMUNICATIONS_STRATEGY__AUDIT:
				getAudit().clear();
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
			case TacticianPackage.COMMUNICATIONS_STRATEGY__PRIORITIES:
				return priorities != null && !priorities.isEmpty();
			case TacticianPackage.COMMUNICATIONS_STRATEGY__AUDIT:
				return audit != null && !audit.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CommunicationsStrategyImpl
