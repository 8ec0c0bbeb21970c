/**
 */
package org.tactician.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Calendar</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A calendar of planned activity.
 * <!-- end-model-doc -->
 *
 *
 * @see org.tactician.model.TacticianPackage#getCalendar()
 * @model abstract="true"
 * @generated
 */
public interface Calendar extends NamedElement {
} // Calendar
