/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Editorial Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Editorial calendar of organic content: social posts, blog articles, interviews on external portals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.EditorialCalendar#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getEditorialCalendar()
 * @model
 * @generated
 */
public interface EditorialCalendar extends Calendar {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.EditorialEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getEditorialCalendar_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<EditorialEntry> getEntries();

} // EditorialCalendar
