/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Proposition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Brand value proposition.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ValueProposition#getElevatorPitch <em>Elevator Pitch</em>}</li>
 *   <li>{@link org.tactician.model.ValueProposition#getDigitalValueProposition <em>Digital Value Proposition</em>}</li>
 *   <li>{@link org.tactician.model.ValueProposition#getBrandIdentity <em>Brand Identity</em>}</li>
 *   <li>{@link org.tactician.model.ValueProposition#getToneOfVoice <em>Tone Of Voice</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getValueProposition()
 * @model
 * @generated
 */
public interface ValueProposition extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Elevator Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Elevator Pitch</em>' attribute.
	 * @see #setElevatorPitch(String)
	 * @see org.tactician.model.TacticianPackage#getValueProposition_ElevatorPitch()
	 * @model
	 * @generated
	 */
	String getElevatorPitch();

	/**
	 * Sets the value of the '{@link org.tactician.model.ValueProposition#getElevatorPitch <em>Elevator Pitch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elevator Pitch</em>' attribute.
	 * @see #getElevatorPitch()
	 * @generated
	 */
	void setElevatorPitch(String value);

	/**
	 * Returns the value of the '<em><b>Digital Value Proposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why people will buy from you online.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Digital Value Proposition</em>' attribute.
	 * @see #setDigitalValueProposition(String)
	 * @see org.tactician.model.TacticianPackage#getValueProposition_DigitalValueProposition()
	 * @model
	 * @generated
	 */
	String getDigitalValueProposition();

	/**
	 * Sets the value of the '{@link org.tactician.model.ValueProposition#getDigitalValueProposition <em>Digital Value Proposition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Digital Value Proposition</em>' attribute.
	 * @see #getDigitalValueProposition()
	 * @generated
	 */
	void setDigitalValueProposition(String value);

	/**
	 * Returns the value of the '<em><b>Brand Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brand Identity</em>' attribute.
	 * @see #setBrandIdentity(String)
	 * @see org.tactician.model.TacticianPackage#getValueProposition_BrandIdentity()
	 * @model
	 * @generated
	 */
	String getBrandIdentity();

	/**
	 * Sets the value of the '{@link org.tactician.model.ValueProposition#getBrandIdentity <em>Brand Identity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand Identity</em>' attribute.
	 * @see #getBrandIdentity()
	 * @generated
	 */
	void setBrandIdentity(String value);

	/**
	 * Returns the value of the '<em><b>Tone Of Voice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tone Of Voice</em>' attribute.
	 * @see #setToneOfVoice(String)
	 * @see org.tactician.model.TacticianPackage#getValueProposition_ToneOfVoice()
	 * @model
	 * @generated
	 */
	String getToneOfVoice();

	/**
	 * Sets the value of the '{@link org.tactician.model.ValueProposition#getToneOfVoice <em>Tone Of Voice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tone Of Voice</em>' attribute.
	 * @see #getToneOfVoice()
	 * @generated
	 */
	void setToneOfVoice(String value);

} // ValueProposition
