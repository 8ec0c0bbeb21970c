/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Market Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Changes in customers, competitors and intermediaries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MarketReview#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMarketReview()
 * @model
 * @generated
 */
public interface MarketReview extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.MarketFinding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getMarketReview_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<MarketFinding> getFindings();

} // MarketReview
