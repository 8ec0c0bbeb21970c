/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Editorial Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A piece of organic content to publish.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.EditorialEntry#getContent <em>Content</em>}</li>
 *   <li>{@link org.tactician.model.EditorialEntry#getFormat <em>Format</em>}</li>
 *   <li>{@link org.tactician.model.EditorialEntry#getOutlet <em>Outlet</em>}</li>
 *   <li>{@link org.tactician.model.EditorialEntry#getPersonas <em>Personas</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getEditorialEntry()
 * @model
 * @generated
 */
public interface EditorialEntry extends CalendarEntry {
	/**
	 * Returns the value of the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content</em>' reference.
	 * @see #setContent(ContentItem)
	 * @see org.tactician.model.TacticianPackage#getEditorialEntry_Content()
	 * @model
	 * @generated
	 */
	ContentItem getContent();

	/**
	 * Sets the value of the '{@link org.tactician.model.EditorialEntry#getContent <em>Content</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' reference.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(ContentItem value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * The literals are from the enumeration {@link org.tactician.model.ContentFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Format of the piece. Unset means not classified yet (validation reports it).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see org.tactician.model.ContentFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #setFormat(ContentFormat)
	 * @see org.tactician.model.TacticianPackage#getEditorialEntry_Format()
	 * @model unsettable="true"
	 * @generated
	 */
	ContentFormat getFormat();

	/**
	 * Sets the value of the '{@link org.tactician.model.EditorialEntry#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see org.tactician.model.ContentFormat
	 * @see #isSetFormat()
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(ContentFormat value);

	/**
	 * Unsets the value of the '{@link org.tactician.model.EditorialEntry#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFormat()
	 * @see #getFormat()
	 * @see #setFormat(ContentFormat)
	 * @generated
	 */
	void unsetFormat();

	/**
	 * Returns whether the value of the '{@link org.tactician.model.EditorialEntry#getFormat <em>Format</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Format</em>' attribute is set.
	 * @see #unsetFormat()
	 * @see #getFormat()
	 * @see #setFormat(ContentFormat)
	 * @generated
	 */
	boolean isSetFormat();

	/**
	 * Returns the value of the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where it is published (own blog, a social page, an external portal).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outlet</em>' attribute.
	 * @see #setOutlet(String)
	 * @see org.tactician.model.TacticianPackage#getEditorialEntry_Outlet()
	 * @model
	 * @generated
	 */
	String getOutlet();

	/**
	 * Sets the value of the '{@link org.tactician.model.EditorialEntry#getOutlet <em>Outlet</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outlet</em>' attribute.
	 * @see #getOutlet()
	 * @generated
	 */
	void setOutlet(String value);

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getEditorialEntry_Personas()
	 * @model
	 * @generated
	 */
	EList<Persona> getPersonas();

} // EditorialEntry
