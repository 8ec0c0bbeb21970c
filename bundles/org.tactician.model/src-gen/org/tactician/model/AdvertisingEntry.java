/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Advertising Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A flight of advertising.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AdvertisingEntry#getMediaType <em>Media Type</em>}</li>
 *   <li>{@link org.tactician.model.AdvertisingEntry#getContent <em>Content</em>}</li>
 *   <li>{@link org.tactician.model.AdvertisingEntry#getTargeting <em>Targeting</em>}</li>
 *   <li>{@link org.tactician.model.AdvertisingEntry#getAbTests <em>Ab Tests</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAdvertisingEntry()
 * @model
 * @generated
 */
public interface AdvertisingEntry extends CalendarEntry {
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
	 * @see org.tactician.model.TacticianPackage#getAdvertisingEntry_MediaType()
	 * @model unsettable="true"
	 * @generated
	 */
	MediaType getMediaType();

	/**
	 * Sets the value of the '{@link org.tactician.model.AdvertisingEntry#getMediaType <em>Media Type</em>}' attribute.
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
	 * Unsets the value of the '{@link org.tactician.model.AdvertisingEntry#getMediaType <em>Media Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMediaType()
	 * @see #getMediaType()
	 * @see #setMediaType(MediaType)
	 * @generated
	 */
	void unsetMediaType();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.AdvertisingEntry#getMediaType <em>Media Type</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' reference.
	 * @see #setContent(ContentItem)
	 * @see org.tactician.model.TacticianPackage#getAdvertisingEntry_Content()
	 * @model
	 * @generated
	 */
	ContentItem getContent();

	/**
	 * Sets the value of the '{@link org.tactician.model.AdvertisingEntry#getContent <em>Content</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' reference.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(ContentItem value);

	/**
	 * Returns the value of the '<em><b>Targeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targeting</em>' attribute.
	 * @see #setTargeting(String)
	 * @see org.tactician.model.TacticianPackage#getAdvertisingEntry_Targeting()
	 * @model
	 * @generated
	 */
	String getTargeting();

	/**
	 * Sets the value of the '{@link org.tactician.model.AdvertisingEntry#getTargeting <em>Targeting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Targeting</em>' attribute.
	 * @see #getTargeting()
	 * @generated
	 */
	void setTargeting(String value);

	/**
	 * Returns the value of the '<em><b>Ab Tests</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.AbTest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ab Tests</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getAdvertisingEntry_AbTests()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbTest> getAbTests();

} // AdvertisingEntry
