/**
 */
package org.tactician.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.Channel;
import org.tactician.model.Persona;
import org.tactician.model.Segment;
import org.tactician.model.TacticianPackage;
import org.tactician.model.Touchpoint;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.PersonaImpl#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.impl.PersonaImpl#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.tactician.model.impl.PersonaImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.tactician.model.impl.PersonaImpl#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.tactician.model.impl.PersonaImpl#getPreferredChannels <em>Preferred Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.PersonaImpl#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PersonaImpl extends NamedElementImpl implements Persona {
	/**
	 * The cached value of the '{@link #getSegments() <em>Segments</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegments()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> segments;

	/**
	 * The default value of the '{@link #getProfile() <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected static final String PROFILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProfile() <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfile()
	 * @generated
	 * @ordered
	 */
	protected String profile = PROFILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGoals() <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected static final String GOALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected String goals = GOALS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPainPoints() <em>Pain Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected static final String PAIN_POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPainPoints() <em>Pain Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPainPoints()
	 * @generated
	 * @ordered
	 */
	protected String painPoints = PAIN_POINTS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPreferredChannels() <em>Preferred Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> preferredChannels;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PersonaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.PERSONA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getSegments() {
		if (segments == null) {
			segments = new EObjectResolvingEList<Segment>(Segment.class, this, TacticianPackage.PERSONA__SEGMENTS);
		}
		return segments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProfile() {
		return profile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProfile(String newProfile) {
		String oldProfile = profile;
		profile = newProfile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERSONA__PROFILE, oldProfile, profile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoals() {
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoals(String newGoals) {
		String oldGoals = goals;
		goals = newGoals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERSONA__GOALS, oldGoals, goals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPainPoints() {
		return painPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPainPoints(String newPainPoints) {
		String oldPainPoints = painPoints;
		painPoints = newPainPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.PERSONA__PAIN_POINTS, oldPainPoints, painPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getPreferredChannels() {
		if (preferredChannels == null) {
			preferredChannels = new EObjectResolvingEList<Channel>(Channel.class, this, TacticianPackage.PERSONA__PREFERRED_CHANNELS);
		}
		return preferredChannels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Touchpoint> getTouchpoints() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.PERSONA__TOUCHPOINTS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.PERSONA__SEGMENTS:
				return getSegments();
			case TacticianPackage.PERSONA__PROFILE:
				return getProfile();
			case TacticianPackage.PERSONA__GOALS:
				return getGoals();
			case TacticianPackage.PERSONA__PAIN_POINTS:
				return getPainPoints();
			case TacticianPackage.PERSONA__PREFERRED_CHANNELS:
				return getPreferredChannels();
			case TacticianPackage.PERSONA__TOUCHPOINTS:
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
			case TacticianPackage.PERSONA__SEGMENTS:
				getSegments().clear();
				getSegments().addAll((Collection<? extends Segment>)newValue);
				return;
			case TacticianPackage.PERSONA__PROFILE:
				setProfile((String)newValue);
				return;
			case TacticianPackage.PERSONA__GOALS:
				setGoals((String)newValue);
				return;
			case TacticianPackage.PERSONA__PAIN_POINTS:
				setPainPoints((String)newValue);
				return;
			case TacticianPackage.PERSONA__PREFERRED_CHANNELS:
				getPreferredChannels().clear();
				getPreferredChannels().addAll((Collection<? extends Channel>)newValue);
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
			case TacticianPackage.PERSONA__SEGMENTS:
				getSegments().clear();
				return;
			case TacticianPackage.PERSONA__PROFILE:
				setProfile(PROFILE_EDEFAULT);
				return;
			case TacticianPackage.PERSONA__GOALS:
				setGoals(GOALS_EDEFAULT);
				return;
			case TacticianPackage.PERSONA__PAIN_POINTS:
				setPainPoints(PAIN_POINTS_EDEFAULT);
				return;
			case TacticianPackage.PERSONA__PREFERRED_CHANNELS:
				getPreferredChannels().clear();
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
			case TacticianPackage.PERSONA__SEGMENTS:
				return segments != null && !segments.isEmpty();
			case TacticianPackage.PERSONA__PROFILE:
				return PROFILE_EDEFAULT == null ? profile != null : !PROFILE_EDEFAULT.equals(profile);
			case TacticianPackage.PERSONA__GOALS:
				return GOALS_EDEFAULT == null ? goals != null : !GOALS_EDEFAULT.equals(goals);
			case TacticianPackage.PERSONA__PAIN_POINTS:
				return PAIN_POINTS_EDEFAULT == null ? painPoints != null : !PAIN_POINTS_EDEFAULT.equals(painPoints);
			case TacticianPackage.PERSONA__PREFERRED_CHANNELS:
				return preferredChannels != null && !preferredChannels.isEmpty();
			case TacticianPackage.PERSONA__TOUCHPOINTS:
				return !getTouchpoints().isEmpty();
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
		result.append(" (profile: ");
		result.append(profile);
		result.append(", goals: ");
		result.append(goals);
		result.append(", painPoints: ");
		result.append(painPoints);
		result.append(')');
		return result.toString();
	}

} //PersonaImpl
