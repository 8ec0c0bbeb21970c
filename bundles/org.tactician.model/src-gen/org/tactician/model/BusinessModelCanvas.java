/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Model Canvas</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Business Model Canvas: nine blocks of items.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getItems <em>Items</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getKeyPartners <em>Key Partners</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getKeyActivities <em>Key Activities</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getKeyResources <em>Key Resources</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getValuePropositions <em>Value Propositions</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getCustomerRelationships <em>Customer Relationships</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getCustomerSegments <em>Customer Segments</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getCostStructure <em>Cost Structure</em>}</li>
 *   <li>{@link org.tactician.model.BusinessModelCanvas#getRevenueStreams <em>Revenue Streams</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas()
 * @model
 * @generated
 */
public interface BusinessModelCanvas extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<CanvasItem> getItems();

	/**
	 * Returns the value of the '<em><b>Key Partners</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the key partners block (derived: items of block KEY_PARTNERS, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Partners</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_KeyPartners()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getKeyPartners();

	/**
	 * Returns the value of the '<em><b>Key Activities</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the key activities block (derived: items of block KEY_ACTIVITIES, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Activities</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_KeyActivities()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getKeyActivities();

	/**
	 * Returns the value of the '<em><b>Key Resources</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the key resources block (derived: items of block KEY_RESOURCES, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Resources</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_KeyResources()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getKeyResources();

	/**
	 * Returns the value of the '<em><b>Value Propositions</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the value propositions block (derived: items of block VALUE_PROPOSITIONS, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Propositions</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_ValuePropositions()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getValuePropositions();

	/**
	 * Returns the value of the '<em><b>Customer Relationships</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the customer relationships block (derived: items of block CUSTOMER_RELATIONSHIPS, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Relationships</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_CustomerRelationships()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getCustomerRelationships();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the channels block (derived: items of block CHANNELS, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_Channels()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getChannels();

	/**
	 * Returns the value of the '<em><b>Customer Segments</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the customer segments block (derived: items of block CUSTOMER_SEGMENTS, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customer Segments</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_CustomerSegments()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getCustomerSegments();

	/**
	 * Returns the value of the '<em><b>Cost Structure</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the cost structure block (derived: items of block COST_STRUCTURE, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Structure</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_CostStructure()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getCostStructure();

	/**
	 * Returns the value of the '<em><b>Revenue Streams</b></em>' reference list.
	 * The list contents are of type {@link org.tactician.model.CanvasItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of the revenue streams block (derived: items of block REVENUE_STREAMS, in list order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Revenue Streams</em>' reference list.
	 * @see org.tactician.model.TacticianPackage#getBusinessModelCanvas_RevenueStreams()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	EList<CanvasItem> getRevenueStreams();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The items of one block, in list order: the block accessor the canvas is drawn from (the same list as the block's derived feature).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<CanvasItem> itemsIn(CanvasBlock block);

} // BusinessModelCanvas
