/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Marketing budget and resource plan: the budget lines are the one source of planned spend; the approved total and the category targets are what the spend is checked against.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Budget#getLines <em>Lines</em>}</li>
 *   <li>{@link org.tactician.model.Budget#getApprovedTotal <em>Approved Total</em>}</li>
 *   <li>{@link org.tactician.model.Budget#getCategoryTargets <em>Category Targets</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getBudget()
 * @model
 * @generated
 */
public interface Budget extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getBudget_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getLines();

	/**
	 * Returns the value of the '<em><b>Approved Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The total the client approved for the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved Total</em>' attribute.
	 * @see #setApprovedTotal(Money)
	 * @see org.tactician.model.TacticianPackage#getBudget_ApprovedTotal()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getApprovedTotal();

	/**
	 * Sets the value of the '{@link org.tactician.model.Budget#getApprovedTotal <em>Approved Total</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved Total</em>' attribute.
	 * @see #getApprovedTotal()
	 * @generated
	 */
	void setApprovedTotal(Money value);

	/**
	 * Returns the value of the '<em><b>Category Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.CategoryTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Spend targets by category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category Targets</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getBudget_CategoryTargets()
	 * @model containment="true"
	 * @generated
	 */
	EList<CategoryTarget> getCategoryTargets();

} // Budget
