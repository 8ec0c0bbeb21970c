/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.TacticianPackage;
import org.tactician.model.ValueProposition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Proposition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ValuePropositionImpl#getElevatorPitch <em>Elevator Pitch</em>}</li>
 *   <li>{@link org.tactician.model.impl.ValuePropositionImpl#getDigitalValueProposition <em>Digital Value Proposition</em>}</li>
 *   <li>{@link org.tactician.model.impl.ValuePropositionImpl#getBrandIdentity <em>Brand Identity</em>}</li>
 *   <li>{@link org.tactician.model.impl.ValuePropositionImpl#getToneOfVoice <em>Tone Of Voice</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValuePropositionImpl extends PlanElementImpl implements ValueProposition {
	/**
	 * The default value of the '{@link #getElevatorPitch() <em>Elevator Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElevatorPitch()
	 * @generated
	 * @ordered
	 */
	protected static final String ELEVATOR_PITCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getElevatorPitch() <em>Elevator Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElevatorPitch()
	 * @generated
	 * @ordered
	 */
	protected String elevatorPitch = ELEVATOR_PITCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDigitalValueProposition() <em>Digital Value Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalValueProposition()
	 * @generated
	 * @ordered
	 */
	protected static final String DIGITAL_VALUE_PROPOSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDigitalValueProposition() <em>Digital Value Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDigitalValueProposition()
	 * @generated
	 * @ordered
	 */
	protected String digitalValueProposition = DIGITAL_VALUE_PROPOSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getBrandIdentity() <em>Brand Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandIdentity()
	 * @generated
	 * @ordered
	 */
	protected static final String BRAND_IDENTITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBrandIdentity() <em>Brand Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrandIdentity()
	 * @generated
	 * @ordered
	 */
	protected String brandIdentity = BRAND_IDENTITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getToneOfVoice() <em>Tone Of Voice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToneOfVoice()
	 * @generated
	 * @ordered
	 */
	protected static final String TONE_OF_VOICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToneOfVoice() <em>Tone Of Voice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToneOfVoice()
	 * @generated
	 * @ordered
	 */
	protected String toneOfVoice = TONE_OF_VOICE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValuePropositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.VALUE_PROPOSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getElevatorPitch() {
		return elevatorPitch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElevatorPitch(String newElevatorPitch) {
		String oldElevatorPitch = elevatorPitch;
		elevatorPitch = newElevatorPitch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.VALUE_PROPOSITION__ELEVATOR_PITCH, oldElevatorPitch, elevatorPitch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDigitalValueProposition() {
		return digitalValueProposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDigitalValueProposition(String newDigitalValueProposition) {
		String oldDigitalValueProposition = digitalValueProposition;
		digitalValueProposition = newDigitalValueProposition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION, oldDigitalValueProposition, digitalValueProposition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBrandIdentity() {
		return brandIdentity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrandIdentity(String newBrandIdentity) {
		String oldBrandIdentity = brandIdentity;
		brandIdentity = newBrandIdentity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.VALUE_PROPOSITION__BRAND_IDENTITY, oldBrandIdentity, brandIdentity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getToneOfVoice() {
		return toneOfVoice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToneOfVoice(String newToneOfVoice) {
		String oldToneOfVoice = toneOfVoice;
		toneOfVoice = newToneOfVoice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.VALUE_PROPOSITION__TONE_OF_VOICE, oldToneOfVoice, toneOfVoice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.VALUE_PROPOSITION__ELEVATOR_PITCH:
				return getElevatorPitch();
			case TacticianPackage.VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION:
				return getDigitalValueProposition();
			case TacticianPackage.VALUE_PROPOSITION__BRAND_IDENTITY:
				return getBrandIdentity();
			case TacticianPackage.VALUE_PROPOSITION__TONE_OF_VOICE:
				return getToneOfVoice();
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
			case TacticianPackage.VALUE_PROPOSITION__ELEVATOR_PITCH:
				setElevatorPitch((String)newValue);
				return;
			case TacticianPackage.VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION:
				setDigitalValueProposition((String)newValue);
				return;
			case TacticianPackage.VALUE_PROPOSITION__BRAND_IDENTITY:
				setBrandIdentity((String)newValue);
				return;
			case TacticianPackage.VALUE_PROPOSITION__TONE_OF_VOICE:
				setToneOfVoice((String)newValue);
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
			case TacticianPackage.VALUE_PROPOSITION__ELEVATOR_PITCH:
				setElevatorPitch(ELEVATOR_PITCH_EDEFAULT);
				return;
			case TacticianPackage.VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION:
				setDigitalValueProposition(DIGITAL_VALUE_PROPOSITION_EDEFAULT);
				return;
			case TacticianPackage.VALUE_PROPOSITION__BRAND_IDENTITY:
				setBrandIdentity(BRAND_IDENTITY_EDEFAULT);
				return;
			case TacticianPackage.VALUE_PROPOSITION__TONE_OF_VOICE:
				setToneOfVoice(TONE_OF_VOICE_EDEFAULT);
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
			case TacticianPackage.VALUE_PROPOSITION__ELEVATOR_PITCH:
				return ELEVATOR_PITCH_EDEFAULT == null ? elevatorPitch != null : !ELEVATOR_PITCH_EDEFAULT.equals(elevatorPitch);
			case TacticianPackage.VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION:
				return DIGITAL_VALUE_PROPOSITION_EDEFAULT == null ? digitalValueProposition != null : !DIGITAL_VALUE_PROPOSITION_EDEFAULT.equals(digitalValueProposition);
			case TacticianPackage.VALUE_PROPOSITION__BRAND_IDENTITY:
				return BRAND_IDENTITY_EDEFAULT == null ? brandIdentity != null : !BRAND_IDENTITY_EDEFAULT.equals(brandIdentity);
			case TacticianPackage.VALUE_PROPOSITION__TONE_OF_VOICE:
				return TONE_OF_VOICE_EDEFAULT == null ? toneOfVoice != null : !TONE_OF_VOICE_EDEFAULT.equals(toneOfVoice);
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
		result.append(" (elevatorPitch: ");
		result.append(elevatorPitch);
		result.append(", digitalValueProposition: ");
		result.append(digitalValueProposition);
		result.append(", brandIdentity: ");
		result.append(brandIdentity);
		result.append(", toneOfVoice: ");
		result.append(toneOfVoice);
		result.append(')');
		return result.toString();
	}

} //ValuePropositionImpl
