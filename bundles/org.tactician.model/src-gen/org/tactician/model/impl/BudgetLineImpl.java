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

import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.Channel;
import org.tactician.model.CostType;
import org.tactician.model.Kpi;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.RaceStage;
import org.tactician.model.Scheduled;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getCostType <em>Cost Type</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getRaceStage <em>Race Stage</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getPhasing <em>Phasing</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getSupplier <em>Supplier</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getPhasedTotal <em>Phased Total</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getBookings <em>Bookings</em>}</li>
 *   <li>{@link org.tactician.model.impl.BudgetLineImpl#getAllocated <em>Allocated</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetLineImpl extends NamedElementImpl implements BudgetLine {
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final BudgetCategory CATEGORY_EDEFAULT = BudgetCategory.MEDIA;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected BudgetCategory category = CATEGORY_EDEFAULT;

	/**
	 * This is true if the Category attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean categoryESet;

	/**
	 * The default value of the '{@link #getCostType() <em>Cost Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostType()
	 * @generated
	 * @ordered
	 */
	protected static final CostType COST_TYPE_EDEFAULT = CostType.ONE_SHOT;

	/**
	 * The cached value of the '{@link #getCostType() <em>Cost Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostType()
	 * @generated
	 * @ordered
	 */
	protected CostType costType = COST_TYPE_EDEFAULT;

	/**
	 * This is true if the Cost Type attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean costTypeESet;

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
	 * The default value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected static final Money AMOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAmount() <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmount()
	 * @generated
	 * @ordered
	 */
	protected Money amount = AMOUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPhasing() <em>Phasing</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhasing()
	 * @generated
	 * @ordered
	 */
	protected EList<MonthlyAmount> phasing;

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
	 * The cached value of the '{@link #getCampaign() <em>Campaign</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaign()
	 * @generated
	 * @ordered
	 */
	protected Campaign campaign;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The default value of the '{@link #getSupplier() <em>Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected static final String SUPPLIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSupplier() <em>Supplier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupplier()
	 * @generated
	 * @ordered
	 */
	protected String supplier = SUPPLIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhasedTotal() <em>Phased Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhasedTotal()
	 * @generated
	 * @ordered
	 */
	protected static final Money PHASED_TOTAL_EDEFAULT = null;

	/**
	 * The default value of the '{@link #getAllocated() <em>Allocated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllocated()
	 * @generated
	 * @ordered
	 */
	protected static final Money ALLOCATED_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.BUDGET_LINE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(BudgetCategory newCategory) {
		BudgetCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		boolean oldCategoryESet = categoryESet;
		categoryESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__CATEGORY, oldCategory, category, !oldCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCategory() {
		BudgetCategory oldCategory = category;
		boolean oldCategoryESet = categoryESet;
		category = CATEGORY_EDEFAULT;
		categoryESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.BUDGET_LINE__CATEGORY, oldCategory, CATEGORY_EDEFAULT, oldCategoryESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCategory() {
		return categoryESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostType getCostType() {
		return costType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostType(CostType newCostType) {
		CostType oldCostType = costType;
		costType = newCostType == null ? COST_TYPE_EDEFAULT : newCostType;
		boolean oldCostTypeESet = costTypeESet;
		costTypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__COST_TYPE, oldCostType, costType, !oldCostTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCostType() {
		CostType oldCostType = costType;
		boolean oldCostTypeESet = costTypeESet;
		costType = COST_TYPE_EDEFAULT;
		costTypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.BUDGET_LINE__COST_TYPE, oldCostType, COST_TYPE_EDEFAULT, oldCostTypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCostType() {
		return costTypeESet;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__RACE_STAGE, oldRaceStage, raceStage, !oldRaceStageESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, TacticianPackage.BUDGET_LINE__RACE_STAGE, oldRaceStage, RACE_STAGE_EDEFAULT, oldRaceStageESet));
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
	public Money getAmount() {
		return amount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmount(Money newAmount) {
		Money oldAmount = amount;
		amount = newAmount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__AMOUNT, oldAmount, amount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonthlyAmount> getPhasing() {
		if (phasing == null) {
			phasing = new EObjectContainmentEList<MonthlyAmount>(MonthlyAmount.class, this, TacticianPackage.BUDGET_LINE__PHASING);
		}
		return phasing;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.BUDGET_LINE__CHANNEL, oldChannel, channel));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__CHANNEL, oldChannel, channel));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.BUDGET_LINE__CAMPAIGN, oldCampaign, campaign));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__CAMPAIGN, oldCampaign, campaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectResolvingEList<Kpi>(Kpi.class, this, TacticianPackage.BUDGET_LINE__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSupplier() {
		return supplier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupplier(String newSupplier) {
		String oldSupplier = supplier;
		supplier = newSupplier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.BUDGET_LINE__SUPPLIER, oldSupplier, supplier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getPhasedTotal() {
		return org.tactician.model.internal.PlanQueries.phasedTotal(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetBooking> getBookings() {
		return org.tactician.model.internal.PlanQueries.inverse(this, org.tactician.model.TacticianPackage.Literals.BUDGET_LINE__BOOKINGS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Money getAllocated() {
		return org.tactician.model.internal.PlanQueries.allocated(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.BUDGET_LINE__PHASING:
				return ((InternalEList<?>)getPhasing()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.BUDGET_LINE__START:
				return getStart();
			case TacticianPackage.BUDGET_LINE__END:
				return getEnd();
			case TacticianPackage.BUDGET_LINE__CATEGORY:
				return getCategory();
			case TacticianPackage.BUDGET_LINE__COST_TYPE:
				return getCostType();
			case TacticianPackage.BUDGET_LINE__RACE_STAGE:
				return getRaceStage();
			case TacticianPackage.BUDGET_LINE__AMOUNT:
				return getAmount();
			case TacticianPackage.BUDGET_LINE__PHASING:
				return getPhasing();
			case TacticianPackage.BUDGET_LINE__CHANNEL:
				if (resolve) return getChannel();
				return basicGetChannel();
			case TacticianPackage.BUDGET_LINE__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case TacticianPackage.BUDGET_LINE__KPIS:
				return getKpis();
			case TacticianPackage.BUDGET_LINE__SUPPLIER:
				return getSupplier();
			case TacticianPackage.BUDGET_LINE__PHASED_TOTAL:
				return getPhasedTotal();
			case TacticianPackage.BUDGET_LINE__BOOKINGS:
				return getBookings();
			case TacticianPackage.BUDGET_LINE__ALLOCATED:
				return getAllocated();
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
			case TacticianPackage.BUDGET_LINE__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__CATEGORY:
				setCategory((BudgetCategory)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__COST_TYPE:
				setCostType((CostType)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__RACE_STAGE:
				setRaceStage((RaceStage)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__AMOUNT:
				setAmount((Money)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__PHASING:
				getPhasing().clear();
				getPhasing().addAll((Collection<? extends MonthlyAmount>)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case TacticianPackage.BUDGET_LINE__SUPPLIER:
				setSupplier((String)newValue);
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
			case TacticianPackage.BUDGET_LINE__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.BUDGET_LINE__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.BUDGET_LINE__CATEGORY:
				unsetCategory();
				return;
			case TacticianPackage.BUDGET_LINE__COST_TYPE:
				unsetCostType();
				return;
			case TacticianPackage.BUDGET_LINE__RACE_STAGE:
				unsetRaceStage();
				return;
			case TacticianPackage.BUDGET_LINE__AMOUNT:
				setAmount(AMOUNT_EDEFAULT);
				return;
			case TacticianPackage.BUDGET_LINE__PHASING:
				getPhasing().clear();
				return;
			case TacticianPackage.BUDGET_LINE__CHANNEL:
				setChannel((Channel)null);
				return;
			case TacticianPackage.BUDGET_LINE__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case TacticianPackage.BUDGET_LINE__KPIS:
				getKpis().clear();
				return;
			case TacticianPackage.BUDGET_LINE__SUPPLIER:
				setSupplier(SUPPLIER_EDEFAULT);
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
			case TacticianPackage.BUDGET_LINE__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.BUDGET_LINE__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.BUDGET_LINE__CATEGORY:
				return isSetCategory();
			case TacticianPackage.BUDGET_LINE__COST_TYPE:
				return isSetCostType();
			case TacticianPackage.BUDGET_LINE__RACE_STAGE:
				return isSetRaceStage();
			case TacticianPackage.BUDGET_LINE__AMOUNT:
				return AMOUNT_EDEFAULT == null ? amount != null : !AMOUNT_EDEFAULT.equals(amount);
			case TacticianPackage.BUDGET_LINE__PHASING:
				return phasing != null && !phasing.isEmpty();
			case TacticianPackage.BUDGET_LINE__CHANNEL:
				return channel != null;
			case TacticianPackage.BUDGET_LINE__CAMPAIGN:
				return campaign != null;
			case TacticianPackage.BUDGET_LINE__KPIS:
				return kpis != null && !kpis.isEmpty();
			case TacticianPackage.BUDGET_LINE__SUPPLIER:
				return SUPPLIER_EDEFAULT == null ? supplier != null : !SUPPLIER_EDEFAULT.equals(supplier);
			case TacticianPackage.BUDGET_LINE__PHASED_TOTAL:
				return PHASED_TOTAL_EDEFAULT == null ? getPhasedTotal() != null : !PHASED_TOTAL_EDEFAULT.equals(getPhasedTotal());
			case TacticianPackage.BUDGET_LINE__BOOKINGS:
				return !getBookings().isEmpty();
			case TacticianPackage.BUDGET_LINE__ALLOCATED:
				return ALLOCATED_EDEFAULT == null ? getAllocated() != null : !ALLOCATED_EDEFAULT.equals(getAllocated());
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
				case TacticianPackage.BUDGET_LINE__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.BUDGET_LINE__END: return TacticianPackage.SCHEDULED__END;
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
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.BUDGET_LINE__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.BUDGET_LINE__END;
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
		result.append(", category: ");
		if (categoryESet) result.append(category); else result.append("<unset>");
		result.append(", costType: ");
		if (costTypeESet) result.append(costType); else result.append("<unset>");
		result.append(", raceStage: ");
		if (raceStageESet) result.append(raceStage); else result.append("<unset>");
		result.append(", amount: ");
		result.append(amount);
		result.append(", supplier: ");
		result.append(supplier);
		result.append(')');
		return result.toString();
	}

} //BudgetLineImpl
