/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loyalty Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * RFM (recency, frequency, monetary) structure for customer loyalty and the actions per RFM segment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.LoyaltyPlan#getRfmSegments <em>Rfm Segments</em>}</li>
 *   <li>{@link org.tactician.model.LoyaltyPlan#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getLoyaltyPlan()
 * @model
 * @generated
 */
public interface LoyaltyPlan extends Calendar {
	/**
	 * Returns the value of the '<em><b>Rfm Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.RfmSegment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rfm Segments</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getLoyaltyPlan_RfmSegments()
	 * @model containment="true"
	 * @generated
	 */
	EList<RfmSegment> getRfmSegments();

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.LoyaltyEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getLoyaltyPlan_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<LoyaltyEntry> getEntries();

} // LoyaltyPlan
