/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Touchpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point of contact on paid, owned or earned media, on a channel, with the content or activity there and the personas it serves.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Touchpoint#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getContent <em>Content</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getPurchase <em>Purchase</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getTouchpoint()
 * @model
 * @generated
 */
public interface Touchpoint extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MediaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #setMediaType(MediaType)
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_MediaType()
	 * @model
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tactician.model.Touchpoint#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(MediaType value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.Touchpoint#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Segments()
	 * @model
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Content</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.ContentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Content()
	 * @model
	 * @generated
	 */
	EList<ContentItem> getContent();

	/**
	 * Returns the value of the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activity</em>' reference.
	 * @see #setActivity(Activity)
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Activity()
	 * @model
	 * @generated
	 */
	Activity getActivity();

	/**
	 * Sets the value of the '{@link org.tactician.model.Touchpoint#getActivity <em>Activity</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' reference.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(Activity value);

	/**
	 * Returns the value of the '<em><b>Purchase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.PurchaseMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a purchase happens here, online or offline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Purchase</em>' attribute.
	 * @see org.tactician.model.PurchaseMode
	 * @see #setPurchase(PurchaseMode)
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Purchase()
	 * @model
	 * @generated
	 */
	PurchaseMode getPurchase();

	/**
	 * Sets the value of the '{@link org.tactician.model.Touchpoint#getPurchase <em>Purchase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purchase</em>' attribute.
	 * @see org.tactician.model.PurchaseMode
	 * @see #getPurchase()
	 * @generated
	 */
	void setPurchase(PurchaseMode value);

} // Touchpoint
