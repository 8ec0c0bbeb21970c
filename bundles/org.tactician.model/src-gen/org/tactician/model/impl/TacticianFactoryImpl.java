/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.tactician.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TacticianFactoryImpl extends EFactoryImpl implements TacticianFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static TacticianFactory init() {
		try {
			TacticianFactory theTacticianFactory = (TacticianFactory)EPackage.Registry.INSTANCE.getEFactory(TacticianPackage.eNS_URI);
			if (theTacticianFactory != null) {
				return theTacticianFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new TacticianFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TacticianFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case TacticianPackage.TEAM_MEMBER: return createTeamMember();
			case TacticianPackage.CHANNEL: return createChannel();
			case TacticianPackage.MARKETING_PLAN: return createMarketingPlan();
			case TacticianPackage.OPPORTUNITY_SECTION: return createOpportunitySection();
			case TacticianPackage.PERFORMANCE_REVIEW: return createPerformanceReview();
			case TacticianPackage.CHANNEL_PERFORMANCE: return createChannelPerformance();
			case TacticianPackage.MARKET_REVIEW: return createMarketReview();
			case TacticianPackage.MARKET_FINDING: return createMarketFinding();
			case TacticianPackage.PESTLE_ANALYSIS: return createPestleAnalysis();
			case TacticianPackage.PESTLE_FACTOR: return createPestleFactor();
			case TacticianPackage.SWOT_ANALYSIS: return createSwotAnalysis();
			case TacticianPackage.SWOT_ITEM: return createSwotItem();
			case TacticianPackage.TOWS_STRATEGY: return createTowsStrategy();
			case TacticianPackage.KEY_ISSUE: return createKeyIssue();
			case TacticianPackage.SMART_OBJECTIVE: return createSmartObjective();
			case TacticianPackage.CONVERSION_FORECAST: return createConversionForecast();
			case TacticianPackage.FORECAST_INPUT: return createForecastInput();
			case TacticianPackage.STRATEGY_SECTION: return createStrategySection();
			case TacticianPackage.VALUE_PROPOSITION: return createValueProposition();
			case TacticianPackage.SEGMENT: return createSegment();
			case TacticianPackage.PERSONA: return createPersona();
			case TacticianPackage.CONTENT_ITEM: return createContentItem();
			case TacticianPackage.MIX_IMPROVEMENT: return createMixImprovement();
			case TacticianPackage.COMMUNICATIONS_STRATEGY: return createCommunicationsStrategy();
			case TacticianPackage.COMMUNICATION_PRIORITY: return createCommunicationPriority();
			case TacticianPackage.AUDIT_ACTIVITY: return createAuditActivity();
			case TacticianPackage.BUSINESS_MODEL_CANVAS: return createBusinessModelCanvas();
			case TacticianPackage.CANVAS_ITEM: return createCanvasItem();
			case TacticianPackage.ACTION_SECTION: return createActionSection();
			case TacticianPackage.BUDGET: return createBudget();
			case TacticianPackage.BUDGET_LINE: return createBudgetLine();
			case TacticianPackage.MONTHLY_AMOUNT: return createMonthlyAmount();
			case TacticianPackage.DASHBOARD: return createDashboard();
			case TacticianPackage.KPI: return createKpi();
			case TacticianPackage.KPI_VALUE: return createKpiValue();
			case TacticianPackage.CAMPAIGN: return createCampaign();
			case TacticianPackage.KEY_MESSAGE: return createKeyMessage();
			case TacticianPackage.MEDIA_PLACEMENT: return createMediaPlacement();
			case TacticianPackage.ALWAYS_ON_PLAN: return createAlwaysOnPlan();
			case TacticianPackage.ALWAYS_ON_ACTIVITY: return createAlwaysOnActivity();
			case TacticianPackage.MAR_TECH_TOOL: return createMarTechTool();
			case TacticianPackage.NINETY_DAY_PLAN: return createNinetyDayPlan();
			case TacticianPackage.ACTION_ITEM: return createActionItem();
			case TacticianPackage.OPERATIONS_SECTION: return createOperationsSection();
			case TacticianPackage.QUARTERLY_OBJECTIVE: return createQuarterlyObjective();
			case TacticianPackage.MONTHLY_OBJECTIVE: return createMonthlyObjective();
			case TacticianPackage.EDITORIAL_CALENDAR: return createEditorialCalendar();
			case TacticianPackage.EDITORIAL_ENTRY: return createEditorialEntry();
			case TacticianPackage.ADVERTISING_CALENDAR: return createAdvertisingCalendar();
			case TacticianPackage.ADVERTISING_ENTRY: return createAdvertisingEntry();
			case TacticianPackage.DEM_CALENDAR: return createDemCalendar();
			case TacticianPackage.DEM_ENTRY: return createDemEntry();
			case TacticianPackage.AUTOMATION_PLAN: return createAutomationPlan();
			case TacticianPackage.AUTOMATION_ENTRY: return createAutomationEntry();
			case TacticianPackage.CRO_PLAN: return createCroPlan();
			case TacticianPackage.CRO_ENTRY: return createCroEntry();
			case TacticianPackage.LOYALTY_PLAN: return createLoyaltyPlan();
			case TacticianPackage.LOYALTY_ENTRY: return createLoyaltyEntry();
			case TacticianPackage.RFM_SEGMENT: return createRfmSegment();
			case TacticianPackage.AB_TEST: return createAbTest();
			case TacticianPackage.CUSTOMER_JOURNEY: return createCustomerJourney();
			case TacticianPackage.JOURNEY_STAGE: return createJourneyStage();
			case TacticianPackage.TOUCHPOINT: return createTouchpoint();
			case TacticianPackage.JOURNEY_FLOW: return createJourneyFlow();
			case TacticianPackage.PROFIT_ASSUMPTION: return createProfitAssumption();
			case TacticianPackage.CATEGORY_TARGET: return createCategoryTarget();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case TacticianPackage.FORECAST_MEASURE:
				return createForecastMeasureFromString(eDataType, initialValue);
			case TacticianPackage.OBJECTIVE_SCOPE:
				return createObjectiveScopeFromString(eDataType, initialValue);
			case TacticianPackage.MEASURE_KIND:
				return createMeasureKindFromString(eDataType, initialValue);
			case TacticianPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case TacticianPackage.RACE_STAGE:
				return createRaceStageFromString(eDataType, initialValue);
			case TacticianPackage.FUNNEL_POSITION:
				return createFunnelPositionFromString(eDataType, initialValue);
			case TacticianPackage.MEDIA_TYPE:
				return createMediaTypeFromString(eDataType, initialValue);
			case TacticianPackage.CHANNEL_CATEGORY:
				return createChannelCategoryFromString(eDataType, initialValue);
			case TacticianPackage.OPPORTUNITY_OR_THREAT:
				return createOpportunityOrThreatFromString(eDataType, initialValue);
			case TacticianPackage.MARKET_REVIEW_AREA:
				return createMarketReviewAreaFromString(eDataType, initialValue);
			case TacticianPackage.PESTLE_CATEGORY:
				return createPestleCategoryFromString(eDataType, initialValue);
			case TacticianPackage.SWOT_CATEGORY:
				return createSwotCategoryFromString(eDataType, initialValue);
			case TacticianPackage.TOWS_CATEGORY:
				return createTowsCategoryFromString(eDataType, initialValue);
			case TacticianPackage.SEGMENT_LAYER:
				return createSegmentLayerFromString(eDataType, initialValue);
			case TacticianPackage.CONTENT_FORMAT:
				return createContentFormatFromString(eDataType, initialValue);
			case TacticianPackage.MARKETING_MIX_ELEMENT:
				return createMarketingMixElementFromString(eDataType, initialValue);
			case TacticianPackage.COMMUNICATION_TYPE:
				return createCommunicationTypeFromString(eDataType, initialValue);
			case TacticianPackage.CANVAS_BLOCK:
				return createCanvasBlockFromString(eDataType, initialValue);
			case TacticianPackage.BUDGET_CATEGORY:
				return createBudgetCategoryFromString(eDataType, initialValue);
			case TacticianPackage.COST_TYPE:
				return createCostTypeFromString(eDataType, initialValue);
			case TacticianPackage.QUARTER:
				return createQuarterFromString(eDataType, initialValue);
			case TacticianPackage.WORKSTREAM:
				return createWorkstreamFromString(eDataType, initialValue);
			case TacticianPackage.MAR_TECH_CATEGORY:
				return createMarTechCategoryFromString(eDataType, initialValue);
			case TacticianPackage.ACTIVITY_STATUS:
				return createActivityStatusFromString(eDataType, initialValue);
			case TacticianPackage.OBJECTIVE_STATUS:
				return createObjectiveStatusFromString(eDataType, initialValue);
			case TacticianPackage.PLAN_PHASE:
				return createPlanPhaseFromString(eDataType, initialValue);
			case TacticianPackage.AUTOMATION_TRIGGER:
				return createAutomationTriggerFromString(eDataType, initialValue);
			case TacticianPackage.PURCHASE_MODE:
				return createPurchaseModeFromString(eDataType, initialValue);
			case TacticianPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case TacticianPackage.YEAR_MONTH:
				return createYearMonthFromString(eDataType, initialValue);
			case TacticianPackage.DECIMAL:
				return createDecimalFromString(eDataType, initialValue);
			case TacticianPackage.PERCENTAGE:
				return createPercentageFromString(eDataType, initialValue);
			case TacticianPackage.MONEY:
				return createMoneyFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case TacticianPackage.FORECAST_MEASURE:
				return convertForecastMeasureToString(eDataType, instanceValue);
			case TacticianPackage.OBJECTIVE_SCOPE:
				return convertObjectiveScopeToString(eDataType, instanceValue);
			case TacticianPackage.MEASURE_KIND:
				return convertMeasureKindToString(eDataType, instanceValue);
			case TacticianPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case TacticianPackage.RACE_STAGE:
				return convertRaceStageToString(eDataType, instanceValue);
			case TacticianPackage.FUNNEL_POSITION:
				return convertFunnelPositionToString(eDataType, instanceValue);
			case TacticianPackage.MEDIA_TYPE:
				return convertMediaTypeToString(eDataType, instanceValue);
			case TacticianPackage.CHANNEL_CATEGORY:
				return convertChannelCategoryToString(eDataType, instanceValue);
			case TacticianPackage.OPPORTUNITY_OR_THREAT:
				return convertOpportunityOrThreatToString(eDataType, instanceValue);
			case TacticianPackage.MARKET_REVIEW_AREA:
				return convertMarketReviewAreaToString(eDataType, instanceValue);
			case TacticianPackage.PESTLE_CATEGORY:
				return convertPestleCategoryToString(eDataType, instanceValue);
			case TacticianPackage.SWOT_CATEGORY:
				return convertSwotCategoryToString(eDataType, instanceValue);
			case TacticianPackage.TOWS_CATEGORY:
				return convertTowsCategoryToString(eDataType, instanceValue);
			case TacticianPackage.SEGMENT_LAYER:
				return convertSegmentLayerToString(eDataType, instanceValue);
			case TacticianPackage.CONTENT_FORMAT:
				return convertContentFormatToString(eDataType, instanceValue);
			case TacticianPackage.MARKETING_MIX_ELEMENT:
				return convertMarketingMixElementToString(eDataType, instanceValue);
			case TacticianPackage.COMMUNICATION_TYPE:
				return convertCommunicationTypeToString(eDataType, instanceValue);
			case TacticianPackage.CANVAS_BLOCK:
				return convertCanvasBlockToString(eDataType, instanceValue);
			case TacticianPackage.BUDGET_CATEGORY:
				return convertBudgetCategoryToString(eDataType, instanceValue);
			case TacticianPackage.COST_TYPE:
				return convertCostTypeToString(eDataType, instanceValue);
			case TacticianPackage.QUARTER:
				return convertQuarterToString(eDataType, instanceValue);
			case TacticianPackage.WORKSTREAM:
				return convertWorkstreamToString(eDataType, instanceValue);
			case TacticianPackage.MAR_TECH_CATEGORY:
				return convertMarTechCategoryToString(eDataType, instanceValue);
			case TacticianPackage.ACTIVITY_STATUS:
				return convertActivityStatusToString(eDataType, instanceValue);
			case TacticianPackage.OBJECTIVE_STATUS:
				return convertObjectiveStatusToString(eDataType, instanceValue);
			case TacticianPackage.PLAN_PHASE:
				return convertPlanPhaseToString(eDataType, instanceValue);
			case TacticianPackage.AUTOMATION_TRIGGER:
				return convertAutomationTriggerToString(eDataType, instanceValue);
			case TacticianPackage.PURCHASE_MODE:
				return convertPurchaseModeToString(eDataType, instanceValue);
			case TacticianPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case TacticianPackage.YEAR_MONTH:
				return convertYearMonthToString(eDataType, instanceValue);
			case TacticianPackage.DECIMAL:
				return convertDecimalToString(eDataType, instanceValue);
			case TacticianPackage.PERCENTAGE:
				return convertPercentageToString(eDataType, instanceValue);
			case TacticianPackage.MONEY:
				return convertMoneyToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TeamMember createTeamMember() {
		TeamMemberImpl teamMember = new TeamMemberImpl();
		return teamMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel createChannel() {
		ChannelImpl channel = new ChannelImpl();
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketingPlan createMarketingPlan() {
		MarketingPlanImpl marketingPlan = new MarketingPlanImpl();
		return marketingPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OpportunitySection createOpportunitySection() {
		OpportunitySectionImpl opportunitySection = new OpportunitySectionImpl();
		return opportunitySection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerformanceReview createPerformanceReview() {
		PerformanceReviewImpl performanceReview = new PerformanceReviewImpl();
		return performanceReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPerformance createChannelPerformance() {
		ChannelPerformanceImpl channelPerformance = new ChannelPerformanceImpl();
		return channelPerformance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketReview createMarketReview() {
		MarketReviewImpl marketReview = new MarketReviewImpl();
		return marketReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarketFinding createMarketFinding() {
		MarketFindingImpl marketFinding = new MarketFindingImpl();
		return marketFinding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PestleAnalysis createPestleAnalysis() {
		PestleAnalysisImpl pestleAnalysis = new PestleAnalysisImpl();
		return pestleAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PestleFactor createPestleFactor() {
		PestleFactorImpl pestleFactor = new PestleFactorImpl();
		return pestleFactor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotAnalysis createSwotAnalysis() {
		SwotAnalysisImpl swotAnalysis = new SwotAnalysisImpl();
		return swotAnalysis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SwotItem createSwotItem() {
		SwotItemImpl swotItem = new SwotItemImpl();
		return swotItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TowsStrategy createTowsStrategy() {
		TowsStrategyImpl towsStrategy = new TowsStrategyImpl();
		return towsStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyIssue createKeyIssue() {
		KeyIssueImpl keyIssue = new KeyIssueImpl();
		return keyIssue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmartObjective createSmartObjective() {
		SmartObjectiveImpl smartObjective = new SmartObjectiveImpl();
		return smartObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConversionForecast createConversionForecast() {
		ConversionForecastImpl conversionForecast = new ConversionForecastImpl();
		return conversionForecast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ForecastInput createForecastInput() {
		ForecastInputImpl forecastInput = new ForecastInputImpl();
		return forecastInput;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StrategySection createStrategySection() {
		StrategySectionImpl strategySection = new StrategySectionImpl();
		return strategySection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueProposition createValueProposition() {
		ValuePropositionImpl valueProposition = new ValuePropositionImpl();
		return valueProposition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segment createSegment() {
		SegmentImpl segment = new SegmentImpl();
		return segment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Persona createPersona() {
		PersonaImpl persona = new PersonaImpl();
		return persona;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContentItem createContentItem() {
		ContentItemImpl contentItem = new ContentItemImpl();
		return contentItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MixImprovement createMixImprovement() {
		MixImprovementImpl mixImprovement = new MixImprovementImpl();
		return mixImprovement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationsStrategy createCommunicationsStrategy() {
		CommunicationsStrategyImpl communicationsStrategy = new CommunicationsStrategyImpl();
		return communicationsStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CommunicationPriority createCommunicationPriority() {
		CommunicationPriorityImpl communicationPriority = new CommunicationPriorityImpl();
		return communicationPriority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditActivity createAuditActivity() {
		AuditActivityImpl auditActivity = new AuditActivityImpl();
		return auditActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessModelCanvas createBusinessModelCanvas() {
		BusinessModelCanvasImpl businessModelCanvas = new BusinessModelCanvasImpl();
		return businessModelCanvas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CanvasItem createCanvasItem() {
		CanvasItemImpl canvasItem = new CanvasItemImpl();
		return canvasItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionSection createActionSection() {
		ActionSectionImpl actionSection = new ActionSectionImpl();
		return actionSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget() {
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonthlyAmount createMonthlyAmount() {
		MonthlyAmountImpl monthlyAmount = new MonthlyAmountImpl();
		return monthlyAmount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dashboard createDashboard() {
		DashboardImpl dashboard = new DashboardImpl();
		return dashboard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kpi createKpi() {
		KpiImpl kpi = new KpiImpl();
		return kpi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiValue createKpiValue() {
		KpiValueImpl kpiValue = new KpiValueImpl();
		return kpiValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign createCampaign() {
		CampaignImpl campaign = new CampaignImpl();
		return campaign;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyMessage createKeyMessage() {
		KeyMessageImpl keyMessage = new KeyMessageImpl();
		return keyMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaPlacement createMediaPlacement() {
		MediaPlacementImpl mediaPlacement = new MediaPlacementImpl();
		return mediaPlacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlwaysOnPlan createAlwaysOnPlan() {
		AlwaysOnPlanImpl alwaysOnPlan = new AlwaysOnPlanImpl();
		return alwaysOnPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlwaysOnActivity createAlwaysOnActivity() {
		AlwaysOnActivityImpl alwaysOnActivity = new AlwaysOnActivityImpl();
		return alwaysOnActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MarTechTool createMarTechTool() {
		MarTechToolImpl marTechTool = new MarTechToolImpl();
		return marTechTool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NinetyDayPlan createNinetyDayPlan() {
		NinetyDayPlanImpl ninetyDayPlan = new NinetyDayPlanImpl();
		return ninetyDayPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionItem createActionItem() {
		ActionItemImpl actionItem = new ActionItemImpl();
		return actionItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OperationsSection createOperationsSection() {
		OperationsSectionImpl operationsSection = new OperationsSectionImpl();
		return operationsSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuarterlyObjective createQuarterlyObjective() {
		QuarterlyObjectiveImpl quarterlyObjective = new QuarterlyObjectiveImpl();
		return quarterlyObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MonthlyObjective createMonthlyObjective() {
		MonthlyObjectiveImpl monthlyObjective = new MonthlyObjectiveImpl();
		return monthlyObjective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EditorialCalendar createEditorialCalendar() {
		EditorialCalendarImpl editorialCalendar = new EditorialCalendarImpl();
		return editorialCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EditorialEntry createEditorialEntry() {
		EditorialEntryImpl editorialEntry = new EditorialEntryImpl();
		return editorialEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvertisingCalendar createAdvertisingCalendar() {
		AdvertisingCalendarImpl advertisingCalendar = new AdvertisingCalendarImpl();
		return advertisingCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdvertisingEntry createAdvertisingEntry() {
		AdvertisingEntryImpl advertisingEntry = new AdvertisingEntryImpl();
		return advertisingEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DemCalendar createDemCalendar() {
		DemCalendarImpl demCalendar = new DemCalendarImpl();
		return demCalendar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DemEntry createDemEntry() {
		DemEntryImpl demEntry = new DemEntryImpl();
		return demEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutomationPlan createAutomationPlan() {
		AutomationPlanImpl automationPlan = new AutomationPlanImpl();
		return automationPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AutomationEntry createAutomationEntry() {
		AutomationEntryImpl automationEntry = new AutomationEntryImpl();
		return automationEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CroPlan createCroPlan() {
		CroPlanImpl croPlan = new CroPlanImpl();
		return croPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CroEntry createCroEntry() {
		CroEntryImpl croEntry = new CroEntryImpl();
		return croEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoyaltyPlan createLoyaltyPlan() {
		LoyaltyPlanImpl loyaltyPlan = new LoyaltyPlanImpl();
		return loyaltyPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LoyaltyEntry createLoyaltyEntry() {
		LoyaltyEntryImpl loyaltyEntry = new LoyaltyEntryImpl();
		return loyaltyEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RfmSegment createRfmSegment() {
		RfmSegmentImpl rfmSegment = new RfmSegmentImpl();
		return rfmSegment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AbTest createAbTest() {
		AbTestImpl abTest = new AbTestImpl();
		return abTest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerJourney createCustomerJourney() {
		CustomerJourneyImpl customerJourney = new CustomerJourneyImpl();
		return customerJourney;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyStage createJourneyStage() {
		JourneyStageImpl journeyStage = new JourneyStageImpl();
		return journeyStage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Touchpoint createTouchpoint() {
		TouchpointImpl touchpoint = new TouchpointImpl();
		return touchpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JourneyFlow createJourneyFlow() {
		JourneyFlowImpl journeyFlow = new JourneyFlowImpl();
		return journeyFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfitAssumption createProfitAssumption() {
		ProfitAssumptionImpl profitAssumption = new ProfitAssumptionImpl();
		return profitAssumption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CategoryTarget createCategoryTarget() {
		CategoryTargetImpl categoryTarget = new CategoryTargetImpl();
		return categoryTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ForecastMeasure createForecastMeasureFromString(EDataType eDataType, String initialValue) {
		ForecastMeasure result = ForecastMeasure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertForecastMeasureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveScope createObjectiveScopeFromString(EDataType eDataType, String initialValue) {
		ObjectiveScope result = ObjectiveScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MeasureKind createMeasureKindFromString(EDataType eDataType, String initialValue) {
		MeasureKind result = MeasureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMeasureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RaceStage createRaceStageFromString(EDataType eDataType, String initialValue) {
		RaceStage result = RaceStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRaceStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FunnelPosition createFunnelPositionFromString(EDataType eDataType, String initialValue) {
		FunnelPosition result = FunnelPosition.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFunnelPositionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MediaType createMediaTypeFromString(EDataType eDataType, String initialValue) {
		MediaType result = MediaType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMediaTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelCategory createChannelCategoryFromString(EDataType eDataType, String initialValue) {
		ChannelCategory result = ChannelCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChannelCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OpportunityOrThreat createOpportunityOrThreatFromString(EDataType eDataType, String initialValue) {
		OpportunityOrThreat result = OpportunityOrThreat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOpportunityOrThreatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MarketReviewArea createMarketReviewAreaFromString(EDataType eDataType, String initialValue) {
		MarketReviewArea result = MarketReviewArea.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMarketReviewAreaToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PestleCategory createPestleCategoryFromString(EDataType eDataType, String initialValue) {
		PestleCategory result = PestleCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPestleCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SwotCategory createSwotCategoryFromString(EDataType eDataType, String initialValue) {
		SwotCategory result = SwotCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSwotCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TowsCategory createTowsCategoryFromString(EDataType eDataType, String initialValue) {
		TowsCategory result = TowsCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTowsCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentLayer createSegmentLayerFromString(EDataType eDataType, String initialValue) {
		SegmentLayer result = SegmentLayer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSegmentLayerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContentFormat createContentFormatFromString(EDataType eDataType, String initialValue) {
		ContentFormat result = ContentFormat.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContentFormatToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MarketingMixElement createMarketingMixElementFromString(EDataType eDataType, String initialValue) {
		MarketingMixElement result = MarketingMixElement.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMarketingMixElementToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CommunicationType createCommunicationTypeFromString(EDataType eDataType, String initialValue) {
		CommunicationType result = CommunicationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCommunicationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CanvasBlock createCanvasBlockFromString(EDataType eDataType, String initialValue) {
		CanvasBlock result = CanvasBlock.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCanvasBlockToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetCategory createBudgetCategoryFromString(EDataType eDataType, String initialValue) {
		BudgetCategory result = BudgetCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CostType createCostTypeFromString(EDataType eDataType, String initialValue) {
		CostType result = CostType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCostTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Quarter createQuarterFromString(EDataType eDataType, String initialValue) {
		Quarter result = Quarter.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuarterToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Workstream createWorkstreamFromString(EDataType eDataType, String initialValue) {
		Workstream result = Workstream.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWorkstreamToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MarTechCategory createMarTechCategoryFromString(EDataType eDataType, String initialValue) {
		MarTechCategory result = MarTechCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMarTechCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActivityStatus createActivityStatusFromString(EDataType eDataType, String initialValue) {
		ActivityStatus result = ActivityStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActivityStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObjectiveStatus createObjectiveStatusFromString(EDataType eDataType, String initialValue) {
		ObjectiveStatus result = ObjectiveStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObjectiveStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanPhase createPlanPhaseFromString(EDataType eDataType, String initialValue) {
		PlanPhase result = PlanPhase.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanPhaseToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AutomationTrigger createAutomationTriggerFromString(EDataType eDataType, String initialValue) {
		AutomationTrigger result = AutomationTrigger.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAutomationTriggerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PurchaseMode createPurchaseModeFromString(EDataType eDataType, String initialValue) {
		PurchaseMode result = PurchaseMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPurchaseModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null ? null : org.tactician.model.internal.PlanValues.date(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonth(final String it) {
		return it == null ? null : org.tactician.model.internal.PlanValues.month(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public YearMonth createYearMonthFromString(EDataType eDataType, String initialValue) {
		return createYearMonth(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonth(final YearMonth it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertYearMonthToString(EDataType eDataType, Object instanceValue) {
		return convertYearMonth((YearMonth)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createDecimal(final String it) {
		return it == null ? null : org.tactician.model.internal.PlanValues.decimal(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createDecimalFromString(EDataType eDataType, String initialValue) {
		return createDecimal(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecimal(final BigDecimal it) {
		return it == null ? null : it.toPlainString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDecimalToString(EDataType eDataType, Object instanceValue) {
		return convertDecimal((BigDecimal)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createPercentage(final String it) {
		return it == null ? null : org.tactician.model.internal.PlanValues.decimal(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createPercentageFromString(EDataType eDataType, String initialValue) {
		return createPercentage(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPercentage(final BigDecimal it) {
		return it == null ? null : it.toPlainString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPercentageToString(EDataType eDataType, Object instanceValue) {
		return convertPercentage((BigDecimal)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Money createMoney(final String it) {
		return it == null ? null : org.tactician.model.Money.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Money createMoneyFromString(EDataType eDataType, String initialValue) {
		return createMoney(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMoney(final Money it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMoneyToString(EDataType eDataType, Object instanceValue) {
		return convertMoney((Money)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TacticianPackage getTacticianPackage() {
		return (TacticianPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static TacticianPackage getPackage() {
		return TacticianPackage.eINSTANCE;
	}

} //TacticianFactoryImpl
