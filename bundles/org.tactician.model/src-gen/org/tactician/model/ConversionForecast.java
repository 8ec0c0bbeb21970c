/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversion Forecast</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Conversion-based forecast: sessions x conversion rate x average order value = revenue; minus cost = profitability, by month and channel.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.ConversionForecast#getInputs <em>Inputs</em>}</li>
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

} // ConversionForecast
