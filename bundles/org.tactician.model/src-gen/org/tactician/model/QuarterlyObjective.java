/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quarterly Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A yearly objective broken down for one quarter, with the activities that reach it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getAnnualObjective <em>Annual Objective</em>}</li>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getActivities <em>Activities</em>}</li>
 *   <li>{@link org.tactician.model.QuarterlyObjective#getMonthlyObjectives <em>Monthly Objectives</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective()
 * @model
 * @generated
 */
public interface QuarterlyObjective extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.Quarter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The quarter of the plan year it breaks the objective down for. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see org.tactician.model.Quarter
	 * @see #isSetQuarter()
	 * @see #unsetQuarter()
	 * @see #setQuarter(Quarter)
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_Quarter()
	 * @model unsettable="true"
	 * @generated
	 */
	Quarter getQuarter();

	/**
	 * Sets the value of the '{@link org.tactician.model.QuarterlyObjective#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see org.tactician.model.Quarter
	 * @see #isSetQuarter()
	 * @see #unsetQuarter()
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(Quarter value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.QuarterlyObjective#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetQuarter()
	 * @see #getQuarter()
	 * @see #setQuarter(Quarter)
	 * @generated
	 */
	void unsetQuarter();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.QuarterlyObjective#getQuarter <em>Quarter</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Quarter</em>' attribute is set.
	 * @see #unsetQuarter()
	 * @see #getQuarter()
	 * @see #setQuarter(Quarter)
	 * @generated
	 */
	boolean isSetQuarter();

	/**
	 * Returns the value of the '<em><b>Annual Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annual Objective</em>' reference.
	 * @see #setAnnualObjective(SmartObjective)
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_AnnualObjective()
	 * @model
	 * @generated
	 */
	SmartObjective getAnnualObjective();

	/**
	 * Sets the value of the '{@link org.tactician.model.QuarterlyObjective#getAnnualObjective <em>Annual Objective</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Annual Objective</em>' reference.
	 * @see #getAnnualObjective()
	 * @generated
	 */
	void setAnnualObjective(SmartObjective value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_Target()
	 * @model dataType="org.tactician.model.Decimal"
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.QuarterlyObjective#getTarget <em>Target</em>}' attribute.
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
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.tactician.model.QuarterlyObjective#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.QuarterlyObjective#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

	/**
	 * Returns the value of the '<em><b>Activities</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_Activities()
	 * @model
	 * @generated
	 */
	EList<Activity> getActivities();

	/**
	 * Returns the value of the '<em><b>Monthly Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.MonthlyObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The monthly micro-objectives of the quarter (derived, inverse of MonthlyObjective.quarterlyObjective).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monthly Objectives</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getQuarterlyObjective_MonthlyObjectives()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<MonthlyObjective> getMonthlyObjectives();

} // QuarterlyObjective
