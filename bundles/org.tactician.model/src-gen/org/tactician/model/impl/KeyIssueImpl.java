/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.KeyIssue;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TowsStrategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Key Issue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.KeyIssueImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.impl.KeyIssueImpl#getSwotItems <em>Swot Items</em>}</li>
 *   <li>{@link org.tactician.model.impl.KeyIssueImpl#getStrategies <em>Strategies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KeyIssueImpl extends NamedElementImpl implements KeyIssue {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSwotItems() <em>Swot Items</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwotItems()
	 * @generated
	 * @ordered
	 */
	protected EList<SwotItem> swotItems;

	/**
	 * The cached value of the '{@link #getStrategies() <em>Strategies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategies()
	 * @generated
	 * @ordered
	 */
	protected EList<TowsStrategy> strategies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KeyIssueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.KEY_ISSUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.KEY_ISSUE__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SwotItem> getSwotItems() {
		if (swotItems == null) {
			swotItems = new EObjectResolvingEList<SwotItem>(SwotItem.class, this, TacticianPackage.KEY_ISSUE__SWOT_ITEMS);
		}
		return swotItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TowsStrategy> getStrategies() {
		if (strategies == null) {
			strategies = new EObjectResolvingEList<TowsStrategy>(TowsStrategy.class, this, TacticianPackage.KEY_ISSUE__STRATEGIES);
		}
		return strategies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.KEY_ISSUE__PRIORITY:
				return getPriority();
			case TacticianPackage.KEY_ISSUE__SWOT_ITEMS:
				return getSwotItems();
			case TacticianPackage.KEY_ISSUE__STRATEGIES:
				return getStrategies();
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
			case TacticianPackage.KEY_ISSUE__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case TacticianPackage.KEY_ISSUE__SWOT_ITEMS:
				getSwotItems().clear();
				getSwotItems().addAll((Collection<? extends SwotItem>)newValue);
				return;
			case TacticianPackage.KEY_ISSUE__STRATEGIES:
				getStrategies().clear();
				getStrategies().addAll((Collection<? extends TowsStrategy>)newValue);
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
			case TacticianPackage.KEY_ISSUE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case TacticianPackage.KEY_ISSUE__SWOT_ITEMS:
				getSwotItems().clear();
				return;
			case TacticianPackage.KEY_ISSUE__STRATEGIES:
				getStrategies().clear();
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
			case TacticianPackage.KEY_ISSUE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case TacticianPackage.KEY_ISSUE__SWOT_ITEMS:
				return swotItems != null && !swotItems.isEmpty();
			case TacticianPackage.KEY_ISSUE__STRATEGIES:
				return strategies != null && !strategies.isEmpty();
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //KeyIssueImpl
