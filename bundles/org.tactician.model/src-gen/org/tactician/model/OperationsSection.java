/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operations Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * OPERATIONS: quarterly and monthly objectives and the calendars of planned activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.OperationsSection#getQuarterlyObjectives <em>Quarterly Objectives</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getMonthlyObjectives <em>Monthly Objectives</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getEditorialCalendar <em>Editorial Calendar</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getAdvertisingCalendar <em>Advertising Calendar</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getDemCalendar <em>Dem Calendar</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getAutomationPlan <em>Automation Plan</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getCroPlan <em>Cro Plan</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getLoyaltyPlan <em>Loyalty Plan</em>}</li>
 *   <li>{@link org.tactician.model.OperationsSection#getCalendars <em>Calendars</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getOperationsSection()
 * @model
 * @generated
 */
public interface OperationsSection extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Quarterly Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.QuarterlyObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quarterly Objectives</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_QuarterlyObjectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuarterlyObjective> getQuarterlyObjectives();

	/**
	 * Returns the value of the '<em><b>Monthly Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.MonthlyObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Monthly Objectives</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_MonthlyObjectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<MonthlyObjective> getMonthlyObjectives();

	/**
	 * Returns the value of the '<em><b>Editorial Calendar</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Editorial Calendar</em>' containment reference.
	 * @see #setEditorialCalendar(EditorialCalendar)
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_EditorialCalendar()
	 * @model containment="true"
	 * @generated
	 */
	EditorialCalendar getEditorialCalendar();

	/**
	 * Sets the value of the '{@link org.tactician.model.OperationsSection#getEditorialCalendar <em>Editorial Calendar</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Editorial Calendar</em>' containment reference.
	 * @see #getEditorialCalendar()
	 * @generated
	 */
	void setEditorialCalendar(EditorialCalendar value);

	/**
	 * Returns the value of the '<em><b>Advertising Calendar</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advertising Calendar</em>' containment reference.
	 * @see #setAdvertisingCalendar(AdvertisingCalendar)
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_AdvertisingCalendar()
	 * @model containment="true"
	 * @generated
	 */
	AdvertisingCalendar getAdvertisingCalendar();

	/**
	 * Sets the value of the '{@link org.tactician.model.OperationsSection#getAdvertisingCalendar <em>Advertising Calendar</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advertising Calendar</em>' containment reference.
	 * @see #getAdvertisingCalendar()
	 * @generated
	 */
	void setAdvertisingCalendar(AdvertisingCalendar value);

	/**
	 * Returns the value of the '<em><b>Dem Calendar</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dem Calendar</em>' containment reference.
	 * @see #setDemCalendar(DemCalendar)
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_DemCalendar()
	 * @model containment="true"
	 * @generated
	 */
	DemCalendar getDemCalendar();

	/**
	 * Sets the value of the '{@link org.tactician.model.OperationsSection#getDemCalendar <em>Dem Calendar</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dem Calendar</em>' containment reference.
	 * @see #getDemCalendar()
	 * @generated
	 */
	void setDemCalendar(DemCalendar value);

	/**
	 * Returns the value of the '<em><b>Automation Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Automation Plan</em>' containment reference.
	 * @see #setAutomationPlan(AutomationPlan)
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_AutomationPlan()
	 * @model containment="true"
	 * @generated
	 */
	AutomationPlan getAutomationPlan();

	/**
	 * Sets the value of the '{@link org.tactician.model.OperationsSection#getAutomationPlan <em>Automation Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Automation Plan</em>' containment reference.
	 * @see #getAutomationPlan()
	 * @generated
	 */
	void setAutomationPlan(AutomationPlan value);

	/**
	 * Returns the value of the '<em><b>Cro Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cro Plan</em>' containment reference.
	 * @see #setCroPlan(CroPlan)
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_CroPlan()
	 * @model containment="true"
	 * @generated
	 */
	CroPlan getCroPlan();

	/**
	 * Sets the value of the '{@link org.tactician.model.OperationsSection#getCroPlan <em>Cro Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cro Plan</em>' containment reference.
	 * @see #getCroPlan()
	 * @generated
	 */
	void setCroPlan(CroPlan value);

	/**
	 * Returns the value of the '<em><b>Loyalty Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Loyalty Plan</em>' containment reference.
	 * @see #setLoyaltyPlan(LoyaltyPlan)
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_LoyaltyPlan()
	 * @model containment="true"
	 * @generated
	 */
	LoyaltyPlan getLoyaltyPlan();

	/**
	 * Sets the value of the '{@link org.tactician.model.OperationsSection#getLoyaltyPlan <em>Loyalty Plan</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loyalty Plan</em>' containment reference.
	 * @see #getLoyaltyPlan()
	 * @generated
	 */
	void setLoyaltyPlan(LoyaltyPlan value);

	/**
	 * Returns the value of the '<em><b>Calendars</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Calendar}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendars of the plan that exist, in the order editorial, advertising, DEM, automations, CRO, loyalty (derived).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Calendars</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getOperationsSection_Calendars()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Calendar> getCalendars();

} // OperationsSection
