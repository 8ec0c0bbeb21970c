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

import org.tactician.model.ActionSection;
import org.tactician.model.AlwaysOnPlan;
import org.tactician.model.Budget;
import org.tactician.model.Campaign;
import org.tactician.model.Dashboard;
import org.tactician.model.MarTechTool;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.TacticianPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.impl.ActionSectionImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActionSectionImpl#getDashboard <em>Dashboard</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActionSectionImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActionSectionImpl#getAlwaysOnPlan <em>Always On Plan</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActionSectionImpl#getMartechStack <em>Martech Stack</em>}</li>
 *   <li>{@link org.tactician.model.impl.ActionSectionImpl#getNinetyDayPlans <em>Ninety Day Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionSectionImpl extends PlanElementImpl implements ActionSection {
	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Budget budget;

	/**
	 * The cached value of the '{@link #getDashboard() <em>Dashboard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDashboard()
	 * @generated
	 * @ordered
	 */
	protected Dashboard dashboard;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * The cached value of the '{@link #getAlwaysOnPlan() <em>Always On Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlwaysOnPlan()
	 * @generated
	 * @ordered
	 */
	protected AlwaysOnPlan alwaysOnPlan;

	/**
	 * The cached value of the '{@link #getMartechStack() <em>Martech Stack</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMartechStack()
	 * @generated
	 * @ordered
	 */
	protected EList<MarTechTool> martechStack;

	/**
	 * The cached value of the '{@link #getNinetyDayPlans() <em>Ninety Day Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNinetyDayPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<NinetyDayPlan> ninetyDayPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TacticianPackage.Literals.ACTION_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBudget(Budget newBudget, NotificationChain msgs) {
		Budget oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_SECTION__BUDGET, oldBudget, newBudget);
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
	public void setBudget(Budget newBudget) {
		if (newBudget != budget) {
			NotificationChain msgs = null;
			if (budget != null)
				msgs = ((InternalEObject)budget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.ACTION_SECTION__BUDGET, null, msgs);
			if (newBudget != null)
				msgs = ((InternalEObject)newBudget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.ACTION_SECTION__BUDGET, null, msgs);
			msgs = basicSetBudget(newBudget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_SECTION__BUDGET, newBudget, newBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dashboard getDashboard() {
		return dashboard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDashboard(Dashboard newDashboard, NotificationChain msgs) {
		Dashboard oldDashboard = dashboard;
		dashboard = newDashboard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_SECTION__DASHBOARD, oldDashboard, newDashboard);
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
	public void setDashboard(Dashboard newDashboard) {
		if (newDashboard != dashboard) {
			NotificationChain msgs = null;
			if (dashboard != null)
				msgs = ((InternalEObject)dashboard).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.ACTION_SECTION__DASHBOARD, null, msgs);
			if (newDashboard != null)
				msgs = ((InternalEObject)newDashboard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.ACTION_SECTION__DASHBOARD, null, msgs);
			msgs = basicSetDashboard(newDashboard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_SECTION__DASHBOARD, newDashboard, newDashboard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		if (campaigns == null) {
			campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, TacticianPackage.ACTION_SECTION__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlwaysOnPlan getAlwaysOnPlan() {
		return alwaysOnPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAlwaysOnPlan(AlwaysOnPlan newAlwaysOnPlan, NotificationChain msgs) {
		AlwaysOnPlan oldAlwaysOnPlan = alwaysOnPlan;
		alwaysOnPlan = newAlwaysOnPlan;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN, oldAlwaysOnPlan, newAlwaysOnPlan);
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
	public void setAlwaysOnPlan(AlwaysOnPlan newAlwaysOnPlan) {
		if (newAlwaysOnPlan != alwaysOnPlan) {
			NotificationChain msgs = null;
			if (alwaysOnPlan != null)
				msgs = ((InternalEObject)alwaysOnPlan).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN, null, msgs);
			if (newAlwaysOnPlan != null)
				msgs = ((InternalEObject)newAlwaysOnPlan).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN, null, msgs);
			msgs = basicSetAlwaysOnPlan(newAlwaysOnPlan, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN, newAlwaysOnPlan, newAlwaysOnPlan));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MarTechTool> getMartechStack() {
		if (martechStack == null) {
			martechStack = new EObjectContainmentEList<MarTechTool>(MarTechTool.class, this, TacticianPackage.ACTION_SECTION__MARTECH_STACK);
		}
		return martechStack;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NinetyDayPlan> getNinetyDayPlans() {
		if (ninetyDayPlans == null) {
			ninetyDayPlans = new EObjectContainmentEList<NinetyDayPlan>(NinetyDayPlan.class, this, TacticianPackage.ACTION_SECTION__NINETY_DAY_PLANS);
		}
		return ninetyDayPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TacticianPackage.ACTION_SECTION__BUDGET:
				return basicSetBudget(null, msgs);
			case TacticianPackage.ACTION_SECTION__DASHBOARD:
				return basicSetDashboard(null, msgs);
			case TacticianPackage.ACTION_SECTION__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN:
				return basicSetAlwaysOnPlan(null, msgs);
			case TacticianPackage.ACTION_SECTION__MARTECH_STACK:
				return ((InternalEList<?>)getMartechStack()).basicRemove(otherEnd, msgs);
			case TacticianPackage.ACTION_SECTION__NINETY_DAY_PLANS:
				return ((InternalEList<?>)getNinetyDayPlans()).basicRemove(otherEnd, msgs);
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
			case TacticianPackage.ACTION_SECTION__BUDGET:
				return getBudget();
			case TacticianPackage.ACTION_SECTION__DASHBOARD:
				return getDashboard();
			case TacticianPackage.ACTION_SECTION__CAMPAIGNS:
				return getCampaigns();
			case TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN:
				return getAlwaysOnPlan();
			case TacticianPackage.ACTION_SECTION__MARTECH_STACK:
				return getMartechStack();
			case TacticianPackage.ACTION_SECTION__NINETY_DAY_PLANS:
				return getNinetyDayPlans();
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
			case TacticianPackage.ACTION_SECTION__BUDGET:
				setBudget((Budget)newValue);
				return;
			case TacticianPackage.ACTION_SECTION__DASHBOARD:
				setDashboard((Dashboard)newValue);
				return;
			case TacticianPackage.ACTION_SECTION__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
				return;
			case TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN:
				setAlwaysOnPlan((AlwaysOnPlan)newValue);
				return;
			case TacticianPackage.ACTION_SECTION__MARTECH_STACK:
				getMartechStack().clear();
				getMartechStack().addAll((Collection<? extends MarTechTool>)newValue);
				return;
			case TacticianPackage.ACTION_SECTION__NINETY_DAY_PLANS:
				getNinetyDayPlans().clear();
				getNinetyDayPlans().addAll((Collection<? extends NinetyDayPlan>)newValue);
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
			case TacticianPackage.ACTION_SECTION__BUDGET:
				setBudget((Budget)null);
				return;
			case TacticianPackage.ACTION_SECTION__DASHBOARD:
				setDashboard((Dashboard)null);
				return;
			case TacticianPackage.ACTION_SECTION__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN:
				setAlwaysOnPlan((AlwaysOnPlan)null);
				return;
			case TacticianPackage.ACTION_SECTION__MARTECH_STACK:
				getMartechStack().clear();
				return;
			case TacticianPackage.ACTION_SECTION__NINETY_DAY_PLANS:
				getNinetyDayPlans().clear();
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
			case TacticianPackage.ACTION_SECTION__BUDGET:
				return budget != null;
			case TacticianPackage.ACTION_SECTION__DASHBOARD:
				return dashboard != null;
			case TacticianPackage.ACTION_SECTION__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case TacticianPackage.ACTION_SECTION__ALWAYS_ON_PLAN:
				return alwaysOnPlan != null;
			case TacticianPackage.ACTION_SECTION__MARTECH_STACK:
				return martechStack != null && !martechStack.isEmpty();
			case TacticianPackage.ACTION_SECTION__NINETY_DAY_PLANS:
				return ninetyDayPlans != null && !ninetyDayPlans.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ActionSectionImpl
