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

import org.tactician.model.JourneyStage;
import org.tactician.model.RaceStage;
import org.tactician.model.TacticianPackage;
import org.tactician.model.Touchpoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Journey Stage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.JourneyStageImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.JourneyStageImpl#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JourneyStageImpl extends NamedElementImpl implements JourneyStage {
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
	 * The cached value of the '{@link #getTouchpoints() <em>Touchpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTouchpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Touchpoint> touchpoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JourneyStageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.JOURNEY_STAGE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.JOURNEY_STAGE__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.JOURNEY_STAGE__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
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
	public EList<Touchpoint> getTouchpoints() {
		if (touchpoints == null) {
			touchpoints = new EObjectContainmentEList<Touchpoint>(Touchpoint.class, this, TacticianPackage.JOURNEY_STAGE__TOUCHPOINTS);
		}
		return touchpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.JOURNEY_STAGE__TOUCHPOINTS:
				return ((InternalEList<?>)getTouchpoints()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.JOURNEY_STAGE__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.JOURNEY_STAGE__TOUCHPOINTS:
				return getTouchpoints();
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
			case TacticianPackage.JOURNEY_STAGE__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.JOURNEY_STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
				getTouchpoints().addAll((Collection<? extends Touchpoint>)newValue);
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
			case TacticianPackage.JOURNEY_STAGE__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.JOURNEY_STAGE__TOUCHPOINTS:
				getTouchpoints().clear();
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
			case TacticianPackage.JOURNEY_STAGE__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.JOURNEY_STAGE__TOUCHPOINTS:
				return touchpoints != null && !touchpoints.isEmpty();
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
		result.append(" (raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //JourneyStageImpl
