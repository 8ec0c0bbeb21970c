/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rfm Segment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cell of the RFM structure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.RfmSegment#getRecencyScore <em>Recency Score</em>}</li>
 *   <li>{@link org.tactician.model.RfmSegment#getFrequencyScore <em>Frequency Score</em>}</li>
 *   <li>{@link org.tactician.model.RfmSegment#getMonetaryScore <em>Monetary Score</em>}</li>
 *   <li>{@link org.tactician.model.RfmSegment#getSegment <em>Segment</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getRfmSegment()
 * @model
 * @generated
 */
public interface RfmSegment extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Recency Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recency Score</em>' attribute.
	 * @see #setRecencyScore(int)
	 * @see org.tactician.model.TacticianPackage#getRfmSegment_RecencyScore()
	 * @model
	 * @generated
	 */
	int getRecencyScore();

	/**
	 * Sets the value of the '{@link org.tactician.model.RfmSegment#getRecencyScore <em>Recency Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recency Score</em>' attribute.
	 * @see #getRecencyScore()
	 * @generated
	 */
	void setRecencyScore(int value);

	/**
	 * Returns the value of the '<em><b>Frequency Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Frequency Score</em>' attribute.
	 * @see #setFrequencyScore(int)
	 * @see org.tactician.model.TacticianPackage#getRfmSegment_FrequencyScore()
	 * @model
	 * @generated
	 */
	int getFrequencyScore();

	/**
	 * Sets the value of the '{@link org.tactician.model.RfmSegment#getFrequencyScore <em>Frequency Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency Score</em>' attribute.
	 * @see #getFrequencyScore()
	 * @generated
	 */
	void setFrequencyScore(int value);

	/**
	 * Returns the value of the '<em><b>Monetary Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Monetary Score</em>' attribute.
	 * @see #setMonetaryScore(int)
	 * @see org.tactician.model.TacticianPackage#getRfmSegment_MonetaryScore()
	 * @model
	 * @generated
	 */
	int getMonetaryScore();

	/**
	 * Sets the value of the '{@link org.tactician.model.RfmSegment#getMonetaryScore <em>Monetary Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Monetary Score</em>' attribute.
	 * @see #getMonetaryScore()
	 * @generated
	 */
	void setMonetaryScore(int value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value-layer segment it corresponds to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.tactician.model.TacticianPackage#getRfmSegment_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.tactician.model.RfmSegment#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

} // RfmSegment
