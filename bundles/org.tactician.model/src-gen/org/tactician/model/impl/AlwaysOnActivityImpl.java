/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.Quarter;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Always On Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.AlwaysOnActivityImpl#getQuarters <em>Quarters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AlwaysOnActivityImpl extends ActivityImpl implements AlwaysOnActivity {
	/**
	 * The cached value of the '{@link #getQuarters() <em>Quarters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarters()
	 * @generated
	 * @ordered
	 */
	protected EList<Quarter> quarters;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AlwaysOnActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.ALWAYS_ON_ACTIVITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Quarter> getQuarters() {
		if (quarters == null) {
			quarters = new EDataTypeUniqueEList<Quarter>(Quarter.class, this, TacticianPackage.ALWAYS_ON_ACTIVITY__QUARTERS);
		}
		return quarters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.ALWAYS_ON_ACTIVITY__QUARTERS:
				return getQuarters();
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
			case TacticianPackage.ALWAYS_ON_ACTIVITY__QUARTERS:
				getQuarters().clear();
				getQuarters().addAll((Collection<? extends Quarter>)newValue);
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
			case TacticianPackage.ALWAYS_ON_ACTIVITY__QUARTERS:
				getQuarters().clear();
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
			case TacticianPackage.ALWAYS_ON_ACTIVITY__QUARTERS:
				return quarters != null && !quarters.isEmpty();
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
		result.append(" (quarters: ");
		result.append(quarters);
		result.append(')');
		return result.toString();
	}

} //AlwaysOnActivityImpl
