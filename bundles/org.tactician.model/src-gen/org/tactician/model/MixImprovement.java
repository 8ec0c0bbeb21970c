/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mix Improvement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A planned improvement of one element of the modern marketing mix (7Ps).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MixImprovement#getElement <em>Element</em>}</li>
 *   <li>{@link org.tactician.model.MixImprovement#getCurrentSituation <em>Current Situation</em>}</li>
 *   <li>{@link org.tactician.model.MixImprovement#getPriority <em>Priority</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMixImprovement()
 * @model
 * @generated
 */
public interface MixImprovement extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MarketingMixElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which of the 7Ps it improves. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' attribute.
	 * @see org.tactician.model.MarketingMixElement
	 * @see #isSetElement()
	 * @see #unsetElement()
	 * @see #setElement(MarketingMixElement)
	 * @see org.tactician.model.TacticianPackage#getMixImprovement_Element()
	 * @model unsettable="true"
	 * @generated
	 */
	MarketingMixElement getElement();

	/**
	 * Sets the value of the '{@link org.tactician.model.MixImprovement#getElement <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element</em>' attribute.
	 * @see org.tactician.model.MarketingMixElement
	 * @see #isSetElement()
	 * @see #unsetElement()
	 * @see #getElement()
	 * @generated
	 */
	void setElement(MarketingMixElement value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.MixImprovement#getElement <em>Element</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetElement()
	 * @see #getElement()
	 * @see #setElement(MarketingMixElement)
	 * @generated
	 */
	void unsetElement();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.MixImprovement#getElement <em>Element</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Element</em>' attribute is set.
	 * @see #unsetElement()
	 * @see #getElement()
	 * @see #setElement(MarketingMixElement)
	 * @generated
	 */
	boolean isSetElement();

	/**
	 * Returns the value of the '<em><b>Current Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Current Situation</em>' attribute.
	 * @see #setCurrentSituation(String)
	 * @see org.tactician.model.TacticianPackage#getMixImprovement_CurrentSituation()
	 * @model
	 * @generated
	 */
	String getCurrentSituation();

	/**
	 * Sets the value of the '{@link org.tactician.model.MixImprovement#getCurrentSituation <em>Current Situation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current Situation</em>' attribute.
	 * @see #getCurrentSituation()
	 * @generated
	 */
	void setCurrentSituation(String value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Score from 1 (low) to 5 (high).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see org.tactician.model.TacticianPackage#getMixImprovement_Priority()
	 * @model
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link org.tactician.model.MixImprovement#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

} // MixImprovement
