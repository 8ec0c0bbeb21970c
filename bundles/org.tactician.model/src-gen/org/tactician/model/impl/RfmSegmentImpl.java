/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.RfmSegment;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rfm Segment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.RfmSegmentImpl#getRecencyScore <em>Recency Score</em>}</li>
 *   <li>{@link org.tactician.model.impl.RfmSegmentImpl#getFrequencyScore <em>Frequency Score</em>}</li>
 *   <li>{@link org.tactician.model.impl.RfmSegmentImpl#getMonetaryScore <em>Monetary Score</em>}</li>
 *   <li>{@link org.tactician.model.impl.RfmSegmentImpl#getSegment <em>Segment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RfmSegmentImpl extends NamedElementImpl implements RfmSegment {
	/**
	 * The default value of the '{@link #getRecencyScore() <em>Recency Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecencyScore()
	 * @generated
	 * @ordered
	 */
	protected static final int RECENCY_SCORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecencyScore() <em>Recency Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecencyScore()
	 * @generated
	 * @ordered
	 */
	protected int recencyScore = RECENCY_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequencyScore() <em>Frequency Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyScore()
	 * @generated
	 * @ordered
	 */
	protected static final int FREQUENCY_SCORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFrequencyScore() <em>Frequency Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyScore()
	 * @generated
	 * @ordered
	 */
	protected int frequencyScore = FREQUENCY_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMonetaryScore() <em>Monetary Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonetaryScore()
	 * @generated
	 * @ordered
	 */
	protected static final int MONETARY_SCORE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMonetaryScore() <em>Monetary Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonetaryScore()
	 * @generated
	 * @ordered
	 */
	protected int monetaryScore = MONETARY_SCORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegment() <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegment()
	 * @generated
	 * @ordered
	 */
	protected Segment segment;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RfmSegmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.RFM_SEGMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecencyScore() {
		return recencyScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecencyScore(int newRecencyScore) {
		int oldRecencyScore = recencyScore;
		recencyScore = newRecencyScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.RFM_SEGMENT__RECENCY_SCORE, oldRecencyScore, recencyScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrequencyScore() {
		return frequencyScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequencyScore(int newFrequencyScore) {
		int oldFrequencyScore = frequencyScore;
		frequencyScore = newFrequencyScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.RFM_SEGMENT__FREQUENCY_SCORE, oldFrequencyScore, frequencyScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMonetaryScore() {
		return monetaryScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMonetaryScore(int newMonetaryScore) {
		int oldMonetaryScore = monetaryScore;
		monetaryScore = newMonetaryScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.RFM_SEGMENT__MONETARY_SCORE, oldMonetaryScore, monetaryScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment getSegment() {
		if (segment != null && segment.eIsProxy()) {
			InternalEObject oldSegment = (InternalEObject)segment;
			segment = (Segment)eResolveProxy(oldSegment);
			if (segment != oldSegment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.RFM_SEGMENT__SEGMENT, oldSegment, segment));
			}
		}
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segment basicGetSegment() {
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegment(Segment newSegment) {
		Segment oldSegment = segment;
		segment = newSegment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.RFM_SEGMENT__SEGMENT, oldSegment, segment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.RFM_SEGMENT__RECENCY_SCORE:
				return getRecencyScore();
			case TacticianPackage.RFM_SEGMENT__FREQUENCY_SCORE:
				return getFrequencyScore();
			case TacticianPackage.RFM_SEGMENT__MONETARY_SCORE:
				return getMonetaryScore();
			case TacticianPackage.RFM_SEGMENT__SEGMENT:
				if (resolve) return getSegment();
				return basicGetSegment();
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
			case TacticianPackage.RFM_SEGMENT__RECENCY_SCORE:
				setRecencyScore((Integer)newValue);
				return;
			case TacticianPackage.RFM_SEGMENT__FREQUENCY_SCORE:
				setFrequencyScore((Integer)newValue);
				return;
			case TacticianPackage.RFM_SEGMENT__MONETARY_SCORE:
				setMonetaryScore((Integer)newValue);
				return;
			case TacticianPackage.RFM_SEGMENT__SEGMENT:
				setSegment((Segment)newValue);
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
			case TacticianPackage.RFM_SEGMENT__RECENCY_SCORE:
				setRecencyScore(RECENCY_SCORE_EDEFAULT);
				return;
			case TacticianPackage.RFM_SEGMENT__FREQUENCY_SCORE:
				setFrequencyScore(FREQUENCY_SCORE_EDEFAULT);
				return;
			case TacticianPackage.RFM_SEGMENT__MONETARY_SCORE:
				setMonetaryScore(MONETARY_SCORE_EDEFAULT);
				return;
			case TacticianPackage.RFM_SEGMENT__SEGMENT:
				setSegment((Segment)null);
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
			case TacticianPackage.RFM_SEGMENT__RECENCY_SCORE:
				return recencyScore != RECENCY_SCORE_EDEFAULT;
			case TacticianPackage.RFM_SEGMENT__FREQUENCY_SCORE:
				return frequencyScore != FREQUENCY_SCORE_EDEFAULT;
			case TacticianPackage.RFM_SEGMENT__MONETARY_SCORE:
				return monetaryScore != MONETARY_SCORE_EDEFAULT;
			case TacticianPackage.RFM_SEGMENT__SEGMENT:
				return segment != null;
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
		result.append(" (recencyScore: ");
		result.append(recencyScore);
		result.append(", frequencyScore: ");
		result.append(frequencyScore);
		result.append(", monetaryScore: ");
		result.append(monetaryScore);
		result.append(')');
		return result.toString();
	}

} //RfmSegmentImpl
