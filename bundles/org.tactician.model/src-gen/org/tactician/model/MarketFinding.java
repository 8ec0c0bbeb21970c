/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Market Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One market-review finding: a change in customer behaviour, competitor activity or intermediaries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MarketFinding#getArea <em>Area</em>}</li>
 *   <li>{@link org.tactician.model.MarketFinding#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMarketFinding()
 * @model
 * @generated
 */
public interface MarketFinding extends ExternalFactor {
	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MarketReviewArea}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Area of the finding. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see org.tactician.model.MarketReviewArea
	 * @see #isSetArea()
	 * @see #unsetArea()
	 * @see #setArea(MarketReviewArea)
	 * @see org.tactician.model.TacticianPackage#getMarketFinding_Area()
	 * @model unsettable="true"
	 * @generated
	 */
	MarketReviewArea getArea();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketFinding#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see org.tactician.model.MarketReviewArea
	 * @see #isSetArea()
	 * @see #unsetArea()
	 * @see #getArea()
	 * @generated
	 */
	void setArea(MarketReviewArea value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.MarketFinding#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetArea()
	 * @see #getArea()
	 * @see #setArea(MarketReviewArea)
	 * @generated
	 */
	void unsetArea();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.MarketFinding#getArea <em>Area</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Area</em>' attribute is set.
	 * @see #unsetArea()
	 * @see #getArea()
	 * @see #setArea(MarketReviewArea)
	 * @generated
	 */
	boolean isSetArea();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the evidence comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.tactician.model.TacticianPackage#getMarketFinding_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketFinding#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // MarketFinding
