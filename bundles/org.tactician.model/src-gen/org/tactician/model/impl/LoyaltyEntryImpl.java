/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.LoyaltyEntry;
import org.tactician.model.RfmSegment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Loyalty Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.LoyaltyEntryImpl#getRfmSegment <em>Rfm Segment</em>}</li>
 *   <li>{@link org.tactician.model.impl.LoyaltyEntryImpl#getOffer <em>Offer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LoyaltyEntryImpl extends CalendarEntryImpl implements LoyaltyEntry {
	/**
	 * The cached value of the '{@link #getRfmSegment() <em>Rfm Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRfmSegment()
	 * @generated
	 * @ordered
	 */
	protected RfmSegment rfmSegment;

	/**
	 * The default value of the '{@link #getOffer() <em>Offer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffer()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOffer() <em>Offer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffer()
	 * @generated
	 * @ordered
	 */
	protected String offer = OFFER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LoyaltyEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.LOYALTY_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RfmSegment getRfmSegment() {
		if (rfmSegment != null && rfmSegment.eIsProxy()) {
			InternalEObject oldRfmSegment = (InternalEObject)rfmSegment;
			rfmSegment = (RfmSegment)eResolveProxy(oldRfmSegment);
			if (rfmSegment != oldRfmSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.LOYALTY_ENTRY__RFM_SEGMENT, oldRfmSegment, rfmSegment));
			}
		}
		return rfmSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RfmSegment basicGetRfmSegment() {
		return rfmSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRfmSegment(RfmSegment newRfmSegment) {
		RfmSegment oldRfmSegment = rfmSegment;
		rfmSegment = newRfmSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.LOYALTY_ENTRY__RFM_SEGMENT, oldRfmSegment, rfmSegment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOffer() {
		return offer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffer(String newOffer) {
		String oldOffer = offer;
		offer = newOffer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.LOYALTY_ENTRY__OFFER, oldOffer, offer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.LOYALTY_ENTRY__RFM_SEGMENT:
				if (resolve) return getRfmSegment();
				return basicGetRfmSegment();
			case TacticianPackage.LOYALTY_ENTRY__OFFER:
				return getOffer();
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
			case TacticianPackage.LOYALTY_ENTRY__RFM_SEGMENT:
				setRfmSegment((RfmSegment)newValue);
				return;
			case TacticianPackage.LOYALTY_ENTRY__OFFER:
				setOffer((String)newValue);
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
			case TacticianPackage.LOYALTY_ENTRY__RFM_SEGMENT:
				setRfmSegment((RfmSegment)null);
				return;
			case TacticianPackage.LOYALTY_ENTRY__OFFER:
				setOffer(OFFER_EDEFAULT);
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
			case TacticianPackage.LOYALTY_ENTRY__RFM_SEGMENT:
				return rfmSegment != null;
			case TacticianPackage.LOYALTY_ENTRY__OFFER:
				return OFFER_EDEFAULT == null ? offer != null : !OFFER_EDEFAULT.equals(offer);
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
		result.append(" (offer: ");
		result.append(offer);
		result.append(')');
		return result.toString();
	}

} //LoyaltyEntryImpl
