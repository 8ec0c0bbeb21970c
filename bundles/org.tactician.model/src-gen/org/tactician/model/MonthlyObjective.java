/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monthly Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A micro-objective with a deadline in one month; the plan is checked against it every month.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MonthlyObjective#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getDeadline <em>Deadline</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getQuarterlyObjective <em>Quarterly Objective</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getActual <em>Actual</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getStatus <em>Status</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyObjective#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMonthlyObjective()
 * @model
 * @generated
 */
public interface MonthlyObjective extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(YearMonth)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Month()
	 * @model dataType="org.tactician.model.YearMonth"
	 * @generated
	 */
	YearMonth getMonth();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deadline</em>' attribute.
	 * @see #setDeadline(LocalDate)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Deadline()
	 * @model dataType="org.tactician.model.LocalDate"
	 * @generated
	 */
	LocalDate getDeadline();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getDeadline <em>Deadline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deadline</em>' attribute.
	 * @see #getDeadline()
	 * @generated
	 */
	void setDeadline(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.PlanPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Launch or loyalty phase of the operational plan. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.tactician.model.PlanPhase
	 * @see #isSetPhase()
	 * @see #unsetPhase()
	 * @see #setPhase(PlanPhase)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Phase()
	 * @model unsettable="true"
	 * @generated
	 */
	PlanPhase getPhase();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.tactician.model.PlanPhase
	 * @see #isSetPhase()
	 * @see #unsetPhase()
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(PlanPhase value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.MonthlyObjective#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPhase()
	 * @see #getPhase()
	 * @see #setPhase(PlanPhase)
	 * @generated
	 */
	void unsetPhase();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.MonthlyObjective#getPhase <em>Phase</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Phase</em>' attribute is set.
	 * @see #unsetPhase()
	 * @see #getPhase()
	 * @see #setPhase(PlanPhase)
	 * @generated
	 */
	boolean isSetPhase();

	/**
	 * Returns the value of the '<em><b>Quarterly Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quarterly Objective</em>' reference.
	 * @see #setQuarterlyObjective(QuarterlyObjective)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_QuarterlyObjective()
	 * @model
	 * @generated
	 */
	QuarterlyObjective getQuarterlyObjective();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getQuarterlyObjective <em>Quarterly Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarterly Objective</em>' reference.
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	void setQuarterlyObjective(QuarterlyObjective value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Target()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Measured at the monthly check; null until then.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual</em>' attribute.
	 * @see #setActual(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Actual()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getActual();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getActual <em>Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual</em>' attribute.
	 * @see #getActual()
	 * @generated
	 */
	void setActual(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.ObjectiveStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.tactician.model.ObjectiveStatus
	 * @see #setStatus(ObjectiveStatus)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Status()
	 * @model
	 * @generated
	 */
	ObjectiveStatus getStatus();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.tactician.model.ObjectiveStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ObjectiveStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getMonthlyObjective_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyObjective#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

} // MonthlyObjective
