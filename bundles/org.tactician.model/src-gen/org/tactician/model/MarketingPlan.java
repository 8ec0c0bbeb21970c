/**
 */
package org.tactician.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Marketing Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The digital marketing plan: the root of a .mplan file. Its start and end are the plan period (usually a year).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.tactician.model.MarketingPlan#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getTeam <em>Team</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getOpportunity <em>Opportunity</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getAction <em>Action</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.tactician.model.MarketingPlan#getJourneys <em>Journeys</em>}</li>
 * </ul>
 *
 * @see org.tactician.model.TacticianPackage#getMarketingPlan()
 * @model
 * @generated
 */
public interface MarketingPlan extends NamedElement, Scheduled {
	/**
	 * Returns the value of the '<em><b>Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business or brand the plan is for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand</em>' attribute.
	 * @see #setBrand(String)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Brand()
	 * @model
	 * @generated
	 */
	String getBrand();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getBrand <em>Brand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' attribute.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(String value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code of the plan currency (e.g. EUR).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Currency()
	 * @model
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BCP 47 language tag of the plan text (e.g. it, ar, vi-VN).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who wrote the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is accountable for the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(TeamMember)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Owner()
	 * @model
	 * @generated
	 */
	TeamMember getOwner();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(TeamMember value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.TeamMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People and teams referenced as owners.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Team</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Team()
	 * @model containment="true"
	 * @generated
	 */
	EList<TeamMember> getTeam();

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channels used throughout the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Opportunity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section 1: where are we now, what do we want to achieve?
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opportunity</em>' containment reference.
	 * @see #setOpportunity(OpportunitySection)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Opportunity()
	 * @model containment="true"
	 * @generated
	 */
	OpportunitySection getOpportunity();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getOpportunity <em>Opportunity</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opportunity</em>' containment reference.
	 * @see #getOpportunity()
	 * @generated
	 */
	void setOpportunity(OpportunitySection value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section 2: how will we prioritise investment to reach the objectives?
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Strategy</em>' containment reference.
	 * @see #setStrategy(StrategySection)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Strategy()
	 * @model containment="true"
	 * @generated
	 */
	StrategySection getStrategy();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getStrategy <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' containment reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(StrategySection value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section 3: how will we implement and fund the plan?
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Action</em>' containment reference.
	 * @see #setAction(ActionSection)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Action()
	 * @model containment="true"
	 * @generated
	 */
	ActionSection getAction();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getAction <em>Action</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' containment reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(ActionSection value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section 4: the operational plan on a calendar.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference.
	 * @see #setOperations(OperationsSection)
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Operations()
	 * @model containment="true"
	 * @generated
	 */
	OperationsSection getOperations();

	/**
	 * Sets the value of the '{@link org.tactician.model.MarketingPlan#getOperations <em>Operations</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operations</em>' containment reference.
	 * @see #getOperations()
	 * @generated
	 */
	void setOperations(OperationsSection value);

	/**
	 * Returns the value of the '<em><b>Journeys</b></em>' containment reference list.
	 * The list contents are of type {@link org.tactician.model.CustomerJourney}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Section 5: customer journeys.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Journeys</em>' containment reference list.
	 * @see org.tactician.model.TacticianPackage#getMarketingPlan_Journeys()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerJourney> getJourneys();

} // MarketingPlan
