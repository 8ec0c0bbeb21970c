/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Persona</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A customer persona.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Persona#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.Persona#getProfile <em>Profile</em>}</li>
 *   <li>{@link org.tactician.model.Persona#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.tactician.model.Persona#getPainPoints <em>Pain Points</em>}</li>
 *   <li>{@link org.tactician.model.Persona#getPreferredChannels <em>Preferred Channels</em>}</li>
 *   <li>{@link org.tactician.model.Persona#getTouchpoints <em>Touchpoints</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getPersona()
 * @model
 * @generated
 */
public interface Persona extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getPersona_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profile</em>' attribute.
	 * @see #setProfile(String)
	 * @see org.tactician.model.TacticianPackage#getPersona_Profile()
	 * @model
	 * @generated
	 */
	String getProfile();

	/**
	 * Sets the value of the '{@link org.tactician.model.Persona#getProfile <em>Profile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Profile</em>' attribute.
	 * @see #getProfile()
	 * @generated
	 */
	void setProfile(String value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goals</em>' attribute.
	 * @see #setGoals(String)
	 * @see org.tactician.model.TacticianPackage#getPersona_Goals()
	 * @model
	 * @generated
	 */
	String getGoals();

	/**
	 * Sets the value of the '{@link org.tactician.model.Persona#getGoals <em>Goals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goals</em>' attribute.
	 * @see #getGoals()
	 * @generated
	 */
	void setGoals(String value);

	/**
	 * Returns the value of the '<em><b>Pain Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pain Points</em>' attribute.
	 * @see #setPainPoints(String)
	 * @see org.tactician.model.TacticianPackage#getPersona_PainPoints()
	 * @model
	 * @generated
	 */
	String getPainPoints();

	/**
	 * Sets the value of the '{@link org.tactician.model.Persona#getPainPoints <em>Pain Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pain Points</em>' attribute.
	 * @see #getPainPoints()
	 * @generated
	 */
	void setPainPoints(String value);

	/**
	 * Returns the value of the '<em><b>Preferred Channels</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Channels</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getPersona_PreferredChannels()
	 * @model
	 * @generated
	 */
	EList<Channel> getPreferredChannels();

	/**
	 * Returns the value of the '<em><b>Touchpoints</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Touchpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Journey touchpoints that reach the persona (derived, inverse of Touchpoint.personas).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Touchpoints</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getPersona_Touchpoints()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<Touchpoint> getTouchpoints();

} // Persona
