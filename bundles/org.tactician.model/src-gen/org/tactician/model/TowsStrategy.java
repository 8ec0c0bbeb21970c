/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Tows Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A TOWS strategy cell entry: SO, WO, ST or WT, combining at least one internal and one external SWOT item.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.TowsStrategy#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.TowsStrategy#getSwotItems <em>Swot Items</em>}</li>
 *   <li>{@link org.tactician.model.TowsStrategy#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.TowsStrategy#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getTowsStrategy()
 * @model
 * @generated
 */
public interface TowsStrategy extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.TowsCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * TOWS cell: SO, WO, ST or WT. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.TowsCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #setCategory(TowsCategory)
	 * @see org.tactician.model.TacticianPackage#getTowsStrategy_Category()
	 * @model unsettable="true"
	 * @generated
	 */
	TowsCategory getCategory();

	/**
	 * Sets the value of the '{@link org.tactician.model.TowsStrategy#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.TowsCategory
	 * @see #isSetCategory()
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(TowsCategory value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.TowsStrategy#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCategory()
	 * @see #getCategory()
	 * @see #setCategory(TowsCategory)
	 * @generated
	 */
	void unsetCategory();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.TowsStrategy#getCategory <em>Category</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Category</em>' attribute is set.
	 * @see #unsetCategory()
	 * @see #getCategory()
	 * @see #setCategory(TowsCategory)
	 * @generated
	 */
	boolean isSetCategory();

	/**
	 * Returns the value of the '<em><b>Swot Items</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SWOT items the strategy combines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swot Items</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTowsStrategy_SwotItems()
	 * @model
	 * @generated
	 */
	EList<SwotItem> getSwotItems();

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.tactician.model.TacticianPackage#getTowsStrategy_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.tactician.model.TowsStrategy#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SmartObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SMART objectives that implement the strategy (derived, inverse of SmartObjective.strategy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objectives</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTowsStrategy_Objectives()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<SmartObjective> getObjectives();

} // TowsStrategy
