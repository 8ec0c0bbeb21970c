/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * ACTION: budget and resources, dashboard, campaigns, always-on plan, MarTech stack and 90-day plans.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ActionSection#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.tactician.model.ActionSection#getDashboard <em>Dashboard</em>}</li>
 *   <li>{@link org.tactician.model.ActionSection#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.tactician.model.ActionSection#getAlwaysOnPlan <em>Always On Plan</em>}</li>
 *   <li>{@link org.tactician.model.ActionSection#getMartechStack <em>Martech Stack</em>}</li>
 *   <li>{@link org.tactician.model.ActionSection#getNinetyDayPlans <em>Ninety Day Plans</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getActionSection()
 * @model
 * @generated
 */
public interface ActionSection extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference.
	 * @see #setBudget(Budget)
	 * @see org.tactician.model.TacticianPackage#getActionSection_Budget()
	 * @model containment="true"
	 * @generated
	 */
	Budget getBudget();

	/**
	 * Sets the value of the '{@link org.tactician.model.ActionSection#getBudget <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' containment reference.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Budget value);

	/**
	 * Returns the value of the '<em><b>Dashboard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dashboard</em>' containment reference.
	 * @see #setDashboard(Dashboard)
	 * @see org.tactician.model.TacticianPackage#getActionSection_Dashboard()
	 * @model containment="true"
	 * @generated
	 */
	Dashboard getDashboard();

	/**
	 * Sets the value of the '{@link org.tactician.model.ActionSection#getDashboard <em>Dashboard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dashboard</em>' containment reference.
	 * @see #getDashboard()
	 * @generated
	 */
	void setDashboard(Dashboard value);

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getActionSection_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Always On Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Always On Plan</em>' containment reference.
	 * @see #setAlwaysOnPlan(AlwaysOnPlan)
	 * @see org.tactician.model.TacticianPackage#getActionSection_AlwaysOnPlan()
	 * @model containment="true"
	 * @generated
	 */
	AlwaysOnPlan getAlwaysOnPlan();

	/**
	 * Sets the value of the '{@link org.tactician.model.ActionSection#getAlwaysOnPlan <em>Always On Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Always On Plan</em>' containment reference.
	 * @see #getAlwaysOnPlan()
	 * @generated
	 */
	void setAlwaysOnPlan(AlwaysOnPlan value);

	/**
	 * Returns the value of the '<em><b>Martech Stack</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.MarTechTool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Martech Stack</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getActionSection_MartechStack()
	 * @model containment="true"
	 * @generated
	 */
	EList<MarTechTool> getMartechStack();

	/**
	 * Returns the value of the '<em><b>Ninety Day Plans</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.NinetyDayPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ninety Day Plans</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getActionSection_NinetyDayPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<NinetyDayPlan> getNinetyDayPlans();

} // ActionSection
