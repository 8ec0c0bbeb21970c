/**
 */
package org.tactician.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.tactician.model.Activity;
import org.tactician.model.ActivityStatus;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.RaceStage;
import org.tactician.model.Scheduled;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Calendar Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getBudgetLine <em>Budget Line</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getBookedAmount <em>Booked Amount</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getPlacement <em>Placement</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getPlannedCost <em>Planned Cost</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.CalendarEntryImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CalendarEntryImpl extends NamedElementImpl implements CalendarEntry {
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
	 * The cached value of the '{@link #getBudgetLine() <em>Budget Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetLine()
	 * @generated
	 * @ordered
	 */
	protected BudgetLine budgetLine;

	/**
	 * The default value of the '{@link #getBookedAmount() <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money BOOKED_AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBookedAmount() <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBookedAmount()
	 * @generated
	 * @ordered
	 */
	protected Money bookedAmount = BOOKED_AMOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel;

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
	 * The cached value of the '{@link #getPlacement() <em>Placement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlacement()
	 * @generated
	 * @ordered
	 */
	protected MediaPlacement placement;

	/**
	 * The default value of the '{@link #getPlannedCost() <em>Planned Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedCost()
	 * @generated
	 * @ordered
	 */
	protected static final Money PLANNED_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected SmartObjective objective;

	/**
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected Activity activity;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActivityStatus STATUS_EDEFAULT = ActivityStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActivityStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CalendarEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.CALENDAR_ENTRY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine getBudgetLine() {
		if (budgetLine != null && budgetLine.eIsProxy()) {
			InternalEObject oldBudgetLine = (InternalEObject)budgetLine;
			budgetLine = (BudgetLine)eResolveProxy(oldBudgetLine);
			if (budgetLine != oldBudgetLine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE, oldBudgetLine, budgetLine));
			}
		}
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetLine basicGetBudgetLine() {
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetLine(BudgetLine newBudgetLine) {
		BudgetLine oldBudgetLine = budgetLine;
		budgetLine = newBudgetLine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE, oldBudgetLine, budgetLine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getBookedAmount() {
		return bookedAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBookedAmount(Money newBookedAmount) {
		Money oldBookedAmount = bookedAmount;
		bookedAmount = newBookedAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT, oldBookedAmount, bookedAmount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__CHANNEL, oldChannel, channel));
			}
		}
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Channel basicGetChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__CHANNEL, oldChannel, channel));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaPlacement getPlacement() {
		if (placement != null && placement.eIsProxy()) {
			InternalEObject oldPlacement = (InternalEObject)placement;
			placement = (MediaPlacement)eResolveProxy(oldPlacement);
			if (placement != oldPlacement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__PLACEMENT, oldPlacement, placement));
			}
		}
		return placement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaPlacement basicGetPlacement() {
		return placement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlacement(MediaPlacement newPlacement) {
		MediaPlacement oldPlacement = placement;
		placement = newPlacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__PLACEMENT, oldPlacement, placement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getPlannedCost() {
		return org.tactician.model.internal.PlanQueries.plannedCost(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmartObjective getObjective() {
		if (objective != null && objective.eIsProxy()) {
			InternalEObject oldObjective = (InternalEObject)objective;
			objective = (SmartObjective)eResolveProxy(oldObjective);
			if (objective != oldObjective) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__OBJECTIVE, oldObjective, objective));
			}
		}
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SmartObjective basicGetObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(SmartObjective newObjective) {
		SmartObjective oldObjective = objective;
		objective = newObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__OBJECTIVE, oldObjective, objective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (campaign != null && campaign.eIsProxy()) {
			InternalEObject oldCampaign = (InternalEObject)campaign;
			campaign = (Campaign)eResolveProxy(oldCampaign);
			if (campaign != oldCampaign) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__CAMPAIGN, oldCampaign, campaign));
			}
		}
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		Campaign oldCampaign = campaign;
		campaign = newCampaign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activity getActivity() {
		if (activity != null && activity.eIsProxy()) {
			InternalEObject oldActivity = (InternalEObject)activity;
			activity = (Activity)eResolveProxy(oldActivity);
			if (activity != oldActivity) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.CALENDAR_ENTRY__ACTIVITY, oldActivity, activity));
			}
		}
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Activity basicGetActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(Activity newActivity) {
		Activity oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__ACTIVITY, oldActivity, activity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.CALENDAR_ENTRY__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
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
	public ActivityStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActivityStatus newStatus) {
		ActivityStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.CALENDAR_ENTRY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.CALENDAR_ENTRY__START:
				return getStart();
			case TacticianPackage.CALENDAR_ENTRY__END:
				return getEnd();
			case TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE:
				if (resolve) return getBudgetLine();
				return basicGetBudgetLine();
			case TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT:
				return getBookedAmount();
			case TacticianPackage.CALENDAR_ENTRY__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.CALENDAR_ENTRY__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.CALENDAR_ENTRY__PLACEMENT:
				if (resolve) return getPlacement();
				return basicGetPlacement();
			case TacticianPackage.CALENDAR_ENTRY__PLANNED_COST:
				return getPlannedCost();
			case TacticianPackage.CALENDAR_ENTRY__OBJECTIVE:
				if (resolve) return getObjective();
				return basicGetObjective();
			case TacticianPackage.CALENDAR_ENTRY__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case TacticianPackage.CALENDAR_ENTRY__ACTIVITY:
				if (resolve) return getActivity();
				return basicGetActivity();
			case TacticianPackage.CALENDAR_ENTRY__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.CALENDAR_ENTRY__STATUS:
				return getStatus();
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
			case TacticianPackage.CALENDAR_ENTRY__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE:
				setBudgetLine((BudgetLine)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT:
				setBookedAmount((Money)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__OWNER:
				setOwner((TeamMember)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__PLACEMENT:
				setPlacement((MediaPlacement)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__OBJECTIVE:
				setObjective((SmartObjective)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__ACTIVITY:
				setActivity((Activity)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.CALENDAR_ENTRY__STATUS:
				setStatus((ActivityStatus)newValue);
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
			case TacticianPackage.CALENDAR_ENTRY__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.CALENDAR_ENTRY__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE:
				setBudgetLine((BudgetLine)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT:
				setBookedAmount(BOOKED_AMOUNT_EDEFAULT);
				return;
			case TacticianPackage.CALENDAR_ENTRY__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__OWNER:
				setOwner((TeamMember)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__PLACEMENT:
				setPlacement((MediaPlacement)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__OBJECTIVE:
				setObjective((SmartObjective)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__ACTIVITY:
				setActivity((Activity)null);
				return;
			case TacticianPackage.CALENDAR_ENTRY__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.CALENDAR_ENTRY__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case TacticianPackage.CALENDAR_ENTRY__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.CALENDAR_ENTRY__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE:
				return budgetLine != null;
			case TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT:
				return BOOKED_AMOUNT_EDEFAULT == null ? bookedAmount != null : !BOOKED_AMOUNT_EDEFAULT.equals(bookedAmount);
			case TacticianPackage.CALENDAR_ENTRY__CHANNEL:
				return channel != null;
			case TacticianPackage.CALENDAR_ENTRY__OWNER:
				return owner != null;
			case TacticianPackage.CALENDAR_ENTRY__PLACEMENT:
				return placement != null;
			case TacticianPackage.CALENDAR_ENTRY__PLANNED_COST:
				return PLANNED_COST_EDEFAULT == null ? getPlannedCost() != null : !PLANNED_COST_EDEFAULT.equals(getPlannedCost());
			case TacticianPackage.CALENDAR_ENTRY__OBJECTIVE:
				return objective != null;
			case TacticianPackage.CALENDAR_ENTRY__CAMPAIGN:
				return campaign != null;
			case TacticianPackage.CALENDAR_ENTRY__ACTIVITY:
				return activity != null;
			case TacticianPackage.CALENDAR_ENTRY__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.CALENDAR_ENTRY__STATUS:
				return status != STATUS_EDEFAULT;
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
				case TacticianPackage.CALENDAR_ENTRY__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.CALENDAR_ENTRY__END: return TacticianPackage.SCHEDULED__END;
				default: return -1;
			}
		}
		if (baseClass == BudgetBooking.class) {
			switch (derivedFeatureID) {
				case TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE: return TacticianPackage.BUDGET_BOOKING__BUDGET_LINE;
				case TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT: return TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT;
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
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.CALENDAR_ENTRY__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.CALENDAR_ENTRY__END;
				default: return -1;
			}
		}
		if (baseClass == BudgetBooking.class) {
			switch (baseFeatureID) {
				case TacticianPackage.BUDGET_BOOKING__BUDGET_LINE: return TacticianPackage.CALENDAR_ENTRY__BUDGET_LINE;
				case TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT: return TacticianPackage.CALENDAR_ENTRY__BOOKED_AMOUNT;
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
		result.append(", bookedAmount: ");
		result.append(bookedAmount);
		result.append(", raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //CalendarEntryImpl
