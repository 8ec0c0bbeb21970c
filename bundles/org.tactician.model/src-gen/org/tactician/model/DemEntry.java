/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dem Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A paid email send on an external database.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.DemEntry#getListProvider <em>List Provider</em>}</li>
 *   <li>{@link org.tactician.model.DemEntry#getAudienceSize <em>Audience Size</em>}</li>
 *   <li>{@link org.tactician.model.DemEntry#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.DemEntry#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getDemEntry()
 * @model
 * @generated
 */
public interface DemEntry extends CalendarEntry {
	/**
	 * Returns the value of the '<em><b>List Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owner of the external database.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>List Provider</em>' attribute.
	 * @see #setListProvider(String)
	 * @see org.tactician.model.TacticianPackage#getDemEntry_ListProvider()
	 * @model
	 * @generated
	 */
	String getListProvider();

	/**
	 * Sets the value of the '{@link org.tactician.model.DemEntry#getListProvider <em>List Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List Provider</em>' attribute.
	 * @see #getListProvider()
	 * @generated
	 */
	void setListProvider(String value);

	/**
	 * Returns the value of the '<em><b>Audience Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience Size</em>' attribute.
	 * @see #setAudienceSize(long)
	 * @see org.tactician.model.TacticianPackage#getDemEntry_AudienceSize()
	 * @model
	 * @generated
	 */
	long getAudienceSize();

	/**
	 * Sets the value of the '{@link org.tactician.model.DemEntry#getAudienceSize <em>Audience Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience Size</em>' attribute.
	 * @see #getAudienceSize()
	 * @generated
	 */
	void setAudienceSize(long value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.tactician.model.TacticianPackage#getDemEntry_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.tactician.model.DemEntry#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' reference.
	 * @see #setContent(ContentItem)
	 * @see org.tactician.model.TacticianPackage#getDemEntry_Content()
	 * @model
	 * @generated
	 */
	ContentItem getContent();

	/**
	 * Sets the value of the '{@link org.tactician.model.DemEntry#getContent <em>Content</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' reference.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(ContentItem value);

} // DemEntry
