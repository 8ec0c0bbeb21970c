/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Key Message</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key message of a campaign (name: the message; description: supporting copy).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.KeyMessage#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getKeyMessage()
 * @model
 * @generated
 */
public interface KeyMessage extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getKeyMessage_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

} // KeyMessage
