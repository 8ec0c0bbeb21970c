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
import org.eclipse.emf.ecore.util.InternalEList;

import org.tactician.model.ActionSection;
import org.tactician.model.Channel;
import org.tactician.model.CustomerJourney;
import org.tactician.model.MarketingPlan;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunitySection;
import org.tactician.model.Scheduled;
import org.tactician.model.StrategySection;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Marketing Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.tactician.model.impl.MarketingPlanImpl#getJourneys <em>Journeys</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MarketingPlanImpl extends NamedElementImpl implements MarketingPlan {
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
	 * The default value of the '{@link #getBrand() <em>Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected static final String BRAND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBrand() <em>Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrand()
	 * @generated
	 * @ordered
	 */
	protected String brand = BRAND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

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
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected EList<TeamMember> team;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getOpportunity() <em>Opportunity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpportunity()
	 * @generated
	 * @ordered
	 */
	protected OpportunitySection opportunity;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected StrategySection strategy;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected ActionSection action;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected OperationsSection operations;

	/**
	 * The cached value of the '{@link #getJourneys() <em>Journeys</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJourneys()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerJourney> journeys;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MarketingPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.MARKETING_PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__START, oldStart, start));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBrand() {
		return brand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBrand(String newBrand) {
		String oldBrand = brand;
		brand = newBrand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__BRAND, oldBrand, brand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__AUTHOR, oldAuthor, author));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TacticianPackage.MARKETING_PLAN__OWNER, oldOwner, owner));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TeamMember> getTeam() {
		if (team == null) {
			team = new EObjectContainmentEList<TeamMember>(TeamMember.class, this, TacticianPackage.MARKETING_PLAN__TEAM);
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectContainmentEList<Channel>(Channel.class, this, TacticianPackage.MARKETING_PLAN__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunitySection getOpportunity() {
		return opportunity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOpportunity(OpportunitySection newOpportunity, NotificationChain msgs) {
		OpportunitySection oldOpportunity = opportunity;
		opportunity = newOpportunity;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__OPPORTUNITY, oldOpportunity, newOpportunity);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpportunity(OpportunitySection newOpportunity) {
		if (newOpportunity != opportunity) {
			NotificationChain msgs = null;
			if (opportunity != null)
				msgs = ((InternalEObject)opportunity).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__OPPORTUNITY, null, msgs);
			if (newOpportunity != null)
				msgs = ((InternalEObject)newOpportunity).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__OPPORTUNITY, null, msgs);
			msgs = basicSetOpportunity(newOpportunity, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__OPPORTUNITY, newOpportunity, newOpportunity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategySection getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStrategy(StrategySection newStrategy, NotificationChain msgs) {
		StrategySection oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__STRATEGY, oldStrategy, newStrategy);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(StrategySection newStrategy) {
		if (newStrategy != strategy) {
			NotificationChain msgs = null;
			if (strategy != null)
				msgs = ((InternalEObject)strategy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__STRATEGY, null, msgs);
			if (newStrategy != null)
				msgs = ((InternalEObject)newStrategy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__STRATEGY, null, msgs);
			msgs = basicSetStrategy(newStrategy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__STRATEGY, newStrategy, newStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionSection getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAction(ActionSection newAction, NotificationChain msgs) {
		ActionSection oldAction = action;
		action = newAction;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__ACTION, oldAction, newAction);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(ActionSection newAction) {
		if (newAction != action) {
			NotificationChain msgs = null;
			if (action != null)
				msgs = ((InternalEObject)action).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__ACTION, null, msgs);
			if (newAction != null)
				msgs = ((InternalEObject)newAction).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__ACTION, null, msgs);
			msgs = basicSetAction(newAction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__ACTION, newAction, newAction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationsSection getOperations() {
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOperations(OperationsSection newOperations, NotificationChain msgs) {
		OperationsSection oldOperations = operations;
		operations = newOperations;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__OPERATIONS, oldOperations, newOperations);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOperations(OperationsSection newOperations) {
		if (newOperations != operations) {
			NotificationChain msgs = null;
			if (operations != null)
				msgs = ((InternalEObject)operations).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__OPERATIONS, null, msgs);
			if (newOperations != null)
				msgs = ((InternalEObject)newOperations).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.MARKETING_PLAN__OPERATIONS, null, msgs);
			msgs = basicSetOperations(newOperations, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.MARKETING_PLAN__OPERATIONS, newOperations, newOperations));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerJourney> getJourneys() {
		if (journeys == null) {
			journeys = new EObjectContainmentEList<CustomerJourney>(CustomerJourney.class, this, TacticianPackage.MARKETING_PLAN__JOURNEYS);
		}
		return journeys;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.MARKETING_PLAN__TEAM:
				return ((InternalEList<?>)getTeam()).basicRemove(otherEnd, msgs);
			case TacticianPackage.MARKETING_PLAN__CHANNELS:
				return ((InternalEList<?>)getChannels()).basicRemove(otherEnd, msgs);
			case TacticianPackage.MARKETING_PLAN__OPPORTUNITY:
				return basicSetOpportunity(null, msgs);
			case TacticianPackage.MARKETING_PLAN__STRATEGY:
				return basicSetStrategy(null, msgs);
			case TacticianPackage.MARKETING_PLAN__ACTION:
				return basicSetAction(null, msgs);
			case TacticianPackage.MARKETING_PLAN__OPERATIONS:
				return basicSetOperations(null, msgs);
			case TacticianPackage.MARKETING_PLAN__JOURNEYS:
				return ((InternalEList<?>)getJourneys()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.MARKETING_PLAN__START:
				return getStart();
			case TacticianPackage.MARKETING_PLAN__END:
				return getEnd();
			case TacticianPackage.MARKETING_PLAN__BRAND:
				return getBrand();
			case TacticianPackage.MARKETING_PLAN__CURRENCY:
				return getCurrency();
			case TacticianPackage.MARKETING_PLAN__LANGUAGE:
				return getLanguage();
			case TacticianPackage.MARKETING_PLAN__AUTHOR:
				return getAuthor();
			case TacticianPackage.MARKETING_PLAN__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case TacticianPackage.MARKETING_PLAN__TEAM:
				return getTeam();
			case TacticianPackage.MARKETING_PLAN__CHANNELS:
				return getChannels();
			case TacticianPackage.MARKETING_PLAN__OPPORTUNITY:
				return getOpportunity();
			case TacticianPackage.MARKETING_PLAN__STRATEGY:
				return getStrategy();
			case TacticianPackage.MARKETING_PLAN__ACTION:
				return getAction();
			case TacticianPackage.MARKETING_PLAN__OPERATIONS:
				return getOperations();
			case TacticianPackage.MARKETING_PLAN__JOURNEYS:
				return getJourneys();
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
			case TacticianPackage.MARKETING_PLAN__START:
				setStart((LocalDate)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__END:
				setEnd((LocalDate)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__BRAND:
				setBrand((String)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__CURRENCY:
				setCurrency((String)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__AUTHOR:
				setAuthor((String)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__OWNER:
				setOwner((TeamMember)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__TEAM:
				getTeam().clear();
				getTeam().addAll((Collection<? extends TeamMember>)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__OPPORTUNITY:
				setOpportunity((OpportunitySection)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__STRATEGY:
				setStrategy((StrategySection)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__ACTION:
				setAction((ActionSection)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__OPERATIONS:
				setOperations((OperationsSection)newValue);
				return;
			case TacticianPackage.MARKETING_PLAN__JOURNEYS:
				getJourneys().clear();
				getJourneys().addAll((Collection<? extends CustomerJourney>)newValue);
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
			case TacticianPackage.MARKETING_PLAN__START:
				setStart(START_EDEFAULT);
				return;
			case TacticianPackage.MARKETING_PLAN__END:
				setEnd(END_EDEFAULT);
				return;
			case TacticianPackage.MARKETING_PLAN__BRAND:
				setBrand(BRAND_EDEFAULT);
				return;
			case TacticianPackage.MARKETING_PLAN__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case TacticianPackage.MARKETING_PLAN__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case TacticianPackage.MARKETING_PLAN__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case TacticianPackage.MARKETING_PLAN__OWNER:
				setOwner((TeamMember)null);
				return;
			case TacticianPackage.MARKETING_PLAN__TEAM:
				getTeam().clear();
				return;
			case TacticianPackage.MARKETING_PLAN__CHANNELS:
				getChannels().clear();
				return;
			case TacticianPackage.MARKETING_PLAN__OPPORTUNITY:
				setOpportunity((OpportunitySection)null);
				return;
			case TacticianPackage.MARKETING_PLAN__STRATEGY:
				setStrategy((StrategySection)null);
				return;
			case TacticianPackage.MARKETING_PLAN__ACTION:
				setAction((ActionSection)null);
				return;
			case TacticianPackage.MARKETING_PLAN__OPERATIONS:
				setOperations((OperationsSection)null);
				return;
			case TacticianPackage.MARKETING_PLAN__JOURNEYS:
				getJourneys().clear();
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
			case TacticianPackage.MARKETING_PLAN__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case TacticianPackage.MARKETING_PLAN__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case TacticianPackage.MARKETING_PLAN__BRAND:
				return BRAND_EDEFAULT == null ? brand != null : !BRAND_EDEFAULT.equals(brand);
			case TacticianPackage.MARKETING_PLAN__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case TacticianPackage.MARKETING_PLAN__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case TacticianPackage.MARKETING_PLAN__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case TacticianPackage.MARKETING_PLAN__OWNER:
				return owner != null;
			case TacticianPackage.MARKETING_PLAN__TEAM:
				return team != null && !team.isEmpty();
			case TacticianPackage.MARKETING_PLAN__CHANNELS:
				return channels != null && !channels.isEmpty();
			case TacticianPackage.MARKETING_PLAN__OPPORTUNITY:
				return opportunity != null;
			case TacticianPackage.MARKETING_PLAN__STRATEGY:
				return strategy != null;
			case TacticianPackage.MARKETING_PLAN__ACTION:
				return action != null;
			case TacticianPackage.MARKETING_PLAN__OPERATIONS:
				return operations != null;
			case TacticianPackage.MARKETING_PLAN__JOURNEYS:
				return journeys != null && !journeys.isEmpty();
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
				case TacticianPackage.MARKETING_PLAN__START: return TacticianPackage.SCHEDULED__START;
				case TacticianPackage.MARKETING_PLAN__END: return TacticianPackage.SCHEDULED__END;
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
				case TacticianPackage.SCHEDULED__START: return TacticianPackage.MARKETING_PLAN__START;
				case TacticianPackage.SCHEDULED__END: return TacticianPackage.MARKETING_PLAN__END;
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
		result.append(", brand: ");
		result.append(brand);
		result.append(", currency: ");
		result.append(currency);
		result.append(", language: ");
		result.append(language);
		result.append(", author: ");
		result.append(author);
		result.append(')');
		return result.toString();
	}

} //MarketingPlanImpl
