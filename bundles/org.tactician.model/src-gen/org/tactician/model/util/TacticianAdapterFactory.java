/**
 */
package org.tactician.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.tactician.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.tactician.model.TacticianPackage
 * @generated
 */
public class TacticianAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TacticianPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TacticianAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = TacticianPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TacticianSwitch<Adapter> modelSwitch =
		new TacticianSwitch<Adapter>() {
			@Override
			public Adapter casePlanElement(PlanElement object) {
				return createPlanElementAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseScheduled(Scheduled object) {
				return createScheduledAdapter();
			}
			@Override
			public Adapter caseTeamMember(TeamMember object) {
				return createTeamMemberAdapter();
			}
			@Override
			public Adapter caseChannel(Channel object) {
				return createChannelAdapter();
			}
			@Override
			public Adapter caseMarketingPlan(MarketingPlan object) {
				return createMarketingPlanAdapter();
			}
			@Override
			public Adapter caseOpportunitySection(OpportunitySection object) {
				return createOpportunitySectionAdapter();
			}
			@Override
			public Adapter casePerformanceReview(PerformanceReview object) {
				return createPerformanceReviewAdapter();
			}
			@Override
			public Adapter caseChannelPerformance(ChannelPerformance object) {
				return createChannelPerformanceAdapter();
			}
			@Override
			public Adapter caseExternalFactor(ExternalFactor object) {
				return createExternalFactorAdapter();
			}
			@Override
			public Adapter caseMarketReview(MarketReview object) {
				return createMarketReviewAdapter();
			}
			@Override
			public Adapter caseMarketFinding(MarketFinding object) {
				return createMarketFindingAdapter();
			}
			@Override
			public Adapter casePestleAnalysis(PestleAnalysis object) {
				return createPestleAnalysisAdapter();
			}
			@Override
			public Adapter casePestleFactor(PestleFactor object) {
				return createPestleFactorAdapter();
			}
			@Override
			public Adapter caseSwotAnalysis(SwotAnalysis object) {
				return createSwotAnalysisAdapter();
			}
			@Override
			public Adapter caseSwotItem(SwotItem object) {
				return createSwotItemAdapter();
			}
			@Override
			public Adapter caseTowsStrategy(TowsStrategy object) {
				return createTowsStrategyAdapter();
			}
			@Override
			public Adapter caseKeyIssue(KeyIssue object) {
				return createKeyIssueAdapter();
			}
			@Override
			public Adapter caseSmartObjective(SmartObjective object) {
				return createSmartObjectiveAdapter();
			}
			@Override
			public Adapter caseConversionForecast(ConversionForecast object) {
				return createConversionForecastAdapter();
			}
			@Override
			public Adapter caseForecastInput(ForecastInput object) {
				return createForecastInputAdapter();
			}
			@Override
			public Adapter caseStrategySection(StrategySection object) {
				return createStrategySectionAdapter();
			}
			@Override
			public Adapter caseValueProposition(ValueProposition object) {
				return createValuePropositionAdapter();
			}
			@Override
			public Adapter caseSegment(Segment object) {
				return createSegmentAdapter();
			}
			@Override
			public Adapter casePersona(Persona object) {
				return createPersonaAdapter();
			}
			@Override
			public Adapter caseContentItem(ContentItem object) {
				return createContentItemAdapter();
			}
			@Override
			public Adapter caseMixImprovement(MixImprovement object) {
				return createMixImprovementAdapter();
			}
			@Override
			public Adapter caseCommunicationsStrategy(CommunicationsStrategy object) {
				return createCommunicationsStrategyAdapter();
			}
			@Override
			public Adapter caseCommunicationPriority(CommunicationPriority object) {
				return createCommunicationPriorityAdapter();
			}
			@Override
			public Adapter caseAuditActivity(AuditActivity object) {
				return createAuditActivityAdapter();
			}
			@Override
			public Adapter caseBusinessModelCanvas(BusinessModelCanvas object) {
				return createBusinessModelCanvasAdapter();
			}
			@Override
			public Adapter caseCanvasItem(CanvasItem object) {
				return createCanvasItemAdapter();
			}
			@Override
			public Adapter caseActionSection(ActionSection object) {
				return createActionSectionAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object) {
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object) {
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter caseMonthlyAmount(MonthlyAmount object) {
				return createMonthlyAmountAdapter();
			}
			@Override
			public Adapter caseDashboard(Dashboard object) {
				return createDashboardAdapter();
			}
			@Override
			public Adapter caseKpi(Kpi object) {
				return createKpiAdapter();
			}
			@Override
			public Adapter caseKpiValue(KpiValue object) {
				return createKpiValueAdapter();
			}
			@Override
			public Adapter caseCampaign(Campaign object) {
				return createCampaignAdapter();
			}
			@Override
			public Adapter caseKeyMessage(KeyMessage object) {
				return createKeyMessageAdapter();
			}
			@Override
			public Adapter caseMediaPlacement(MediaPlacement object) {
				return createMediaPlacementAdapter();
			}
			@Override
			public Adapter caseActivity(Activity object) {
				return createActivityAdapter();
			}
			@Override
			public Adapter caseAlwaysOnPlan(AlwaysOnPlan object) {
				return createAlwaysOnPlanAdapter();
			}
			@Override
			public Adapter caseAlwaysOnActivity(AlwaysOnActivity object) {
				return createAlwaysOnActivityAdapter();
			}
			@Override
			public Adapter caseMarTechTool(MarTechTool object) {
				return createMarTechToolAdapter();
			}
			@Override
			public Adapter caseNinetyDayPlan(NinetyDayPlan object) {
				return createNinetyDayPlanAdapter();
			}
			@Override
			public Adapter caseActionItem(ActionItem object) {
				return createActionItemAdapter();
			}
			@Override
			public Adapter caseOperationsSection(OperationsSection object) {
				return createOperationsSectionAdapter();
			}
			@Override
			public Adapter caseQuarterlyObjective(QuarterlyObjective object) {
				return createQuarterlyObjectiveAdapter();
			}
			@Override
			public Adapter caseMonthlyObjective(MonthlyObjective object) {
				return createMonthlyObjectiveAdapter();
			}
			@Override
			public Adapter caseCalendar(Calendar object) {
				return createCalendarAdapter();
			}
			@Override
			public Adapter caseCalendarEntry(CalendarEntry object) {
				return createCalendarEntryAdapter();
			}
			@Override
			public Adapter caseEditorialCalendar(EditorialCalendar object) {
				return createEditorialCalendarAdapter();
			}
			@Override
			public Adapter caseEditorialEntry(EditorialEntry object) {
				return createEditorialEntryAdapter();
			}
			@Override
			public Adapter caseAdvertisingCalendar(AdvertisingCalendar object) {
				return createAdvertisingCalendarAdapter();
			}
			@Override
			public Adapter caseAdvertisingEntry(AdvertisingEntry object) {
				return createAdvertisingEntryAdapter();
			}
			@Override
			public Adapter caseDemCalendar(DemCalendar object) {
				return createDemCalendarAdapter();
			}
			@Override
			public Adapter caseDemEntry(DemEntry object) {
				return createDemEntryAdapter();
			}
			@Override
			public Adapter caseAutomationPlan(AutomationPlan object) {
				return createAutomationPlanAdapter();
			}
			@Override
			public Adapter caseAutomationEntry(AutomationEntry object) {
				return createAutomationEntryAdapter();
			}
			@Override
			public Adapter caseCroPlan(CroPlan object) {
				return createCroPlanAdapter();
			}
			@Override
			public Adapter caseCroEntry(CroEntry object) {
				return createCroEntryAdapter();
			}
			@Override
			public Adapter caseLoyaltyPlan(LoyaltyPlan object) {
				return createLoyaltyPlanAdapter();
			}
			@Override
			public Adapter caseLoyaltyEntry(LoyaltyEntry object) {
				return createLoyaltyEntryAdapter();
			}
			@Override
			public Adapter caseRfmSegment(RfmSegment object) {
				return createRfmSegmentAdapter();
			}
			@Override
			public Adapter caseAbTest(AbTest object) {
				return createAbTestAdapter();
			}
			@Override
			public Adapter caseCustomerJourney(CustomerJourney object) {
				return createCustomerJourneyAdapter();
			}
			@Override
			public Adapter caseJourneyStage(JourneyStage object) {
				return createJourneyStageAdapter();
			}
			@Override
			public Adapter caseTouchpoint(Touchpoint object) {
				return createTouchpointAdapter();
			}
			@Override
			public Adapter caseJourneyFlow(JourneyFlow object) {
				return createJourneyFlowAdapter();
			}
			@Override
			public Adapter caseBudgetBooking(BudgetBooking object) {
				return createBudgetBookingAdapter();
			}
			@Override
			public Adapter caseProfitAssumption(ProfitAssumption object) {
				return createProfitAssumptionAdapter();
			}
			@Override
			public Adapter caseCategoryTarget(CategoryTarget object) {
				return createCategoryTargetAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.PlanElement
	 * @generated
	 */
	public Adapter createPlanElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Scheduled <em>Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Scheduled
	 * @generated
	 */
	public Adapter createScheduledAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.TeamMember
	 * @generated
	 */
	public Adapter createTeamMemberAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Channel
	 * @generated
	 */
	public Adapter createChannelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MarketingPlan <em>Marketing Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MarketingPlan
	 * @generated
	 */
	public Adapter createMarketingPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.OpportunitySection <em>Opportunity Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.OpportunitySection
	 * @generated
	 */
	public Adapter createOpportunitySectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.PerformanceReview <em>Performance Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.PerformanceReview
	 * @generated
	 */
	public Adapter createPerformanceReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ChannelPerformance <em>Channel Performance</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ChannelPerformance
	 * @generated
	 */
	public Adapter createChannelPerformanceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ExternalFactor <em>External Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ExternalFactor
	 * @generated
	 */
	public Adapter createExternalFactorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MarketReview <em>Market Review</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MarketReview
	 * @generated
	 */
	public Adapter createMarketReviewAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MarketFinding <em>Market Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MarketFinding
	 * @generated
	 */
	public Adapter createMarketFindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.PestleAnalysis <em>Pestle Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.PestleAnalysis
	 * @generated
	 */
	public Adapter createPestleAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.PestleFactor <em>Pestle Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.PestleFactor
	 * @generated
	 */
	public Adapter createPestleFactorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.SwotAnalysis <em>Swot Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.SwotAnalysis
	 * @generated
	 */
	public Adapter createSwotAnalysisAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.SwotItem
	 * @generated
	 */
	public Adapter createSwotItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.TowsStrategy <em>Tows Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.TowsStrategy
	 * @generated
	 */
	public Adapter createTowsStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.KeyIssue <em>Key Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.KeyIssue
	 * @generated
	 */
	public Adapter createKeyIssueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.SmartObjective <em>Smart Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.SmartObjective
	 * @generated
	 */
	public Adapter createSmartObjectiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ConversionForecast <em>Conversion Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ConversionForecast
	 * @generated
	 */
	public Adapter createConversionForecastAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ForecastInput <em>Forecast Input</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ForecastInput
	 * @generated
	 */
	public Adapter createForecastInputAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.StrategySection <em>Strategy Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.StrategySection
	 * @generated
	 */
	public Adapter createStrategySectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ValueProposition <em>Value Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ValueProposition
	 * @generated
	 */
	public Adapter createValuePropositionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Segment
	 * @generated
	 */
	public Adapter createSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Persona
	 * @generated
	 */
	public Adapter createPersonaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ContentItem <em>Content Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ContentItem
	 * @generated
	 */
	public Adapter createContentItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MixImprovement <em>Mix Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MixImprovement
	 * @generated
	 */
	public Adapter createMixImprovementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CommunicationsStrategy <em>Communications Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CommunicationsStrategy
	 * @generated
	 */
	public Adapter createCommunicationsStrategyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CommunicationPriority <em>Communication Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CommunicationPriority
	 * @generated
	 */
	public Adapter createCommunicationPriorityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AuditActivity <em>Audit Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AuditActivity
	 * @generated
	 */
	public Adapter createAuditActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.BusinessModelCanvas <em>Business Model Canvas</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.BusinessModelCanvas
	 * @generated
	 */
	public Adapter createBusinessModelCanvasAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CanvasItem <em>Canvas Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CanvasItem
	 * @generated
	 */
	public Adapter createCanvasItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ActionSection <em>Action Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ActionSection
	 * @generated
	 */
	public Adapter createActionSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MonthlyAmount <em>Monthly Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MonthlyAmount
	 * @generated
	 */
	public Adapter createMonthlyAmountAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Dashboard <em>Dashboard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Dashboard
	 * @generated
	 */
	public Adapter createDashboardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Kpi
	 * @generated
	 */
	public Adapter createKpiAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.KpiValue <em>Kpi Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.KpiValue
	 * @generated
	 */
	public Adapter createKpiValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Campaign
	 * @generated
	 */
	public Adapter createCampaignAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.KeyMessage <em>Key Message</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.KeyMessage
	 * @generated
	 */
	public Adapter createKeyMessageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MediaPlacement <em>Media Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MediaPlacement
	 * @generated
	 */
	public Adapter createMediaPlacementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Activity
	 * @generated
	 */
	public Adapter createActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AlwaysOnPlan <em>Always On Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AlwaysOnPlan
	 * @generated
	 */
	public Adapter createAlwaysOnPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AlwaysOnActivity <em>Always On Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AlwaysOnActivity
	 * @generated
	 */
	public Adapter createAlwaysOnActivityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MarTechTool <em>Mar Tech Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MarTechTool
	 * @generated
	 */
	public Adapter createMarTechToolAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.NinetyDayPlan <em>Ninety Day Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.NinetyDayPlan
	 * @generated
	 */
	public Adapter createNinetyDayPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ActionItem
	 * @generated
	 */
	public Adapter createActionItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.OperationsSection <em>Operations Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.OperationsSection
	 * @generated
	 */
	public Adapter createOperationsSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.QuarterlyObjective <em>Quarterly Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.QuarterlyObjective
	 * @generated
	 */
	public Adapter createQuarterlyObjectiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.MonthlyObjective <em>Monthly Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.MonthlyObjective
	 * @generated
	 */
	public Adapter createMonthlyObjectiveAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Calendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Calendar
	 * @generated
	 */
	public Adapter createCalendarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CalendarEntry <em>Calendar Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CalendarEntry
	 * @generated
	 */
	public Adapter createCalendarEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.EditorialCalendar <em>Editorial Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.EditorialCalendar
	 * @generated
	 */
	public Adapter createEditorialCalendarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.EditorialEntry <em>Editorial Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.EditorialEntry
	 * @generated
	 */
	public Adapter createEditorialEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AdvertisingCalendar <em>Advertising Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AdvertisingCalendar
	 * @generated
	 */
	public Adapter createAdvertisingCalendarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AdvertisingEntry <em>Advertising Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AdvertisingEntry
	 * @generated
	 */
	public Adapter createAdvertisingEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.DemCalendar <em>Dem Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.DemCalendar
	 * @generated
	 */
	public Adapter createDemCalendarAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.DemEntry <em>Dem Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.DemEntry
	 * @generated
	 */
	public Adapter createDemEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AutomationPlan <em>Automation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AutomationPlan
	 * @generated
	 */
	public Adapter createAutomationPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AutomationEntry <em>Automation Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AutomationEntry
	 * @generated
	 */
	public Adapter createAutomationEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CroPlan <em>Cro Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CroPlan
	 * @generated
	 */
	public Adapter createCroPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CroEntry <em>Cro Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CroEntry
	 * @generated
	 */
	public Adapter createCroEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.LoyaltyPlan <em>Loyalty Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.LoyaltyPlan
	 * @generated
	 */
	public Adapter createLoyaltyPlanAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.LoyaltyEntry <em>Loyalty Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.LoyaltyEntry
	 * @generated
	 */
	public Adapter createLoyaltyEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.RfmSegment <em>Rfm Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.RfmSegment
	 * @generated
	 */
	public Adapter createRfmSegmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.AbTest <em>Ab Test</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.AbTest
	 * @generated
	 */
	public Adapter createAbTestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CustomerJourney <em>Customer Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CustomerJourney
	 * @generated
	 */
	public Adapter createCustomerJourneyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.JourneyStage <em>Journey Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.JourneyStage
	 * @generated
	 */
	public Adapter createJourneyStageAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.Touchpoint
	 * @generated
	 */
	public Adapter createTouchpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.JourneyFlow <em>Journey Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.JourneyFlow
	 * @generated
	 */
	public Adapter createJourneyFlowAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.BudgetBooking <em>Budget Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.BudgetBooking
	 * @generated
	 */
	public Adapter createBudgetBookingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.ProfitAssumption <em>Profit Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.ProfitAssumption
	 * @generated
	 */
	public Adapter createProfitAssumptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.tactician.model.CategoryTarget <em>Category Target</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.tactician.model.CategoryTarget
	 * @generated
	 */
	public Adapter createCategoryTargetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //TacticianAdapterFactory
