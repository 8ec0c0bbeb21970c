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

import org.tactician.model.LoyaltyEntry;
import org.tactician.model.LoyaltyPlan;
import org.tactician.model.RfmSegment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loyalty Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.LoyaltyPlanImpl#getRfmSegments <em>Rfm Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.LoyaltyPlanImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoyaltyPlanImpl extends CalendarImpl implements LoyaltyPlan {
	/**
	 * The cached value of the '{@link #getRfmSegments() <em>Rfm Segments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRfmSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<RfmSegment> rfmSegments;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<LoyaltyEntry> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoyaltyPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.LOYALTY_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RfmSegment> getRfmSegments() {
		if (rfmSegments == null) {
			rfmSegments = new EObjectContainmentEList<RfmSegment>(RfmSegment.class, this, TacticianPackage.LOYALTY_PLAN__RFM_SEGMENTS);
		}
		return rfmSegments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LoyaltyEntry> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<LoyaltyEntry>(LoyaltyEntry.class, this, TacticianPackage.LOYALTY_PLAN__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.LOYALTY_PLAN__RFM_SEGMENTS:
				return ((InternalEList<?>)getRfmSegments()).basicRemove(otherEnd, msgs);
			case TacticianPackage.LOYALTY_PLAN__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.LOYALTY_PLAN__RFM_SEGMENTS:
				return getRfmSegments();
			case TacticianPackage.LOYALTY_PLAN__ENTRIES:
				return getEntries();
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
			case TacticianPackage.LOYALTY_PLAN__RFM_SEGMENTS:
				getRfmSegments().clear();
				getRfmSegments().addAll((Collection<? extends RfmSegment>)newValue);
				return;
			case TacticianPackage.LOYALTY_PLAN__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends LoyaltyEntry>)newValue);
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
			case TacticianPackage.LOYALTY_PLAN__RFM_SEGMENTS:
				getRfmSegments().clear();
				return;
			case TacticianPackage.LOYALTY_PLAN__ENTRIES:
				getEntries().clear();
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
			case TacticianPackage.LOYALTY_PLAN__RFM_SEGMENTS:
				return rfmSegments != null && !rfmSegments.isEmpty();
			case TacticianPackage.LOYALTY_PLAN__ENTRIES:
				return entries != null && !entries.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LoyaltyPlanImpl
