/**
 */
package org.tactician.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.tactician.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.tactician.model.TacticianPackage
 * @generated
 */
public class TacticianSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static TacticianPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TacticianSwitch() {
		if (modelPackage == null) {
			modelPackage = TacticianPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case TacticianPackage.PLAN_ELEMENT: {
				PlanElement planElement = (PlanElement)theEObject;
				T result = casePlanElement(planElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = casePlanElement(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.SCHEDULED: {
				Scheduled scheduled = (Scheduled)theEObject;
				T result = caseScheduled(scheduled);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.TEAM_MEMBER: {
				TeamMember teamMember = (TeamMember)theEObject;
				T result = caseTeamMember(teamMember);
				if (result == null) result = caseNamedElement(teamMember);
				if (result == null) result = casePlanElement(teamMember);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CHANNEL: {
				Channel channel = (Channel)theEObject;
				T result = caseChannel(channel);
				if (result == null) result = caseNamedElement(channel);
				if (result == null) result = casePlanElement(channel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MARKETING_PLAN: {
				MarketingPlan marketingPlan = (MarketingPlan)theEObject;
				T result = caseMarketingPlan(marketingPlan);
				if (result == null) result = caseNamedElement(marketingPlan);
				if (result == null) result = caseScheduled(marketingPlan);
				if (result == null) result = casePlanElement(marketingPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.OPPORTUNITY_SECTION: {
				OpportunitySection opportunitySection = (OpportunitySection)theEObject;
				T result = caseOpportunitySection(opportunitySection);
				if (result == null) result = casePlanElement(opportunitySection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.PERFORMANCE_REVIEW: {
				PerformanceReview performanceReview = (PerformanceReview)theEObject;
				T result = casePerformanceReview(performanceReview);
				if (result == null) result = caseNamedElement(performanceReview);
				if (result == null) result = caseScheduled(performanceReview);
				if (result == null) result = casePlanElement(performanceReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CHANNEL_PERFORMANCE: {
				ChannelPerformance channelPerformance = (ChannelPerformance)theEObject;
				T result = caseChannelPerformance(channelPerformance);
				if (result == null) result = casePlanElement(channelPerformance);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.EXTERNAL_FACTOR: {
				ExternalFactor externalFactor = (ExternalFactor)theEObject;
				T result = caseExternalFactor(externalFactor);
				if (result == null) result = caseNamedElement(externalFactor);
				if (result == null) result = casePlanElement(externalFactor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MARKET_REVIEW: {
				MarketReview marketReview = (MarketReview)theEObject;
				T result = caseMarketReview(marketReview);
				if (result == null) result = casePlanElement(marketReview);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MARKET_FINDING: {
				MarketFinding marketFinding = (MarketFinding)theEObject;
				T result = caseMarketFinding(marketFinding);
				if (result == null) result = caseExternalFactor(marketFinding);
				if (result == null) result = caseNamedElement(marketFinding);
				if (result == null) result = casePlanElement(marketFinding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.PESTLE_ANALYSIS: {
				PestleAnalysis pestleAnalysis = (PestleAnalysis)theEObject;
				T result = casePestleAnalysis(pestleAnalysis);
				if (result == null) result = casePlanElement(pestleAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.PESTLE_FACTOR: {
				PestleFactor pestleFactor = (PestleFactor)theEObject;
				T result = casePestleFactor(pestleFactor);
				if (result == null) result = caseExternalFactor(pestleFactor);
				if (result == null) result = caseNamedElement(pestleFactor);
				if (result == null) result = casePlanElement(pestleFactor);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.SWOT_ANALYSIS: {
				SwotAnalysis swotAnalysis = (SwotAnalysis)theEObject;
				T result = caseSwotAnalysis(swotAnalysis);
				if (result == null) result = casePlanElement(swotAnalysis);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.SWOT_ITEM: {
				SwotItem swotItem = (SwotItem)theEObject;
				T result = caseSwotItem(swotItem);
				if (result == null) result = caseNamedElement(swotItem);
				if (result == null) result = casePlanElement(swotItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.TOWS_STRATEGY: {
				TowsStrategy towsStrategy = (TowsStrategy)theEObject;
				T result = caseTowsStrategy(towsStrategy);
				if (result == null) result = caseNamedElement(towsStrategy);
				if (result == null) result = casePlanElement(towsStrategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.KEY_ISSUE: {
				KeyIssue keyIssue = (KeyIssue)theEObject;
				T result = caseKeyIssue(keyIssue);
				if (result == null) result = caseNamedElement(keyIssue);
				if (result == null) result = casePlanElement(keyIssue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.SMART_OBJECTIVE: {
				SmartObjective smartObjective = (SmartObjective)theEObject;
				T result = caseSmartObjective(smartObjective);
				if (result == null) result = caseNamedElement(smartObjective);
				if (result == null) result = casePlanElement(smartObjective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CONVERSION_FORECAST: {
				ConversionForecast conversionForecast = (ConversionForecast)theEObject;
				T result = caseConversionForecast(conversionForecast);
				if (result == null) result = caseNamedElement(conversionForecast);
				if (result == null) result = casePlanElement(conversionForecast);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.FORECAST_INPUT: {
				ForecastInput forecastInput = (ForecastInput)theEObject;
				T result = caseForecastInput(forecastInput);
				if (result == null) result = casePlanElement(forecastInput);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.STRATEGY_SECTION: {
				StrategySection strategySection = (StrategySection)theEObject;
				T result = caseStrategySection(strategySection);
				if (result == null) result = casePlanElement(strategySection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.VALUE_PROPOSITION: {
				ValueProposition valueProposition = (ValueProposition)theEObject;
				T result = caseValueProposition(valueProposition);
				if (result == null) result = casePlanElement(valueProposition);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.SEGMENT: {
				Segment segment = (Segment)theEObject;
				T result = caseSegment(segment);
				if (result == null) result = caseNamedElement(segment);
				if (result == null) result = casePlanElement(segment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.PERSONA: {
				Persona persona = (Persona)theEObject;
				T result = casePersona(persona);
				if (result == null) result = caseNamedElement(persona);
				if (result == null) result = casePlanElement(persona);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CONTENT_ITEM: {
				ContentItem contentItem = (ContentItem)theEObject;
				T result = caseContentItem(contentItem);
				if (result == null) result = caseNamedElement(contentItem);
				if (result == null) result = casePlanElement(contentItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MIX_IMPROVEMENT: {
				MixImprovement mixImprovement = (MixImprovement)theEObject;
				T result = caseMixImprovement(mixImprovement);
				if (result == null) result = caseNamedElement(mixImprovement);
				if (result == null) result = casePlanElement(mixImprovement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.COMMUNICATIONS_STRATEGY: {
				CommunicationsStrategy communicationsStrategy = (CommunicationsStrategy)theEObject;
				T result = caseCommunicationsStrategy(communicationsStrategy);
				if (result == null) result = casePlanElement(communicationsStrategy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.COMMUNICATION_PRIORITY: {
				CommunicationPriority communicationPriority = (CommunicationPriority)theEObject;
				T result = caseCommunicationPriority(communicationPriority);
				if (result == null) result = caseNamedElement(communicationPriority);
				if (result == null) result = casePlanElement(communicationPriority);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.AUDIT_ACTIVITY: {
				AuditActivity auditActivity = (AuditActivity)theEObject;
				T result = caseAuditActivity(auditActivity);
				if (result == null) result = caseNamedElement(auditActivity);
				if (result == null) result = casePlanElement(auditActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.BUSINESS_MODEL_CANVAS: {
				BusinessModelCanvas businessModelCanvas = (BusinessModelCanvas)theEObject;
				T result = caseBusinessModelCanvas(businessModelCanvas);
				if (result == null) result = casePlanElement(businessModelCanvas);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CANVAS_ITEM: {
				CanvasItem canvasItem = (CanvasItem)theEObject;
				T result = caseCanvasItem(canvasItem);
				if (result == null) result = caseNamedElement(canvasItem);
				if (result == null) result = casePlanElement(canvasItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ACTION_SECTION: {
				ActionSection actionSection = (ActionSection)theEObject;
				T result = caseActionSection(actionSection);
				if (result == null) result = casePlanElement(actionSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.BUDGET: {
				Budget budget = (Budget)theEObject;
				T result = caseBudget(budget);
				if (result == null) result = casePlanElement(budget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.BUDGET_LINE: {
				BudgetLine budgetLine = (BudgetLine)theEObject;
				T result = caseBudgetLine(budgetLine);
				if (result == null) result = caseNamedElement(budgetLine);
				if (result == null) result = caseScheduled(budgetLine);
				if (result == null) result = casePlanElement(budgetLine);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MONTHLY_AMOUNT: {
				MonthlyAmount monthlyAmount = (MonthlyAmount)theEObject;
				T result = caseMonthlyAmount(monthlyAmount);
				if (result == null) result = casePlanElement(monthlyAmount);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.DASHBOARD: {
				Dashboard dashboard = (Dashboard)theEObject;
				T result = caseDashboard(dashboard);
				if (result == null) result = casePlanElement(dashboard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.KPI: {
				Kpi kpi = (Kpi)theEObject;
				T result = caseKpi(kpi);
				if (result == null) result = caseNamedElement(kpi);
				if (result == null) result = casePlanElement(kpi);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.KPI_VALUE: {
				KpiValue kpiValue = (KpiValue)theEObject;
				T result = caseKpiValue(kpiValue);
				if (result == null) result = casePlanElement(kpiValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CAMPAIGN: {
				Campaign campaign = (Campaign)theEObject;
				T result = caseCampaign(campaign);
				if (result == null) result = caseNamedElement(campaign);
				if (result == null) result = caseScheduled(campaign);
				if (result == null) result = casePlanElement(campaign);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.KEY_MESSAGE: {
				KeyMessage keyMessage = (KeyMessage)theEObject;
				T result = caseKeyMessage(keyMessage);
				if (result == null) result = caseNamedElement(keyMessage);
				if (result == null) result = casePlanElement(keyMessage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MEDIA_PLACEMENT: {
				MediaPlacement mediaPlacement = (MediaPlacement)theEObject;
				T result = caseMediaPlacement(mediaPlacement);
				if (result == null) result = caseNamedElement(mediaPlacement);
				if (result == null) result = caseScheduled(mediaPlacement);
				if (result == null) result = caseBudgetBooking(mediaPlacement);
				if (result == null) result = casePlanElement(mediaPlacement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ACTIVITY: {
				Activity activity = (Activity)theEObject;
				T result = caseActivity(activity);
				if (result == null) result = caseNamedElement(activity);
				if (result == null) result = caseScheduled(activity);
				if (result == null) result = caseBudgetBooking(activity);
				if (result == null) result = casePlanElement(activity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ALWAYS_ON_PLAN: {
				AlwaysOnPlan alwaysOnPlan = (AlwaysOnPlan)theEObject;
				T result = caseAlwaysOnPlan(alwaysOnPlan);
				if (result == null) result = casePlanElement(alwaysOnPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ALWAYS_ON_ACTIVITY: {
				AlwaysOnActivity alwaysOnActivity = (AlwaysOnActivity)theEObject;
				T result = caseAlwaysOnActivity(alwaysOnActivity);
				if (result == null) result = caseActivity(alwaysOnActivity);
				if (result == null) result = caseNamedElement(alwaysOnActivity);
				if (result == null) result = caseScheduled(alwaysOnActivity);
				if (result == null) result = caseBudgetBooking(alwaysOnActivity);
				if (result == null) result = casePlanElement(alwaysOnActivity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MAR_TECH_TOOL: {
				MarTechTool marTechTool = (MarTechTool)theEObject;
				T result = caseMarTechTool(marTechTool);
				if (result == null) result = caseNamedElement(marTechTool);
				if (result == null) result = caseBudgetBooking(marTechTool);
				if (result == null) result = casePlanElement(marTechTool);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.NINETY_DAY_PLAN: {
				NinetyDayPlan ninetyDayPlan = (NinetyDayPlan)theEObject;
				T result = caseNinetyDayPlan(ninetyDayPlan);
				if (result == null) result = caseNamedElement(ninetyDayPlan);
				if (result == null) result = caseScheduled(ninetyDayPlan);
				if (result == null) result = casePlanElement(ninetyDayPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ACTION_ITEM: {
				ActionItem actionItem = (ActionItem)theEObject;
				T result = caseActionItem(actionItem);
				if (result == null) result = caseActivity(actionItem);
				if (result == null) result = caseNamedElement(actionItem);
				if (result == null) result = caseScheduled(actionItem);
				if (result == null) result = caseBudgetBooking(actionItem);
				if (result == null) result = casePlanElement(actionItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.OPERATIONS_SECTION: {
				OperationsSection operationsSection = (OperationsSection)theEObject;
				T result = caseOperationsSection(operationsSection);
				if (result == null) result = casePlanElement(operationsSection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.QUARTERLY_OBJECTIVE: {
				QuarterlyObjective quarterlyObjective = (QuarterlyObjective)theEObject;
				T result = caseQuarterlyObjective(quarterlyObjective);
				if (result == null) result = caseNamedElement(quarterlyObjective);
				if (result == null) result = casePlanElement(quarterlyObjective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.MONTHLY_OBJECTIVE: {
				MonthlyObjective monthlyObjective = (MonthlyObjective)theEObject;
				T result = caseMonthlyObjective(monthlyObjective);
				if (result == null) result = caseNamedElement(monthlyObjective);
				if (result == null) result = casePlanElement(monthlyObjective);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CALENDAR: {
				Calendar calendar = (Calendar)theEObject;
				T result = caseCalendar(calendar);
				if (result == null) result = caseNamedElement(calendar);
				if (result == null) result = casePlanElement(calendar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CALENDAR_ENTRY: {
				CalendarEntry calendarEntry = (CalendarEntry)theEObject;
				T result = caseCalendarEntry(calendarEntry);
				if (result == null) result = caseNamedElement(calendarEntry);
				if (result == null) result = caseScheduled(calendarEntry);
				if (result == null) result = caseBudgetBooking(calendarEntry);
				if (result == null) result = casePlanElement(calendarEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.EDITORIAL_CALENDAR: {
				EditorialCalendar editorialCalendar = (EditorialCalendar)theEObject;
				T result = caseEditorialCalendar(editorialCalendar);
				if (result == null) result = caseCalendar(editorialCalendar);
				if (result == null) result = caseNamedElement(editorialCalendar);
				if (result == null) result = casePlanElement(editorialCalendar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.EDITORIAL_ENTRY: {
				EditorialEntry editorialEntry = (EditorialEntry)theEObject;
				T result = caseEditorialEntry(editorialEntry);
				if (result == null) result = caseCalendarEntry(editorialEntry);
				if (result == null) result = caseNamedElement(editorialEntry);
				if (result == null) result = caseScheduled(editorialEntry);
				if (result == null) result = caseBudgetBooking(editorialEntry);
				if (result == null) result = casePlanElement(editorialEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ADVERTISING_CALENDAR: {
				AdvertisingCalendar advertisingCalendar = (AdvertisingCalendar)theEObject;
				T result = caseAdvertisingCalendar(advertisingCalendar);
				if (result == null) result = caseCalendar(advertisingCalendar);
				if (result == null) result = caseNamedElement(advertisingCalendar);
				if (result == null) result = casePlanElement(advertisingCalendar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.ADVERTISING_ENTRY: {
				AdvertisingEntry advertisingEntry = (AdvertisingEntry)theEObject;
				T result = caseAdvertisingEntry(advertisingEntry);
				if (result == null) result = caseCalendarEntry(advertisingEntry);
				if (result == null) result = caseNamedElement(advertisingEntry);
				if (result == null) result = caseScheduled(advertisingEntry);
				if (result == null) result = caseBudgetBooking(advertisingEntry);
				if (result == null) result = casePlanElement(advertisingEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.DEM_CALENDAR: {
				DemCalendar demCalendar = (DemCalendar)theEObject;
				T result = caseDemCalendar(demCalendar);
				if (result == null) result = caseCalendar(demCalendar);
				if (result == null) result = caseNamedElement(demCalendar);
				if (result == null) result = casePlanElement(demCalendar);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.DEM_ENTRY: {
				DemEntry demEntry = (DemEntry)theEObject;
				T result = caseDemEntry(demEntry);
				if (result == null) result = caseCalendarEntry(demEntry);
				if (result == null) result = caseNamedElement(demEntry);
				if (result == null) result = caseScheduled(demEntry);
				if (result == null) result = caseBudgetBooking(demEntry);
				if (result == null) result = casePlanElement(demEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.AUTOMATION_PLAN: {
				AutomationPlan automationPlan = (AutomationPlan)theEObject;
				T result = caseAutomationPlan(automationPlan);
				if (result == null) result = caseCalendar(automationPlan);
				if (result == null) result = caseNamedElement(automationPlan);
				if (result == null) result = casePlanElement(automationPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.AUTOMATION_ENTRY: {
				AutomationEntry automationEntry = (AutomationEntry)theEObject;
				T result = caseAutomationEntry(automationEntry);
				if (result == null) result = caseCalendarEntry(automationEntry);
				if (result == null) result = caseNamedElement(automationEntry);
				if (result == null) result = caseScheduled(automationEntry);
				if (result == null) result = caseBudgetBooking(automationEntry);
				if (result == null) result = casePlanElement(automationEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CRO_PLAN: {
				CroPlan croPlan = (CroPlan)theEObject;
				T result = caseCroPlan(croPlan);
				if (result == null) result = caseCalendar(croPlan);
				if (result == null) result = caseNamedElement(croPlan);
				if (result == null) result = casePlanElement(croPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CRO_ENTRY: {
				CroEntry croEntry = (CroEntry)theEObject;
				T result = caseCroEntry(croEntry);
				if (result == null) result = caseCalendarEntry(croEntry);
				if (result == null) result = caseNamedElement(croEntry);
				if (result == null) result = caseScheduled(croEntry);
				if (result == null) result = caseBudgetBooking(croEntry);
				if (result == null) result = casePlanElement(croEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.LOYALTY_PLAN: {
				LoyaltyPlan loyaltyPlan = (LoyaltyPlan)theEObject;
				T result = caseLoyaltyPlan(loyaltyPlan);
				if (result == null) result = caseCalendar(loyaltyPlan);
				if (result == null) result = caseNamedElement(loyaltyPlan);
				if (result == null) result = casePlanElement(loyaltyPlan);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.LOYALTY_ENTRY: {
				LoyaltyEntry loyaltyEntry = (LoyaltyEntry)theEObject;
				T result = caseLoyaltyEntry(loyaltyEntry);
				if (result == null) result = caseCalendarEntry(loyaltyEntry);
				if (result == null) result = caseNamedElement(loyaltyEntry);
				if (result == null) result = caseScheduled(loyaltyEntry);
				if (result == null) result = caseBudgetBooking(loyaltyEntry);
				if (result == null) result = casePlanElement(loyaltyEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.RFM_SEGMENT: {
				RfmSegment rfmSegment = (RfmSegment)theEObject;
				T result = caseRfmSegment(rfmSegment);
				if (result == null) result = caseNamedElement(rfmSegment);
				if (result == null) result = casePlanElement(rfmSegment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.AB_TEST: {
				AbTest abTest = (AbTest)theEObject;
				T result = caseAbTest(abTest);
				if (result == null) result = caseNamedElement(abTest);
				if (result == null) result = casePlanElement(abTest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CUSTOMER_JOURNEY: {
				CustomerJourney customerJourney = (CustomerJourney)theEObject;
				T result = caseCustomerJourney(customerJourney);
				if (result == null) result = caseNamedElement(customerJourney);
				if (result == null) result = casePlanElement(customerJourney);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.JOURNEY_STAGE: {
				JourneyStage journeyStage = (JourneyStage)theEObject;
				T result = caseJourneyStage(journeyStage);
				if (result == null) result = caseNamedElement(journeyStage);
				if (result == null) result = casePlanElement(journeyStage);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.TOUCHPOINT: {
				Touchpoint touchpoint = (Touchpoint)theEObject;
				T result = caseTouchpoint(touchpoint);
				if (result == null) result = caseNamedElement(touchpoint);
				if (result == null) result = casePlanElement(touchpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.JOURNEY_FLOW: {
				JourneyFlow journeyFlow = (JourneyFlow)theEObject;
				T result = caseJourneyFlow(journeyFlow);
				if (result == null) result = caseNamedElement(journeyFlow);
				if (result == null) result = casePlanElement(journeyFlow);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.BUDGET_BOOKING: {
				BudgetBooking budgetBooking = (BudgetBooking)theEObject;
				T result = caseBudgetBooking(budgetBooking);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.PROFIT_ASSUMPTION: {
				ProfitAssumption profitAssumption = (ProfitAssumption)theEObject;
				T result = caseProfitAssumption(profitAssumption);
				if (result == null) result = casePlanElement(profitAssumption);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case TacticianPackage.CATEGORY_TARGET: {
				CategoryTarget categoryTarget = (CategoryTarget)theEObject;
				T result = caseCategoryTarget(categoryTarget);
				if (result == null) result = casePlanElement(categoryTarget);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Plan Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePlanElement(PlanElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scheduled</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scheduled</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScheduled(Scheduled object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Team Member</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Team Member</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTeamMember(TeamMember object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Channel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Channel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChannel(Channel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Marketing Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Marketing Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMarketingPlan(MarketingPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Opportunity Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Opportunity Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOpportunitySection(OpportunitySection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Performance Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Performance Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerformanceReview(PerformanceReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Channel Performance</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Channel Performance</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseChannelPerformance(ChannelPerformance object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>External Factor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>External Factor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExternalFactor(ExternalFactor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Market Review</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Market Review</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMarketReview(MarketReview object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Market Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Market Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMarketFinding(MarketFinding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pestle Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pestle Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePestleAnalysis(PestleAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Pestle Factor</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Pestle Factor</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePestleFactor(PestleFactor object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Swot Analysis</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Swot Analysis</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwotAnalysis(SwotAnalysis object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Swot Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSwotItem(SwotItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Tows Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Tows Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTowsStrategy(TowsStrategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Key Issue</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Key Issue</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeyIssue(KeyIssue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Smart Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Smart Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSmartObjective(SmartObjective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conversion Forecast</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conversion Forecast</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConversionForecast(ConversionForecast object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Forecast Input</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Forecast Input</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseForecastInput(ForecastInput object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Strategy Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Strategy Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStrategySection(StrategySection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Value Proposition</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Value Proposition</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseValueProposition(ValueProposition object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSegment(Segment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Persona</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePersona(Persona object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Content Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Content Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContentItem(ContentItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mix Improvement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mix Improvement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMixImprovement(MixImprovement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Communications Strategy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Communications Strategy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommunicationsStrategy(CommunicationsStrategy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Communication Priority</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Communication Priority</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCommunicationPriority(CommunicationPriority object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Audit Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Audit Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuditActivity(AuditActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Model Canvas</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Model Canvas</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessModelCanvas(BusinessModelCanvas object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Canvas Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Canvas Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCanvasItem(CanvasItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActionSection(ActionSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudget(Budget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Line</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetLine(BudgetLine object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Monthly Amount</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Monthly Amount</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMonthlyAmount(MonthlyAmount object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dashboard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dashboard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDashboard(Dashboard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpi(Kpi object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kpi Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kpi Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKpiValue(KpiValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Campaign</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Campaign</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCampaign(Campaign object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Key Message</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Key Message</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKeyMessage(KeyMessage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Media Placement</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Media Placement</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMediaPlacement(MediaPlacement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActivity(Activity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Always On Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Always On Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlwaysOnPlan(AlwaysOnPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Always On Activity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Always On Activity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAlwaysOnActivity(AlwaysOnActivity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Mar Tech Tool</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Mar Tech Tool</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMarTechTool(MarTechTool object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ninety Day Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ninety Day Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNinetyDayPlan(NinetyDayPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Action Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Action Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseActionItem(ActionItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Operations Section</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Operations Section</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOperationsSection(OperationsSection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Quarterly Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Quarterly Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseQuarterlyObjective(QuarterlyObjective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Monthly Objective</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Monthly Objective</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMonthlyObjective(MonthlyObjective object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Calendar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCalendar(Calendar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Calendar Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Calendar Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCalendarEntry(CalendarEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Editorial Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Editorial Calendar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEditorialCalendar(EditorialCalendar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Editorial Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Editorial Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEditorialEntry(EditorialEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Advertising Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Advertising Calendar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdvertisingCalendar(AdvertisingCalendar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Advertising Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Advertising Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdvertisingEntry(AdvertisingEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dem Calendar</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dem Calendar</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDemCalendar(DemCalendar object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dem Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dem Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDemEntry(DemEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Automation Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Automation Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAutomationPlan(AutomationPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Automation Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Automation Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAutomationEntry(AutomationEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cro Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cro Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCroPlan(CroPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cro Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cro Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCroEntry(CroEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Loyalty Plan</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Loyalty Plan</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLoyaltyPlan(LoyaltyPlan object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Loyalty Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Loyalty Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLoyaltyEntry(LoyaltyEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Rfm Segment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Rfm Segment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRfmSegment(RfmSegment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ab Test</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ab Test</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAbTest(AbTest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Journey</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Journey</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerJourney(CustomerJourney object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Journey Stage</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Journey Stage</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJourneyStage(JourneyStage object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Touchpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Touchpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTouchpoint(Touchpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Journey Flow</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Journey Flow</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJourneyFlow(JourneyFlow object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Budget Booking</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Budget Booking</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBudgetBooking(BudgetBooking object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Profit Assumption</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Profit Assumption</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProfitAssumption(ProfitAssumption object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Category Target</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Category Target</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCategoryTarget(CategoryTarget object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //TacticianSwitch
