/**
 */
package org.tactician.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Profit Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Margin figures for one channel, one segment or one channel and segment, overriding the plan defaults of the conversion forecast; a figure left unset is inherited.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ProfitAssumption#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.tactician.model.ProfitAssumption#getSegment <em>Segment</em>}</li>
 *   <li>{@link org.tactician.model.ProfitAssumption#getGrossMargin <em>Gross Margin</em>}</li>
 *   <li>{@link org.tactician.model.ProfitAssumption#getReturnRate <em>Return Rate</em>}</li>
 *   <li>{@link org.tactician.model.ProfitAssumption#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}</li>
 *   <li>{@link org.tactician.model.ProfitAssumption#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getProfitAssumption()
 * @model
 * @generated
 */
public interface ProfitAssumption extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The channel it applies to (unset: any channel).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' reference.
	 * @see #setChannel(Channel)
	 * @see org.tactician.model.TacticianPackage#getProfitAssumption_Channel()
	 * @model
	 * @generated
	 */
	Channel getChannel();

	/**
	 * Sets the value of the '{@link org.tactician.model.ProfitAssumption#getChannel <em>Channel</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' reference.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(Channel value);

	/**
	 * Returns the value of the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The segment it applies to (unset: any segment); sub-segments inherit it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Segment</em>' reference.
	 * @see #setSegment(Segment)
	 * @see org.tactician.model.TacticianPackage#getProfitAssumption_Segment()
	 * @model
	 * @generated
	 */
	Segment getSegment();

	/**
	 * Sets the value of the '{@link org.tactician.model.ProfitAssumption#getSegment <em>Segment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segment</em>' reference.
	 * @see #getSegment()
	 * @generated
	 */
	void setSegment(Segment value);

	/**
	 * Returns the value of the '<em><b>Gross Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gross margin in percent of net revenue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gross Margin</em>' attribute.
	 * @see #setGrossMargin(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getProfitAssumption_GrossMargin()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getGrossMargin();

	/**
	 * Sets the value of the '{@link org.tactician.model.ProfitAssumption#getGrossMargin <em>Gross Margin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gross Margin</em>' attribute.
	 * @see #getGrossMargin()
	 * @generated
	 */
	void setGrossMargin(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Return Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Share of revenue returned, in percent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Return Rate</em>' attribute.
	 * @see #setReturnRate(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getProfitAssumption_ReturnRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getReturnRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.ProfitAssumption#getReturnRate <em>Return Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Return Rate</em>' attribute.
	 * @see #getReturnRate()
	 * @generated
	 */
	void setReturnRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Fulfilment Cost Per Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Variable cost of one order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fulfilment Cost Per Order</em>' attribute.
	 * @see #setFulfilmentCostPerOrder(Money)
	 * @see org.tactician.model.TacticianPackage#getProfitAssumption_FulfilmentCostPerOrder()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getFulfilmentCostPerOrder();

	/**
	 * Sets the value of the '{@link org.tactician.model.ProfitAssumption#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fulfilment Cost Per Order</em>' attribute.
	 * @see #getFulfilmentCostPerOrder()
	 * @generated
	 */
	void setFulfilmentCostPerOrder(Money value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why these figures differ from the plan's: the source or the reasoning, for whoever checks the numbers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.tactician.model.TacticianPackage#getProfitAssumption_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.tactician.model.ProfitAssumption#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // ProfitAssumption
