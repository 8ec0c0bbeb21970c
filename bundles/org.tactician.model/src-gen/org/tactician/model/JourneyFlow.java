/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Journey Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step from one touchpoint to the next (the name is its label); several flows from one touchpoint branch, a flow back loops.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.JourneyFlow#getSource <em>Source</em>}</li>
 *   <li>{@link org.tactician.model.JourneyFlow#getTarget <em>Target</em>}</li>
 *   <li>{@link org.tactician.model.JourneyFlow#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.tactician.model.JourneyFlow#getPersona <em>Persona</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getJourneyFlow()
 * @model
 * @generated
 */
public interface JourneyFlow extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Touchpoint)
	 * @see org.tactician.model.TacticianPackage#getJourneyFlow_Source()
	 * @model required="true"
	 * @generated
	 */
	Touchpoint getSource();

	/**
	 * Sets the value of the '{@link org.tactician.model.JourneyFlow#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Touchpoint)
	 * @see org.tactician.model.TacticianPackage#getJourneyFlow_Target()
	 * @model required="true"
	 * @generated
	 */
	Touchpoint getTarget();

	/**
	 * Sets the value of the '{@link org.tactician.model.JourneyFlow#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Touchpoint value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When this path is taken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.tactician.model.TacticianPackage#getJourneyFlow_Condition()
	 * @model
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.tactician.model.JourneyFlow#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persona</em>' reference.
	 * @see #setPersona(Persona)
	 * @see org.tactician.model.TacticianPackage#getJourneyFlow_Persona()
	 * @model
	 * @generated
	 */
	Persona getPersona();

	/**
	 * Sets the value of the '{@link org.tactician.model.JourneyFlow#getPersona <em>Persona</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persona</em>' reference.
	 * @see #getPersona()
	 * @generated
	 */
	void setPersona(Persona value);

} // JourneyFlow
