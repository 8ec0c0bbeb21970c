/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Issue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key issue summarised from the SWOT/TOWS analysis.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.KeyIssue#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.tactician.model.KeyIssue#getSwotItems <em>Swot Items</em>}</li>
 *   <li>{@link org.tactician.model.KeyIssue#getStrategies <em>Strategies</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getKeyIssue()
 * @model
 * @generated
 */
public interface KeyIssue extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.tactician.model.TacticianPackage#getKeyIssue_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.tactician.model.KeyIssue#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Swot Items</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swot Items</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getKeyIssue_SwotItems()
	 * @model
	 * @generated
	 */
	EList<SwotItem> getSwotItems();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategies</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getKeyIssue_Strategies()
	 * @model
	 * @generated
	 */
	EList<TowsStrategy> getStrategies();

} // KeyIssue
