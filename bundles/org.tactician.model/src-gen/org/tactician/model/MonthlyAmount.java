/**
 */
package org.tactician.model;

import java.time.YearMonth;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Monthly Amount</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An amount in one month.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MonthlyAmount#getMonth <em>Month</em>}</li>
 *   <li>{@link org.tactician.model.MonthlyAmount#getAmount <em>Amount</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMonthlyAmount()
 * @model
 * @generated
 */
public interface MonthlyAmount extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(YearMonth)
	 * @see org.tactician.model.TacticianPackage#getMonthlyAmount_Month()
	 * @model dataType="org.tactician.model.YearMonth"
	 * @generated
	 */
	YearMonth getMonth();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyAmount#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(YearMonth value);

	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(Money)
	 * @see org.tactician.model.TacticianPackage#getMonthlyAmount_Amount()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getAmount();

	/**
	 * Sets the value of the '{@link org.tactician.model.MonthlyAmount#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(Money value);

} // MonthlyAmount
