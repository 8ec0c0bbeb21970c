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

import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AutomationPlan;
import org.tactician.model.Calendar;
import org.tactician.model.CroPlan;
import org.tactician.model.DemCalendar;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.LoyaltyPlan;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.OperationsSection;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operations Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getQuarterlyObjectives <em>Quarterly Objectives</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getMonthlyObjectives <em>Monthly Objectives</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getEditorialCalendar <em>Editorial Calendar</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getAdvertisingCalendar <em>Advertising Calendar</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getDemCalendar <em>Dem Calendar</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getAutomationPlan <em>Automation Plan</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getCroPlan <em>Cro Plan</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getLoyaltyPlan <em>Loyalty Plan</em>}</li>
 *   <li>{@link org.tactician.model.impl.OperationsSectionImpl#getCalendars <em>Calendars</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationsSectionImpl extends PlanElementImpl implements OperationsSection {
	/**
	 * The cached value of the '{@link #getQuarterlyObjectives() <em>Quarterly Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuarterlyObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<QuarterlyObjective> quarterlyObjectives;

	/**
	 * The cached value of the '{@link #getMonthlyObjectives() <em>Monthly Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMonthlyObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<MonthlyObjective> monthlyObjectives;

	/**
	 * The cached value of the '{@link #getEditorialCalendar() <em>Editorial Calendar</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEditorialCalendar()
	 * @generated
	 * @ordered
	 */
	protected EditorialCalendar editorialCalendar;

	/**
	 * The cached value of the '{@link #getAdvertisingCalendar() <em>Advertising Calendar</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvertisingCalendar()
	 * @generated
	 * @ordered
	 */
	protected AdvertisingCalendar advertisingCalendar;

	/**
	 * The cached value of the '{@link #getDemCalendar() <em>Dem Calendar</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDemCalendar()
	 * @generated
	 * @ordered
	 */
	protected DemCalendar demCalendar;

	/**
	 * The cached value of the '{@link #getAutomationPlan() <em>Automation Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAutomationPlan()
	 * @generated
	 * @ordered
	 */
	protected AutomationPlan automationPlan;

	/**
	 * The cached value of the '{@link #getCroPlan() <em>Cro Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCroPlan()
	 * @generated
	 * @ordered
	 */
	protected CroPlan croPlan;

	/**
	 * The cached value of the '{@link #getLoyaltyPlan() <em>Loyalty Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLoyaltyPlan()
	 * @generated
	 * @ordered
	 */
	protected LoyaltyPlan loyaltyPlan;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OperationsSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.OPERATIONS_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuarterlyObjective> getQuarterlyObjectives() {
		if (quarterlyObjectives == null) {
			quarterlyObjectives = new EObjectContainmentEList<QuarterlyObjective>(QuarterlyObjective.class, this, TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES);
		}
		return quarterlyObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MonthlyObjective> getMonthlyObjectives() {
		if (monthlyObjectives == null) {
			monthlyObjectives = new EObjectContainmentEList<MonthlyObjective>(MonthlyObjective.class, this, TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES);
		}
		return monthlyObjectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EditorialCalendar getEditorialCalendar() {
		return editorialCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetEditorialCalendar(EditorialCalendar newEditorialCalendar, NotificationChain msgs) {
		EditorialCalendar oldEditorialCalendar = editorialCalendar;
		editorialCalendar = newEditorialCalendar;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR, oldEditorialCalendar, newEditorialCalendar);
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
	public void setEditorialCalendar(EditorialCalendar newEditorialCalendar) {
		if (newEditorialCalendar != editorialCalendar) {
			NotificationChain msgs = null;
			if (editorialCalendar != null)
				msgs = ((InternalEObject)editorialCalendar).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR, null, msgs);
			if (newEditorialCalendar != null)
				msgs = ((InternalEObject)newEditorialCalendar).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR, null, msgs);
			msgs = basicSetEditorialCalendar(newEditorialCalendar, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR, newEditorialCalendar, newEditorialCalendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvertisingCalendar getAdvertisingCalendar() {
		return advertisingCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdvertisingCalendar(AdvertisingCalendar newAdvertisingCalendar, NotificationChain msgs) {
		AdvertisingCalendar oldAdvertisingCalendar = advertisingCalendar;
		advertisingCalendar = newAdvertisingCalendar;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR, oldAdvertisingCalendar, newAdvertisingCalendar);
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
	public void setAdvertisingCalendar(AdvertisingCalendar newAdvertisingCalendar) {
		if (newAdvertisingCalendar != advertisingCalendar) {
			NotificationChain msgs = null;
			if (advertisingCalendar != null)
				msgs = ((InternalEObject)advertisingCalendar).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR, null, msgs);
			if (newAdvertisingCalendar != null)
				msgs = ((InternalEObject)newAdvertisingCalendar).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR, null, msgs);
			msgs = basicSetAdvertisingCalendar(newAdvertisingCalendar, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR, newAdvertisingCalendar, newAdvertisingCalendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DemCalendar getDemCalendar() {
		return demCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDemCalendar(DemCalendar newDemCalendar, NotificationChain msgs) {
		DemCalendar oldDemCalendar = demCalendar;
		demCalendar = newDemCalendar;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR, oldDemCalendar, newDemCalendar);
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
	public void setDemCalendar(DemCalendar newDemCalendar) {
		if (newDemCalendar != demCalendar) {
			NotificationChain msgs = null;
			if (demCalendar != null)
				msgs = ((InternalEObject)demCalendar).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR, null, msgs);
			if (newDemCalendar != null)
				msgs = ((InternalEObject)newDemCalendar).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR, null, msgs);
			msgs = basicSetDemCalendar(newDemCalendar, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR, newDemCalendar, newDemCalendar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutomationPlan getAutomationPlan() {
		return automationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAutomationPlan(AutomationPlan newAutomationPlan, NotificationChain msgs) {
		AutomationPlan oldAutomationPlan = automationPlan;
		automationPlan = newAutomationPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN, oldAutomationPlan, newAutomationPlan);
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
	public void setAutomationPlan(AutomationPlan newAutomationPlan) {
		if (newAutomationPlan != automationPlan) {
			NotificationChain msgs = null;
			if (automationPlan != null)
				msgs = ((InternalEObject)automationPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN, null, msgs);
			if (newAutomationPlan != null)
				msgs = ((InternalEObject)newAutomationPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN, null, msgs);
			msgs = basicSetAutomationPlan(newAutomationPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN, newAutomationPlan, newAutomationPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CroPlan getCroPlan() {
		return croPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCroPlan(CroPlan newCroPlan, NotificationChain msgs) {
		CroPlan oldCroPlan = croPlan;
		croPlan = newCroPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__CRO_PLAN, oldCroPlan, newCroPlan);
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
	public void setCroPlan(CroPlan newCroPlan) {
		if (newCroPlan != croPlan) {
			NotificationChain msgs = null;
			if (croPlan != null)
				msgs = ((InternalEObject)croPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__CRO_PLAN, null, msgs);
			if (newCroPlan != null)
				msgs = ((InternalEObject)newCroPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__CRO_PLAN, null, msgs);
			msgs = basicSetCroPlan(newCroPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__CRO_PLAN, newCroPlan, newCroPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoyaltyPlan getLoyaltyPlan() {
		return loyaltyPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLoyaltyPlan(LoyaltyPlan newLoyaltyPlan, NotificationChain msgs) {
		LoyaltyPlan oldLoyaltyPlan = loyaltyPlan;
		loyaltyPlan = newLoyaltyPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN, oldLoyaltyPlan, newLoyaltyPlan);
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
	public void setLoyaltyPlan(LoyaltyPlan newLoyaltyPlan) {
		if (newLoyaltyPlan != loyaltyPlan) {
			NotificationChain msgs = null;
			if (loyaltyPlan != null)
				msgs = ((InternalEObject)loyaltyPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN, null, msgs);
			if (newLoyaltyPlan != null)
				msgs = ((InternalEObject)newLoyaltyPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN, null, msgs);
			msgs = basicSetLoyaltyPlan(newLoyaltyPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN, newLoyaltyPlan, newLoyaltyPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Calendar> getCalendars() {
		return org.tactician.model.internal.PlanQueries.calendars(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES:
				return ((InternalEList<?>)getQuarterlyObjectives()).basicRemove(otherEnd, msgs);
			case TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES:
				return ((InternalEList<?>)getMonthlyObjectives()).basicRemove(otherEnd, msgs);
			case TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR:
				return basicSetEditorialCalendar(null, msgs);
			case TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR:
				return basicSetAdvertisingCalendar(null, msgs);
			case TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR:
				return basicSetDemCalendar(null, msgs);
			case TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN:
				return basicSetAutomationPlan(null, msgs);
			case TacticianPackage.OPERATIONS_SECTION__CRO_PLAN:
				return basicSetCroPlan(null, msgs);
			case TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN:
				return basicSetLoyaltyPlan(null, msgs);
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
			case TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES:
				return getQuarterlyObjectives();
			case TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES:
				return getMonthlyObjectives();
			case TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR:
				return getEditorialCalendar();
			case TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR:
				return getAdvertisingCalendar();
			case TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR:
				return getDemCalendar();
			case TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN:
				return getAutomationPlan();
			case TacticianPackage.OPERATIONS_SECTION__CRO_PLAN:
				return getCroPlan();
			case TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN:
				return getLoyaltyPlan();
			case TacticianPackage.OPERATIONS_SECTION__CALENDARS:
				return getCalendars();
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
			case TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES:
				getQuarterlyObjectives().clear();
				getQuarterlyObjectives().addAll((Collection<? extends QuarterlyObjective>)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES:
				getMonthlyObjectives().clear();
				getMonthlyObjectives().addAll((Collection<? extends MonthlyObjective>)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR:
				setEditorialCalendar((EditorialCalendar)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR:
				setAdvertisingCalendar((AdvertisingCalendar)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR:
				setDemCalendar((DemCalendar)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN:
				setAutomationPlan((AutomationPlan)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__CRO_PLAN:
				setCroPlan((CroPlan)newValue);
				return;
			case TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN:
				setLoyaltyPlan((LoyaltyPlan)newValue);
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
			case TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES:
				getQuarterlyObjectives().clear();
				return;
			case TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES:
				getMonthlyObjectives().clear();
				return;
			case TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR:
				setEditorialCalendar((EditorialCalendar)null);
				return;
			case TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR:
				setAdvertisingCalendar((AdvertisingCalendar)null);
				return;
			case TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR:
				setDemCalendar((DemCalendar)null);
				return;
			case TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN:
				setAutomationPlan((AutomationPlan)null);
				return;
			case TacticianPackage.OPERATIONS_SECTION__CRO_PLAN:
				setCroPlan((CroPlan)null);
				return;
			case TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN:
				setLoyaltyPlan((LoyaltyPlan)null);
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
			case TacticianPackage.OPERATIONS_SECTION__QUARTERLY_OBJECTIVES:
				return quarterlyObjectives != null && !quarterlyObjectives.isEmpty();
			case TacticianPackage.OPERATIONS_SECTION__MONTHLY_OBJECTIVES:
				return monthlyObjectives != null && !monthlyObjectives.isEmpty();
			case TacticianPackage.OPERATIONS_SECTION__EDITORIAL_CALENDAR:
				return editorialCalendar != null;
			case TacticianPackage.OPERATIONS_SECTION__ADVERTISING_CALENDAR:
				return advertisingCalendar != null;
			case TacticianPackage.OPERATIONS_SECTION__DEM_CALENDAR:
				return demCalendar != null;
			case TacticianPackage.OPERATIONS_SECTION__AUTOMATION_PLAN:
				return automationPlan != null;
			case TacticianPackage.OPERATIONS_SECTION__CRO_PLAN:
				return croPlan != null;
			case TacticianPackage.OPERATIONS_SECTION__LOYALTY_PLAN:
				return loyaltyPlan != null;
			case TacticianPackage.OPERATIONS_SECTION__CALENDARS:
				return !getCalendars().isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //OperationsSectionImpl
