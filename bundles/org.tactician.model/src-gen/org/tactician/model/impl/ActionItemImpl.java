/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.ActionItem;
import org.tactician.model.TacticianPackage;
import org.tactician.model.Workstream;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ActionItemImpl#getWorkstream <em>Workstream</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionItemImpl extends ActivityImpl implements ActionItem {
	/**
	 * The default value of the '{@link #getWorkstream() <em>Workstream</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkstream()
	 * @generated
	 * @ordered
	 */
	protected static final Workstream WORKSTREAM_EDEFAULT = Workstream.CAMPAIGNS;

	/**
	 * The cached value of the '{@link #getWorkstream() <em>Workstream</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkstream()
	 * @generated
	 * @ordered
	 */
	protected Workstream workstream = WORKSTREAM_EDEFAULT;

	/**
	 * This is true if the Workstream attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean workstreamESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.ACTION_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workstream getWorkstream() {
		return workstream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkstream(Workstream newWorkstream) {
		Workstream oldWorkstream = workstream;
		workstream = newWorkstream == null ? WORKSTREAM_EDEFAULT : newWorkstream;
		boolean oldWorkstreamESet = workstreamESet;
		workstreamESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_ITEM__WORKSTREAM, oldWorkstream, workstream, !oldWorkstreamESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetWorkstream() {
		Workstream oldWorkstream = workstream;
		boolean oldWorkstreamESet = workstreamESet;
		workstream = WORKSTREAM_EDEFAULT;
		workstreamESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.ACTION_ITEM__WORKSTREAM, oldWorkstream, WORKSTREAM_EDEFAULT, oldWorkstreamESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetWorkstream() {
		return workstreamESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.ACTION_ITEM__WORKSTREAM:
				return getWorkstream();
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
			case TacticianPackage.ACTION_ITEM__WORKSTREAM:
				setWorkstream((Workstream)newValue);
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
			case TacticianPackage.ACTION_ITEM__WORKSTREAM:
				unsetWorkstream();
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
			case TacticianPackage.ACTION_ITEM__WORKSTREAM:
				return isSetWorkstream();
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
		result.append(" (workstream: ");
		if (workstreamESet) result.append(workstream); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ActionItemImpl
