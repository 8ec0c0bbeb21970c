/**
 */
package org.tactician.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.Activity;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.EditorialEntry;
import org.tactician.model.KeyMessage;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.Persona;
import org.tactician.model.Scheduled;
import org.tactician.model.Segment;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getTracking <em>Tracking</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getKeyMessages <em>Key Messages</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getMediaPlan <em>Media Plan</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getEditorialPlan <em>Editorial Plan</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getCalendarEntries <em>Calendar Entries</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tactician.model.impl.CampaignImpl#getPlannedSpend <em>Planned Spend</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CampaignImpl extends NamedElementImpl implements Campaign {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate end = END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<SmartObjective> objectives;

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
	 * The default value of the '{@link #getTracking() <em>Tracking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTracking()
	 * @generated
	 * @ordered
	 */
	protected static final String TRACKING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTracking() <em>Tracking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTracking()
	 * @generated
	 * @ordered
	 */
	protected String tracking = TRACKING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected EList<Segment> audience;

	/**
	 * The cached value of the '{@link #getPersonas() <em>Personas</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonas()
	 * @generated
	 * @ordered
	 */
	protected EList<Persona> personas;

	/**
	 * The cached value of the '{@link #getKeyMessages() <em>Key Messages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyMessages()
	 * @generated
	 * @ordered
	 */
	protected EList<KeyMessage> keyMessages;

	/**
	 * The cached value of the '{@link #getMediaPlan() <em>Media Plan</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMediaPlan()
	 * @generated
	 * @ordered
	 */
	protected EList<MediaPlacement> mediaPlan;

	/**
	 * The default value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected static final Money BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Money budget = BUDGET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected TeamMember owner;

	/**
	 * The default value of the '{@link #getPlannedSpend() <em>Planned Spend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedSpend()
	 * @generated
	 * @ordered
	 */
	protected static final Money PLANNED_SPEND_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CampaignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CAMPAIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(LocalDate newStart) {
		LocalDate oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CAMPAIGN__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(LocalDate newEnd) {
		LocalDate oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CAMPAIGN__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SmartObjective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectResolvingEList<SmartObjective>(SmartObjective.class, this, TacticianPackage.CAMPAIGN__OBJECTIVES);
		}
		return objectives;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CAMPAIGN__GOALS, oldGoals, goals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTracking() {
		return tracking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTracking(String newTracking) {
		String oldTracking = tracking;
		tracking = newTracking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CAMPAIGN__TRACKING, oldTracking, tracking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segment> getAudience() {
		if (audience == null) {
			audience = new EObjectResolvingEList<Segment>(Segment.class, this, TacticianPackage.CAMPAIGN__AUDIENCE);
		}
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Persona> getPersonas() {
		if (personas == null) {
			personas = new EObjectResolvingEList<Persona>(Persona.class, this, TacticianPackage.CAMPAIGN__PERSONAS);
		}
		return personas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KeyMessage> getKeyMessages() {
		if (keyMessages == null) {
			keyMessages = new EObjectContainmentEList<KeyMessage>(KeyMessage.class, this, TacticianPackage.CAMPAIGN__KEY_MESSAGES);
		}
		return keyMessages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MediaPlacement> getMediaPlan() {
		if (mediaPlan == null) {
			mediaPlan = new EObjectContainmentEList<MediaPlacement>(MediaPlacement.class, this, TacticianPackage.CAMPAIGN__MEDIA_PLAN);
		}
		return mediaPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudget(Money newBudget) {
		Money oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CAMPAIGN__BUDGET, oldBudget, budget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamMember getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (TeamMember)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CAMPAIGN__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TeamMember basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(TeamMember newOwner) {
		TeamMember oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CAMPAIGN__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EditorialEntry> getEditorialPlan() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.CAMPAIGN__EDITORIAL_PLAN);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CalendarEntry> getCalendarEntries() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.CAMPAIGN__CALENDAR_ENTRIES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Activity> getActivities() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.CAMPAIGN__ACTIVITIES);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getPlannedSpend() {
		return org.tactician.model.internal.PlanQueries.plannedSpend(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.CAMPAIGN__KEY_MESSAGES:
				return ((InternalEList<?>)getKeyMessages()).basicRemove(otherEnd, msgs);
			case TacticianPackage.CAMPAIGN__MEDIA_PLAN:
				return ((InternalEList<?>)getMediaPlan()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.CAMPAIGN__START:
				return getStart();
			case TacticianPackage.CAMPAIGN__END:
				return getEnd();
			case TacticianPackage.CAMPAIGN__OBJECTIVES:
				return getObjectives();
			case TacticianPackage.CAMPAIGN__GOALS:
				return getGoals();
			case TacticianPackage.CAMPAIGN__TRACKING:
				return getTracking();
			case TacticianPackage.CAMPAIGN__AUDIENCE:
				return getAudience();
			case TacticianPackage.CAMPAIGN__PERSONAS:
				return getPersonas();
			case TacticianPackage.CAMPAIGN__KEY_MESSAGES:
				return getKeyMessages();
			case TacticianPackage.CAMPAIGN__MEDIA_PLAN:
				return getMediaPlan();
			case TacticianPackage.CAMPAIGN__BUDGET:
				return getBudget();
			case TacticianPackage.CAMPAIGN__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.CAMPAIGN__EDITORIAL_PLAN:
				return getEditorialPlan();
			case TacticianPackage.CAMPAIGN__CALENDAR_ENTRIES:
				return getCalendarEntries();
			case TacticianPackage.CAMPAIGN__ACTIVITIES:
				return getActivities();
			case TacticianPackage.CAMPAIGN__PLANNED_SPEND:
				return getPlannedSpend();
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
			case TacticianPackage.CAMPAIGN__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.CAMPAIGN__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.CAMPAIGN__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends SmartObjective>)newValue);
				return;
			case TacticianPackage.CAMPAIGN__GOALS:
				setGoals((String)newValue);
				return;
			case TacticianPackage.CAMPAIGN__TRACKING:
				setTracking((String)newValue);
				return;
			case TacticianPackage.CAMPAIGN__AUDIENCE:
				getAudience().clear();
				getAudience().addAll((Collection<? extends Segment>)newValue);
				return;
			case TacticianPackage.CAMPAIGN__PERSONAS:
				getPersonas().clear();
				getPersonas().addAll((Collection<? extends Persona>)newValue);
				return;
			case TacticianPackage.CAMPAIGN__KEY_MESSAGES:
				getKeyMessages().clear();
				getKeyMessages().addAll((Collection<? extends KeyMessage>)newValue);
				return;
			case TacticianPackage.CAMPAIGN__MEDIA_PLAN:
				getMediaPlan().clear();
				getMediaPlan().addAll((Collection<? extends MediaPlacement>)newValue);
				return;
			case TacticianPackage.CAMPAIGN__BUDGET:
				setBudget((Money)newValue);
				return;
			case TacticianPackage.CAMPAIGN__OWNER:
				setOwner((TeamMember)newValue);
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
			case TacticianPackage.CAMPAIGN__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.CAMPAIGN__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.CAMPAIGN__OBJECTIVES:
				getObjectives().clear();
				return;
			case TacticianPackage.CAMPAIGN__GOALS:
				setGoals(GOALS_EDEFAULT);
				return;
			case TacticianPackage.CAMPAIGN__TRACKING:
				setTracking(TRACKING_EDEFAULT);
				return;
			case TacticianPackage.CAMPAIGN__AUDIENCE:
				getAudience().clear();
				return;
			case TacticianPackage.CAMPAIGN__PERSONAS:
				getPersonas().clear();
				return;
			case TacticianPackage.CAMPAIGN__KEY_MESSAGES:
				getKeyMessages().clear();
				return;
			case TacticianPackage.CAMPAIGN__MEDIA_PLAN:
				getMediaPlan().clear();
				return;
			case TacticianPackage.CAMPAIGN__BUDGET:
				setBudget(BUDGET_EDEFAULT);
				return;
			case TacticianPackage.CAMPAIGN__OWNER:
				setOwner((TeamMember)null);
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
			case TacticianPackage.CAMPAIGN__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.CAMPAIGN__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.CAMPAIGN__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case TacticianPackage.CAMPAIGN__GOALS:
				return GOALS_EDEFAULT == null ? goals != null : !GOALS_EDEFAULT.equals(goals);
			case TacticianPackage.CAMPAIGN__TRACKING:
				return TRACKING_EDEFAULT == null ? tracking != null : !TRACKING_EDEFAULT.equals(tracking);
			case TacticianPackage.CAMPAIGN__AUDIENCE:
				return audience != null && !audience.isEmpty();
			case TacticianPackage.CAMPAIGN__PERSONAS:
				return personas != null && !personas.isEmpty();
			case TacticianPackage.CAMPAIGN__KEY_MESSAGES:
				return keyMessages != null && !keyMessages.isEmpty();
			case TacticianPackage.CAMPAIGN__MEDIA_PLAN:
				return mediaPlan != null && !mediaPlan.isEmpty();
			case TacticianPackage.CAMPAIGN__BUDGET:
				return BUDGET_EDEFAULT == null ? budget != null : !BUDGET_EDEFAULT.equals(budget);
			case TacticianPackage.CAMPAIGN__OWNER:
				return owner != null;
			case TacticianPackage.CAMPAIGN__EDITORIAL_PLAN:
				return !getEditorialPlan().isEmpty();
			case TacticianPackage.CAMPAIGN__CALENDAR_ENTRIES:
				return !getCalendarEntries().isEmpty();
			case TacticianPackage.CAMPAIGN__ACTIVITIES:
				return !getActivities().isEmpty();
			case TacticianPackage.CAMPAIGN__PLANNED_SPEND:
				return PLANNED_SPEND_EDEFAULT == null ? getPlannedSpend() != null : !PLANNED_SPEND_EDEFAULT.equals(getPlannedSpend());
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Scheduled.class) {
			switch (derivedFeatureID) {
				case TacticianPackage.CAMPAIGN__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.CAMPAIGN__END: return TacticianPackage.SCHEDULED__END;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Scheduled.class) {
			switch (baseFeatureID) {
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.CAMPAIGN__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.CAMPAIGN__END;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", goals: ");
		result.append(goals);
		result.append(", tracking: ");
		result.append(tracking);
		result.append(", budget: ");
		result.append(budget);
		result.append(')');
		return result.toString();
	}

} //CampaignImpl
