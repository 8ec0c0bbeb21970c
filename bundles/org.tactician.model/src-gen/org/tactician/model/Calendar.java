/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A calendar of planned activity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Calendar#getAllEntries <em>All Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getCalendar()
 * @model abstract="true"
 * @generated
 */
public interface Calendar extends NamedElement {
	/**
	 * Returns the value of the '<em><b>All Entries</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CalendarEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every entry of the calendar, whatever its kind (derived: the entries list of the concrete calendar).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>All Entries</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getCalendar_AllEntries()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CalendarEntry> getAllEntries();

} // Calendar
