/**
 */
package org.tactician.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.CommunicationPriority;
import org.tactician.model.CommunicationType;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Communication Priority</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CommunicationPriorityImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.tactician.model.impl.CommunicationPriorityImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.CommunicationPriorityImpl#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CommunicationPriorityImpl extends NamedElementImpl implements CommunicationPriority {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final CommunicationType TYPE_EDEFAULT = CommunicationType.INBOUND;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected CommunicationType type = TYPE_EDEFAULT;

	/**
	 * This is true if the Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean typeESet;

	/**
	 * The default value of the '{@link #getRaceStage() <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStage()
	 * @generated
	 * @ordered
	 */
	protected static final RaceStage RACE_STAGE_EDEFAULT = RaceStage.PLAN;

	/**
	 * The cached value of the '{@link #getRaceStage() <em>Race Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaceStage()
	 * @generated
	 * @ordered
	 */
	protected RaceStage raceStage = RACE_STAGE_EDEFAULT;

	/**
	 * This is true if the Race Stage attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean raceStageESet;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommunicationPriorityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.COMMUNICATION_PRIORITY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(CommunicationType newType) {
		CommunicationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		boolean oldTypeESet = typeESet;
		typeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.COMMUNICATION_PRIORITY__TYPE, oldType, type, !oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetType() {
		CommunicationType oldType = type;
		boolean oldTypeESet = typeESet;
		type = TYPE_EDEFAULT;
		typeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.COMMUNICATION_PRIORITY__TYPE, oldType, TYPE_EDEFAULT, oldTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetType() {
		return typeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RaceStage getRaceStage() {
		return raceStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaceStage(RaceStage newRaceStage) {
		RaceStage oldRaceStage = raceStage;
		raceStage = newRaceStage == null ? RACE_STAGE_EDEFAULT : newRaceStage;
		boolean oldRaceStageESet = raceStageESet;
		raceStageESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.COMMUNICATION_PRIORITY__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRaceStage() {
		RaceStage oldRaceStage = raceStage;
		boolean oldRaceStageESet = raceStageESet;
		raceStage = RACE_STAGE_EDEFAULT;
		raceStageESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.COMMUNICATION_PRIORITY__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRaceStage() {
		return raceStageESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.COMMUNICATION_PRIORITY__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.COMMUNICATION_PRIORITY__TYPE:
				return getType();
			case TacticianPackage.COMMUNICATION_PRIORITY__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.COMMUNICATION_PRIORITY__PRIORITY:
				return getPriority();
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
			case TacticianPackage.COMMUNICATION_PRIORITY__TYPE:
				setType((CommunicationType)newValue);
				return;
			case TacticianPackage.COMMUNICATION_PRIORITY__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.COMMUNICATION_PRIORITY__PRIORITY:
				setPriority((Integer)newValue);
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
			case TacticianPackage.COMMUNICATION_PRIORITY__TYPE:
				unsetType();
				return;
			case TacticianPackage.COMMUNICATION_PRIORITY__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.COMMUNICATION_PRIORITY__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
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
			case TacticianPackage.COMMUNICATION_PRIORITY__TYPE:
				return isSetType();
			case TacticianPackage.COMMUNICATION_PRIORITY__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.COMMUNICATION_PRIORITY__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
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
		result.append(" (type: ");
		if (typeESet) result.append(type); else result.append("<unset>");
		result.append(", raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(", priority: ");
		result.append(priority);
		result.append(')');
		return result.toString();
	}

} //CommunicationPriorityImpl
