/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Category Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The most the plan may spend on one budget category in the plan period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.CategoryTarget#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.CategoryTarget#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCategoryTarget()
 * @model
 * @generated
 */
public interface CategoryTarget extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.BudgetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The category. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.BudgetCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #setCategory(BudgetCategory)
	 * @see org.tactician.model.TacticianPackage#getCategoryTarget_Category()
	 * @model unsettable="true"
	 * @generated
	 */
	BudgetCategory getCategory();

	/**
	 * Sets the value of the '{@link org.tactician.model.CategoryTarget#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.BudgetCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BudgetCategory value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.CategoryTarget#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCategory()
	 * @see #getCategory()
	 * @see #setCategory(BudgetCategory)
	 * @generated
	 */
	void unsetCategory();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.CategoryTarget#getCategory <em>Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Category</em>' attribute is set.
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @see #setCategory(BudgetCategory)
	 * @generated
	 */
	boolean isSetCategory();

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target amount.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(Money)
	 * @see org.tactician.model.TacticianPackage#getCategoryTarget_Amount()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getAmount();

	/**
	 * Sets the value of the '{@link org.tactician.model.CategoryTarget#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(Money value);

} // CategoryTarget
