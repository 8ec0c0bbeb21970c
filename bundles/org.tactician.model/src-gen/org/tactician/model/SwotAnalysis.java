/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The TOWS matrix: the four SWOT lists, the four strategy cells and the key issues summarised from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.SwotAnalysis#getItems <em>Items</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getKeyIssues <em>Key Issues</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getSwotAnalysis()
 * @model
 * @generated
 */
public interface SwotAnalysis extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strengths, weaknesses, opportunities and threats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwotItem> getItems();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SO, WO, ST and WT strategies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<TowsStrategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Key Issues</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.KeyIssue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Issues</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_KeyIssues()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyIssue> getKeyIssues();

} // SwotAnalysis
