/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A strength or weakness (internal) or an opportunity or threat (external).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.SwotItem#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.SwotItem#getImportance <em>Importance</em>}</li>
 *   <li>{@link org.tactician.model.SwotItem#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.tactician.model.SwotItem#getStrategies <em>Strategies</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getSwotItem()
 * @model
 * @generated
 */
public interface SwotItem extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.SwotCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strength, weakness, opportunity or threat. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.SwotCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #setCategory(SwotCategory)
	 * @see org.tactician.model.TacticianPackage#getSwotItem_Category()
	 * @model unsettable="true"
	 * @generated
	 */
	SwotCategory getCategory();

	/**
	 * Sets the value of the '{@link org.tactician.model.SwotItem#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.SwotCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(SwotCategory value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.SwotItem#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCategory()
	 * @see #getCategory()
	 * @see #setCategory(SwotCategory)
	 * @generated
	 */
	void unsetCategory();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.SwotItem#getCategory <em>Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Category</em>' attribute is set.
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @see #setCategory(SwotCategory)
	 * @generated
	 */
	boolean isSetCategory();

	/**
	 * Returns the value of the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Importance</em>' attribute.
	 * @see #setImportance(int)
	 * @see org.tactician.model.TacticianPackage#getSwotItem_Importance()
	 * @model
	 * @generated
	 */
	int getImportance();

	/**
	 * Sets the value of the '{@link org.tactician.model.SwotItem#getImportance <em>Importance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Importance</em>' attribute.
	 * @see #getImportance()
	 * @generated
	 */
	void setImportance(int value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.ExternalFactor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Market findings or PESTLE factors behind an opportunity or threat.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotItem_Evidence()
	 * @model
	 * @generated
	 */
	EList<ExternalFactor> getEvidence();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TOWS strategies that combine this item (derived, inverse of TowsStrategy.swotItems).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotItem_Strategies()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TowsStrategy> getStrategies();

} // SwotItem
