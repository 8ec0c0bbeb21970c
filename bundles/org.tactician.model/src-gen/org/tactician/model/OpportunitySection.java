/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Opportunity Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * OPPORTUNITY: performance review, market review, PESTLE, SWOT/TOWS, SMART objectives and the conversion forecast.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.OpportunitySection#getPerformanceReview <em>Performance Review</em>}</li>
 *   <li>{@link org.tactician.model.OpportunitySection#getMarketReview <em>Market Review</em>}</li>
 *   <li>{@link org.tactician.model.OpportunitySection#getPestle <em>Pestle</em>}</li>
 *   <li>{@link org.tactician.model.OpportunitySection#getSwot <em>Swot</em>}</li>
 *   <li>{@link org.tactician.model.OpportunitySection#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.tactician.model.OpportunitySection#getForecast <em>Forecast</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getOpportunitySection()
 * @model
 * @generated
 */
public interface OpportunitySection extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Performance Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Performance Review</em>' containment reference.
	 * @see #setPerformanceReview(PerformanceReview)
	 * @see org.tactician.model.TacticianPackage#getOpportunitySection_PerformanceReview()
	 * @model containment="true"
	 * @generated
	 */
	PerformanceReview getPerformanceReview();

	/**
	 * Sets the value of the '{@link org.tactician.model.OpportunitySection#getPerformanceReview <em>Performance Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Performance Review</em>' containment reference.
	 * @see #getPerformanceReview()
	 * @generated
	 */
	void setPerformanceReview(PerformanceReview value);

	/**
	 * Returns the value of the '<em><b>Market Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Market Review</em>' containment reference.
	 * @see #setMarketReview(MarketReview)
	 * @see org.tactician.model.TacticianPackage#getOpportunitySection_MarketReview()
	 * @model containment="true"
	 * @generated
	 */
	MarketReview getMarketReview();

	/**
	 * Sets the value of the '{@link org.tactician.model.OpportunitySection#getMarketReview <em>Market Review</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Market Review</em>' containment reference.
	 * @see #getMarketReview()
	 * @generated
	 */
	void setMarketReview(MarketReview value);

	/**
	 * Returns the value of the '<em><b>Pestle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pestle</em>' containment reference.
	 * @see #setPestle(PestleAnalysis)
	 * @see org.tactician.model.TacticianPackage#getOpportunitySection_Pestle()
	 * @model containment="true"
	 * @generated
	 */
	PestleAnalysis getPestle();

	/**
	 * Sets the value of the '{@link org.tactician.model.OpportunitySection#getPestle <em>Pestle</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pestle</em>' containment reference.
	 * @see #getPestle()
	 * @generated
	 */
	void setPestle(PestleAnalysis value);

	/**
	 * Returns the value of the '<em><b>Swot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Swot</em>' containment reference.
	 * @see #setSwot(SwotAnalysis)
	 * @see org.tactician.model.TacticianPackage#getOpportunitySection_Swot()
	 * @model containment="true"
	 * @generated
	 */
	SwotAnalysis getSwot();

	/**
	 * Sets the value of the '{@link org.tactician.model.OpportunitySection#getSwot <em>Swot</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swot</em>' containment reference.
	 * @see #getSwot()
	 * @generated
	 */
	void setSwot(SwotAnalysis value);

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.SmartObjective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getOpportunitySection_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<SmartObjective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Forecast</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Forecast</em>' containment reference.
	 * @see #setForecast(ConversionForecast)
	 * @see org.tactician.model.TacticianPackage#getOpportunitySection_Forecast()
	 * @model containment="true"
	 * @generated
	 */
	ConversionForecast getForecast();

	/**
	 * Sets the value of the '{@link org.tactician.model.OpportunitySection#getForecast <em>Forecast</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Forecast</em>' containment reference.
	 * @see #getForecast()
	 * @generated
	 */
	void setForecast(ConversionForecast value);

} // OpportunitySection
