/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * STRATEGY: value proposition, segmentation and targeting, 7Ps, RACE communications strategy, Business Model Canvas.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.StrategySection#getValueProposition <em>Value Proposition</em>}</li>
 *   <li>{@link org.tactician.model.StrategySection#getSegments <em>Segments</em>}</li>
 *   <li>{@link org.tactician.model.StrategySection#getPersonas <em>Personas</em>}</li>
 *   <li>{@link org.tactician.model.StrategySection#getContentMap <em>Content Map</em>}</li>
 *   <li>{@link org.tactician.model.StrategySection#getMarketingMix <em>Marketing Mix</em>}</li>
 *   <li>{@link org.tactician.model.StrategySection#getCommunications <em>Communications</em>}</li>
 *   <li>{@link org.tactician.model.StrategySection#getBusinessModelCanvas <em>Business Model Canvas</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getStrategySection()
 * @model
 * @generated
 */
public interface StrategySection extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Value Proposition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Proposition</em>' containment reference.
	 * @see #setValueProposition(ValueProposition)
	 * @see org.tactician.model.TacticianPackage#getStrategySection_ValueProposition()
	 * @model containment="true"
	 * @generated
	 */
	ValueProposition getValueProposition();

	/**
	 * Sets the value of the '{@link org.tactician.model.StrategySection#getValueProposition <em>Value Proposition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Proposition</em>' containment reference.
	 * @see #getValueProposition()
	 * @generated
	 */
	void setValueProposition(ValueProposition value);

	/**
	 * Returns the value of the '<em><b>Segments</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.Segment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segments</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getStrategySection_Segments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segment> getSegments();

	/**
	 * Returns the value of the '<em><b>Personas</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.Persona}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Personas</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getStrategySection_Personas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Persona> getPersonas();

	/**
	 * Returns the value of the '<em><b>Content Map</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.ContentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which content serves which persona at which stage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Map</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getStrategySection_ContentMap()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContentItem> getContentMap();

	/**
	 * Returns the value of the '<em><b>Marketing Mix</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.MixImprovement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned improvements of the 7Ps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marketing Mix</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getStrategySection_MarketingMix()
	 * @model containment="true"
	 * @generated
	 */
	EList<MixImprovement> getMarketingMix();

	/**
	 * Returns the value of the '<em><b>Communications</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Communications</em>' containment reference.
	 * @see #setCommunications(CommunicationsStrategy)
	 * @see org.tactician.model.TacticianPackage#getStrategySection_Communications()
	 * @model containment="true"
	 * @generated
	 */
	CommunicationsStrategy getCommunications();

	/**
	 * Sets the value of the '{@link org.tactician.model.StrategySection#getCommunications <em>Communications</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Communications</em>' containment reference.
	 * @see #getCommunications()
	 * @generated
	 */
	void setCommunications(CommunicationsStrategy value);

	/**
	 * Returns the value of the '<em><b>Business Model Canvas</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Business Model Canvas</em>' containment reference.
	 * @see #setBusinessModelCanvas(BusinessModelCanvas)
	 * @see org.tactician.model.TacticianPackage#getStrategySection_BusinessModelCanvas()
	 * @model containment="true"
	 * @generated
	 */
	BusinessModelCanvas getBusinessModelCanvas();

	/**
	 * Sets the value of the '{@link org.tactician.model.StrategySection#getBusinessModelCanvas <em>Business Model Canvas</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Business Model Canvas</em>' containment reference.
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	void setBusinessModelCanvas(BusinessModelCanvas value);

} // StrategySection
