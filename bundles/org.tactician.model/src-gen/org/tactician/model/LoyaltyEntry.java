/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Loyalty Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A loyalty action for one RFM segment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.LoyaltyEntry#getRfmSegment <em>Rfm Segment</em>}</li>
 *   <li>{@link org.tactician.model.LoyaltyEntry#getOffer <em>Offer</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getLoyaltyEntry()
 * @model
 * @generated
 */
public interface LoyaltyEntry extends CalendarEntry {
	/**
	 * Returns the value of the '<em><b>Rfm Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rfm Segment</em>' reference.
	 * @see #setRfmSegment(RfmSegment)
	 * @see org.tactician.model.TacticianPackage#getLoyaltyEntry_RfmSegment()
	 * @model
	 * @generated
	 */
	RfmSegment getRfmSegment();

	/**
	 * Sets the value of the '{@link org.tactician.model.LoyaltyEntry#getRfmSegment <em>Rfm Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rfm Segment</em>' reference.
	 * @see #getRfmSegment()
	 * @generated
	 */
	void setRfmSegment(RfmSegment value);

	/**
	 * Returns the value of the '<em><b>Offer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Offer</em>' attribute.
	 * @see #setOffer(String)
	 * @see org.tactician.model.TacticianPackage#getLoyaltyEntry_Offer()
	 * @model
	 * @generated
	 */
	String getOffer();

	/**
	 * Sets the value of the '{@link org.tactician.model.LoyaltyEntry#getOffer <em>Offer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Offer</em>' attribute.
	 * @see #getOffer()
	 * @generated
	 */
	void setOffer(String value);

} // LoyaltyEntry
