/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Journey</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer journey split into RACE stages; flows between touchpoints may branch and loop.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.CustomerJourney#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.CustomerJourney#getStages <em>Stages</em>}</li>
 *   <li>{@link org.tactician.model.CustomerJourney#getFlows <em>Flows</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCustomerJourney()
 * @model
 * @generated
 */
public interface CustomerJourney extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCustomerJourney_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Stages</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.JourneyStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stages</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCustomerJourney_Stages()
	 * @model containment="true"
	 * @generated
	 */
	EList<JourneyStage> getStages();

	/**
	 * Returns the value of the '<em><b>Flows</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.JourneyFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flows</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getCustomerJourney_Flows()
	 * @model containment="true"
	 * @generated
	 */
	EList<JourneyFlow> getFlows();

} // CustomerJourney
