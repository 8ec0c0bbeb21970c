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
 *   <li>{@link org.tactician.model.Touchpoint#getOutgoing <em>Outgoing</em>}</li>
 *   <li>{@link org.tactician.model.Touchpoint#getIncoming <em>Incoming</em>}</li>
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
	 * <!-- begin-model-doc -->
	 * Paid, owned or earned media. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #isSetMediaType()
	 * @see #unsetMediaType()
	 * @see #setMediaType(MediaType)
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_MediaType()
	 * @model unsettable="true"
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tactician.model.Touchpoint#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #isSetMediaType()
	 * @see #unsetMediaType()
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(MediaType value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.Touchpoint#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMediaType()
	 * @see #getMediaType()
	 * @see #setMediaType(MediaType)
	 * @generated
	 */
	void unsetMediaType();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.Touchpoint#getMediaType <em>Media Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Media Type</em>' attribute is set.
	 * @see #unsetMediaType()
	 * @see #getMediaType()
	 * @see #setMediaType(MediaType)
	 * @generated
	 */
	boolean isSetMediaType();

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

	/**
	 * Returns the value of the '<em><b>Outgoing</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.JourneyFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flows that leave this touchpoint (derived, inverse of JourneyFlow.source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outgoing</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Outgoing()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<JourneyFlow> getOutgoing();

	/**
	 * Returns the value of the '<em><b>Incoming</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.JourneyFlow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Flows that lead to this touchpoint (derived, inverse of JourneyFlow.target).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Incoming</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getTouchpoint_Incoming()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<JourneyFlow> getIncoming();

} // Touchpoint
