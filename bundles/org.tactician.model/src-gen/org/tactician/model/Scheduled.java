/**
 */
package org.tactician.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scheduled</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A date or a date range: an unset end means a single day (or an open range where that makes sense).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.Scheduled#getStart <em>Start</em>}</li>
 *   <li>{@link org.tactician.model.Scheduled#getEnd <em>End</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getScheduled()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface Scheduled extends EObject {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.tactician.model.TacticianPackage#getScheduled_Start()
	 * @model dataType="org.tactician.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.tactician.model.Scheduled#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last day (inclusive); unset for a single date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(LocalDate)
	 * @see org.tactician.model.TacticianPackage#getScheduled_End()
	 * @model dataType="org.tactician.model.LocalDate"
	 * @generated
	 */
	LocalDate getEnd();

	/**
	 * Sets the value of the '{@link org.tactician.model.Scheduled#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(LocalDate value);

} // Scheduled
