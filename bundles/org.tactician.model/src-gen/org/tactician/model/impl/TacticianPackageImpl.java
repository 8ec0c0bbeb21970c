/**
 */
package org.tactician.model.impl;

import java.math.BigDecimal;

import java.time.LocalDate;
import java.time.YearMonth;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.tactician.model.AbTest;
import org.tactician.model.ActionItem;
import org.tactician.model.ActionSection;
import org.tactician.model.Activity;
import org.tactician.model.ActivityStatus;
import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.AlwaysOnActivity;
import org.tactician.model.AlwaysOnPlan;
import org.tactician.model.AuditActivity;
import org.tactician.model.AutomationEntry;
import org.tactician.model.AutomationPlan;
import org.tactician.model.AutomationTrigger;
import org.tactician.model.Budget;
import org.tactician.model.BudgetBooking;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.Calendar;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.CanvasItem;
import org.tactician.model.CategoryTarget;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.ChannelPerformance;
import org.tactician.model.CommunicationPriority;
import org.tactician.model.CommunicationType;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.ContentFormat;
import org.tactician.model.ContentItem;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.CroEntry;
import org.tactician.model.CroPlan;
import org.tactician.model.CustomerJourney;
import org.tactician.model.Dashboard;
import org.tactician.model.DemCalendar;
import org.tactician.model.DemEntry;
import org.tactician.model.Direction;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ExternalFactor;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.FunnelPosition;
import org.tactician.model.JourneyFlow;
import org.tactician.model.JourneyStage;
import org.tactician.model.KeyIssue;
import org.tactician.model.KeyMessage;
import org.tactician.model.Kpi;
import org.tactician.model.KpiValue;
import org.tactician.model.LoyaltyEntry;
import org.tactician.model.LoyaltyPlan;
import org.tactician.model.MarTechCategory;
import org.tactician.model.MarTechTool;
import org.tactician.model.MarketFinding;
import org.tactician.model.MarketReview;
import org.tactician.model.MarketReviewArea;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.MixImprovement;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NamedElement;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.ObjectiveStatus;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PerformanceReview;
import org.tactician.model.Persona;
import org.tactician.model.PestleAnalysis;
import org.tactician.model.PestleCategory;
import org.tactician.model.PestleFactor;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanPhase;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.RfmSegment;
import org.tactician.model.Scheduled;
import org.tactician.model.Segment;
import org.tactician.model.SegmentLayer;
import org.tactician.model.SmartObjective;
import org.tactician.model.StrategySection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TeamMember;
import org.tactician.model.Touchpoint;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.tactician.model.ValueProposition;
import org.tactician.model.Workstream;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TacticianPackageImpl extends EPackageImpl implements TacticianPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass namedElementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scheduledEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass marketingPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass opportunitySectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass performanceReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass channelPerformanceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalFactorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass marketReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass marketFindingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pestleAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass pestleFactorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass swotAnalysisEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass swotItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass towsStrategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyIssueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass smartObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conversionForecastEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass forecastInputEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass strategySectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass valuePropositionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass segmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass personaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contentItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mixImprovementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass communicationsStrategyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass communicationPriorityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auditActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessModelCanvasEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass canvasItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monthlyAmountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dashboardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kpiValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass campaignEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyMessageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass mediaPlacementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alwaysOnPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass alwaysOnActivityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass marTechToolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ninetyDayPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass operationsSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass quarterlyObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass monthlyObjectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass calendarEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass editorialCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass editorialEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass advertisingCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass advertisingEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass demCalendarEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass demEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass automationPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass automationEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass croPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass croEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loyaltyPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass loyaltyEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rfmSegmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass abTestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerJourneyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyStageEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass touchpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass journeyFlowEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetBookingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass profitAssumptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass categoryTargetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum forecastMeasureEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveScopeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum measureKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum directionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum raceStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum funnelPositionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum mediaTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum channelCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum opportunityOrThreatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum marketReviewAreaEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum pestleCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum swotCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum towsCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum segmentLayerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contentFormatEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum marketingMixElementEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum communicationTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum canvasBlockEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum costTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum quarterEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workstreamEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum marTechCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum objectiveStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planPhaseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum automationTriggerEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum purchaseModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType yearMonthEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType decimalEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType percentageEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType moneyEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.tactician.model.TacticianPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TacticianPackageImpl() {
		super(eNS_URI, TacticianFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TacticianPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TacticianPackage init() {
		if (isInited) return (TacticianPackage)EPackage.Registry.INSTANCE.getEPackage(TacticianPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTacticianPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TacticianPackageImpl theTacticianPackage = registeredTacticianPackage instanceof TacticianPackageImpl ? (TacticianPackageImpl)registeredTacticianPackage : new TacticianPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTacticianPackage.createPackageContents();

		// Initialize created meta-data
		theTacticianPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theTacticianPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TacticianPackage.eNS_URI, theTacticianPackage);
		return theTacticianPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanElement() {
		return planElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanElement_Id() {
		return (EAttribute)planElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNamedElement() {
		return namedElementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Name() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNamedElement_Description() {
		return (EAttribute)namedElementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScheduled() {
		return scheduledEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduled_Start() {
		return (EAttribute)scheduledEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScheduled_End() {
		return (EAttribute)scheduledEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeamMember() {
		return teamMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeamMember_Role() {
		return (EAttribute)teamMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeamMember_Email() {
		return (EAttribute)teamMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannel() {
		return channelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Category() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_MediaType() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Url() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannel_Online() {
		return (EAttribute)channelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarketingPlan() {
		return marketingPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketingPlan_Brand() {
		return (EAttribute)marketingPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketingPlan_Currency() {
		return (EAttribute)marketingPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketingPlan_Language() {
		return (EAttribute)marketingPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketingPlan_Author() {
		return (EAttribute)marketingPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Owner() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Team() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Channels() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Opportunity() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Strategy() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Action() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Operations() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketingPlan_Journeys() {
		return (EReference)marketingPlanEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOpportunitySection() {
		return opportunitySectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunitySection_PerformanceReview() {
		return (EReference)opportunitySectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunitySection_MarketReview() {
		return (EReference)opportunitySectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunitySection_Pestle() {
		return (EReference)opportunitySectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunitySection_Swot() {
		return (EReference)opportunitySectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunitySection_Objectives() {
		return (EReference)opportunitySectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOpportunitySection_Forecast() {
		return (EReference)opportunitySectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerformanceReview() {
		return performanceReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_SalesTarget() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_Sales() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_Profit() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_NewCustomers() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_RetentionRate() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_GrowthRate() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerformanceReview_MissedOpportunities() {
		return (EAttribute)performanceReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerformanceReview_ChannelMetrics() {
		return (EReference)performanceReviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChannelPerformance() {
		return channelPerformanceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChannelPerformance_Channel() {
		return (EReference)channelPerformanceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_Sessions() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_ConversionRate() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_AverageOrderValue() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_Revenue() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_Cost() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_NewCustomers() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_RetentionRate() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChannelPerformance_Notes() {
		return (EAttribute)channelPerformanceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalFactor() {
		return externalFactorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalFactor_Effect() {
		return (EAttribute)externalFactorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarketReview() {
		return marketReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarketReview_Findings() {
		return (EReference)marketReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarketFinding() {
		return marketFindingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketFinding_Area() {
		return (EAttribute)marketFindingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarketFinding_Source() {
		return (EAttribute)marketFindingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPestleAnalysis() {
		return pestleAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPestleAnalysis_Factors() {
		return (EReference)pestleAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPestleFactor() {
		return pestleFactorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPestleFactor_Category() {
		return (EAttribute)pestleFactorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPestleFactor_Impact() {
		return (EAttribute)pestleFactorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPestleFactor_Likelihood() {
		return (EAttribute)pestleFactorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwotAnalysis() {
		return swotAnalysisEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_Items() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_Strategies() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_KeyIssues() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_Strengths() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_Weaknesses() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_Opportunities() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_Threats() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_SoStrategies() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_WoStrategies() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_StStrategies() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotAnalysis_WtStrategies() {
		return (EReference)swotAnalysisEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSwotAnalysis__ItemsIn__SwotCategory() {
		return swotAnalysisEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getSwotAnalysis__StrategiesIn__TowsCategory() {
		return swotAnalysisEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSwotItem() {
		return swotItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Category() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSwotItem_Importance() {
		return (EAttribute)swotItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotItem_Evidence() {
		return (EReference)swotItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSwotItem_Strategies() {
		return (EReference)swotItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTowsStrategy() {
		return towsStrategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTowsStrategy_Category() {
		return (EAttribute)towsStrategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTowsStrategy_SwotItems() {
		return (EReference)towsStrategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTowsStrategy_Priority() {
		return (EAttribute)towsStrategyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTowsStrategy_Objectives() {
		return (EReference)towsStrategyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyIssue() {
		return keyIssueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyIssue_Priority() {
		return (EAttribute)keyIssueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyIssue_SwotItems() {
		return (EReference)keyIssueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyIssue_Strategies() {
		return (EReference)keyIssueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSmartObjective() {
		return smartObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Metric() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_ForecastMeasure() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Kpi() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Baseline() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Target() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Unit() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Deadline() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Owner() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_RaceStage() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Scope() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Channels() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Segments() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_MeasureKind() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_Direction() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Strategy() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSmartObjective_BusinessGoal() {
		return (EAttribute)smartObjectiveEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Activities() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_Campaigns() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_CalendarEntries() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSmartObjective_QuarterlyObjectives() {
		return (EReference)smartObjectiveEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConversionForecast() {
		return conversionForecastEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConversionForecast_Inputs() {
		return (EReference)conversionForecastEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConversionForecast_GrossMargin() {
		return (EAttribute)conversionForecastEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConversionForecast_ReturnRate() {
		return (EAttribute)conversionForecastEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConversionForecast_FulfilmentCostPerOrder() {
		return (EAttribute)conversionForecastEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConversionForecast_Assumptions() {
		return (EReference)conversionForecastEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getForecastInput() {
		return forecastInputEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForecastInput_Month() {
		return (EAttribute)forecastInputEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getForecastInput_Channel() {
		return (EReference)forecastInputEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getForecastInput_Segment() {
		return (EReference)forecastInputEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForecastInput_Sessions() {
		return (EAttribute)forecastInputEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForecastInput_ConversionRate() {
		return (EAttribute)forecastInputEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getForecastInput_AverageOrderValue() {
		return (EAttribute)forecastInputEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStrategySection() {
		return strategySectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_ValueProposition() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_Segments() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_Personas() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_ContentMap() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_MarketingMix() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_Communications() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStrategySection_BusinessModelCanvas() {
		return (EReference)strategySectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getValueProposition() {
		return valuePropositionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueProposition_ElevatorPitch() {
		return (EAttribute)valuePropositionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueProposition_DigitalValueProposition() {
		return (EAttribute)valuePropositionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueProposition_BrandIdentity() {
		return (EAttribute)valuePropositionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getValueProposition_ToneOfVoice() {
		return (EAttribute)valuePropositionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSegment() {
		return segmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Layer() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Criteria() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_ProductOrService() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_EstimatedSize() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSegment_Priority() {
		return (EAttribute)segmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Parent() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Channels() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSegment_Subsegments() {
		return (EReference)segmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPersona() {
		return personaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Segments() {
		return (EReference)personaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Profile() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_Goals() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPersona_PainPoints() {
		return (EAttribute)personaEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_PreferredChannels() {
		return (EReference)personaEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPersona_Touchpoints() {
		return (EReference)personaEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContentItem() {
		return contentItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentItem_Format() {
		return (EAttribute)contentItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentItem_RaceStage() {
		return (EAttribute)contentItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Personas() {
		return (EReference)contentItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContentItem_Channels() {
		return (EReference)contentItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContentItem_Url() {
		return (EAttribute)contentItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMixImprovement() {
		return mixImprovementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMixImprovement_Element() {
		return (EAttribute)mixImprovementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMixImprovement_CurrentSituation() {
		return (EAttribute)mixImprovementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMixImprovement_Priority() {
		return (EAttribute)mixImprovementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommunicationsStrategy() {
		return communicationsStrategyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunicationsStrategy_Priorities() {
		return (EReference)communicationsStrategyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommunicationsStrategy_Audit() {
		return (EReference)communicationsStrategyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommunicationPriority() {
		return communicationPriorityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunicationPriority_Type() {
		return (EAttribute)communicationPriorityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunicationPriority_RaceStage() {
		return (EAttribute)communicationPriorityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCommunicationPriority_Priority() {
		return (EAttribute)communicationPriorityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuditActivity() {
		return auditActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditActivity_RaceStage() {
		return (EAttribute)auditActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditActivity_Capability() {
		return (EAttribute)auditActivityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditActivity_Priority() {
		return (EAttribute)auditActivityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessModelCanvas() {
		return businessModelCanvasEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_Items() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_KeyPartners() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_KeyActivities() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_KeyResources() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_ValuePropositions() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_CustomerRelationships() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_Channels() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_CustomerSegments() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_CostStructure() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessModelCanvas_RevenueStreams() {
		return (EReference)businessModelCanvasEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getBusinessModelCanvas__ItemsIn__CanvasBlock() {
		return businessModelCanvasEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCanvasItem() {
		return canvasItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCanvasItem_Block() {
		return (EAttribute)canvasItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvasItem_Segments() {
		return (EReference)canvasItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvasItem_Channels() {
		return (EReference)canvasItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCanvasItem_Costs() {
		return (EReference)canvasItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionSection() {
		return actionSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSection_Budget() {
		return (EReference)actionSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSection_Dashboard() {
		return (EReference)actionSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSection_Campaigns() {
		return (EReference)actionSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSection_AlwaysOnPlan() {
		return (EReference)actionSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSection_MartechStack() {
		return (EReference)actionSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActionSection_NinetyDayPlans() {
		return (EReference)actionSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudget() {
		return budgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_Lines() {
		return (EReference)budgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_ApprovedTotal() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_CategoryTargets() {
		return (EReference)budgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine() {
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Category() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_CostType() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_RaceStage() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Amount() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Phasing() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Channel() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Campaign() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Kpis() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Supplier() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_PhasedTotal() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetLine_Bookings() {
		return (EReference)budgetLineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Allocated() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonthlyAmount() {
		return monthlyAmountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyAmount_Month() {
		return (EAttribute)monthlyAmountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyAmount_Amount() {
		return (EAttribute)monthlyAmountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDashboard() {
		return dashboardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDashboard_Kpis() {
		return (EReference)dashboardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpi() {
		return kpiEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_RaceStage() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Unit() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Baseline() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_Target() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_TargetYearOnYear() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_TargetMonthOnMonth() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Channel() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpi_DataSource() {
		return (EAttribute)kpiEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Owner() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKpi_Values() {
		return (EReference)kpiEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKpiValue() {
		return kpiValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Month() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Target() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_Actual() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKpiValue_PreviousYear() {
		return (EAttribute)kpiValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCampaign() {
		return campaignEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Objectives() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Goals() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Tracking() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Audience() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Personas() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_KeyMessages() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_MediaPlan() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_Budget() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Owner() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_EditorialPlan() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_CalendarEntries() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCampaign_Activities() {
		return (EReference)campaignEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCampaign_PlannedSpend() {
		return (EAttribute)campaignEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyMessage() {
		return keyMessageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKeyMessage_Personas() {
		return (EReference)keyMessageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMediaPlacement() {
		return mediaPlacementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediaPlacement_Channel() {
		return (EReference)mediaPlacementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaPlacement_MediaType() {
		return (EAttribute)mediaPlacementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMediaPlacement_Targeting() {
		return (EAttribute)mediaPlacementEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediaPlacement_Kpi() {
		return (EReference)mediaPlacementEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMediaPlacement_CalendarEntries() {
		return (EReference)mediaPlacementEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_RaceStage() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Channel() {
		return (EReference)activityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Owner() {
		return (EReference)activityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Objectives() {
		return (EReference)activityEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Campaign() {
		return (EReference)activityEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Priority() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivity_Status() {
		return (EAttribute)activityEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlwaysOnPlan() {
		return alwaysOnPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAlwaysOnPlan_Activities() {
		return (EReference)alwaysOnPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAlwaysOnActivity() {
		return alwaysOnActivityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAlwaysOnActivity_Quarters() {
		return (EAttribute)alwaysOnActivityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMarTechTool() {
		return marTechToolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarTechTool_Category() {
		return (EAttribute)marTechToolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarTechTool_Vendor() {
		return (EAttribute)marTechToolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarTechTool_Url() {
		return (EAttribute)marTechToolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMarTechTool_RaceStages() {
		return (EAttribute)marTechToolEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMarTechTool_Owner() {
		return (EReference)marTechToolEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNinetyDayPlan() {
		return ninetyDayPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNinetyDayPlan_Quarter() {
		return (EAttribute)ninetyDayPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNinetyDayPlan_Actions() {
		return (EReference)ninetyDayPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionItem() {
		return actionItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionItem_Workstream() {
		return (EAttribute)actionItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOperationsSection() {
		return operationsSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_QuarterlyObjectives() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_MonthlyObjectives() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_EditorialCalendar() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_AdvertisingCalendar() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_DemCalendar() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_AutomationPlan() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_CroPlan() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_LoyaltyPlan() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOperationsSection_Calendars() {
		return (EReference)operationsSectionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getQuarterlyObjective() {
		return quarterlyObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuarterlyObjective_Quarter() {
		return (EAttribute)quarterlyObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuarterlyObjective_AnnualObjective() {
		return (EReference)quarterlyObjectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuarterlyObjective_Target() {
		return (EAttribute)quarterlyObjectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getQuarterlyObjective_Unit() {
		return (EAttribute)quarterlyObjectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuarterlyObjective_Owner() {
		return (EReference)quarterlyObjectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuarterlyObjective_Activities() {
		return (EReference)quarterlyObjectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getQuarterlyObjective_MonthlyObjectives() {
		return (EReference)quarterlyObjectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMonthlyObjective() {
		return monthlyObjectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Month() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Deadline() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Phase() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonthlyObjective_QuarterlyObjective() {
		return (EReference)monthlyObjectiveEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Target() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Unit() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Actual() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMonthlyObjective_Status() {
		return (EAttribute)monthlyObjectiveEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMonthlyObjective_Owner() {
		return (EReference)monthlyObjectiveEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCalendar() {
		return calendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendar_AllEntries() {
		return (EReference)calendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCalendarEntry() {
		return calendarEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendarEntry_Channel() {
		return (EReference)calendarEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendarEntry_Owner() {
		return (EReference)calendarEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendarEntry_Placement() {
		return (EReference)calendarEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarEntry_PlannedCost() {
		return (EAttribute)calendarEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendarEntry_Objective() {
		return (EReference)calendarEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendarEntry_Campaign() {
		return (EReference)calendarEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCalendarEntry_Activity() {
		return (EReference)calendarEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarEntry_RaceStage() {
		return (EAttribute)calendarEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCalendarEntry_Status() {
		return (EAttribute)calendarEntryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEditorialCalendar() {
		return editorialCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEditorialCalendar_Entries() {
		return (EReference)editorialCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEditorialEntry() {
		return editorialEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEditorialEntry_Content() {
		return (EReference)editorialEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEditorialEntry_Format() {
		return (EAttribute)editorialEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEditorialEntry_Outlet() {
		return (EAttribute)editorialEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEditorialEntry_Personas() {
		return (EReference)editorialEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdvertisingCalendar() {
		return advertisingCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvertisingCalendar_Entries() {
		return (EReference)advertisingCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdvertisingEntry() {
		return advertisingEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdvertisingEntry_MediaType() {
		return (EAttribute)advertisingEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvertisingEntry_Content() {
		return (EReference)advertisingEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdvertisingEntry_Targeting() {
		return (EAttribute)advertisingEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAdvertisingEntry_AbTests() {
		return (EReference)advertisingEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDemCalendar() {
		return demCalendarEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemCalendar_Entries() {
		return (EReference)demCalendarEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDemEntry() {
		return demEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemEntry_ListProvider() {
		return (EAttribute)demEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDemEntry_AudienceSize() {
		return (EAttribute)demEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemEntry_Segment() {
		return (EReference)demEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDemEntry_Content() {
		return (EReference)demEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAutomationPlan() {
		return automationPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomationPlan_Entries() {
		return (EReference)automationPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAutomationEntry() {
		return automationEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAutomationEntry_Trigger() {
		return (EAttribute)automationEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomationEntry_Segment() {
		return (EReference)automationEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAutomationEntry_Content() {
		return (EReference)automationEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCroPlan() {
		return croPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCroPlan_Entries() {
		return (EReference)croPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCroEntry() {
		return croEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCroEntry_Page() {
		return (EAttribute)croEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCroEntry_Hypothesis() {
		return (EAttribute)croEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCroEntry_Metric() {
		return (EAttribute)croEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCroEntry_ExpectedUplift() {
		return (EAttribute)croEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCroEntry_Test() {
		return (EReference)croEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoyaltyPlan() {
		return loyaltyPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoyaltyPlan_RfmSegments() {
		return (EReference)loyaltyPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoyaltyPlan_Entries() {
		return (EReference)loyaltyPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLoyaltyEntry() {
		return loyaltyEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLoyaltyEntry_RfmSegment() {
		return (EReference)loyaltyEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLoyaltyEntry_Offer() {
		return (EAttribute)loyaltyEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRfmSegment() {
		return rfmSegmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRfmSegment_RecencyScore() {
		return (EAttribute)rfmSegmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRfmSegment_FrequencyScore() {
		return (EAttribute)rfmSegmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRfmSegment_MonetaryScore() {
		return (EAttribute)rfmSegmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRfmSegment_Segment() {
		return (EReference)rfmSegmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAbTest() {
		return abTestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbTest_Hypothesis() {
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbTest_VariantA() {
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbTest_VariantB() {
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAbTest_Metric() {
		return (EAttribute)abTestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerJourney() {
		return customerJourneyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerJourney_Personas() {
		return (EReference)customerJourneyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerJourney_Stages() {
		return (EReference)customerJourneyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerJourney_Flows() {
		return (EReference)customerJourneyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourneyStage() {
		return journeyStageEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyStage_RaceStage() {
		return (EAttribute)journeyStageEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyStage_Touchpoints() {
		return (EReference)journeyStageEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTouchpoint() {
		return touchpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_MediaType() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Channel() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Personas() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Segments() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Content() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Activity() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTouchpoint_Purchase() {
		return (EAttribute)touchpointEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Outgoing() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTouchpoint_Incoming() {
		return (EReference)touchpointEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJourneyFlow() {
		return journeyFlowEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyFlow_Source() {
		return (EReference)journeyFlowEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyFlow_Target() {
		return (EReference)journeyFlowEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJourneyFlow_Condition() {
		return (EAttribute)journeyFlowEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getJourneyFlow_Persona() {
		return (EReference)journeyFlowEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetBooking() {
		return budgetBookingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudgetBooking_BudgetLine() {
		return (EReference)budgetBookingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetBooking_BookedAmount() {
		return (EAttribute)budgetBookingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProfitAssumption() {
		return profitAssumptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfitAssumption_Channel() {
		return (EReference)profitAssumptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProfitAssumption_Segment() {
		return (EReference)profitAssumptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfitAssumption_GrossMargin() {
		return (EAttribute)profitAssumptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfitAssumption_ReturnRate() {
		return (EAttribute)profitAssumptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfitAssumption_FulfilmentCostPerOrder() {
		return (EAttribute)profitAssumptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProfitAssumption_Notes() {
		return (EAttribute)profitAssumptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCategoryTarget() {
		return categoryTargetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryTarget_Category() {
		return (EAttribute)categoryTargetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCategoryTarget_Amount() {
		return (EAttribute)categoryTargetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getForecastMeasure() {
		return forecastMeasureEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveScope() {
		return objectiveScopeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeasureKind() {
		return measureKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDirection() {
		return directionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRaceStage() {
		return raceStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFunnelPosition() {
		return funnelPositionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMediaType() {
		return mediaTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChannelCategory() {
		return channelCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getOpportunityOrThreat() {
		return opportunityOrThreatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMarketReviewArea() {
		return marketReviewAreaEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPestleCategory() {
		return pestleCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSwotCategory() {
		return swotCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTowsCategory() {
		return towsCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSegmentLayer() {
		return segmentLayerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContentFormat() {
		return contentFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMarketingMixElement() {
		return marketingMixElementEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCommunicationType() {
		return communicationTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCanvasBlock() {
		return canvasBlockEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetCategory() {
		return budgetCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCostType() {
		return costTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getQuarter() {
		return quarterEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkstream() {
		return workstreamEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMarTechCategory() {
		return marTechCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityStatus() {
		return activityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObjectiveStatus() {
		return objectiveStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanPhase() {
		return planPhaseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAutomationTrigger() {
		return automationTriggerEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPurchaseMode() {
		return purchaseModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getYearMonth() {
		return yearMonthEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getDecimal() {
		return decimalEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getPercentage() {
		return percentageEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getMoney() {
		return moneyEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TacticianFactory getTacticianFactory() {
		return (TacticianFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		planElementEClass = createEClass(PLAN_ELEMENT);
		createEAttribute(planElementEClass, PLAN_ELEMENT__ID);

		namedElementEClass = createEClass(NAMED_ELEMENT);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__NAME);
		createEAttribute(namedElementEClass, NAMED_ELEMENT__DESCRIPTION);

		scheduledEClass = createEClass(SCHEDULED);
		createEAttribute(scheduledEClass, SCHEDULED__START);
		createEAttribute(scheduledEClass, SCHEDULED__END);

		teamMemberEClass = createEClass(TEAM_MEMBER);
		createEAttribute(teamMemberEClass, TEAM_MEMBER__ROLE);
		createEAttribute(teamMemberEClass, TEAM_MEMBER__EMAIL);

		channelEClass = createEClass(CHANNEL);
		createEAttribute(channelEClass, CHANNEL__CATEGORY);
		createEAttribute(channelEClass, CHANNEL__MEDIA_TYPE);
		createEAttribute(channelEClass, CHANNEL__URL);
		createEAttribute(channelEClass, CHANNEL__ONLINE);

		marketingPlanEClass = createEClass(MARKETING_PLAN);
		createEAttribute(marketingPlanEClass, MARKETING_PLAN__BRAND);
		createEAttribute(marketingPlanEClass, MARKETING_PLAN__CURRENCY);
		createEAttribute(marketingPlanEClass, MARKETING_PLAN__LANGUAGE);
		createEAttribute(marketingPlanEClass, MARKETING_PLAN__AUTHOR);
		createEReference(marketingPlanEClass, MARKETING_PLAN__OWNER);
		createEReference(marketingPlanEClass, MARKETING_PLAN__TEAM);
		createEReference(marketingPlanEClass, MARKETING_PLAN__CHANNELS);
		createEReference(marketingPlanEClass, MARKETING_PLAN__OPPORTUNITY);
		createEReference(marketingPlanEClass, MARKETING_PLAN__STRATEGY);
		createEReference(marketingPlanEClass, MARKETING_PLAN__ACTION);
		createEReference(marketingPlanEClass, MARKETING_PLAN__OPERATIONS);
		createEReference(marketingPlanEClass, MARKETING_PLAN__JOURNEYS);

		opportunitySectionEClass = createEClass(OPPORTUNITY_SECTION);
		createEReference(opportunitySectionEClass, OPPORTUNITY_SECTION__PERFORMANCE_REVIEW);
		createEReference(opportunitySectionEClass, OPPORTUNITY_SECTION__MARKET_REVIEW);
		createEReference(opportunitySectionEClass, OPPORTUNITY_SECTION__PESTLE);
		createEReference(opportunitySectionEClass, OPPORTUNITY_SECTION__SWOT);
		createEReference(opportunitySectionEClass, OPPORTUNITY_SECTION__OBJECTIVES);
		createEReference(opportunitySectionEClass, OPPORTUNITY_SECTION__FORECAST);

		performanceReviewEClass = createEClass(PERFORMANCE_REVIEW);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__SALES_TARGET);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__SALES);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__PROFIT);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__NEW_CUSTOMERS);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__RETENTION_RATE);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__GROWTH_RATE);
		createEAttribute(performanceReviewEClass, PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES);
		createEReference(performanceReviewEClass, PERFORMANCE_REVIEW__CHANNEL_METRICS);

		channelPerformanceEClass = createEClass(CHANNEL_PERFORMANCE);
		createEReference(channelPerformanceEClass, CHANNEL_PERFORMANCE__CHANNEL);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__SESSIONS);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__CONVERSION_RATE);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__REVENUE);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__COST);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__NEW_CUSTOMERS);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__RETENTION_RATE);
		createEAttribute(channelPerformanceEClass, CHANNEL_PERFORMANCE__NOTES);

		externalFactorEClass = createEClass(EXTERNAL_FACTOR);
		createEAttribute(externalFactorEClass, EXTERNAL_FACTOR__EFFECT);

		marketReviewEClass = createEClass(MARKET_REVIEW);
		createEReference(marketReviewEClass, MARKET_REVIEW__FINDINGS);

		marketFindingEClass = createEClass(MARKET_FINDING);
		createEAttribute(marketFindingEClass, MARKET_FINDING__AREA);
		createEAttribute(marketFindingEClass, MARKET_FINDING__SOURCE);

		pestleAnalysisEClass = createEClass(PESTLE_ANALYSIS);
		createEReference(pestleAnalysisEClass, PESTLE_ANALYSIS__FACTORS);

		pestleFactorEClass = createEClass(PESTLE_FACTOR);
		createEAttribute(pestleFactorEClass, PESTLE_FACTOR__CATEGORY);
		createEAttribute(pestleFactorEClass, PESTLE_FACTOR__IMPACT);
		createEAttribute(pestleFactorEClass, PESTLE_FACTOR__LIKELIHOOD);

		swotAnalysisEClass = createEClass(SWOT_ANALYSIS);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__ITEMS);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__STRATEGIES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__KEY_ISSUES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__STRENGTHS);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__WEAKNESSES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__OPPORTUNITIES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__THREATS);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__SO_STRATEGIES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__WO_STRATEGIES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__ST_STRATEGIES);
		createEReference(swotAnalysisEClass, SWOT_ANALYSIS__WT_STRATEGIES);
		createEOperation(swotAnalysisEClass, SWOT_ANALYSIS___ITEMS_IN__SWOTCATEGORY);
		createEOperation(swotAnalysisEClass, SWOT_ANALYSIS___STRATEGIES_IN__TOWSCATEGORY);

		swotItemEClass = createEClass(SWOT_ITEM);
		createEAttribute(swotItemEClass, SWOT_ITEM__CATEGORY);
		createEAttribute(swotItemEClass, SWOT_ITEM__IMPORTANCE);
		createEReference(swotItemEClass, SWOT_ITEM__EVIDENCE);
		createEReference(swotItemEClass, SWOT_ITEM__STRATEGIES);

		towsStrategyEClass = createEClass(TOWS_STRATEGY);
		createEAttribute(towsStrategyEClass, TOWS_STRATEGY__CATEGORY);
		createEReference(towsStrategyEClass, TOWS_STRATEGY__SWOT_ITEMS);
		createEAttribute(towsStrategyEClass, TOWS_STRATEGY__PRIORITY);
		createEReference(towsStrategyEClass, TOWS_STRATEGY__OBJECTIVES);

		keyIssueEClass = createEClass(KEY_ISSUE);
		createEAttribute(keyIssueEClass, KEY_ISSUE__PRIORITY);
		createEReference(keyIssueEClass, KEY_ISSUE__SWOT_ITEMS);
		createEReference(keyIssueEClass, KEY_ISSUE__STRATEGIES);

		smartObjectiveEClass = createEClass(SMART_OBJECTIVE);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__METRIC);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__FORECAST_MEASURE);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__KPI);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__BASELINE);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__TARGET);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__UNIT);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__DEADLINE);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__OWNER);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__RACE_STAGE);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__SCOPE);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__CHANNELS);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__SEGMENTS);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__MEASURE_KIND);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__DIRECTION);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__STRATEGY);
		createEAttribute(smartObjectiveEClass, SMART_OBJECTIVE__BUSINESS_GOAL);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__ACTIVITIES);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__CAMPAIGNS);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__CALENDAR_ENTRIES);
		createEReference(smartObjectiveEClass, SMART_OBJECTIVE__QUARTERLY_OBJECTIVES);

		conversionForecastEClass = createEClass(CONVERSION_FORECAST);
		createEReference(conversionForecastEClass, CONVERSION_FORECAST__INPUTS);
		createEAttribute(conversionForecastEClass, CONVERSION_FORECAST__GROSS_MARGIN);
		createEAttribute(conversionForecastEClass, CONVERSION_FORECAST__RETURN_RATE);
		createEAttribute(conversionForecastEClass, CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER);
		createEReference(conversionForecastEClass, CONVERSION_FORECAST__ASSUMPTIONS);

		forecastInputEClass = createEClass(FORECAST_INPUT);
		createEAttribute(forecastInputEClass, FORECAST_INPUT__MONTH);
		createEReference(forecastInputEClass, FORECAST_INPUT__CHANNEL);
		createEReference(forecastInputEClass, FORECAST_INPUT__SEGMENT);
		createEAttribute(forecastInputEClass, FORECAST_INPUT__SESSIONS);
		createEAttribute(forecastInputEClass, FORECAST_INPUT__CONVERSION_RATE);
		createEAttribute(forecastInputEClass, FORECAST_INPUT__AVERAGE_ORDER_VALUE);

		strategySectionEClass = createEClass(STRATEGY_SECTION);
		createEReference(strategySectionEClass, STRATEGY_SECTION__VALUE_PROPOSITION);
		createEReference(strategySectionEClass, STRATEGY_SECTION__SEGMENTS);
		createEReference(strategySectionEClass, STRATEGY_SECTION__PERSONAS);
		createEReference(strategySectionEClass, STRATEGY_SECTION__CONTENT_MAP);
		createEReference(strategySectionEClass, STRATEGY_SECTION__MARKETING_MIX);
		createEReference(strategySectionEClass, STRATEGY_SECTION__COMMUNICATIONS);
		createEReference(strategySectionEClass, STRATEGY_SECTION__BUSINESS_MODEL_CANVAS);

		valuePropositionEClass = createEClass(VALUE_PROPOSITION);
		createEAttribute(valuePropositionEClass, VALUE_PROPOSITION__ELEVATOR_PITCH);
		createEAttribute(valuePropositionEClass, VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION);
		createEAttribute(valuePropositionEClass, VALUE_PROPOSITION__BRAND_IDENTITY);
		createEAttribute(valuePropositionEClass, VALUE_PROPOSITION__TONE_OF_VOICE);

		segmentEClass = createEClass(SEGMENT);
		createEAttribute(segmentEClass, SEGMENT__LAYER);
		createEAttribute(segmentEClass, SEGMENT__CRITERIA);
		createEAttribute(segmentEClass, SEGMENT__PRODUCT_OR_SERVICE);
		createEAttribute(segmentEClass, SEGMENT__ESTIMATED_SIZE);
		createEAttribute(segmentEClass, SEGMENT__PRIORITY);
		createEReference(segmentEClass, SEGMENT__PARENT);
		createEReference(segmentEClass, SEGMENT__CHANNELS);
		createEReference(segmentEClass, SEGMENT__SUBSEGMENTS);

		personaEClass = createEClass(PERSONA);
		createEReference(personaEClass, PERSONA__SEGMENTS);
		createEAttribute(personaEClass, PERSONA__PROFILE);
		createEAttribute(personaEClass, PERSONA__GOALS);
		createEAttribute(personaEClass, PERSONA__PAIN_POINTS);
		createEReference(personaEClass, PERSONA__PREFERRED_CHANNELS);
		createEReference(personaEClass, PERSONA__TOUCHPOINTS);

		contentItemEClass = createEClass(CONTENT_ITEM);
		createEAttribute(contentItemEClass, CONTENT_ITEM__FORMAT);
		createEAttribute(contentItemEClass, CONTENT_ITEM__RACE_STAGE);
		createEReference(contentItemEClass, CONTENT_ITEM__PERSONAS);
		createEReference(contentItemEClass, CONTENT_ITEM__CHANNELS);
		createEAttribute(contentItemEClass, CONTENT_ITEM__URL);

		mixImprovementEClass = createEClass(MIX_IMPROVEMENT);
		createEAttribute(mixImprovementEClass, MIX_IMPROVEMENT__ELEMENT);
		createEAttribute(mixImprovementEClass, MIX_IMPROVEMENT__CURRENT_SITUATION);
		createEAttribute(mixImprovementEClass, MIX_IMPROVEMENT__PRIORITY);

		communicationsStrategyEClass = createEClass(COMMUNICATIONS_STRATEGY);
		createEReference(communicationsStrategyEClass, COMMUNICATIONS_STRATEGY__PRIORITIES);
		createEReference(communicationsStrategyEClass, COMMUNICATIONS_STRATEGY__AUDIT);

		communicationPriorityEClass = createEClass(COMMUNICATION_PRIORITY);
		createEAttribute(communicationPriorityEClass, COMMUNICATION_PRIORITY__TYPE);
		createEAttribute(communicationPriorityEClass, COMMUNICATION_PRIORITY__RACE_STAGE);
		createEAttribute(communicationPriorityEClass, COMMUNICATION_PRIORITY__PRIORITY);

		auditActivityEClass = createEClass(AUDIT_ACTIVITY);
		createEAttribute(auditActivityEClass, AUDIT_ACTIVITY__RACE_STAGE);
		createEAttribute(auditActivityEClass, AUDIT_ACTIVITY__CAPABILITY);
		createEAttribute(auditActivityEClass, AUDIT_ACTIVITY__PRIORITY);

		businessModelCanvasEClass = createEClass(BUSINESS_MODEL_CANVAS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__ITEMS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__KEY_PARTNERS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__KEY_ACTIVITIES);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__KEY_RESOURCES);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__VALUE_PROPOSITIONS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__CUSTOMER_RELATIONSHIPS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__CHANNELS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__CUSTOMER_SEGMENTS);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__COST_STRUCTURE);
		createEReference(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS__REVENUE_STREAMS);
		createEOperation(businessModelCanvasEClass, BUSINESS_MODEL_CANVAS___ITEMS_IN__CANVASBLOCK);

		canvasItemEClass = createEClass(CANVAS_ITEM);
		createEAttribute(canvasItemEClass, CANVAS_ITEM__BLOCK);
		createEReference(canvasItemEClass, CANVAS_ITEM__SEGMENTS);
		createEReference(canvasItemEClass, CANVAS_ITEM__CHANNELS);
		createEReference(canvasItemEClass, CANVAS_ITEM__COSTS);

		actionSectionEClass = createEClass(ACTION_SECTION);
		createEReference(actionSectionEClass, ACTION_SECTION__BUDGET);
		createEReference(actionSectionEClass, ACTION_SECTION__DASHBOARD);
		createEReference(actionSectionEClass, ACTION_SECTION__CAMPAIGNS);
		createEReference(actionSectionEClass, ACTION_SECTION__ALWAYS_ON_PLAN);
		createEReference(actionSectionEClass, ACTION_SECTION__MARTECH_STACK);
		createEReference(actionSectionEClass, ACTION_SECTION__NINETY_DAY_PLANS);

		budgetEClass = createEClass(BUDGET);
		createEReference(budgetEClass, BUDGET__LINES);
		createEAttribute(budgetEClass, BUDGET__APPROVED_TOTAL);
		createEReference(budgetEClass, BUDGET__CATEGORY_TARGETS);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__CATEGORY);
		createEAttribute(budgetLineEClass, BUDGET_LINE__COST_TYPE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__RACE_STAGE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__AMOUNT);
		createEReference(budgetLineEClass, BUDGET_LINE__PHASING);
		createEReference(budgetLineEClass, BUDGET_LINE__CHANNEL);
		createEReference(budgetLineEClass, BUDGET_LINE__CAMPAIGN);
		createEReference(budgetLineEClass, BUDGET_LINE__KPIS);
		createEAttribute(budgetLineEClass, BUDGET_LINE__SUPPLIER);
		createEAttribute(budgetLineEClass, BUDGET_LINE__PHASED_TOTAL);
		createEReference(budgetLineEClass, BUDGET_LINE__BOOKINGS);
		createEAttribute(budgetLineEClass, BUDGET_LINE__ALLOCATED);

		monthlyAmountEClass = createEClass(MONTHLY_AMOUNT);
		createEAttribute(monthlyAmountEClass, MONTHLY_AMOUNT__MONTH);
		createEAttribute(monthlyAmountEClass, MONTHLY_AMOUNT__AMOUNT);

		dashboardEClass = createEClass(DASHBOARD);
		createEReference(dashboardEClass, DASHBOARD__KPIS);

		kpiEClass = createEClass(KPI);
		createEAttribute(kpiEClass, KPI__RACE_STAGE);
		createEAttribute(kpiEClass, KPI__UNIT);
		createEAttribute(kpiEClass, KPI__BASELINE);
		createEAttribute(kpiEClass, KPI__TARGET);
		createEAttribute(kpiEClass, KPI__TARGET_YEAR_ON_YEAR);
		createEAttribute(kpiEClass, KPI__TARGET_MONTH_ON_MONTH);
		createEReference(kpiEClass, KPI__CHANNEL);
		createEAttribute(kpiEClass, KPI__DATA_SOURCE);
		createEReference(kpiEClass, KPI__OWNER);
		createEReference(kpiEClass, KPI__VALUES);

		kpiValueEClass = createEClass(KPI_VALUE);
		createEAttribute(kpiValueEClass, KPI_VALUE__MONTH);
		createEAttribute(kpiValueEClass, KPI_VALUE__TARGET);
		createEAttribute(kpiValueEClass, KPI_VALUE__ACTUAL);
		createEAttribute(kpiValueEClass, KPI_VALUE__PREVIOUS_YEAR);

		campaignEClass = createEClass(CAMPAIGN);
		createEReference(campaignEClass, CAMPAIGN__OBJECTIVES);
		createEAttribute(campaignEClass, CAMPAIGN__GOALS);
		createEAttribute(campaignEClass, CAMPAIGN__TRACKING);
		createEReference(campaignEClass, CAMPAIGN__AUDIENCE);
		createEReference(campaignEClass, CAMPAIGN__PERSONAS);
		createEReference(campaignEClass, CAMPAIGN__KEY_MESSAGES);
		createEReference(campaignEClass, CAMPAIGN__MEDIA_PLAN);
		createEAttribute(campaignEClass, CAMPAIGN__BUDGET);
		createEReference(campaignEClass, CAMPAIGN__OWNER);
		createEReference(campaignEClass, CAMPAIGN__EDITORIAL_PLAN);
		createEReference(campaignEClass, CAMPAIGN__CALENDAR_ENTRIES);
		createEReference(campaignEClass, CAMPAIGN__ACTIVITIES);
		createEAttribute(campaignEClass, CAMPAIGN__PLANNED_SPEND);

		keyMessageEClass = createEClass(KEY_MESSAGE);
		createEReference(keyMessageEClass, KEY_MESSAGE__PERSONAS);

		mediaPlacementEClass = createEClass(MEDIA_PLACEMENT);
		createEReference(mediaPlacementEClass, MEDIA_PLACEMENT__CHANNEL);
		createEAttribute(mediaPlacementEClass, MEDIA_PLACEMENT__MEDIA_TYPE);
		createEAttribute(mediaPlacementEClass, MEDIA_PLACEMENT__TARGETING);
		createEReference(mediaPlacementEClass, MEDIA_PLACEMENT__KPI);
		createEReference(mediaPlacementEClass, MEDIA_PLACEMENT__CALENDAR_ENTRIES);

		activityEClass = createEClass(ACTIVITY);
		createEAttribute(activityEClass, ACTIVITY__RACE_STAGE);
		createEReference(activityEClass, ACTIVITY__CHANNEL);
		createEReference(activityEClass, ACTIVITY__OWNER);
		createEReference(activityEClass, ACTIVITY__OBJECTIVES);
		createEReference(activityEClass, ACTIVITY__CAMPAIGN);
		createEAttribute(activityEClass, ACTIVITY__PRIORITY);
		createEAttribute(activityEClass, ACTIVITY__STATUS);

		alwaysOnPlanEClass = createEClass(ALWAYS_ON_PLAN);
		createEReference(alwaysOnPlanEClass, ALWAYS_ON_PLAN__ACTIVITIES);

		alwaysOnActivityEClass = createEClass(ALWAYS_ON_ACTIVITY);
		createEAttribute(alwaysOnActivityEClass, ALWAYS_ON_ACTIVITY__QUARTERS);

		marTechToolEClass = createEClass(MAR_TECH_TOOL);
		createEAttribute(marTechToolEClass, MAR_TECH_TOOL__CATEGORY);
		createEAttribute(marTechToolEClass, MAR_TECH_TOOL__VENDOR);
		createEAttribute(marTechToolEClass, MAR_TECH_TOOL__URL);
		createEAttribute(marTechToolEClass, MAR_TECH_TOOL__RACE_STAGES);
		createEReference(marTechToolEClass, MAR_TECH_TOOL__OWNER);

		ninetyDayPlanEClass = createEClass(NINETY_DAY_PLAN);
		createEAttribute(ninetyDayPlanEClass, NINETY_DAY_PLAN__QUARTER);
		createEReference(ninetyDayPlanEClass, NINETY_DAY_PLAN__ACTIONS);

		actionItemEClass = createEClass(ACTION_ITEM);
		createEAttribute(actionItemEClass, ACTION_ITEM__WORKSTREAM);

		operationsSectionEClass = createEClass(OPERATIONS_SECTION);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__QUARTERLY_OBJECTIVES);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__MONTHLY_OBJECTIVES);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__EDITORIAL_CALENDAR);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__ADVERTISING_CALENDAR);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__DEM_CALENDAR);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__AUTOMATION_PLAN);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__CRO_PLAN);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__LOYALTY_PLAN);
		createEReference(operationsSectionEClass, OPERATIONS_SECTION__CALENDARS);

		quarterlyObjectiveEClass = createEClass(QUARTERLY_OBJECTIVE);
		createEAttribute(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__QUARTER);
		createEReference(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE);
		createEAttribute(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__TARGET);
		createEAttribute(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__UNIT);
		createEReference(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__OWNER);
		createEReference(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__ACTIVITIES);
		createEReference(quarterlyObjectiveEClass, QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES);

		monthlyObjectiveEClass = createEClass(MONTHLY_OBJECTIVE);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__MONTH);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__DEADLINE);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__PHASE);
		createEReference(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__TARGET);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__UNIT);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__ACTUAL);
		createEAttribute(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__STATUS);
		createEReference(monthlyObjectiveEClass, MONTHLY_OBJECTIVE__OWNER);

		calendarEClass = createEClass(CALENDAR);
		createEReference(calendarEClass, CALENDAR__ALL_ENTRIES);

		calendarEntryEClass = createEClass(CALENDAR_ENTRY);
		createEReference(calendarEntryEClass, CALENDAR_ENTRY__CHANNEL);
		createEReference(calendarEntryEClass, CALENDAR_ENTRY__OWNER);
		createEReference(calendarEntryEClass, CALENDAR_ENTRY__PLACEMENT);
		createEAttribute(calendarEntryEClass, CALENDAR_ENTRY__PLANNED_COST);
		createEReference(calendarEntryEClass, CALENDAR_ENTRY__OBJECTIVE);
		createEReference(calendarEntryEClass, CALENDAR_ENTRY__CAMPAIGN);
		createEReference(calendarEntryEClass, CALENDAR_ENTRY__ACTIVITY);
		createEAttribute(calendarEntryEClass, CALENDAR_ENTRY__RACE_STAGE);
		createEAttribute(calendarEntryEClass, CALENDAR_ENTRY__STATUS);

		editorialCalendarEClass = createEClass(EDITORIAL_CALENDAR);
		createEReference(editorialCalendarEClass, EDITORIAL_CALENDAR__ENTRIES);

		editorialEntryEClass = createEClass(EDITORIAL_ENTRY);
		createEReference(editorialEntryEClass, EDITORIAL_ENTRY__CONTENT);
		createEAttribute(editorialEntryEClass, EDITORIAL_ENTRY__FORMAT);
		createEAttribute(editorialEntryEClass, EDITORIAL_ENTRY__OUTLET);
		createEReference(editorialEntryEClass, EDITORIAL_ENTRY__PERSONAS);

		advertisingCalendarEClass = createEClass(ADVERTISING_CALENDAR);
		createEReference(advertisingCalendarEClass, ADVERTISING_CALENDAR__ENTRIES);

		advertisingEntryEClass = createEClass(ADVERTISING_ENTRY);
		createEAttribute(advertisingEntryEClass, ADVERTISING_ENTRY__MEDIA_TYPE);
		createEReference(advertisingEntryEClass, ADVERTISING_ENTRY__CONTENT);
		createEAttribute(advertisingEntryEClass, ADVERTISING_ENTRY__TARGETING);
		createEReference(advertisingEntryEClass, ADVERTISING_ENTRY__AB_TESTS);

		demCalendarEClass = createEClass(DEM_CALENDAR);
		createEReference(demCalendarEClass, DEM_CALENDAR__ENTRIES);

		demEntryEClass = createEClass(DEM_ENTRY);
		createEAttribute(demEntryEClass, DEM_ENTRY__LIST_PROVIDER);
		createEAttribute(demEntryEClass, DEM_ENTRY__AUDIENCE_SIZE);
		createEReference(demEntryEClass, DEM_ENTRY__SEGMENT);
		createEReference(demEntryEClass, DEM_ENTRY__CONTENT);

		automationPlanEClass = createEClass(AUTOMATION_PLAN);
		createEReference(automationPlanEClass, AUTOMATION_PLAN__ENTRIES);

		automationEntryEClass = createEClass(AUTOMATION_ENTRY);
		createEAttribute(automationEntryEClass, AUTOMATION_ENTRY__TRIGGER);
		createEReference(automationEntryEClass, AUTOMATION_ENTRY__SEGMENT);
		createEReference(automationEntryEClass, AUTOMATION_ENTRY__CONTENT);

		croPlanEClass = createEClass(CRO_PLAN);
		createEReference(croPlanEClass, CRO_PLAN__ENTRIES);

		croEntryEClass = createEClass(CRO_ENTRY);
		createEAttribute(croEntryEClass, CRO_ENTRY__PAGE);
		createEAttribute(croEntryEClass, CRO_ENTRY__HYPOTHESIS);
		createEAttribute(croEntryEClass, CRO_ENTRY__METRIC);
		createEAttribute(croEntryEClass, CRO_ENTRY__EXPECTED_UPLIFT);
		createEReference(croEntryEClass, CRO_ENTRY__TEST);

		loyaltyPlanEClass = createEClass(LOYALTY_PLAN);
		createEReference(loyaltyPlanEClass, LOYALTY_PLAN__RFM_SEGMENTS);
		createEReference(loyaltyPlanEClass, LOYALTY_PLAN__ENTRIES);

		loyaltyEntryEClass = createEClass(LOYALTY_ENTRY);
		createEReference(loyaltyEntryEClass, LOYALTY_ENTRY__RFM_SEGMENT);
		createEAttribute(loyaltyEntryEClass, LOYALTY_ENTRY__OFFER);

		rfmSegmentEClass = createEClass(RFM_SEGMENT);
		createEAttribute(rfmSegmentEClass, RFM_SEGMENT__RECENCY_SCORE);
		createEAttribute(rfmSegmentEClass, RFM_SEGMENT__FREQUENCY_SCORE);
		createEAttribute(rfmSegmentEClass, RFM_SEGMENT__MONETARY_SCORE);
		createEReference(rfmSegmentEClass, RFM_SEGMENT__SEGMENT);

		abTestEClass = createEClass(AB_TEST);
		createEAttribute(abTestEClass, AB_TEST__HYPOTHESIS);
		createEAttribute(abTestEClass, AB_TEST__VARIANT_A);
		createEAttribute(abTestEClass, AB_TEST__VARIANT_B);
		createEAttribute(abTestEClass, AB_TEST__METRIC);

		customerJourneyEClass = createEClass(CUSTOMER_JOURNEY);
		createEReference(customerJourneyEClass, CUSTOMER_JOURNEY__PERSONAS);
		createEReference(customerJourneyEClass, CUSTOMER_JOURNEY__STAGES);
		createEReference(customerJourneyEClass, CUSTOMER_JOURNEY__FLOWS);

		journeyStageEClass = createEClass(JOURNEY_STAGE);
		createEAttribute(journeyStageEClass, JOURNEY_STAGE__RACE_STAGE);
		createEReference(journeyStageEClass, JOURNEY_STAGE__TOUCHPOINTS);

		touchpointEClass = createEClass(TOUCHPOINT);
		createEAttribute(touchpointEClass, TOUCHPOINT__MEDIA_TYPE);
		createEReference(touchpointEClass, TOUCHPOINT__CHANNEL);
		createEReference(touchpointEClass, TOUCHPOINT__PERSONAS);
		createEReference(touchpointEClass, TOUCHPOINT__SEGMENTS);
		createEReference(touchpointEClass, TOUCHPOINT__CONTENT);
		createEReference(touchpointEClass, TOUCHPOINT__ACTIVITY);
		createEAttribute(touchpointEClass, TOUCHPOINT__PURCHASE);
		createEReference(touchpointEClass, TOUCHPOINT__OUTGOING);
		createEReference(touchpointEClass, TOUCHPOINT__INCOMING);

		journeyFlowEClass = createEClass(JOURNEY_FLOW);
		createEReference(journeyFlowEClass, JOURNEY_FLOW__SOURCE);
		createEReference(journeyFlowEClass, JOURNEY_FLOW__TARGET);
		createEAttribute(journeyFlowEClass, JOURNEY_FLOW__CONDITION);
		createEReference(journeyFlowEClass, JOURNEY_FLOW__PERSONA);

		budgetBookingEClass = createEClass(BUDGET_BOOKING);
		createEReference(budgetBookingEClass, BUDGET_BOOKING__BUDGET_LINE);
		createEAttribute(budgetBookingEClass, BUDGET_BOOKING__BOOKED_AMOUNT);

		profitAssumptionEClass = createEClass(PROFIT_ASSUMPTION);
		createEReference(profitAssumptionEClass, PROFIT_ASSUMPTION__CHANNEL);
		createEReference(profitAssumptionEClass, PROFIT_ASSUMPTION__SEGMENT);
		createEAttribute(profitAssumptionEClass, PROFIT_ASSUMPTION__GROSS_MARGIN);
		createEAttribute(profitAssumptionEClass, PROFIT_ASSUMPTION__RETURN_RATE);
		createEAttribute(profitAssumptionEClass, PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER);
		createEAttribute(profitAssumptionEClass, PROFIT_ASSUMPTION__NOTES);

		categoryTargetEClass = createEClass(CATEGORY_TARGET);
		createEAttribute(categoryTargetEClass, CATEGORY_TARGET__CATEGORY);
		createEAttribute(categoryTargetEClass, CATEGORY_TARGET__AMOUNT);

		// Create enums
		forecastMeasureEEnum = createEEnum(FORECAST_MEASURE);
		objectiveScopeEEnum = createEEnum(OBJECTIVE_SCOPE);
		measureKindEEnum = createEEnum(MEASURE_KIND);
		directionEEnum = createEEnum(DIRECTION);
		raceStageEEnum = createEEnum(RACE_STAGE);
		funnelPositionEEnum = createEEnum(FUNNEL_POSITION);
		mediaTypeEEnum = createEEnum(MEDIA_TYPE);
		channelCategoryEEnum = createEEnum(CHANNEL_CATEGORY);
		opportunityOrThreatEEnum = createEEnum(OPPORTUNITY_OR_THREAT);
		marketReviewAreaEEnum = createEEnum(MARKET_REVIEW_AREA);
		pestleCategoryEEnum = createEEnum(PESTLE_CATEGORY);
		swotCategoryEEnum = createEEnum(SWOT_CATEGORY);
		towsCategoryEEnum = createEEnum(TOWS_CATEGORY);
		segmentLayerEEnum = createEEnum(SEGMENT_LAYER);
		contentFormatEEnum = createEEnum(CONTENT_FORMAT);
		marketingMixElementEEnum = createEEnum(MARKETING_MIX_ELEMENT);
		communicationTypeEEnum = createEEnum(COMMUNICATION_TYPE);
		canvasBlockEEnum = createEEnum(CANVAS_BLOCK);
		budgetCategoryEEnum = createEEnum(BUDGET_CATEGORY);
		costTypeEEnum = createEEnum(COST_TYPE);
		quarterEEnum = createEEnum(QUARTER);
		workstreamEEnum = createEEnum(WORKSTREAM);
		marTechCategoryEEnum = createEEnum(MAR_TECH_CATEGORY);
		activityStatusEEnum = createEEnum(ACTIVITY_STATUS);
		objectiveStatusEEnum = createEEnum(OBJECTIVE_STATUS);
		planPhaseEEnum = createEEnum(PLAN_PHASE);
		automationTriggerEEnum = createEEnum(AUTOMATION_TRIGGER);
		purchaseModeEEnum = createEEnum(PURCHASE_MODE);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		yearMonthEDataType = createEDataType(YEAR_MONTH);
		decimalEDataType = createEDataType(DECIMAL);
		percentageEDataType = createEDataType(PERCENTAGE);
		moneyEDataType = createEDataType(MONEY);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		namedElementEClass.getESuperTypes().add(this.getPlanElement());
		teamMemberEClass.getESuperTypes().add(this.getNamedElement());
		channelEClass.getESuperTypes().add(this.getNamedElement());
		marketingPlanEClass.getESuperTypes().add(this.getNamedElement());
		marketingPlanEClass.getESuperTypes().add(this.getScheduled());
		opportunitySectionEClass.getESuperTypes().add(this.getPlanElement());
		performanceReviewEClass.getESuperTypes().add(this.getNamedElement());
		performanceReviewEClass.getESuperTypes().add(this.getScheduled());
		channelPerformanceEClass.getESuperTypes().add(this.getPlanElement());
		externalFactorEClass.getESuperTypes().add(this.getNamedElement());
		marketReviewEClass.getESuperTypes().add(this.getPlanElement());
		marketFindingEClass.getESuperTypes().add(this.getExternalFactor());
		pestleAnalysisEClass.getESuperTypes().add(this.getPlanElement());
		pestleFactorEClass.getESuperTypes().add(this.getExternalFactor());
		swotAnalysisEClass.getESuperTypes().add(this.getPlanElement());
		swotItemEClass.getESuperTypes().add(this.getNamedElement());
		towsStrategyEClass.getESuperTypes().add(this.getNamedElement());
		keyIssueEClass.getESuperTypes().add(this.getNamedElement());
		smartObjectiveEClass.getESuperTypes().add(this.getNamedElement());
		conversionForecastEClass.getESuperTypes().add(this.getNamedElement());
		forecastInputEClass.getESuperTypes().add(this.getPlanElement());
		strategySectionEClass.getESuperTypes().add(this.getPlanElement());
		valuePropositionEClass.getESuperTypes().add(this.getPlanElement());
		segmentEClass.getESuperTypes().add(this.getNamedElement());
		personaEClass.getESuperTypes().add(this.getNamedElement());
		contentItemEClass.getESuperTypes().add(this.getNamedElement());
		mixImprovementEClass.getESuperTypes().add(this.getNamedElement());
		communicationsStrategyEClass.getESuperTypes().add(this.getPlanElement());
		communicationPriorityEClass.getESuperTypes().add(this.getNamedElement());
		auditActivityEClass.getESuperTypes().add(this.getNamedElement());
		businessModelCanvasEClass.getESuperTypes().add(this.getPlanElement());
		canvasItemEClass.getESuperTypes().add(this.getNamedElement());
		actionSectionEClass.getESuperTypes().add(this.getPlanElement());
		budgetEClass.getESuperTypes().add(this.getPlanElement());
		budgetLineEClass.getESuperTypes().add(this.getNamedElement());
		budgetLineEClass.getESuperTypes().add(this.getScheduled());
		monthlyAmountEClass.getESuperTypes().add(this.getPlanElement());
		dashboardEClass.getESuperTypes().add(this.getPlanElement());
		kpiEClass.getESuperTypes().add(this.getNamedElement());
		kpiValueEClass.getESuperTypes().add(this.getPlanElement());
		campaignEClass.getESuperTypes().add(this.getNamedElement());
		campaignEClass.getESuperTypes().add(this.getScheduled());
		keyMessageEClass.getESuperTypes().add(this.getNamedElement());
		mediaPlacementEClass.getESuperTypes().add(this.getNamedElement());
		mediaPlacementEClass.getESuperTypes().add(this.getScheduled());
		mediaPlacementEClass.getESuperTypes().add(this.getBudgetBooking());
		activityEClass.getESuperTypes().add(this.getNamedElement());
		activityEClass.getESuperTypes().add(this.getScheduled());
		activityEClass.getESuperTypes().add(this.getBudgetBooking());
		alwaysOnPlanEClass.getESuperTypes().add(this.getPlanElement());
		alwaysOnActivityEClass.getESuperTypes().add(this.getActivity());
		marTechToolEClass.getESuperTypes().add(this.getNamedElement());
		marTechToolEClass.getESuperTypes().add(this.getBudgetBooking());
		ninetyDayPlanEClass.getESuperTypes().add(this.getNamedElement());
		ninetyDayPlanEClass.getESuperTypes().add(this.getScheduled());
		actionItemEClass.getESuperTypes().add(this.getActivity());
		operationsSectionEClass.getESuperTypes().add(this.getPlanElement());
		quarterlyObjectiveEClass.getESuperTypes().add(this.getNamedElement());
		monthlyObjectiveEClass.getESuperTypes().add(this.getNamedElement());
		calendarEClass.getESuperTypes().add(this.getNamedElement());
		calendarEntryEClass.getESuperTypes().add(this.getNamedElement());
		calendarEntryEClass.getESuperTypes().add(this.getScheduled());
		calendarEntryEClass.getESuperTypes().add(this.getBudgetBooking());
		editorialCalendarEClass.getESuperTypes().add(this.getCalendar());
		editorialEntryEClass.getESuperTypes().add(this.getCalendarEntry());
		advertisingCalendarEClass.getESuperTypes().add(this.getCalendar());
		advertisingEntryEClass.getESuperTypes().add(this.getCalendarEntry());
		demCalendarEClass.getESuperTypes().add(this.getCalendar());
		demEntryEClass.getESuperTypes().add(this.getCalendarEntry());
		automationPlanEClass.getESuperTypes().add(this.getCalendar());
		automationEntryEClass.getESuperTypes().add(this.getCalendarEntry());
		croPlanEClass.getESuperTypes().add(this.getCalendar());
		croEntryEClass.getESuperTypes().add(this.getCalendarEntry());
		loyaltyPlanEClass.getESuperTypes().add(this.getCalendar());
		loyaltyEntryEClass.getESuperTypes().add(this.getCalendarEntry());
		rfmSegmentEClass.getESuperTypes().add(this.getNamedElement());
		abTestEClass.getESuperTypes().add(this.getNamedElement());
		customerJourneyEClass.getESuperTypes().add(this.getNamedElement());
		journeyStageEClass.getESuperTypes().add(this.getNamedElement());
		touchpointEClass.getESuperTypes().add(this.getNamedElement());
		journeyFlowEClass.getESuperTypes().add(this.getNamedElement());
		profitAssumptionEClass.getESuperTypes().add(this.getPlanElement());
		categoryTargetEClass.getESuperTypes().add(this.getPlanElement());

		// Initialize classes, features, and operations; add parameters
		initEClass(planElementEClass, PlanElement.class, "PlanElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanElement_Id(), ecorePackage.getEString(), "id", null, 1, 1, PlanElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(namedElementEClass, NamedElement.class, "NamedElement", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNamedElement_Name(), ecorePackage.getEString(), "name", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNamedElement_Description(), ecorePackage.getEString(), "description", null, 0, 1, NamedElement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scheduledEClass, Scheduled.class, "Scheduled", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScheduled_Start(), this.getLocalDate(), "start", null, 0, 1, Scheduled.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScheduled_End(), this.getLocalDate(), "end", null, 0, 1, Scheduled.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamMemberEClass, TeamMember.class, "TeamMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeamMember_Role(), ecorePackage.getEString(), "role", null, 0, 1, TeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTeamMember_Email(), ecorePackage.getEString(), "email", null, 0, 1, TeamMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelEClass, Channel.class, "Channel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChannel_Category(), this.getChannelCategory(), "category", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_MediaType(), this.getMediaType(), "mediaType", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Url(), ecorePackage.getEString(), "url", null, 0, 1, Channel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannel_Online(), ecorePackage.getEBoolean(), "online", null, 0, 1, Channel.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(marketingPlanEClass, MarketingPlan.class, "MarketingPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMarketingPlan_Brand(), ecorePackage.getEString(), "brand", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarketingPlan_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarketingPlan_Language(), ecorePackage.getEString(), "language", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarketingPlan_Author(), ecorePackage.getEString(), "author", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Team(), this.getTeamMember(), null, "team", null, 0, -1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Channels(), this.getChannel(), null, "channels", null, 0, -1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Opportunity(), this.getOpportunitySection(), null, "opportunity", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Strategy(), this.getStrategySection(), null, "strategy", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Action(), this.getActionSection(), null, "action", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Operations(), this.getOperationsSection(), null, "operations", null, 0, 1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarketingPlan_Journeys(), this.getCustomerJourney(), null, "journeys", null, 0, -1, MarketingPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(opportunitySectionEClass, OpportunitySection.class, "OpportunitySection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOpportunitySection_PerformanceReview(), this.getPerformanceReview(), null, "performanceReview", null, 0, 1, OpportunitySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunitySection_MarketReview(), this.getMarketReview(), null, "marketReview", null, 0, 1, OpportunitySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunitySection_Pestle(), this.getPestleAnalysis(), null, "pestle", null, 0, 1, OpportunitySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunitySection_Swot(), this.getSwotAnalysis(), null, "swot", null, 0, 1, OpportunitySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunitySection_Objectives(), this.getSmartObjective(), null, "objectives", null, 0, -1, OpportunitySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOpportunitySection_Forecast(), this.getConversionForecast(), null, "forecast", null, 0, 1, OpportunitySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(performanceReviewEClass, PerformanceReview.class, "PerformanceReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerformanceReview_SalesTarget(), this.getMoney(), "salesTarget", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceReview_Sales(), this.getMoney(), "sales", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceReview_Profit(), this.getMoney(), "profit", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceReview_NewCustomers(), ecorePackage.getEInt(), "newCustomers", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceReview_RetentionRate(), this.getPercentage(), "retentionRate", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceReview_GrowthRate(), this.getPercentage(), "growthRate", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerformanceReview_MissedOpportunities(), ecorePackage.getEString(), "missedOpportunities", null, 0, 1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerformanceReview_ChannelMetrics(), this.getChannelPerformance(), null, "channelMetrics", null, 0, -1, PerformanceReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(channelPerformanceEClass, ChannelPerformance.class, "ChannelPerformance", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getChannelPerformance_Channel(), this.getChannel(), null, "channel", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_Sessions(), ecorePackage.getELong(), "sessions", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_ConversionRate(), this.getPercentage(), "conversionRate", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_AverageOrderValue(), this.getMoney(), "averageOrderValue", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_Revenue(), this.getMoney(), "revenue", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_Cost(), this.getMoney(), "cost", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_NewCustomers(), ecorePackage.getEInt(), "newCustomers", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_RetentionRate(), this.getPercentage(), "retentionRate", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChannelPerformance_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ChannelPerformance.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(externalFactorEClass, ExternalFactor.class, "ExternalFactor", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getExternalFactor_Effect(), this.getOpportunityOrThreat(), "effect", null, 0, 1, ExternalFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(marketReviewEClass, MarketReview.class, "MarketReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMarketReview_Findings(), this.getMarketFinding(), null, "findings", null, 0, -1, MarketReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(marketFindingEClass, MarketFinding.class, "MarketFinding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMarketFinding_Area(), this.getMarketReviewArea(), "area", null, 0, 1, MarketFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarketFinding_Source(), ecorePackage.getEString(), "source", null, 0, 1, MarketFinding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pestleAnalysisEClass, PestleAnalysis.class, "PestleAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPestleAnalysis_Factors(), this.getPestleFactor(), null, "factors", null, 0, -1, PestleAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(pestleFactorEClass, PestleFactor.class, "PestleFactor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPestleFactor_Category(), this.getPestleCategory(), "category", null, 0, 1, PestleFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPestleFactor_Impact(), ecorePackage.getEInt(), "impact", null, 0, 1, PestleFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPestleFactor_Likelihood(), ecorePackage.getEInt(), "likelihood", null, 0, 1, PestleFactor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(swotAnalysisEClass, SwotAnalysis.class, "SwotAnalysis", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSwotAnalysis_Items(), this.getSwotItem(), null, "items", null, 0, -1, SwotAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_Strategies(), this.getTowsStrategy(), null, "strategies", null, 0, -1, SwotAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_KeyIssues(), this.getKeyIssue(), null, "keyIssues", null, 0, -1, SwotAnalysis.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_Strengths(), this.getSwotItem(), null, "strengths", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_Weaknesses(), this.getSwotItem(), null, "weaknesses", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_Opportunities(), this.getSwotItem(), null, "opportunities", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_Threats(), this.getSwotItem(), null, "threats", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_SoStrategies(), this.getTowsStrategy(), null, "soStrategies", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_WoStrategies(), this.getTowsStrategy(), null, "woStrategies", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_StStrategies(), this.getTowsStrategy(), null, "stStrategies", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSwotAnalysis_WtStrategies(), this.getTowsStrategy(), null, "wtStrategies", null, 0, -1, SwotAnalysis.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getSwotAnalysis__ItemsIn__SwotCategory(), this.getSwotItem(), "itemsIn", 0, -1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getSwotCategory(), "category", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getSwotAnalysis__StrategiesIn__TowsCategory(), this.getTowsStrategy(), "strategiesIn", 0, -1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getTowsCategory(), "category", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(swotItemEClass, SwotItem.class, "SwotItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSwotItem_Category(), this.getSwotCategory(), "category", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSwotItem_Importance(), ecorePackage.getEInt(), "importance", null, 0, 1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwotItem_Evidence(), this.getExternalFactor(), null, "evidence", null, 0, -1, SwotItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSwotItem_Strategies(), this.getTowsStrategy(), null, "strategies", null, 0, -1, SwotItem.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(towsStrategyEClass, TowsStrategy.class, "TowsStrategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTowsStrategy_Category(), this.getTowsCategory(), "category", null, 0, 1, TowsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTowsStrategy_SwotItems(), this.getSwotItem(), null, "swotItems", null, 0, -1, TowsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTowsStrategy_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, TowsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTowsStrategy_Objectives(), this.getSmartObjective(), null, "objectives", null, 0, -1, TowsStrategy.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(keyIssueEClass, KeyIssue.class, "KeyIssue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyIssue_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, KeyIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyIssue_SwotItems(), this.getSwotItem(), null, "swotItems", null, 0, -1, KeyIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKeyIssue_Strategies(), this.getTowsStrategy(), null, "strategies", null, 0, -1, KeyIssue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(smartObjectiveEClass, SmartObjective.class, "SmartObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSmartObjective_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_ForecastMeasure(), this.getForecastMeasure(), "forecastMeasure", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Kpi(), this.getKpi(), null, "kpi", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_Baseline(), this.getDecimal(), "baseline", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_Target(), this.getDecimal(), "target", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_Deadline(), this.getLocalDate(), "deadline", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_Scope(), this.getObjectiveScope(), "scope", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Channels(), this.getChannel(), null, "channels", null, 0, -1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Segments(), this.getSegment(), null, "segments", null, 0, -1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_MeasureKind(), this.getMeasureKind(), "measureKind", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_Direction(), this.getDirection(), "direction", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Strategy(), this.getTowsStrategy(), null, "strategy", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSmartObjective_BusinessGoal(), ecorePackage.getEString(), "businessGoal", null, 0, 1, SmartObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Activities(), this.getActivity(), null, "activities", null, 0, -1, SmartObjective.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_Campaigns(), this.getCampaign(), null, "campaigns", null, 0, -1, SmartObjective.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_CalendarEntries(), this.getCalendarEntry(), null, "calendarEntries", null, 0, -1, SmartObjective.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getSmartObjective_QuarterlyObjectives(), this.getQuarterlyObjective(), null, "quarterlyObjectives", null, 0, -1, SmartObjective.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(conversionForecastEClass, ConversionForecast.class, "ConversionForecast", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConversionForecast_Inputs(), this.getForecastInput(), null, "inputs", null, 0, -1, ConversionForecast.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConversionForecast_GrossMargin(), this.getPercentage(), "grossMargin", null, 0, 1, ConversionForecast.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConversionForecast_ReturnRate(), this.getPercentage(), "returnRate", null, 0, 1, ConversionForecast.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConversionForecast_FulfilmentCostPerOrder(), this.getMoney(), "fulfilmentCostPerOrder", null, 0, 1, ConversionForecast.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConversionForecast_Assumptions(), this.getProfitAssumption(), null, "assumptions", null, 0, -1, ConversionForecast.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(forecastInputEClass, ForecastInput.class, "ForecastInput", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getForecastInput_Month(), this.getYearMonth(), "month", null, 0, 1, ForecastInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getForecastInput_Channel(), this.getChannel(), null, "channel", null, 0, 1, ForecastInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getForecastInput_Segment(), this.getSegment(), null, "segment", null, 0, 1, ForecastInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForecastInput_Sessions(), ecorePackage.getELong(), "sessions", null, 0, 1, ForecastInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForecastInput_ConversionRate(), this.getPercentage(), "conversionRate", null, 0, 1, ForecastInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getForecastInput_AverageOrderValue(), this.getMoney(), "averageOrderValue", null, 0, 1, ForecastInput.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(strategySectionEClass, StrategySection.class, "StrategySection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getStrategySection_ValueProposition(), this.getValueProposition(), null, "valueProposition", null, 0, 1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategySection_Segments(), this.getSegment(), null, "segments", null, 0, -1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategySection_Personas(), this.getPersona(), null, "personas", null, 0, -1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategySection_ContentMap(), this.getContentItem(), null, "contentMap", null, 0, -1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategySection_MarketingMix(), this.getMixImprovement(), null, "marketingMix", null, 0, -1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategySection_Communications(), this.getCommunicationsStrategy(), null, "communications", null, 0, 1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStrategySection_BusinessModelCanvas(), this.getBusinessModelCanvas(), null, "businessModelCanvas", null, 0, 1, StrategySection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(valuePropositionEClass, ValueProposition.class, "ValueProposition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getValueProposition_ElevatorPitch(), ecorePackage.getEString(), "elevatorPitch", null, 0, 1, ValueProposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueProposition_DigitalValueProposition(), ecorePackage.getEString(), "digitalValueProposition", null, 0, 1, ValueProposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueProposition_BrandIdentity(), ecorePackage.getEString(), "brandIdentity", null, 0, 1, ValueProposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getValueProposition_ToneOfVoice(), ecorePackage.getEString(), "toneOfVoice", null, 0, 1, ValueProposition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(segmentEClass, Segment.class, "Segment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSegment_Layer(), this.getSegmentLayer(), "layer", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Criteria(), ecorePackage.getEString(), "criteria", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_ProductOrService(), ecorePackage.getEString(), "productOrService", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_EstimatedSize(), ecorePackage.getELong(), "estimatedSize", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSegment_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Parent(), this.getSegment(), null, "parent", null, 0, 1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Channels(), this.getChannel(), null, "channels", null, 0, -1, Segment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSegment_Subsegments(), this.getSegment(), null, "subsegments", null, 0, -1, Segment.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(personaEClass, Persona.class, "Persona", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getPersona_Segments(), this.getSegment(), null, "segments", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Profile(), ecorePackage.getEString(), "profile", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_Goals(), ecorePackage.getEString(), "goals", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPersona_PainPoints(), ecorePackage.getEString(), "painPoints", null, 0, 1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_PreferredChannels(), this.getChannel(), null, "preferredChannels", null, 0, -1, Persona.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPersona_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, Persona.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(contentItemEClass, ContentItem.class, "ContentItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContentItem_Format(), this.getContentFormat(), "format", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentItem_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContentItem_Personas(), this.getPersona(), null, "personas", null, 0, -1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContentItem_Channels(), this.getChannel(), null, "channels", null, 0, -1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContentItem_Url(), ecorePackage.getEString(), "url", null, 0, 1, ContentItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mixImprovementEClass, MixImprovement.class, "MixImprovement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMixImprovement_Element(), this.getMarketingMixElement(), "element", null, 0, 1, MixImprovement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMixImprovement_CurrentSituation(), ecorePackage.getEString(), "currentSituation", null, 0, 1, MixImprovement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMixImprovement_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, MixImprovement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(communicationsStrategyEClass, CommunicationsStrategy.class, "CommunicationsStrategy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCommunicationsStrategy_Priorities(), this.getCommunicationPriority(), null, "priorities", null, 0, -1, CommunicationsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommunicationsStrategy_Audit(), this.getAuditActivity(), null, "audit", null, 0, -1, CommunicationsStrategy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(communicationPriorityEClass, CommunicationPriority.class, "CommunicationPriority", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCommunicationPriority_Type(), this.getCommunicationType(), "type", null, 0, 1, CommunicationPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommunicationPriority_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, CommunicationPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCommunicationPriority_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, CommunicationPriority.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auditActivityEClass, AuditActivity.class, "AuditActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuditActivity_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, AuditActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditActivity_Capability(), ecorePackage.getEInt(), "capability", null, 0, 1, AuditActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditActivity_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, AuditActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(businessModelCanvasEClass, BusinessModelCanvas.class, "BusinessModelCanvas", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBusinessModelCanvas_Items(), this.getCanvasItem(), null, "items", null, 0, -1, BusinessModelCanvas.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_KeyPartners(), this.getCanvasItem(), null, "keyPartners", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_KeyActivities(), this.getCanvasItem(), null, "keyActivities", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_KeyResources(), this.getCanvasItem(), null, "keyResources", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_ValuePropositions(), this.getCanvasItem(), null, "valuePropositions", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_CustomerRelationships(), this.getCanvasItem(), null, "customerRelationships", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_Channels(), this.getCanvasItem(), null, "channels", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_CustomerSegments(), this.getCanvasItem(), null, "customerSegments", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_CostStructure(), this.getCanvasItem(), null, "costStructure", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBusinessModelCanvas_RevenueStreams(), this.getCanvasItem(), null, "revenueStreams", null, 0, -1, BusinessModelCanvas.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		op = initEOperation(getBusinessModelCanvas__ItemsIn__CanvasBlock(), this.getCanvasItem(), "itemsIn", 0, -1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, this.getCanvasBlock(), "block", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(canvasItemEClass, CanvasItem.class, "CanvasItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCanvasItem_Block(), this.getCanvasBlock(), "block", null, 0, 1, CanvasItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvasItem_Segments(), this.getSegment(), null, "segments", null, 0, -1, CanvasItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvasItem_Channels(), this.getChannel(), null, "channels", null, 0, -1, CanvasItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCanvasItem_Costs(), this.getBudgetLine(), null, "costs", null, 0, -1, CanvasItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionSectionEClass, ActionSection.class, "ActionSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActionSection_Budget(), this.getBudget(), null, "budget", null, 0, 1, ActionSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionSection_Dashboard(), this.getDashboard(), null, "dashboard", null, 0, 1, ActionSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionSection_Campaigns(), this.getCampaign(), null, "campaigns", null, 0, -1, ActionSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionSection_AlwaysOnPlan(), this.getAlwaysOnPlan(), null, "alwaysOnPlan", null, 0, 1, ActionSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionSection_MartechStack(), this.getMarTechTool(), null, "martechStack", null, 0, -1, ActionSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActionSection_NinetyDayPlans(), this.getNinetyDayPlan(), null, "ninetyDayPlans", null, 0, -1, ActionSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetEClass, Budget.class, "Budget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBudget_Lines(), this.getBudgetLine(), null, "lines", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudget_ApprovedTotal(), this.getMoney(), "approvedTotal", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudget_CategoryTargets(), this.getCategoryTarget(), null, "categoryTargets", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBudgetLine_Category(), this.getBudgetCategory(), "category", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_CostType(), this.getCostType(), "costType", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Amount(), this.getMoney(), "amount", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Phasing(), this.getMonthlyAmount(), null, "phasing", null, 0, -1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Channel(), this.getChannel(), null, "channel", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Campaign(), this.getCampaign(), null, "campaign", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Supplier(), ecorePackage.getEString(), "supplier", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_PhasedTotal(), this.getMoney(), "phasedTotal", null, 0, 1, BudgetLine.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getBudgetLine_Bookings(), this.getBudgetBooking(), null, "bookings", null, 0, -1, BudgetLine.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetLine_Allocated(), this.getMoney(), "allocated", null, 0, 1, BudgetLine.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(monthlyAmountEClass, MonthlyAmount.class, "MonthlyAmount", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMonthlyAmount_Month(), this.getYearMonth(), "month", null, 0, 1, MonthlyAmount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyAmount_Amount(), this.getMoney(), "amount", null, 0, 1, MonthlyAmount.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dashboardEClass, Dashboard.class, "Dashboard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDashboard_Kpis(), this.getKpi(), null, "kpis", null, 0, -1, Dashboard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiEClass, Kpi.class, "Kpi", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpi_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Baseline(), this.getDecimal(), "baseline", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_Target(), this.getDecimal(), "target", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_TargetYearOnYear(), this.getPercentage(), "targetYearOnYear", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_TargetMonthOnMonth(), this.getPercentage(), "targetMonthOnMonth", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKpi_Channel(), this.getChannel(), null, "channel", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpi_DataSource(), ecorePackage.getEString(), "dataSource", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKpi_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKpi_Values(), this.getKpiValue(), null, "values", null, 0, -1, Kpi.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kpiValueEClass, KpiValue.class, "KpiValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKpiValue_Month(), this.getYearMonth(), "month", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_Target(), this.getDecimal(), "target", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_Actual(), this.getDecimal(), "actual", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKpiValue_PreviousYear(), this.getDecimal(), "previousYear", null, 0, 1, KpiValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(campaignEClass, Campaign.class, "Campaign", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCampaign_Objectives(), this.getSmartObjective(), null, "objectives", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Goals(), ecorePackage.getEString(), "goals", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Tracking(), ecorePackage.getEString(), "tracking", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_Audience(), this.getSegment(), null, "audience", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_Personas(), this.getPersona(), null, "personas", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_KeyMessages(), this.getKeyMessage(), null, "keyMessages", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_MediaPlan(), this.getMediaPlacement(), null, "mediaPlan", null, 0, -1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_Budget(), this.getMoney(), "budget", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, Campaign.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_EditorialPlan(), this.getEditorialEntry(), null, "editorialPlan", null, 0, -1, Campaign.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_CalendarEntries(), this.getCalendarEntry(), null, "calendarEntries", null, 0, -1, Campaign.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getCampaign_Activities(), this.getActivity(), null, "activities", null, 0, -1, Campaign.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEAttribute(getCampaign_PlannedSpend(), this.getMoney(), "plannedSpend", null, 0, 1, Campaign.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(keyMessageEClass, KeyMessage.class, "KeyMessage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getKeyMessage_Personas(), this.getPersona(), null, "personas", null, 0, -1, KeyMessage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(mediaPlacementEClass, MediaPlacement.class, "MediaPlacement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMediaPlacement_Channel(), this.getChannel(), null, "channel", null, 0, 1, MediaPlacement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaPlacement_MediaType(), this.getMediaType(), "mediaType", null, 0, 1, MediaPlacement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMediaPlacement_Targeting(), ecorePackage.getEString(), "targeting", null, 0, 1, MediaPlacement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediaPlacement_Kpi(), this.getKpi(), null, "kpi", null, 0, 1, MediaPlacement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMediaPlacement_CalendarEntries(), this.getCalendarEntry(), null, "calendarEntries", null, 0, -1, MediaPlacement.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivity_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Channel(), this.getChannel(), null, "channel", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Objectives(), this.getSmartObjective(), null, "objectives", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivity_Campaign(), this.getCampaign(), null, "campaign", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivity_Status(), this.getActivityStatus(), "status", null, 0, 1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alwaysOnPlanEClass, AlwaysOnPlan.class, "AlwaysOnPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAlwaysOnPlan_Activities(), this.getAlwaysOnActivity(), null, "activities", null, 0, -1, AlwaysOnPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(alwaysOnActivityEClass, AlwaysOnActivity.class, "AlwaysOnActivity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAlwaysOnActivity_Quarters(), this.getQuarter(), "quarters", null, 0, -1, AlwaysOnActivity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(marTechToolEClass, MarTechTool.class, "MarTechTool", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMarTechTool_Category(), this.getMarTechCategory(), "category", null, 0, 1, MarTechTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarTechTool_Vendor(), ecorePackage.getEString(), "vendor", null, 0, 1, MarTechTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarTechTool_Url(), ecorePackage.getEString(), "url", null, 0, 1, MarTechTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMarTechTool_RaceStages(), this.getRaceStage(), "raceStages", null, 0, -1, MarTechTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMarTechTool_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, MarTechTool.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ninetyDayPlanEClass, NinetyDayPlan.class, "NinetyDayPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNinetyDayPlan_Quarter(), this.getQuarter(), "quarter", null, 0, 1, NinetyDayPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNinetyDayPlan_Actions(), this.getActionItem(), null, "actions", null, 0, -1, NinetyDayPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionItemEClass, ActionItem.class, "ActionItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionItem_Workstream(), this.getWorkstream(), "workstream", null, 0, 1, ActionItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(operationsSectionEClass, OperationsSection.class, "OperationsSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getOperationsSection_QuarterlyObjectives(), this.getQuarterlyObjective(), null, "quarterlyObjectives", null, 0, -1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_MonthlyObjectives(), this.getMonthlyObjective(), null, "monthlyObjectives", null, 0, -1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_EditorialCalendar(), this.getEditorialCalendar(), null, "editorialCalendar", null, 0, 1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_AdvertisingCalendar(), this.getAdvertisingCalendar(), null, "advertisingCalendar", null, 0, 1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_DemCalendar(), this.getDemCalendar(), null, "demCalendar", null, 0, 1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_AutomationPlan(), this.getAutomationPlan(), null, "automationPlan", null, 0, 1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_CroPlan(), this.getCroPlan(), null, "croPlan", null, 0, 1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_LoyaltyPlan(), this.getLoyaltyPlan(), null, "loyaltyPlan", null, 0, 1, OperationsSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOperationsSection_Calendars(), this.getCalendar(), null, "calendars", null, 0, -1, OperationsSection.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(quarterlyObjectiveEClass, QuarterlyObjective.class, "QuarterlyObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getQuarterlyObjective_Quarter(), this.getQuarter(), "quarter", null, 0, 1, QuarterlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuarterlyObjective_AnnualObjective(), this.getSmartObjective(), null, "annualObjective", null, 0, 1, QuarterlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuarterlyObjective_Target(), this.getDecimal(), "target", null, 0, 1, QuarterlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getQuarterlyObjective_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, QuarterlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuarterlyObjective_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, QuarterlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuarterlyObjective_Activities(), this.getActivity(), null, "activities", null, 0, -1, QuarterlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getQuarterlyObjective_MonthlyObjectives(), this.getMonthlyObjective(), null, "monthlyObjectives", null, 0, -1, QuarterlyObjective.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(monthlyObjectiveEClass, MonthlyObjective.class, "MonthlyObjective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMonthlyObjective_Month(), this.getYearMonth(), "month", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyObjective_Deadline(), this.getLocalDate(), "deadline", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyObjective_Phase(), this.getPlanPhase(), "phase", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonthlyObjective_QuarterlyObjective(), this.getQuarterlyObjective(), null, "quarterlyObjective", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyObjective_Target(), this.getDecimal(), "target", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyObjective_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyObjective_Actual(), this.getDecimal(), "actual", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMonthlyObjective_Status(), this.getObjectiveStatus(), "status", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMonthlyObjective_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, MonthlyObjective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(calendarEClass, Calendar.class, "Calendar", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCalendar_AllEntries(), this.getCalendarEntry(), null, "allEntries", null, 0, -1, Calendar.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(calendarEntryEClass, CalendarEntry.class, "CalendarEntry", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCalendarEntry_Channel(), this.getChannel(), null, "channel", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCalendarEntry_Owner(), this.getTeamMember(), null, "owner", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCalendarEntry_Placement(), this.getMediaPlacement(), null, "placement", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalendarEntry_PlannedCost(), this.getMoney(), "plannedCost", null, 0, 1, CalendarEntry.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getCalendarEntry_Objective(), this.getSmartObjective(), null, "objective", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCalendarEntry_Campaign(), this.getCampaign(), null, "campaign", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCalendarEntry_Activity(), this.getActivity(), null, "activity", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalendarEntry_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCalendarEntry_Status(), this.getActivityStatus(), "status", null, 0, 1, CalendarEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(editorialCalendarEClass, EditorialCalendar.class, "EditorialCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEditorialCalendar_Entries(), this.getEditorialEntry(), null, "entries", null, 0, -1, EditorialCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(editorialEntryEClass, EditorialEntry.class, "EditorialEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getEditorialEntry_Content(), this.getContentItem(), null, "content", null, 0, 1, EditorialEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEditorialEntry_Format(), this.getContentFormat(), "format", null, 0, 1, EditorialEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEditorialEntry_Outlet(), ecorePackage.getEString(), "outlet", null, 0, 1, EditorialEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEditorialEntry_Personas(), this.getPersona(), null, "personas", null, 0, -1, EditorialEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(advertisingCalendarEClass, AdvertisingCalendar.class, "AdvertisingCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAdvertisingCalendar_Entries(), this.getAdvertisingEntry(), null, "entries", null, 0, -1, AdvertisingCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(advertisingEntryEClass, AdvertisingEntry.class, "AdvertisingEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdvertisingEntry_MediaType(), this.getMediaType(), "mediaType", null, 0, 1, AdvertisingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvertisingEntry_Content(), this.getContentItem(), null, "content", null, 0, 1, AdvertisingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdvertisingEntry_Targeting(), ecorePackage.getEString(), "targeting", null, 0, 1, AdvertisingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAdvertisingEntry_AbTests(), this.getAbTest(), null, "abTests", null, 0, -1, AdvertisingEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(demCalendarEClass, DemCalendar.class, "DemCalendar", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getDemCalendar_Entries(), this.getDemEntry(), null, "entries", null, 0, -1, DemCalendar.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(demEntryEClass, DemEntry.class, "DemEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDemEntry_ListProvider(), ecorePackage.getEString(), "listProvider", null, 0, 1, DemEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDemEntry_AudienceSize(), ecorePackage.getELong(), "audienceSize", null, 0, 1, DemEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDemEntry_Segment(), this.getSegment(), null, "segment", null, 0, 1, DemEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDemEntry_Content(), this.getContentItem(), null, "content", null, 0, 1, DemEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(automationPlanEClass, AutomationPlan.class, "AutomationPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAutomationPlan_Entries(), this.getAutomationEntry(), null, "entries", null, 0, -1, AutomationPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(automationEntryEClass, AutomationEntry.class, "AutomationEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAutomationEntry_Trigger(), this.getAutomationTrigger(), "trigger", null, 0, 1, AutomationEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomationEntry_Segment(), this.getSegment(), null, "segment", null, 0, 1, AutomationEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAutomationEntry_Content(), this.getContentItem(), null, "content", null, 0, 1, AutomationEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(croPlanEClass, CroPlan.class, "CroPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCroPlan_Entries(), this.getCroEntry(), null, "entries", null, 0, -1, CroPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(croEntryEClass, CroEntry.class, "CroEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCroEntry_Page(), ecorePackage.getEString(), "page", null, 0, 1, CroEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCroEntry_Hypothesis(), ecorePackage.getEString(), "hypothesis", null, 0, 1, CroEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCroEntry_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, CroEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCroEntry_ExpectedUplift(), this.getPercentage(), "expectedUplift", null, 0, 1, CroEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCroEntry_Test(), this.getAbTest(), null, "test", null, 0, 1, CroEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(loyaltyPlanEClass, LoyaltyPlan.class, "LoyaltyPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLoyaltyPlan_RfmSegments(), this.getRfmSegment(), null, "rfmSegments", null, 0, -1, LoyaltyPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLoyaltyPlan_Entries(), this.getLoyaltyEntry(), null, "entries", null, 0, -1, LoyaltyPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(loyaltyEntryEClass, LoyaltyEntry.class, "LoyaltyEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getLoyaltyEntry_RfmSegment(), this.getRfmSegment(), null, "rfmSegment", null, 0, 1, LoyaltyEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLoyaltyEntry_Offer(), ecorePackage.getEString(), "offer", null, 0, 1, LoyaltyEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rfmSegmentEClass, RfmSegment.class, "RfmSegment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRfmSegment_RecencyScore(), ecorePackage.getEInt(), "recencyScore", null, 0, 1, RfmSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRfmSegment_FrequencyScore(), ecorePackage.getEInt(), "frequencyScore", null, 0, 1, RfmSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRfmSegment_MonetaryScore(), ecorePackage.getEInt(), "monetaryScore", null, 0, 1, RfmSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRfmSegment_Segment(), this.getSegment(), null, "segment", null, 0, 1, RfmSegment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(abTestEClass, AbTest.class, "AbTest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAbTest_Hypothesis(), ecorePackage.getEString(), "hypothesis", null, 0, 1, AbTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbTest_VariantA(), ecorePackage.getEString(), "variantA", null, 0, 1, AbTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbTest_VariantB(), ecorePackage.getEString(), "variantB", null, 0, 1, AbTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAbTest_Metric(), ecorePackage.getEString(), "metric", null, 0, 1, AbTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerJourneyEClass, CustomerJourney.class, "CustomerJourney", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCustomerJourney_Personas(), this.getPersona(), null, "personas", null, 0, -1, CustomerJourney.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerJourney_Stages(), this.getJourneyStage(), null, "stages", null, 0, -1, CustomerJourney.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerJourney_Flows(), this.getJourneyFlow(), null, "flows", null, 0, -1, CustomerJourney.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(journeyStageEClass, JourneyStage.class, "JourneyStage", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJourneyStage_RaceStage(), this.getRaceStage(), "raceStage", null, 0, 1, JourneyStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyStage_Touchpoints(), this.getTouchpoint(), null, "touchpoints", null, 0, -1, JourneyStage.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(touchpointEClass, Touchpoint.class, "Touchpoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTouchpoint_MediaType(), this.getMediaType(), "mediaType", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Channel(), this.getChannel(), null, "channel", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Personas(), this.getPersona(), null, "personas", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Segments(), this.getSegment(), null, "segments", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Content(), this.getContentItem(), null, "content", null, 0, -1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Activity(), this.getActivity(), null, "activity", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTouchpoint_Purchase(), this.getPurchaseMode(), "purchase", null, 0, 1, Touchpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Outgoing(), this.getJourneyFlow(), null, "outgoing", null, 0, -1, Touchpoint.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
		initEReference(getTouchpoint_Incoming(), this.getJourneyFlow(), null, "incoming", null, 0, -1, Touchpoint.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(journeyFlowEClass, JourneyFlow.class, "JourneyFlow", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getJourneyFlow_Source(), this.getTouchpoint(), null, "source", null, 1, 1, JourneyFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyFlow_Target(), this.getTouchpoint(), null, "target", null, 1, 1, JourneyFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJourneyFlow_Condition(), ecorePackage.getEString(), "condition", null, 0, 1, JourneyFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getJourneyFlow_Persona(), this.getPersona(), null, "persona", null, 0, 1, JourneyFlow.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(budgetBookingEClass, BudgetBooking.class, "BudgetBooking", IS_ABSTRACT, IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBudgetBooking_BudgetLine(), this.getBudgetLine(), null, "budgetLine", null, 0, 1, BudgetBooking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBudgetBooking_BookedAmount(), this.getMoney(), "bookedAmount", null, 0, 1, BudgetBooking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(profitAssumptionEClass, ProfitAssumption.class, "ProfitAssumption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProfitAssumption_Channel(), this.getChannel(), null, "channel", null, 0, 1, ProfitAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProfitAssumption_Segment(), this.getSegment(), null, "segment", null, 0, 1, ProfitAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfitAssumption_GrossMargin(), this.getPercentage(), "grossMargin", null, 0, 1, ProfitAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfitAssumption_ReturnRate(), this.getPercentage(), "returnRate", null, 0, 1, ProfitAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfitAssumption_FulfilmentCostPerOrder(), this.getMoney(), "fulfilmentCostPerOrder", null, 0, 1, ProfitAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProfitAssumption_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, ProfitAssumption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(categoryTargetEClass, CategoryTarget.class, "CategoryTarget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCategoryTarget_Category(), this.getBudgetCategory(), "category", null, 0, 1, CategoryTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCategoryTarget_Amount(), this.getMoney(), "amount", null, 0, 1, CategoryTarget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(forecastMeasureEEnum, ForecastMeasure.class, "ForecastMeasure");
		addEEnumLiteral(forecastMeasureEEnum, ForecastMeasure.SESSIONS);
		addEEnumLiteral(forecastMeasureEEnum, ForecastMeasure.ORDERS);
		addEEnumLiteral(forecastMeasureEEnum, ForecastMeasure.REVENUE);
		addEEnumLiteral(forecastMeasureEEnum, ForecastMeasure.CONTRIBUTION);
		addEEnumLiteral(forecastMeasureEEnum, ForecastMeasure.CONVERSION_RATE);
		addEEnumLiteral(forecastMeasureEEnum, ForecastMeasure.AVERAGE_ORDER_VALUE);

		initEEnum(objectiveScopeEEnum, ObjectiveScope.class, "ObjectiveScope");
		addEEnumLiteral(objectiveScopeEEnum, ObjectiveScope.PLAN);
		addEEnumLiteral(objectiveScopeEEnum, ObjectiveScope.ONLINE);
		addEEnumLiteral(objectiveScopeEEnum, ObjectiveScope.CHANNELS);
		addEEnumLiteral(objectiveScopeEEnum, ObjectiveScope.SEGMENTS);

		initEEnum(measureKindEEnum, MeasureKind.class, "MeasureKind");
		addEEnumLiteral(measureKindEEnum, MeasureKind.SUM);
		addEEnumLiteral(measureKindEEnum, MeasureKind.LEVEL);
		addEEnumLiteral(measureKindEEnum, MeasureKind.RATE);

		initEEnum(directionEEnum, Direction.class, "Direction");
		addEEnumLiteral(directionEEnum, Direction.INCREASE);
		addEEnumLiteral(directionEEnum, Direction.DECREASE);
		addEEnumLiteral(directionEEnum, Direction.HOLD);

		initEEnum(raceStageEEnum, RaceStage.class, "RaceStage");
		addEEnumLiteral(raceStageEEnum, RaceStage.PLAN);
		addEEnumLiteral(raceStageEEnum, RaceStage.REACH);
		addEEnumLiteral(raceStageEEnum, RaceStage.ACT);
		addEEnumLiteral(raceStageEEnum, RaceStage.CONVERT);
		addEEnumLiteral(raceStageEEnum, RaceStage.ENGAGE);

		initEEnum(funnelPositionEEnum, FunnelPosition.class, "FunnelPosition");
		addEEnumLiteral(funnelPositionEEnum, FunnelPosition.NONE);
		addEEnumLiteral(funnelPositionEEnum, FunnelPosition.TOP);
		addEEnumLiteral(funnelPositionEEnum, FunnelPosition.MIDDLE);
		addEEnumLiteral(funnelPositionEEnum, FunnelPosition.BOTTOM);
		addEEnumLiteral(funnelPositionEEnum, FunnelPosition.AFTER_SALE);

		initEEnum(mediaTypeEEnum, MediaType.class, "MediaType");
		addEEnumLiteral(mediaTypeEEnum, MediaType.PAID);
		addEEnumLiteral(mediaTypeEEnum, MediaType.OWNED);
		addEEnumLiteral(mediaTypeEEnum, MediaType.EARNED);

		initEEnum(channelCategoryEEnum, ChannelCategory.class, "ChannelCategory");
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.ORGANIC_SEARCH);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PAID_SEARCH);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.ORGANIC_SOCIAL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PAID_SOCIAL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.EMAIL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.DISPLAY);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.VIDEO);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.AFFILIATE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.MARKETPLACE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.WEBSITE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.MOBILE_APP);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PR);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.EVENTS);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.PHYSICAL_STORE);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.DIRECT);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.REFERRAL);
		addEEnumLiteral(channelCategoryEEnum, ChannelCategory.OTHER);

		initEEnum(opportunityOrThreatEEnum, OpportunityOrThreat.class, "OpportunityOrThreat");
		addEEnumLiteral(opportunityOrThreatEEnum, OpportunityOrThreat.OPPORTUNITY);
		addEEnumLiteral(opportunityOrThreatEEnum, OpportunityOrThreat.THREAT);

		initEEnum(marketReviewAreaEEnum, MarketReviewArea.class, "MarketReviewArea");
		addEEnumLiteral(marketReviewAreaEEnum, MarketReviewArea.CUSTOMER_BEHAVIOUR);
		addEEnumLiteral(marketReviewAreaEEnum, MarketReviewArea.COMPETITORS);
		addEEnumLiteral(marketReviewAreaEEnum, MarketReviewArea.INTERMEDIARIES);
		addEEnumLiteral(marketReviewAreaEEnum, MarketReviewArea.OTHER);

		initEEnum(pestleCategoryEEnum, PestleCategory.class, "PestleCategory");
		addEEnumLiteral(pestleCategoryEEnum, PestleCategory.POLITICAL);
		addEEnumLiteral(pestleCategoryEEnum, PestleCategory.ECONOMIC);
		addEEnumLiteral(pestleCategoryEEnum, PestleCategory.SOCIAL);
		addEEnumLiteral(pestleCategoryEEnum, PestleCategory.TECHNOLOGICAL);
		addEEnumLiteral(pestleCategoryEEnum, PestleCategory.LEGAL);
		addEEnumLiteral(pestleCategoryEEnum, PestleCategory.ENVIRONMENTAL);

		initEEnum(swotCategoryEEnum, SwotCategory.class, "SwotCategory");
		addEEnumLiteral(swotCategoryEEnum, SwotCategory.STRENGTH);
		addEEnumLiteral(swotCategoryEEnum, SwotCategory.WEAKNESS);
		addEEnumLiteral(swotCategoryEEnum, SwotCategory.OPPORTUNITY);
		addEEnumLiteral(swotCategoryEEnum, SwotCategory.THREAT);

		initEEnum(towsCategoryEEnum, TowsCategory.class, "TowsCategory");
		addEEnumLiteral(towsCategoryEEnum, TowsCategory.SO);
		addEEnumLiteral(towsCategoryEEnum, TowsCategory.WO);
		addEEnumLiteral(towsCategoryEEnum, TowsCategory.ST);
		addEEnumLiteral(towsCategoryEEnum, TowsCategory.WT);

		initEEnum(segmentLayerEEnum, SegmentLayer.class, "SegmentLayer");
		addEEnumLiteral(segmentLayerEEnum, SegmentLayer.DEMOGRAPHIC);
		addEEnumLiteral(segmentLayerEEnum, SegmentLayer.BEHAVIOURAL);
		addEEnumLiteral(segmentLayerEEnum, SegmentLayer.INTENT);
		addEEnumLiteral(segmentLayerEEnum, SegmentLayer.VALUE);

		initEEnum(contentFormatEEnum, ContentFormat.class, "ContentFormat");
		addEEnumLiteral(contentFormatEEnum, ContentFormat.ARTICLE);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.SOCIAL_POST);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.VIDEO);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.PODCAST);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.REPORT);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.GUIDE);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.CASE_STUDY);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.WEBINAR);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.INTERVIEW);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.EMAIL);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.LANDING_PAGE);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.INFOGRAPHIC);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.TOOL);
		addEEnumLiteral(contentFormatEEnum, ContentFormat.OTHER);

		initEEnum(marketingMixElementEEnum, MarketingMixElement.class, "MarketingMixElement");
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PRODUCT);
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PRICE);
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PLACE);
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PROMOTION);
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PEOPLE);
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PROCESS);
		addEEnumLiteral(marketingMixElementEEnum, MarketingMixElement.PHYSICAL_EVIDENCE);

		initEEnum(communicationTypeEEnum, CommunicationType.class, "CommunicationType");
		addEEnumLiteral(communicationTypeEEnum, CommunicationType.INBOUND);
		addEEnumLiteral(communicationTypeEEnum, CommunicationType.ALWAYS_ON);
		addEEnumLiteral(communicationTypeEEnum, CommunicationType.CAMPAIGN);

		initEEnum(canvasBlockEEnum, CanvasBlock.class, "CanvasBlock");
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.VALUE_PROPOSITIONS);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.CUSTOMER_SEGMENTS);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.CUSTOMER_RELATIONSHIPS);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.CHANNELS);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.KEY_ACTIVITIES);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.KEY_RESOURCES);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.KEY_PARTNERS);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.COST_STRUCTURE);
		addEEnumLiteral(canvasBlockEEnum, CanvasBlock.REVENUE_STREAMS);

		initEEnum(budgetCategoryEEnum, BudgetCategory.class, "BudgetCategory");
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.MEDIA);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.CREATIVE);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.CONTENT_SEO);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.PR_EVENTS);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.STAFF);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.SITE_MARTECH);

		initEEnum(costTypeEEnum, CostType.class, "CostType");
		addEEnumLiteral(costTypeEEnum, CostType.ONE_SHOT);
		addEEnumLiteral(costTypeEEnum, CostType.RECURRING);

		initEEnum(quarterEEnum, Quarter.class, "Quarter");
		addEEnumLiteral(quarterEEnum, Quarter.Q1);
		addEEnumLiteral(quarterEEnum, Quarter.Q2);
		addEEnumLiteral(quarterEEnum, Quarter.Q3);
		addEEnumLiteral(quarterEEnum, Quarter.Q4);

		initEEnum(workstreamEEnum, Workstream.class, "Workstream");
		addEEnumLiteral(workstreamEEnum, Workstream.CAMPAIGNS);
		addEEnumLiteral(workstreamEEnum, Workstream.MEDIA);
		addEEnumLiteral(workstreamEEnum, Workstream.CONTENT);
		addEEnumLiteral(workstreamEEnum, Workstream.SITE);

		initEEnum(marTechCategoryEEnum, MarTechCategory.class, "MarTechCategory");
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.ANALYTICS);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.CMS);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.ECOMMERCE);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.EMAIL_AUTOMATION);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.CRM);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.ADVERTISING);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.SOCIAL_MEDIA);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.SEO);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.TESTING_CRO);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.CUSTOMER_SERVICE);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.DATA_PLATFORM);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.COLLABORATION);
		addEEnumLiteral(marTechCategoryEEnum, MarTechCategory.OTHER);

		initEEnum(activityStatusEEnum, ActivityStatus.class, "ActivityStatus");
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.PLANNED);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.IN_PROGRESS);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.DONE);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.CANCELLED);

		initEEnum(objectiveStatusEEnum, ObjectiveStatus.class, "ObjectiveStatus");
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.NOT_STARTED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.ON_TRACK);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.AT_RISK);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.ACHIEVED);
		addEEnumLiteral(objectiveStatusEEnum, ObjectiveStatus.MISSED);

		initEEnum(planPhaseEEnum, PlanPhase.class, "PlanPhase");
		addEEnumLiteral(planPhaseEEnum, PlanPhase.LAUNCH);
		addEEnumLiteral(planPhaseEEnum, PlanPhase.LOYALTY);

		initEEnum(automationTriggerEEnum, AutomationTrigger.class, "AutomationTrigger");
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.NEWSLETTER);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.WELCOME);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.ABANDONED_CART);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.BROWSE_ABANDONMENT);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.POST_PURCHASE);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.REPLENISHMENT);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.BIRTHDAY);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.WIN_BACK);
		addEEnumLiteral(automationTriggerEEnum, AutomationTrigger.OTHER);

		initEEnum(purchaseModeEEnum, PurchaseMode.class, "PurchaseMode");
		addEEnumLiteral(purchaseModeEEnum, PurchaseMode.NONE);
		addEEnumLiteral(purchaseModeEEnum, PurchaseMode.ONLINE);
		addEEnumLiteral(purchaseModeEEnum, PurchaseMode.OFFLINE);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(yearMonthEDataType, YearMonth.class, "YearMonth", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(decimalEDataType, BigDecimal.class, "Decimal", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(percentageEDataType, BigDecimal.class, "Percentage", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(moneyEDataType, Money.class, "Money", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //TacticianPackageImpl
