/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Advertising Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Advertising campaign calendar: how much, where, on which channels, for which content, with planned A/B tests.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.AdvertisingCalendar#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getAdvertisingCalendar()
 * @model
 * @generated
 */
public interface AdvertisingCalendar extends Calendar {
	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.AdvertisingEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getAdvertisingCalendar_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdvertisingEntry> getEntries();

} // AdvertisingCalendar
