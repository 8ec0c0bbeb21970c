/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A marketing channel (search, social, email, marketplace, store...) on paid, owned or earned media.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Channel#getCategory <em>Category</em>}</li>
 *   <li>{@link org.tactician.model.Channel#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.Channel#getUrl <em>Url</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.ChannelCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.ChannelCategory
	 * @see #setCategory(ChannelCategory)
	 * @see org.tactician.model.TacticianPackage#getChannel_Category()
	 * @model
	 * @generated
	 */
	ChannelCategory getCategory();

	/**
	 * Sets the value of the '{@link org.tactician.model.Channel#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.tactician.model.ChannelCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ChannelCategory value);

	/**
	 * Returns the value of the '<em><b>Media Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.MediaType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Usual media type of the channel; touchpoints may say otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #setMediaType(MediaType)
	 * @see org.tactician.model.TacticianPackage#getChannel_MediaType()
	 * @model
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tactician.model.Channel#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media Type</em>' attribute.
	 * @see org.tactician.model.MediaType
	 * @see #getMediaType()
	 * @generated
	 */
	void setMediaType(MediaType value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Landing page, profile or account address, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.tactician.model.TacticianPackage#getChannel_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.tactician.model.Channel#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

} // Channel
