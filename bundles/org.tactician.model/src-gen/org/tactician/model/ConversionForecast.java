/**
 */
package org.tactician.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversion Forecast</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Conversion-based forecast: sessions x conversion rate x average order value = revenue, by channel, segment and month; after returns, cost of goods (gross margin) and fulfilment cost per order, minus the marketing cost of the budget = contribution. The margin figures here are the plan defaults; assumptions override them per channel or segment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ConversionForecast#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.tactician.model.ConversionForecast#getGrossMargin <em>Gross Margin</em>}</li>
 *   <li>{@link org.tactician.model.ConversionForecast#getReturnRate <em>Return Rate</em>}</li>
 *   <li>{@link org.tactician.model.ConversionForecast#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}</li>
 *   <li>{@link org.tactician.model.ConversionForecast#getAssumptions <em>Assumptions</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getConversionForecast()
 * @model
 * @generated
 */
public interface ConversionForecast extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.ForecastInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getConversionForecast_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<ForecastInput> getInputs();

	/**
	 * Returns the value of the '<em><b>Gross Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Gross margin in percent of net revenue (revenue after returns) that the plan assumes unless an assumption says otherwise; revenue minus cost of goods. Without one the forecast cannot compute contribution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gross Margin</em>' attribute.
	 * @see #setGrossMargin(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getConversionForecast_GrossMargin()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getGrossMargin();

	/**
	 * Sets the value of the '{@link org.tactician.model.ConversionForecast#getGrossMargin <em>Gross Margin</em>}' attribute.
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
	 * Share of revenue returned or refunded, in percent (plan default; 0 when unset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Return Rate</em>' attribute.
	 * @see #setReturnRate(BigDecimal)
	 * @see org.tactician.model.TacticianPackage#getConversionForecast_ReturnRate()
	 * @model dataType="org.tactician.model.Percentage"
	 * @generated
	 */
	BigDecimal getReturnRate();

	/**
	 * Sets the value of the '{@link org.tactician.model.ConversionForecast#getReturnRate <em>Return Rate</em>}' attribute.
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
	 * Variable cost of one order: delivery, packing, payment fees (plan default; 0 when unset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fulfilment Cost Per Order</em>' attribute.
	 * @see #setFulfilmentCostPerOrder(Money)
	 * @see org.tactician.model.TacticianPackage#getConversionForecast_FulfilmentCostPerOrder()
	 * @model dataType="org.tactician.model.Money"
	 * @generated
	 */
	Money getFulfilmentCostPerOrder();

	/**
	 * Sets the value of the '{@link org.tactician.model.ConversionForecast#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fulfilment Cost Per Order</em>' attribute.
	 * @see #getFulfilmentCostPerOrder()
	 * @generated
	 */
	void setFulfilmentCostPerOrder(Money value);

	/**
	 * Returns the value of the '<em><b>Assumptions</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.ProfitAssumption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Overrides of the margin figures for one channel, one segment or both.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assumptions</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getConversionForecast_Assumptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProfitAssumption> getAssumptions();

} // ConversionForecast
