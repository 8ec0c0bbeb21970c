/**
 */
package org.tactician.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Booking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that is paid from a budget line and may book a share of it: an activity, a calendar entry, a media placement, a MarTech tool. The line is the one source of the money; a booking never copies it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.BudgetBooking#getBudgetLine <em>Budget Line</em>}</li>
 *   <li>{@link org.tactician.model.BudgetBooking#getBookedAmount <em>Booked Amount</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getBudgetBooking()
 * @model interface="true" abstract="true"
 * @generated
 */
public interface BudgetBooking extends EObject {
	/**
	 * Returns the value of the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The budget line that pays for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget Line</em>' reference.
	 * @see #setBudgetLine(BudgetLine)
	 * @see org.tactician.model.TacticianPackage#getBudgetBooking_BudgetLine()
	 * @model
	 * @generated
	 */
	BudgetLine getBudgetLine();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetBooking#getBudgetLine <em>Budget Line</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Line</em>' reference.
	 * @see #getBudgetLine()
	 * @generated
	 */
	void setBudgetLine(BudgetLine value);

	/**
	 * Returns the value of the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the line this element books; unset when it books no amount of its own (it is only paid from the line).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Booked Amount</em>' attribute.
	 * @see #setBookedAmount(Money)
	 * @see org.tactician.model.TacticianPackage#getBudgetBooking_BookedAmount()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getBookedAmount();

	/**
	 * Sets the value of the '{@link org.tactician.model.BudgetBooking#getBookedAmount <em>Booked Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booked Amount</em>' attribute.
	 * @see #getBookedAmount()
	 * @generated
	 */
	void setBookedAmount(Money value);

} // BudgetBooking
