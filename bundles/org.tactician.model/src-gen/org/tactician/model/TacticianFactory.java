/**
 */
package org.tactician.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.tactician.model.TacticianPackage
 * @generated
 */
public interface TacticianFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TacticianFactory eINSTANCE = org.tactician.model.impl.TacticianFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Team Member</em>'.
	 * @generated
	 */
	TeamMember createTeamMember();

	/**
	 * Returns a new object of class '<em>Channel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Channel</em>'.
	 * @generated
	 */
	Channel createChannel();

	/**
	 * Returns a new object of class '<em>Marketing Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Marketing Plan</em>'.
	 * @generated
	 */
	MarketingPlan createMarketingPlan();

	/**
	 * Returns a new object of class '<em>Opportunity Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Opportunity Section</em>'.
	 * @generated
	 */
	OpportunitySection createOpportunitySection();

	/**
	 * Returns a new object of class '<em>Performance Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Performance Review</em>'.
	 * @generated
	 */
	PerformanceReview createPerformanceReview();

	/**
	 * Returns a new object of class '<em>Channel Performance</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Channel Performance</em>'.
	 * @generated
	 */
	ChannelPerformance createChannelPerformance();

	/**
	 * Returns a new object of class '<em>Market Review</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Market Review</em>'.
	 * @generated
	 */
	MarketReview createMarketReview();

	/**
	 * Returns a new object of class '<em>Market Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Market Finding</em>'.
	 * @generated
	 */
	MarketFinding createMarketFinding();

	/**
	 * Returns a new object of class '<em>Pestle Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pestle Analysis</em>'.
	 * @generated
	 */
	PestleAnalysis createPestleAnalysis();

	/**
	 * Returns a new object of class '<em>Pestle Factor</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Pestle Factor</em>'.
	 * @generated
	 */
	PestleFactor createPestleFactor();

	/**
	 * Returns a new object of class '<em>Swot Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Swot Analysis</em>'.
	 * @generated
	 */
	SwotAnalysis createSwotAnalysis();

	/**
	 * Returns a new object of class '<em>Swot Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Swot Item</em>'.
	 * @generated
	 */
	SwotItem createSwotItem();

	/**
	 * Returns a new object of class '<em>Tows Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Tows Strategy</em>'.
	 * @generated
	 */
	TowsStrategy createTowsStrategy();

	/**
	 * Returns a new object of class '<em>Key Issue</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Key Issue</em>'.
	 * @generated
	 */
	KeyIssue createKeyIssue();

	/**
	 * Returns a new object of class '<em>Smart Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Smart Objective</em>'.
	 * @generated
	 */
	SmartObjective createSmartObjective();

	/**
	 * Returns a new object of class '<em>Conversion Forecast</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conversion Forecast</em>'.
	 * @generated
	 */
	ConversionForecast createConversionForecast();

	/**
	 * Returns a new object of class '<em>Forecast Input</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Forecast Input</em>'.
	 * @generated
	 */
	ForecastInput createForecastInput();

	/**
	 * Returns a new object of class '<em>Strategy Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Strategy Section</em>'.
	 * @generated
	 */
	StrategySection createStrategySection();

	/**
	 * Returns a new object of class '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Value Proposition</em>'.
	 * @generated
	 */
	ValueProposition createValueProposition();

	/**
	 * Returns a new object of class '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Segment</em>'.
	 * @generated
	 */
	Segment createSegment();

	/**
	 * Returns a new object of class '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Persona</em>'.
	 * @generated
	 */
	Persona createPersona();

	/**
	 * Returns a new object of class '<em>Content Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Content Item</em>'.
	 * @generated
	 */
	ContentItem createContentItem();

	/**
	 * Returns a new object of class '<em>Mix Improvement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mix Improvement</em>'.
	 * @generated
	 */
	MixImprovement createMixImprovement();

	/**
	 * Returns a new object of class '<em>Communications Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Communications Strategy</em>'.
	 * @generated
	 */
	CommunicationsStrategy createCommunicationsStrategy();

	/**
	 * Returns a new object of class '<em>Communication Priority</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Communication Priority</em>'.
	 * @generated
	 */
	CommunicationPriority createCommunicationPriority();

	/**
	 * Returns a new object of class '<em>Audit Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Audit Activity</em>'.
	 * @generated
	 */
	AuditActivity createAuditActivity();

	/**
	 * Returns a new object of class '<em>Business Model Canvas</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Business Model Canvas</em>'.
	 * @generated
	 */
	BusinessModelCanvas createBusinessModelCanvas();

	/**
	 * Returns a new object of class '<em>Canvas Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Canvas Item</em>'.
	 * @generated
	 */
	CanvasItem createCanvasItem();

	/**
	 * Returns a new object of class '<em>Action Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action Section</em>'.
	 * @generated
	 */
	ActionSection createActionSection();

	/**
	 * Returns a new object of class '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget</em>'.
	 * @generated
	 */
	Budget createBudget();

	/**
	 * Returns a new object of class '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Budget Line</em>'.
	 * @generated
	 */
	BudgetLine createBudgetLine();

	/**
	 * Returns a new object of class '<em>Monthly Amount</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Monthly Amount</em>'.
	 * @generated
	 */
	MonthlyAmount createMonthlyAmount();

	/**
	 * Returns a new object of class '<em>Dashboard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dashboard</em>'.
	 * @generated
	 */
	Dashboard createDashboard();

	/**
	 * Returns a new object of class '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi</em>'.
	 * @generated
	 */
	Kpi createKpi();

	/**
	 * Returns a new object of class '<em>Kpi Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kpi Value</em>'.
	 * @generated
	 */
	KpiValue createKpiValue();

	/**
	 * Returns a new object of class '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Campaign</em>'.
	 * @generated
	 */
	Campaign createCampaign();

	/**
	 * Returns a new object of class '<em>Key Message</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Key Message</em>'.
	 * @generated
	 */
	KeyMessage createKeyMessage();

	/**
	 * Returns a new object of class '<em>Media Placement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Media Placement</em>'.
	 * @generated
	 */
	MediaPlacement createMediaPlacement();

	/**
	 * Returns a new object of class '<em>Always On Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Always On Plan</em>'.
	 * @generated
	 */
	AlwaysOnPlan createAlwaysOnPlan();

	/**
	 * Returns a new object of class '<em>Always On Activity</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Always On Activity</em>'.
	 * @generated
	 */
	AlwaysOnActivity createAlwaysOnActivity();

	/**
	 * Returns a new object of class '<em>Mar Tech Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mar Tech Tool</em>'.
	 * @generated
	 */
	MarTechTool createMarTechTool();

	/**
	 * Returns a new object of class '<em>Ninety Day Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ninety Day Plan</em>'.
	 * @generated
	 */
	NinetyDayPlan createNinetyDayPlan();

	/**
	 * Returns a new object of class '<em>Action Item</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Action Item</em>'.
	 * @generated
	 */
	ActionItem createActionItem();

	/**
	 * Returns a new object of class '<em>Operations Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Operations Section</em>'.
	 * @generated
	 */
	OperationsSection createOperationsSection();

	/**
	 * Returns a new object of class '<em>Quarterly Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Quarterly Objective</em>'.
	 * @generated
	 */
	QuarterlyObjective createQuarterlyObjective();

	/**
	 * Returns a new object of class '<em>Monthly Objective</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Monthly Objective</em>'.
	 * @generated
	 */
	MonthlyObjective createMonthlyObjective();

	/**
	 * Returns a new object of class '<em>Editorial Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Editorial Calendar</em>'.
	 * @generated
	 */
	EditorialCalendar createEditorialCalendar();

	/**
	 * Returns a new object of class '<em>Editorial Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Editorial Entry</em>'.
	 * @generated
	 */
	EditorialEntry createEditorialEntry();

	/**
	 * Returns a new object of class '<em>Advertising Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Advertising Calendar</em>'.
	 * @generated
	 */
	AdvertisingCalendar createAdvertisingCalendar();

	/**
	 * Returns a new object of class '<em>Advertising Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Advertising Entry</em>'.
	 * @generated
	 */
	AdvertisingEntry createAdvertisingEntry();

	/**
	 * Returns a new object of class '<em>Dem Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dem Calendar</em>'.
	 * @generated
	 */
	DemCalendar createDemCalendar();

	/**
	 * Returns a new object of class '<em>Dem Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dem Entry</em>'.
	 * @generated
	 */
	DemEntry createDemEntry();

	/**
	 * Returns a new object of class '<em>Automation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Automation Plan</em>'.
	 * @generated
	 */
	AutomationPlan createAutomationPlan();

	/**
	 * Returns a new object of class '<em>Automation Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Automation Entry</em>'.
	 * @generated
	 */
	AutomationEntry createAutomationEntry();

	/**
	 * Returns a new object of class '<em>Cro Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cro Plan</em>'.
	 * @generated
	 */
	CroPlan createCroPlan();

	/**
	 * Returns a new object of class '<em>Cro Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Cro Entry</em>'.
	 * @generated
	 */
	CroEntry createCroEntry();

	/**
	 * Returns a new object of class '<em>Loyalty Plan</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Loyalty Plan</em>'.
	 * @generated
	 */
	LoyaltyPlan createLoyaltyPlan();

	/**
	 * Returns a new object of class '<em>Loyalty Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Loyalty Entry</em>'.
	 * @generated
	 */
	LoyaltyEntry createLoyaltyEntry();

	/**
	 * Returns a new object of class '<em>Rfm Segment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Rfm Segment</em>'.
	 * @generated
	 */
	RfmSegment createRfmSegment();

	/**
	 * Returns a new object of class '<em>Ab Test</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ab Test</em>'.
	 * @generated
	 */
	AbTest createAbTest();

	/**
	 * Returns a new object of class '<em>Customer Journey</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Customer Journey</em>'.
	 * @generated
	 */
	CustomerJourney createCustomerJourney();

	/**
	 * Returns a new object of class '<em>Journey Stage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Journey Stage</em>'.
	 * @generated
	 */
	JourneyStage createJourneyStage();

	/**
	 * Returns a new object of class '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Touchpoint</em>'.
	 * @generated
	 */
	Touchpoint createTouchpoint();

	/**
	 * Returns a new object of class '<em>Journey Flow</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Journey Flow</em>'.
	 * @generated
	 */
	JourneyFlow createJourneyFlow();

	/**
	 * Returns a new object of class '<em>Profit Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Profit Assumption</em>'.
	 * @generated
	 */
	ProfitAssumption createProfitAssumption();

	/**
	 * Returns a new object of class '<em>Category Target</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Category Target</em>'.
	 * @generated
	 */
	CategoryTarget createCategoryTarget();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TacticianPackage getTacticianPackage();

} //TacticianFactory
