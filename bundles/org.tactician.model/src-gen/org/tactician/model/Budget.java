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
 * Marketing budget and resource plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Budget#getLines <em>Lines</em>}</li>
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

} // Budget
