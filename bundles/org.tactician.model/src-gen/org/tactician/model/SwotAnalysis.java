/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Analysis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The TOWS matrix: the four SWOT lists, the four strategy cells and the key issues summarised from it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.SwotAnalysis#getItems <em>Items</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getStrategies <em>Strategies</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getKeyIssues <em>Key Issues</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getStrengths <em>Strengths</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getWeaknesses <em>Weaknesses</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getOpportunities <em>Opportunities</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getThreats <em>Threats</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getSoStrategies <em>So Strategies</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getWoStrategies <em>Wo Strategies</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getStStrategies <em>St Strategies</em>}</li>
 *   <li>{@link org.tactician.model.SwotAnalysis#getWtStrategies <em>Wt Strategies</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getSwotAnalysis()
 * @model
 * @generated
 */
public interface SwotAnalysis extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Strengths, weaknesses, opportunities and threats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<SwotItem> getItems();

	/**
	 * Returns the value of the '<em><b>Strategies</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SO, WO, ST and WT strategies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategies</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Strategies()
	 * @model containment="true"
	 * @generated
	 */
	EList<TowsStrategy> getStrategies();

	/**
	 * Returns the value of the '<em><b>Key Issues</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.KeyIssue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Issues</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_KeyIssues()
	 * @model containment="true"
	 * @generated
	 */
	EList<KeyIssue> getKeyIssues();

	/**
	 * Returns the value of the '<em><b>Strengths</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The strengths (derived: items of category STRENGTH, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strengths</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Strengths()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<SwotItem> getStrengths();

	/**
	 * Returns the value of the '<em><b>Weaknesses</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weaknesses (derived: items of category WEAKNESS).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weaknesses</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Weaknesses()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<SwotItem> getWeaknesses();

	/**
	 * Returns the value of the '<em><b>Opportunities</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opportunities (derived: items of category OPPORTUNITY).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunities</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Opportunities()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<SwotItem> getOpportunities();

	/**
	 * Returns the value of the '<em><b>Threats</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.SwotItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The threats (derived: items of category THREAT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threats</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_Threats()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<SwotItem> getThreats();

	/**
	 * Returns the value of the '<em><b>So Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SO cell (derived: strategies of category SO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>So Strategies</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_SoStrategies()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TowsStrategy> getSoStrategies();

	/**
	 * Returns the value of the '<em><b>Wo Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The WO cell (derived: strategies of category WO).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wo Strategies</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_WoStrategies()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TowsStrategy> getWoStrategies();

	/**
	 * Returns the value of the '<em><b>St Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ST cell (derived: strategies of category ST).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>St Strategies</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_StStrategies()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TowsStrategy> getStStrategies();

	/**
	 * Returns the value of the '<em><b>Wt Strategies</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.TowsStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The WT cell (derived: strategies of category WT).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wt Strategies</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getSwotAnalysis_WtStrategies()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<TowsStrategy> getWtStrategies();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SWOT items of one list, in list order: the cell accessor the TOWS matrix is drawn from (the same list as strengths, weaknesses, opportunities or threats).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<SwotItem> itemsIn(SwotCategory category);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The strategies of one TOWS cell, in list order (the same list as soStrategies, woStrategies, stStrategies or wtStrategies).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<TowsStrategy> strategiesIn(TowsCategory category);

} // SwotAnalysis
