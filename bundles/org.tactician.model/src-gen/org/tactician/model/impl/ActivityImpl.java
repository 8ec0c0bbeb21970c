/**
 */
package org.tactician.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.tactician.model.Activity;
import org.tactician.model.ActivityStatus;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.Money;
import org.tactician.model.RaceStage;
import org.tactician.model.Scheduled;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getBudgetLine <em>Budget Line</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getBookedAmount <em>Booked Amount</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActivityImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ActivityImpl extends NamedElementImpl implements Activity {
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
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<SmartObjective> objectives;

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
	protected ActivityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.ACTIVITY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__END, oldEnd, end));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.ACTIVITY__BUDGET_LINE, oldBudgetLine, budgetLine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__BUDGET_LINE, oldBudgetLine, budgetLine));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__BOOKED_AMOUNT, oldBookedAmount, bookedAmount));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.ACTIVITY__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
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
	public Channel getChannel() {
		if (channel != null && channel.eIsProxy()) {
			InternalEObject oldChannel = (InternalEObject)channel;
			channel = (Channel)eResolveProxy(oldChannel);
			if (channel != oldChannel) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.ACTIVITY__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__CHANNEL, oldChannel, channel));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.ACTIVITY__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SmartObjective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectResolvingEList<SmartObjective>(SmartObjective.class, this, TacticianPackage.ACTIVITY__OBJECTIVES);
		}
		return objectives;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.ACTIVITY__CAMPAIGN, oldCampaign, campaign));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__CAMPAIGN, oldCampaign, campaign));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__PRIORITY, oldPriority, priority));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTIVITY__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TacticianPackage.ACTIVITY__START:
				return getStart();
			case TacticianPackage.ACTIVITY__END:
				return getEnd();
			case TacticianPackage.ACTIVITY__BUDGET_LINE:
				if (resolve) return getBudgetLine();
				return basicGetBudgetLine();
			case TacticianPackage.ACTIVITY__BOOKED_AMOUNT:
				return getBookedAmount();
			case TacticianPackage.ACTIVITY__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.ACTIVITY__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.ACTIVITY__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.ACTIVITY__OBJECTIVES:
				return getObjectives();
			case TacticianPackage.ACTIVITY__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case TacticianPackage.ACTIVITY__PRIORITY:
				return getPriority();
			case TacticianPackage.ACTIVITY__STATUS:
				return getStatus();
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
			case TacticianPackage.ACTIVITY__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.ACTIVITY__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.ACTIVITY__BUDGET_LINE:
				setBudgetLine((BudgetLine)newValue);
				return;
			case TacticianPackage.ACTIVITY__BOOKED_AMOUNT:
				setBookedAmount((Money)newValue);
				return;
			case TacticianPackage.ACTIVITY__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.ACTIVITY__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.ACTIVITY__OWNER:
				setOwner((TeamMember)newValue);
				return;
			case TacticianPackage.ACTIVITY__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends SmartObjective>)newValue);
				return;
			case TacticianPackage.ACTIVITY__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case TacticianPackage.ACTIVITY__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case TacticianPackage.ACTIVITY__STATUS:
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
			case TacticianPackage.ACTIVITY__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.ACTIVITY__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.ACTIVITY__BUDGET_LINE:
				setBudgetLine((BudgetLine)null);
				return;
			case TacticianPackage.ACTIVITY__BOOKED_AMOUNT:
				setBookedAmount(BOOKED_AMOUNT_EDEFAULT);
				return;
			case TacticianPackage.ACTIVITY__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.ACTIVITY__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.ACTIVITY__OWNER:
				setOwner((TeamMember)null);
				return;
			case TacticianPackage.ACTIVITY__OBJECTIVES:
				getObjectives().clear();
				return;
			case TacticianPackage.ACTIVITY__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case TacticianPackage.ACTIVITY__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case TacticianPackage.ACTIVITY__STATUS:
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
			case TacticianPackage.ACTIVITY__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.ACTIVITY__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.ACTIVITY__BUDGET_LINE:
				return budgetLine != null;
			case TacticianPackage.ACTIVITY__BOOKED_AMOUNT:
				return BOOKED_AMOUNT_EDEFAULT == null ? bookedAmount != null : !BOOKED_AMOUNT_EDEFAULT.equals(bookedAmount);
			case TacticianPackage.ACTIVITY__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.ACTIVITY__CHANNEL:
				return channel != null;
			case TacticianPackage.ACTIVITY__OWNER:
				return owner != null;
			case TacticianPackage.ACTIVITY__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case TacticianPackage.ACTIVITY__CAMPAIGN:
				return campaign != null;
			case TacticianPackage.ACTIVITY__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case TacticianPackage.ACTIVITY__STATUS:
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
				case TacticianPackage.ACTIVITY__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.ACTIVITY__END: return TacticianPackage.SCHEDULED__END;
				default: return -1;
			}
		}
		if (baseClass == BudgetBooking.class) {
			switch (derivedFeatureID) {
				case TacticianPackage.ACTIVITY__BUDGET_LINE: return TacticianPackage.BUDGET_BOOKING__BUDGET_LINE;
				case TacticianPackage.ACTIVITY__BOOKED_AMOUNT: return TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT;
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
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.ACTIVITY__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.ACTIVITY__END;
				default: return -1;
			}
		}
		if (baseClass == BudgetBooking.class) {
			switch (baseFeatureID) {
				case TacticianPackage.BUDGET_BOOKING__BUDGET_LINE: return TacticianPackage.ACTIVITY__BUDGET_LINE;
				case TacticianPackage.BUDGET_BOOKING__BOOKED_AMOUNT: return TacticianPackage.ACTIVITY__BOOKED_AMOUNT;
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
		result.append(", priority: ");
		result.append(priority);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //ActivityImpl
