/**
 */
package org.tactician.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Tactician marketing-plan metamodel: one containment tree rooted in MarketingPlan that covers the whole RACE plan (Opportunity, Strategy, Action, Operations, customer journey) with the cross-links SWOT item -> TOWS strategy -> SMART objective -> activity/campaign -> calendar entry -> budget line -> KPI, and persona/segment <-> touchpoint <-> channel.
 * <!-- end-model-doc -->
 * @see org.tactician.model.TacticianFactory
 * @model kind="package"
 * @generated
 */
public interface TacticianPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://tactician.org/plan/2.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "tactician";

	/**
	 * The package content type ID.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eCONTENT_TYPE = "org.tactician.model.plan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TacticianPackage eINSTANCE = org.tactician.model.impl.TacticianPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.PlanElementImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPlanElement()
	 * @generated
	 */
	int PLAN_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT__ID = 0;

	/**
	 * The number of structural features of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Plan Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.NamedElementImpl <em>Named Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.NamedElementImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getNamedElement()
	 * @generated
	 */
	int NAMED_ELEMENT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__NAME = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT__DESCRIPTION = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Named Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NAMED_ELEMENT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.Scheduled <em>Scheduled</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.Scheduled
	 * @see org.tactician.model.impl.TacticianPackageImpl#getScheduled()
	 * @generated
	 */
	int SCHEDULED = 2;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED__START = 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED__END = 1;

	/**
	 * The number of structural features of the '<em>Scheduled</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Scheduled</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCHEDULED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.TeamMemberImpl <em>Team Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.TeamMemberImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getTeamMember()
	 * @generated
	 */
	int TEAM_MEMBER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__ROLE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER__EMAIL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Team Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_MEMBER_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ChannelImpl <em>Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ChannelImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getChannel()
	 * @generated
	 */
	int CHANNEL = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__MEDIA_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__URL = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Online</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL__ONLINE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MarketingPlanImpl <em>Marketing Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MarketingPlanImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketingPlan()
	 * @generated
	 */
	int MARKETING_PLAN = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Brand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__BRAND = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__CURRENCY = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__LANGUAGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__AUTHOR = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Team</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__TEAM = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Opportunity</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__OPPORTUNITY = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__STRATEGY = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Action</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__ACTION = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__OPERATIONS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Journeys</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN__JOURNEYS = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Marketing Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Marketing Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKETING_PLAN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.OpportunitySectionImpl <em>Opportunity Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.OpportunitySectionImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getOpportunitySection()
	 * @generated
	 */
	int OPPORTUNITY_SECTION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Performance Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__PERFORMANCE_REVIEW = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Market Review</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__MARKET_REVIEW = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pestle</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__PESTLE = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Swot</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__SWOT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__OBJECTIVES = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Forecast</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION__FORECAST = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Opportunity Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Opportunity Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPPORTUNITY_SECTION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.PerformanceReviewImpl <em>Performance Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.PerformanceReviewImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPerformanceReview()
	 * @generated
	 */
	int PERFORMANCE_REVIEW = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sales Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__SALES_TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sales</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__SALES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Profit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__PROFIT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>New Customers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__NEW_CUSTOMERS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Retention Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__RETENTION_RATE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Growth Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__GROWTH_RATE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Missed Opportunities</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Channel Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW__CHANNEL_METRICS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Performance Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Performance Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERFORMANCE_REVIEW_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ChannelPerformanceImpl <em>Channel Performance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ChannelPerformanceImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getChannelPerformance()
	 * @generated
	 */
	int CHANNEL_PERFORMANCE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__CHANNEL = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__SESSIONS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Conversion Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__CONVERSION_RATE = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Average Order Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Revenue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__REVENUE = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__COST = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>New Customers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__NEW_CUSTOMERS = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Retention Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__RETENTION_RATE = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE__NOTES = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Channel Performance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Channel Performance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANNEL_PERFORMANCE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ExternalFactorImpl <em>External Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ExternalFactorImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getExternalFactor()
	 * @generated
	 */
	int EXTERNAL_FACTOR = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_FACTOR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_FACTOR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_FACTOR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_FACTOR__EFFECT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>External Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_FACTOR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>External Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_FACTOR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MarketReviewImpl <em>Market Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MarketReviewImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketReview()
	 * @generated
	 */
	int MARKET_REVIEW = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_REVIEW__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_REVIEW__FINDINGS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Market Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_REVIEW_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Market Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_REVIEW_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MarketFindingImpl <em>Market Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MarketFindingImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketFinding()
	 * @generated
	 */
	int MARKET_FINDING = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING__ID = EXTERNAL_FACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING__NAME = EXTERNAL_FACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING__DESCRIPTION = EXTERNAL_FACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING__EFFECT = EXTERNAL_FACTOR__EFFECT;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING__AREA = EXTERNAL_FACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING__SOURCE = EXTERNAL_FACTOR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Market Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING_FEATURE_COUNT = EXTERNAL_FACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Market Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MARKET_FINDING_OPERATION_COUNT = EXTERNAL_FACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.PestleAnalysisImpl <em>Pestle Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.PestleAnalysisImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPestleAnalysis()
	 * @generated
	 */
	int PESTLE_ANALYSIS = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_ANALYSIS__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Factors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_ANALYSIS__FACTORS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Pestle Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_ANALYSIS_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Pestle Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_ANALYSIS_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.PestleFactorImpl <em>Pestle Factor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.PestleFactorImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPestleFactor()
	 * @generated
	 */
	int PESTLE_FACTOR = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__ID = EXTERNAL_FACTOR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__NAME = EXTERNAL_FACTOR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__DESCRIPTION = EXTERNAL_FACTOR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__EFFECT = EXTERNAL_FACTOR__EFFECT;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__CATEGORY = EXTERNAL_FACTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__IMPACT = EXTERNAL_FACTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Likelihood</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR__LIKELIHOOD = EXTERNAL_FACTOR_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Pestle Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR_FEATURE_COUNT = EXTERNAL_FACTOR_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Pestle Factor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PESTLE_FACTOR_OPERATION_COUNT = EXTERNAL_FACTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.SwotAnalysisImpl <em>Swot Analysis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.SwotAnalysisImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getSwotAnalysis()
	 * @generated
	 */
	int SWOT_ANALYSIS = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__ITEMS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Issues</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__KEY_ISSUES = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strengths</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__STRENGTHS = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weaknesses</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__WEAKNESSES = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Opportunities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__OPPORTUNITIES = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Threats</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__THREATS = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>So Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__SO_STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Wo Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__WO_STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>St Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__ST_STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Wt Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS__WT_STRATEGIES = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Swot Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The operation id for the '<em>Items In</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS___ITEMS_IN__SWOTCATEGORY = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The operation id for the '<em>Strategies In</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS___STRATEGIES_IN__TOWSCATEGORY = PLAN_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The number of operations of the '<em>Swot Analysis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ANALYSIS_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 2;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.SwotItemImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getSwotItem()
	 * @generated
	 */
	int SWOT_ITEM = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Importance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__IMPORTANCE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__EVIDENCE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM__STRATEGIES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Swot Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SWOT_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.TowsStrategyImpl <em>Tows Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.TowsStrategyImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getTowsStrategy()
	 * @generated
	 */
	int TOWS_STRATEGY = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Swot Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__SWOT_ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY__OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Tows Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Tows Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOWS_STRATEGY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.KeyIssueImpl <em>Key Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.KeyIssueImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getKeyIssue()
	 * @generated
	 */
	int KEY_ISSUE = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Swot Items</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE__SWOT_ITEMS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Strategies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE__STRATEGIES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Key Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Key Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_ISSUE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.SmartObjectiveImpl <em>Smart Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.SmartObjectiveImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getSmartObjective()
	 * @generated
	 */
	int SMART_OBJECTIVE = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__METRIC = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Forecast Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__FORECAST_MEASURE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kpi</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__KPI = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__DEADLINE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__SCOPE = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Measure Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__MEASURE_KIND = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__DIRECTION = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__STRATEGY = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Business Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__BUSINESS_GOAL = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__ACTIVITIES = NAMED_ELEMENT_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__CAMPAIGNS = NAMED_ELEMENT_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Calendar Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__CALENDAR_ENTRIES = NAMED_ELEMENT_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Quarterly Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE__QUARTERLY_OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Smart Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Smart Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMART_OBJECTIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ConversionForecastImpl <em>Conversion Forecast</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ConversionForecastImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getConversionForecast()
	 * @generated
	 */
	int CONVERSION_FORECAST = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__INPUTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Gross Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__GROSS_MARGIN = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Return Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__RETURN_RATE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Fulfilment Cost Per Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assumptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST__ASSUMPTIONS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Conversion Forecast</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Conversion Forecast</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONVERSION_FORECAST_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ForecastInputImpl <em>Forecast Input</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ForecastInputImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getForecastInput()
	 * @generated
	 */
	int FORECAST_INPUT = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__MONTH = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__CHANNEL = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__SEGMENT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__SESSIONS = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Conversion Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__CONVERSION_RATE = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Average Order Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT__AVERAGE_ORDER_VALUE = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Forecast Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Forecast Input</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FORECAST_INPUT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.StrategySectionImpl <em>Strategy Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.StrategySectionImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getStrategySection()
	 * @generated
	 */
	int STRATEGY_SECTION = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Value Proposition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__VALUE_PROPOSITION = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__SEGMENTS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__PERSONAS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Content Map</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__CONTENT_MAP = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Marketing Mix</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__MARKETING_MIX = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Communications</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__COMMUNICATIONS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Business Model Canvas</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION__BUSINESS_MODEL_CANVAS = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Strategy Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Strategy Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRATEGY_SECTION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ValuePropositionImpl <em>Value Proposition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ValuePropositionImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getValueProposition()
	 * @generated
	 */
	int VALUE_PROPOSITION = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Elevator Pitch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__ELEVATOR_PITCH = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Digital Value Proposition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Brand Identity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__BRAND_IDENTITY = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tone Of Voice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION__TONE_OF_VOICE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Value Proposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Value Proposition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_PROPOSITION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.SegmentImpl <em>Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.SegmentImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getSegment()
	 * @generated
	 */
	int SEGMENT = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__LAYER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CRITERIA = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Product Or Service</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__PRODUCT_OR_SERVICE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Estimated Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__ESTIMATED_SIZE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__PARENT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Subsegments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT__SUBSEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.PersonaImpl <em>Persona</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.PersonaImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPersona()
	 * @generated
	 */
	int PERSONA = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Profile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PROFILE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__GOALS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pain Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PAIN_POINTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Preferred Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__PREFERRED_CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Persona</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSONA_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ContentItemImpl <em>Content Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ContentItemImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getContentItem()
	 * @generated
	 */
	int CONTENT_ITEM = 25;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__FORMAT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM__URL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Content Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Content Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTENT_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MixImprovementImpl <em>Mix Improvement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MixImprovementImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMixImprovement()
	 * @generated
	 */
	int MIX_IMPROVEMENT = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Element</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT__ELEMENT = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Current Situation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT__CURRENT_SITUATION = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Mix Improvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Mix Improvement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MIX_IMPROVEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CommunicationsStrategyImpl <em>Communications Strategy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CommunicationsStrategyImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCommunicationsStrategy()
	 * @generated
	 */
	int COMMUNICATIONS_STRATEGY = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATIONS_STRATEGY__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Priorities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATIONS_STRATEGY__PRIORITIES = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audit</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATIONS_STRATEGY__AUDIT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Communications Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATIONS_STRATEGY_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Communications Strategy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATIONS_STRATEGY_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CommunicationPriorityImpl <em>Communication Priority</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CommunicationPriorityImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCommunicationPriority()
	 * @generated
	 */
	int COMMUNICATION_PRIORITY = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY__TYPE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Communication Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Communication Priority</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMUNICATION_PRIORITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AuditActivityImpl <em>Audit Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AuditActivityImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAuditActivity()
	 * @generated
	 */
	int AUDIT_ACTIVITY = 29;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Capability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY__CAPABILITY = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Audit Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Audit Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_ACTIVITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.BusinessModelCanvasImpl <em>Business Model Canvas</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.BusinessModelCanvasImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getBusinessModelCanvas()
	 * @generated
	 */
	int BUSINESS_MODEL_CANVAS = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__ITEMS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Key Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__KEY_PARTNERS = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__KEY_ACTIVITIES = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Key Resources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__KEY_RESOURCES = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Value Propositions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__VALUE_PROPOSITIONS = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Customer Relationships</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__CUSTOMER_RELATIONSHIPS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__CHANNELS = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Customer Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__CUSTOMER_SEGMENTS = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cost Structure</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__COST_STRUCTURE = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Revenue Streams</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS__REVENUE_STREAMS = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Business Model Canvas</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The operation id for the '<em>Items In</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS___ITEMS_IN__CANVASBLOCK = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The number of operations of the '<em>Business Model Canvas</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_MODEL_CANVAS_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CanvasItemImpl <em>Canvas Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CanvasItemImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCanvasItem()
	 * @generated
	 */
	int CANVAS_ITEM = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Block</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__BLOCK = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__CHANNELS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Costs</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM__COSTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Canvas Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Canvas Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CANVAS_ITEM_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ActionSectionImpl <em>Action Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ActionSectionImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getActionSection()
	 * @generated
	 */
	int ACTION_SECTION = 32;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__BUDGET = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Dashboard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__DASHBOARD = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__CAMPAIGNS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Always On Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__ALWAYS_ON_PLAN = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Martech Stack</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__MARTECH_STACK = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ninety Day Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION__NINETY_DAY_PLANS = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Action Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Action Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_SECTION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.BudgetImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Lines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__LINES = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Approved Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__APPROVED_TOTAL = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__CATEGORY_TARGETS = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.BudgetLineImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cost Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__COST_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__AMOUNT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Phasing</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__PHASING = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CAMPAIGN = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__KPIS = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Supplier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__SUPPLIER = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Phased Total</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__PHASED_TOTAL = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Bookings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__BOOKINGS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Allocated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ALLOCATED = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MonthlyAmountImpl <em>Monthly Amount</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MonthlyAmountImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMonthlyAmount()
	 * @generated
	 */
	int MONTHLY_AMOUNT = 35;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_AMOUNT__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_AMOUNT__MONTH = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_AMOUNT__AMOUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Monthly Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_AMOUNT_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Monthly Amount</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_AMOUNT_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.DashboardImpl <em>Dashboard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.DashboardImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getDashboard()
	 * @generated
	 */
	int DASHBOARD = 36;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD__KPIS = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dashboard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dashboard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DASHBOARD_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.KpiImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 37;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__BASELINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Year On Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET_YEAR_ON_YEAR = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Target Month On Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET_MONTH_ON_MONTH = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Data Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DATA_SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__VALUES = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.KpiValueImpl <em>Kpi Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.KpiValueImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getKpiValue()
	 * @generated
	 */
	int KPI_VALUE = 38;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__MONTH = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__TARGET = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__ACTUAL = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Previous Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE__PREVIOUS_YEAR = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Kpi Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Kpi Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_VALUE_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CampaignImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 39;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__GOALS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tracking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__TRACKING = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Audience</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__AUDIENCE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Key Messages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__KEY_MESSAGES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Media Plan</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__MEDIA_PLAN = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__BUDGET = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Editorial Plan</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__EDITORIAL_PLAN = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Calendar Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__CALENDAR_ENTRIES = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ACTIVITIES = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Planned Spend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__PLANNED_SPEND = NAMED_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.KeyMessageImpl <em>Key Message</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.KeyMessageImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getKeyMessage()
	 * @generated
	 */
	int KEY_MESSAGE = 40;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_MESSAGE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_MESSAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_MESSAGE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_MESSAGE__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Key Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_MESSAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Key Message</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_MESSAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MediaPlacementImpl <em>Media Placement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MediaPlacementImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMediaPlacement()
	 * @generated
	 */
	int MEDIA_PLACEMENT = 41;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__BUDGET_LINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__BOOKED_AMOUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__MEDIA_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Targeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__TARGETING = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Kpi</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__KPI = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Calendar Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT__CALENDAR_ENTRIES = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Media Placement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Media Placement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEDIA_PLACEMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ActivityImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 42;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__BUDGET_LINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__BOOKED_AMOUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CAMPAIGN = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__PRIORITY = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AlwaysOnPlanImpl <em>Always On Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AlwaysOnPlanImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAlwaysOnPlan()
	 * @generated
	 */
	int ALWAYS_ON_PLAN = 43;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_PLAN__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_PLAN__ACTIVITIES = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Always On Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_PLAN_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Always On Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_PLAN_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AlwaysOnActivityImpl <em>Always On Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AlwaysOnActivityImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAlwaysOnActivity()
	 * @generated
	 */
	int ALWAYS_ON_ACTIVITY = 44;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__ID = ACTIVITY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__START = ACTIVITY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__END = ACTIVITY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__BUDGET_LINE = ACTIVITY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__BOOKED_AMOUNT = ACTIVITY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__RACE_STAGE = ACTIVITY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__CHANNEL = ACTIVITY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__OWNER = ACTIVITY__OWNER;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__OBJECTIVES = ACTIVITY__OBJECTIVES;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__CAMPAIGN = ACTIVITY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__PRIORITY = ACTIVITY__PRIORITY;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Quarters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY__QUARTERS = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Always On Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Always On Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALWAYS_ON_ACTIVITY_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MarTechToolImpl <em>Mar Tech Tool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MarTechToolImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarTechTool()
	 * @generated
	 */
	int MAR_TECH_TOOL = 45;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__BUDGET_LINE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__BOOKED_AMOUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__CATEGORY = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__VENDOR = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__URL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Race Stages</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__RACE_STAGES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Mar Tech Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Mar Tech Tool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAR_TECH_TOOL_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.NinetyDayPlanImpl <em>Ninety Day Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.NinetyDayPlanImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getNinetyDayPlan()
	 * @generated
	 */
	int NINETY_DAY_PLAN = 46;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__QUARTER = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN__ACTIONS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Ninety Day Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Ninety Day Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NINETY_DAY_PLAN_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ActionItemImpl <em>Action Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ActionItemImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getActionItem()
	 * @generated
	 */
	int ACTION_ITEM = 47;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__ID = ACTIVITY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__NAME = ACTIVITY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DESCRIPTION = ACTIVITY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__START = ACTIVITY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__END = ACTIVITY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__BUDGET_LINE = ACTIVITY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__BOOKED_AMOUNT = ACTIVITY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__RACE_STAGE = ACTIVITY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__CHANNEL = ACTIVITY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__OWNER = ACTIVITY__OWNER;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__OBJECTIVES = ACTIVITY__OBJECTIVES;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__CAMPAIGN = ACTIVITY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__PRIORITY = ACTIVITY__PRIORITY;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__STATUS = ACTIVITY__STATUS;

	/**
	 * The feature id for the '<em><b>Workstream</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__WORKSTREAM = ACTIVITY_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_FEATURE_COUNT = ACTIVITY_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_OPERATION_COUNT = ACTIVITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.OperationsSectionImpl <em>Operations Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.OperationsSectionImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getOperationsSection()
	 * @generated
	 */
	int OPERATIONS_SECTION = 48;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Quarterly Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__QUARTERLY_OBJECTIVES = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Monthly Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__MONTHLY_OBJECTIVES = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Editorial Calendar</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__EDITORIAL_CALENDAR = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Advertising Calendar</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__ADVERTISING_CALENDAR = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Dem Calendar</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__DEM_CALENDAR = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Automation Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__AUTOMATION_PLAN = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cro Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__CRO_PLAN = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Loyalty Plan</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__LOYALTY_PLAN = PLAN_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Calendars</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION__CALENDARS = PLAN_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Operations Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Operations Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATIONS_SECTION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.QuarterlyObjectiveImpl <em>Quarterly Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.QuarterlyObjectiveImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getQuarterlyObjective()
	 * @generated
	 */
	int QUARTERLY_OBJECTIVE = 49;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__QUARTER = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Annual Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__ACTIVITIES = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Monthly Objectives</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Quarterly Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Quarterly Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUARTERLY_OBJECTIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.MonthlyObjectiveImpl <em>Monthly Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.MonthlyObjectiveImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMonthlyObjective()
	 * @generated
	 */
	int MONTHLY_OBJECTIVE = 50;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__MONTH = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__DEADLINE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__PHASE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quarterly Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__UNIT = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__ACTUAL = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Monthly Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Monthly Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MONTHLY_OBJECTIVE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CalendarImpl <em>Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CalendarImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCalendar()
	 * @generated
	 */
	int CALENDAR = 51;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR__ALL_ENTRIES = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CalendarEntryImpl <em>Calendar Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CalendarEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCalendarEntry()
	 * @generated
	 */
	int CALENDAR_ENTRY = 52;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__START = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__END = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__BUDGET_LINE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__BOOKED_AMOUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__OWNER = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__PLACEMENT = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__PLANNED_COST = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__OBJECTIVE = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__CAMPAIGN = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__ACTIVITY = NAMED_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY__STATUS = NAMED_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Calendar Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Calendar Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CALENDAR_ENTRY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.EditorialCalendarImpl <em>Editorial Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.EditorialCalendarImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getEditorialCalendar()
	 * @generated
	 */
	int EDITORIAL_CALENDAR = 53;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR__ID = CALENDAR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR__NAME = CALENDAR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR__DESCRIPTION = CALENDAR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR__ALL_ENTRIES = CALENDAR__ALL_ENTRIES;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR__ENTRIES = CALENDAR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Editorial Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR_FEATURE_COUNT = CALENDAR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Editorial Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_CALENDAR_OPERATION_COUNT = CALENDAR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.EditorialEntryImpl <em>Editorial Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.EditorialEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getEditorialEntry()
	 * @generated
	 */
	int EDITORIAL_ENTRY = 54;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__ID = CALENDAR_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__NAME = CALENDAR_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__DESCRIPTION = CALENDAR_ENTRY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__START = CALENDAR_ENTRY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__END = CALENDAR_ENTRY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__BUDGET_LINE = CALENDAR_ENTRY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__BOOKED_AMOUNT = CALENDAR_ENTRY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__CHANNEL = CALENDAR_ENTRY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__OWNER = CALENDAR_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__PLACEMENT = CALENDAR_ENTRY__PLACEMENT;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__PLANNED_COST = CALENDAR_ENTRY__PLANNED_COST;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__OBJECTIVE = CALENDAR_ENTRY__OBJECTIVE;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__CAMPAIGN = CALENDAR_ENTRY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__ACTIVITY = CALENDAR_ENTRY__ACTIVITY;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__RACE_STAGE = CALENDAR_ENTRY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__STATUS = CALENDAR_ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__CONTENT = CALENDAR_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__FORMAT = CALENDAR_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outlet</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__OUTLET = CALENDAR_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY__PERSONAS = CALENDAR_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Editorial Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY_FEATURE_COUNT = CALENDAR_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Editorial Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDITORIAL_ENTRY_OPERATION_COUNT = CALENDAR_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AdvertisingCalendarImpl <em>Advertising Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AdvertisingCalendarImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAdvertisingCalendar()
	 * @generated
	 */
	int ADVERTISING_CALENDAR = 55;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR__ID = CALENDAR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR__NAME = CALENDAR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR__DESCRIPTION = CALENDAR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR__ALL_ENTRIES = CALENDAR__ALL_ENTRIES;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR__ENTRIES = CALENDAR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Advertising Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR_FEATURE_COUNT = CALENDAR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Advertising Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_CALENDAR_OPERATION_COUNT = CALENDAR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AdvertisingEntryImpl <em>Advertising Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AdvertisingEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAdvertisingEntry()
	 * @generated
	 */
	int ADVERTISING_ENTRY = 56;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__ID = CALENDAR_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__NAME = CALENDAR_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__DESCRIPTION = CALENDAR_ENTRY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__START = CALENDAR_ENTRY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__END = CALENDAR_ENTRY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__BUDGET_LINE = CALENDAR_ENTRY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__BOOKED_AMOUNT = CALENDAR_ENTRY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__CHANNEL = CALENDAR_ENTRY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__OWNER = CALENDAR_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__PLACEMENT = CALENDAR_ENTRY__PLACEMENT;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__PLANNED_COST = CALENDAR_ENTRY__PLANNED_COST;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__OBJECTIVE = CALENDAR_ENTRY__OBJECTIVE;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__CAMPAIGN = CALENDAR_ENTRY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__ACTIVITY = CALENDAR_ENTRY__ACTIVITY;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__RACE_STAGE = CALENDAR_ENTRY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__STATUS = CALENDAR_ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__MEDIA_TYPE = CALENDAR_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__CONTENT = CALENDAR_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Targeting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__TARGETING = CALENDAR_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ab Tests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY__AB_TESTS = CALENDAR_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Advertising Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY_FEATURE_COUNT = CALENDAR_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Advertising Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADVERTISING_ENTRY_OPERATION_COUNT = CALENDAR_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.DemCalendarImpl <em>Dem Calendar</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.DemCalendarImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getDemCalendar()
	 * @generated
	 */
	int DEM_CALENDAR = 57;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR__ID = CALENDAR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR__NAME = CALENDAR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR__DESCRIPTION = CALENDAR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR__ALL_ENTRIES = CALENDAR__ALL_ENTRIES;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR__ENTRIES = CALENDAR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dem Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR_FEATURE_COUNT = CALENDAR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dem Calendar</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_CALENDAR_OPERATION_COUNT = CALENDAR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.DemEntryImpl <em>Dem Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.DemEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getDemEntry()
	 * @generated
	 */
	int DEM_ENTRY = 58;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__ID = CALENDAR_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__NAME = CALENDAR_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__DESCRIPTION = CALENDAR_ENTRY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__START = CALENDAR_ENTRY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__END = CALENDAR_ENTRY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__BUDGET_LINE = CALENDAR_ENTRY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__BOOKED_AMOUNT = CALENDAR_ENTRY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__CHANNEL = CALENDAR_ENTRY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__OWNER = CALENDAR_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__PLACEMENT = CALENDAR_ENTRY__PLACEMENT;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__PLANNED_COST = CALENDAR_ENTRY__PLANNED_COST;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__OBJECTIVE = CALENDAR_ENTRY__OBJECTIVE;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__CAMPAIGN = CALENDAR_ENTRY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__ACTIVITY = CALENDAR_ENTRY__ACTIVITY;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__RACE_STAGE = CALENDAR_ENTRY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__STATUS = CALENDAR_ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>List Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__LIST_PROVIDER = CALENDAR_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Audience Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__AUDIENCE_SIZE = CALENDAR_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__SEGMENT = CALENDAR_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY__CONTENT = CALENDAR_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Dem Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY_FEATURE_COUNT = CALENDAR_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Dem Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEM_ENTRY_OPERATION_COUNT = CALENDAR_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AutomationPlanImpl <em>Automation Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AutomationPlanImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAutomationPlan()
	 * @generated
	 */
	int AUTOMATION_PLAN = 59;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN__ID = CALENDAR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN__NAME = CALENDAR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN__DESCRIPTION = CALENDAR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN__ALL_ENTRIES = CALENDAR__ALL_ENTRIES;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN__ENTRIES = CALENDAR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Automation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN_FEATURE_COUNT = CALENDAR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Automation Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_PLAN_OPERATION_COUNT = CALENDAR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AutomationEntryImpl <em>Automation Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AutomationEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAutomationEntry()
	 * @generated
	 */
	int AUTOMATION_ENTRY = 60;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__ID = CALENDAR_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__NAME = CALENDAR_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__DESCRIPTION = CALENDAR_ENTRY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__START = CALENDAR_ENTRY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__END = CALENDAR_ENTRY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__BUDGET_LINE = CALENDAR_ENTRY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__BOOKED_AMOUNT = CALENDAR_ENTRY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__CHANNEL = CALENDAR_ENTRY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__OWNER = CALENDAR_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__PLACEMENT = CALENDAR_ENTRY__PLACEMENT;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__PLANNED_COST = CALENDAR_ENTRY__PLANNED_COST;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__OBJECTIVE = CALENDAR_ENTRY__OBJECTIVE;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__CAMPAIGN = CALENDAR_ENTRY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__ACTIVITY = CALENDAR_ENTRY__ACTIVITY;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__RACE_STAGE = CALENDAR_ENTRY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__STATUS = CALENDAR_ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Trigger</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__TRIGGER = CALENDAR_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__SEGMENT = CALENDAR_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Content</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY__CONTENT = CALENDAR_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Automation Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY_FEATURE_COUNT = CALENDAR_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Automation Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUTOMATION_ENTRY_OPERATION_COUNT = CALENDAR_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CroPlanImpl <em>Cro Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CroPlanImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCroPlan()
	 * @generated
	 */
	int CRO_PLAN = 61;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN__ID = CALENDAR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN__NAME = CALENDAR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN__DESCRIPTION = CALENDAR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN__ALL_ENTRIES = CALENDAR__ALL_ENTRIES;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN__ENTRIES = CALENDAR_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Cro Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN_FEATURE_COUNT = CALENDAR_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Cro Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_PLAN_OPERATION_COUNT = CALENDAR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CroEntryImpl <em>Cro Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CroEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCroEntry()
	 * @generated
	 */
	int CRO_ENTRY = 62;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__ID = CALENDAR_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__NAME = CALENDAR_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__DESCRIPTION = CALENDAR_ENTRY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__START = CALENDAR_ENTRY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__END = CALENDAR_ENTRY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__BUDGET_LINE = CALENDAR_ENTRY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__BOOKED_AMOUNT = CALENDAR_ENTRY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__CHANNEL = CALENDAR_ENTRY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__OWNER = CALENDAR_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__PLACEMENT = CALENDAR_ENTRY__PLACEMENT;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__PLANNED_COST = CALENDAR_ENTRY__PLANNED_COST;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__OBJECTIVE = CALENDAR_ENTRY__OBJECTIVE;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__CAMPAIGN = CALENDAR_ENTRY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__ACTIVITY = CALENDAR_ENTRY__ACTIVITY;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__RACE_STAGE = CALENDAR_ENTRY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__STATUS = CALENDAR_ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__PAGE = CALENDAR_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__HYPOTHESIS = CALENDAR_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__METRIC = CALENDAR_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Expected Uplift</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__EXPECTED_UPLIFT = CALENDAR_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Test</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY__TEST = CALENDAR_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Cro Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY_FEATURE_COUNT = CALENDAR_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Cro Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRO_ENTRY_OPERATION_COUNT = CALENDAR_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.LoyaltyPlanImpl <em>Loyalty Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.LoyaltyPlanImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getLoyaltyPlan()
	 * @generated
	 */
	int LOYALTY_PLAN = 63;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN__ID = CALENDAR__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN__NAME = CALENDAR__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN__DESCRIPTION = CALENDAR__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>All Entries</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN__ALL_ENTRIES = CALENDAR__ALL_ENTRIES;

	/**
	 * The feature id for the '<em><b>Rfm Segments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN__RFM_SEGMENTS = CALENDAR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN__ENTRIES = CALENDAR_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Loyalty Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN_FEATURE_COUNT = CALENDAR_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Loyalty Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_PLAN_OPERATION_COUNT = CALENDAR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.LoyaltyEntryImpl <em>Loyalty Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.LoyaltyEntryImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getLoyaltyEntry()
	 * @generated
	 */
	int LOYALTY_ENTRY = 64;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__ID = CALENDAR_ENTRY__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__NAME = CALENDAR_ENTRY__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__DESCRIPTION = CALENDAR_ENTRY__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__START = CALENDAR_ENTRY__START;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__END = CALENDAR_ENTRY__END;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__BUDGET_LINE = CALENDAR_ENTRY__BUDGET_LINE;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__BOOKED_AMOUNT = CALENDAR_ENTRY__BOOKED_AMOUNT;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__CHANNEL = CALENDAR_ENTRY__CHANNEL;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__OWNER = CALENDAR_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Placement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__PLACEMENT = CALENDAR_ENTRY__PLACEMENT;

	/**
	 * The feature id for the '<em><b>Planned Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__PLANNED_COST = CALENDAR_ENTRY__PLANNED_COST;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__OBJECTIVE = CALENDAR_ENTRY__OBJECTIVE;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__CAMPAIGN = CALENDAR_ENTRY__CAMPAIGN;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__ACTIVITY = CALENDAR_ENTRY__ACTIVITY;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__RACE_STAGE = CALENDAR_ENTRY__RACE_STAGE;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__STATUS = CALENDAR_ENTRY__STATUS;

	/**
	 * The feature id for the '<em><b>Rfm Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__RFM_SEGMENT = CALENDAR_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Offer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY__OFFER = CALENDAR_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Loyalty Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY_FEATURE_COUNT = CALENDAR_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Loyalty Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOYALTY_ENTRY_OPERATION_COUNT = CALENDAR_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.RfmSegmentImpl <em>Rfm Segment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.RfmSegmentImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getRfmSegment()
	 * @generated
	 */
	int RFM_SEGMENT = 65;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Recency Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__RECENCY_SCORE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Frequency Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__FREQUENCY_SCORE = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Monetary Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__MONETARY_SCORE = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT__SEGMENT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Rfm Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Rfm Segment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RFM_SEGMENT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.AbTestImpl <em>Ab Test</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.AbTestImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAbTest()
	 * @generated
	 */
	int AB_TEST = 66;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Hypothesis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__HYPOTHESIS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Variant A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__VARIANT_A = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Variant B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__VARIANT_B = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Metric</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST__METRIC = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Ab Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Ab Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AB_TEST_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CustomerJourneyImpl <em>Customer Journey</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CustomerJourneyImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCustomerJourney()
	 * @generated
	 */
	int CUSTOMER_JOURNEY = 67;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Stages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__STAGES = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Flows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY__FLOWS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Customer Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Customer Journey</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CUSTOMER_JOURNEY_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.JourneyStageImpl <em>Journey Stage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.JourneyStageImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getJourneyStage()
	 * @generated
	 */
	int JOURNEY_STAGE = 68;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Race Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__RACE_STAGE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Touchpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE__TOUCHPOINTS = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Journey Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Journey Stage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_STAGE_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.TouchpointImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getTouchpoint()
	 * @generated
	 */
	int TOUCHPOINT = 69;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Media Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__MEDIA_TYPE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CHANNEL = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Personas</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PERSONAS = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Segments</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__SEGMENTS = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Content</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__CONTENT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__ACTIVITY = NAMED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Purchase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__PURCHASE = NAMED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outgoing</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__OUTGOING = NAMED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Incoming</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT__INCOMING = NAMED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Touchpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOUCHPOINT_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.JourneyFlowImpl <em>Journey Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.JourneyFlowImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getJourneyFlow()
	 * @generated
	 */
	int JOURNEY_FLOW = 70;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__ID = NAMED_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__NAME = NAMED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__DESCRIPTION = NAMED_ELEMENT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__SOURCE = NAMED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__TARGET = NAMED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__CONDITION = NAMED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Persona</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW__PERSONA = NAMED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Journey Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW_FEATURE_COUNT = NAMED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Journey Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOURNEY_FLOW_OPERATION_COUNT = NAMED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.BudgetBooking <em>Budget Booking</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.BudgetBooking
	 * @see org.tactician.model.impl.TacticianPackageImpl#getBudgetBooking()
	 * @generated
	 */
	int BUDGET_BOOKING = 71;

	/**
	 * The feature id for the '<em><b>Budget Line</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_BOOKING__BUDGET_LINE = 0;

	/**
	 * The feature id for the '<em><b>Booked Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_BOOKING__BOOKED_AMOUNT = 1;

	/**
	 * The number of structural features of the '<em>Budget Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_BOOKING_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Budget Booking</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_BOOKING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.ProfitAssumptionImpl <em>Profit Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.ProfitAssumptionImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getProfitAssumption()
	 * @generated
	 */
	int PROFIT_ASSUMPTION = 72;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__CHANNEL = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Segment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__SEGMENT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Gross Margin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__GROSS_MARGIN = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Return Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__RETURN_RATE = PLAN_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Fulfilment Cost Per Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER = PLAN_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION__NOTES = PLAN_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Profit Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Profit Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROFIT_ASSUMPTION_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.impl.CategoryTargetImpl <em>Category Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.impl.CategoryTargetImpl
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCategoryTarget()
	 * @generated
	 */
	int CATEGORY_TARGET = 73;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_TARGET__ID = PLAN_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_TARGET__CATEGORY = PLAN_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_TARGET__AMOUNT = PLAN_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Category Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_TARGET_FEATURE_COUNT = PLAN_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Category Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CATEGORY_TARGET_OPERATION_COUNT = PLAN_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.tactician.model.ForecastMeasure <em>Forecast Measure</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.ForecastMeasure
	 * @see org.tactician.model.impl.TacticianPackageImpl#getForecastMeasure()
	 * @generated
	 */
	int FORECAST_MEASURE = 74;

	/**
	 * The meta object id for the '{@link org.tactician.model.ObjectiveScope <em>Objective Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.ObjectiveScope
	 * @see org.tactician.model.impl.TacticianPackageImpl#getObjectiveScope()
	 * @generated
	 */
	int OBJECTIVE_SCOPE = 75;

	/**
	 * The meta object id for the '{@link org.tactician.model.MeasureKind <em>Measure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.MeasureKind
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMeasureKind()
	 * @generated
	 */
	int MEASURE_KIND = 76;

	/**
	 * The meta object id for the '{@link org.tactician.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.Direction
	 * @see org.tactician.model.impl.TacticianPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 77;

	/**
	 * The meta object id for the '{@link org.tactician.model.RaceStage <em>Race Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.RaceStage
	 * @see org.tactician.model.impl.TacticianPackageImpl#getRaceStage()
	 * @generated
	 */
	int RACE_STAGE = 78;

	/**
	 * The meta object id for the '{@link org.tactician.model.FunnelPosition <em>Funnel Position</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.FunnelPosition
	 * @see org.tactician.model.impl.TacticianPackageImpl#getFunnelPosition()
	 * @generated
	 */
	int FUNNEL_POSITION = 79;

	/**
	 * The meta object id for the '{@link org.tactician.model.MediaType <em>Media Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.MediaType
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMediaType()
	 * @generated
	 */
	int MEDIA_TYPE = 80;

	/**
	 * The meta object id for the '{@link org.tactician.model.ChannelCategory <em>Channel Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.ChannelCategory
	 * @see org.tactician.model.impl.TacticianPackageImpl#getChannelCategory()
	 * @generated
	 */
	int CHANNEL_CATEGORY = 81;

	/**
	 * The meta object id for the '{@link org.tactician.model.OpportunityOrThreat <em>Opportunity Or Threat</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.OpportunityOrThreat
	 * @see org.tactician.model.impl.TacticianPackageImpl#getOpportunityOrThreat()
	 * @generated
	 */
	int OPPORTUNITY_OR_THREAT = 82;

	/**
	 * The meta object id for the '{@link org.tactician.model.MarketReviewArea <em>Market Review Area</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.MarketReviewArea
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketReviewArea()
	 * @generated
	 */
	int MARKET_REVIEW_AREA = 83;

	/**
	 * The meta object id for the '{@link org.tactician.model.PestleCategory <em>Pestle Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.PestleCategory
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPestleCategory()
	 * @generated
	 */
	int PESTLE_CATEGORY = 84;

	/**
	 * The meta object id for the '{@link org.tactician.model.SwotCategory <em>Swot Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.SwotCategory
	 * @see org.tactician.model.impl.TacticianPackageImpl#getSwotCategory()
	 * @generated
	 */
	int SWOT_CATEGORY = 85;

	/**
	 * The meta object id for the '{@link org.tactician.model.TowsCategory <em>Tows Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.TowsCategory
	 * @see org.tactician.model.impl.TacticianPackageImpl#getTowsCategory()
	 * @generated
	 */
	int TOWS_CATEGORY = 86;

	/**
	 * The meta object id for the '{@link org.tactician.model.SegmentLayer <em>Segment Layer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.SegmentLayer
	 * @see org.tactician.model.impl.TacticianPackageImpl#getSegmentLayer()
	 * @generated
	 */
	int SEGMENT_LAYER = 87;

	/**
	 * The meta object id for the '{@link org.tactician.model.ContentFormat <em>Content Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.ContentFormat
	 * @see org.tactician.model.impl.TacticianPackageImpl#getContentFormat()
	 * @generated
	 */
	int CONTENT_FORMAT = 88;

	/**
	 * The meta object id for the '{@link org.tactician.model.MarketingMixElement <em>Marketing Mix Element</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.MarketingMixElement
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketingMixElement()
	 * @generated
	 */
	int MARKETING_MIX_ELEMENT = 89;

	/**
	 * The meta object id for the '{@link org.tactician.model.CommunicationType <em>Communication Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.CommunicationType
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCommunicationType()
	 * @generated
	 */
	int COMMUNICATION_TYPE = 90;

	/**
	 * The meta object id for the '{@link org.tactician.model.CanvasBlock <em>Canvas Block</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.CanvasBlock
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCanvasBlock()
	 * @generated
	 */
	int CANVAS_BLOCK = 91;

	/**
	 * The meta object id for the '{@link org.tactician.model.BudgetCategory <em>Budget Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.BudgetCategory
	 * @see org.tactician.model.impl.TacticianPackageImpl#getBudgetCategory()
	 * @generated
	 */
	int BUDGET_CATEGORY = 92;

	/**
	 * The meta object id for the '{@link org.tactician.model.CostType <em>Cost Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.CostType
	 * @see org.tactician.model.impl.TacticianPackageImpl#getCostType()
	 * @generated
	 */
	int COST_TYPE = 93;

	/**
	 * The meta object id for the '{@link org.tactician.model.Quarter <em>Quarter</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.Quarter
	 * @see org.tactician.model.impl.TacticianPackageImpl#getQuarter()
	 * @generated
	 */
	int QUARTER = 94;

	/**
	 * The meta object id for the '{@link org.tactician.model.Workstream <em>Workstream</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.Workstream
	 * @see org.tactician.model.impl.TacticianPackageImpl#getWorkstream()
	 * @generated
	 */
	int WORKSTREAM = 95;

	/**
	 * The meta object id for the '{@link org.tactician.model.MarTechCategory <em>Mar Tech Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.MarTechCategory
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMarTechCategory()
	 * @generated
	 */
	int MAR_TECH_CATEGORY = 96;

	/**
	 * The meta object id for the '{@link org.tactician.model.ActivityStatus <em>Activity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.ActivityStatus
	 * @see org.tactician.model.impl.TacticianPackageImpl#getActivityStatus()
	 * @generated
	 */
	int ACTIVITY_STATUS = 97;

	/**
	 * The meta object id for the '{@link org.tactician.model.ObjectiveStatus <em>Objective Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.ObjectiveStatus
	 * @see org.tactician.model.impl.TacticianPackageImpl#getObjectiveStatus()
	 * @generated
	 */
	int OBJECTIVE_STATUS = 98;

	/**
	 * The meta object id for the '{@link org.tactician.model.PlanPhase <em>Plan Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.PlanPhase
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPlanPhase()
	 * @generated
	 */
	int PLAN_PHASE = 99;

	/**
	 * The meta object id for the '{@link org.tactician.model.AutomationTrigger <em>Automation Trigger</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.AutomationTrigger
	 * @see org.tactician.model.impl.TacticianPackageImpl#getAutomationTrigger()
	 * @generated
	 */
	int AUTOMATION_TRIGGER = 100;

	/**
	 * The meta object id for the '{@link org.tactician.model.PurchaseMode <em>Purchase Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.PurchaseMode
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPurchaseMode()
	 * @generated
	 */
	int PURCHASE_MODE = 101;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.tactician.model.impl.TacticianPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 102;

	/**
	 * The meta object id for the '<em>Year Month</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.YearMonth
	 * @see org.tactician.model.impl.TacticianPackageImpl#getYearMonth()
	 * @generated
	 */
	int YEAR_MONTH = 103;

	/**
	 * The meta object id for the '<em>Decimal</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigDecimal
	 * @see org.tactician.model.impl.TacticianPackageImpl#getDecimal()
	 * @generated
	 */
	int DECIMAL = 104;

	/**
	 * The meta object id for the '<em>Percentage</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigDecimal
	 * @see org.tactician.model.impl.TacticianPackageImpl#getPercentage()
	 * @generated
	 */
	int PERCENTAGE = 105;

	/**
	 * The meta object id for the '<em>Money</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.tactician.model.Money
	 * @see org.tactician.model.impl.TacticianPackageImpl#getMoney()
	 * @generated
	 */
	int MONEY = 106;


	/**
	 * Returns the meta object for class '{@link org.tactician.model.PlanElement <em>Plan Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Plan Element</em>'.
	 * @see org.tactician.model.PlanElement
	 * @generated
	 */
	EClass getPlanElement();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PlanElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.tactician.model.PlanElement#getId()
	 * @see #getPlanElement()
	 * @generated
	 */
	EAttribute getPlanElement_Id();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Named Element</em>'.
	 * @see org.tactician.model.NamedElement
	 * @generated
	 */
	EClass getNamedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.NamedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.tactician.model.NamedElement#getName()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.NamedElement#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.tactician.model.NamedElement#getDescription()
	 * @see #getNamedElement()
	 * @generated
	 */
	EAttribute getNamedElement_Description();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Scheduled <em>Scheduled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scheduled</em>'.
	 * @see org.tactician.model.Scheduled
	 * @generated
	 */
	EClass getScheduled();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Scheduled#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.tactician.model.Scheduled#getStart()
	 * @see #getScheduled()
	 * @generated
	 */
	EAttribute getScheduled_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Scheduled#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.tactician.model.Scheduled#getEnd()
	 * @see #getScheduled()
	 * @generated
	 */
	EAttribute getScheduled_End();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.TeamMember <em>Team Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team Member</em>'.
	 * @see org.tactician.model.TeamMember
	 * @generated
	 */
	EClass getTeamMember();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.TeamMember#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.tactician.model.TeamMember#getRole()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.TeamMember#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.tactician.model.TeamMember#getEmail()
	 * @see #getTeamMember()
	 * @generated
	 */
	EAttribute getTeamMember_Email();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Channel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel</em>'.
	 * @see org.tactician.model.Channel
	 * @generated
	 */
	EClass getChannel();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Channel#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.Channel#getCategory()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Channel#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.tactician.model.Channel#getMediaType()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Channel#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.tactician.model.Channel#getUrl()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Url();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Channel#isOnline <em>Online</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Online</em>'.
	 * @see org.tactician.model.Channel#isOnline()
	 * @see #getChannel()
	 * @generated
	 */
	EAttribute getChannel_Online();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MarketingPlan <em>Marketing Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Marketing Plan</em>'.
	 * @see org.tactician.model.MarketingPlan
	 * @generated
	 */
	EClass getMarketingPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarketingPlan#getBrand <em>Brand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brand</em>'.
	 * @see org.tactician.model.MarketingPlan#getBrand()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EAttribute getMarketingPlan_Brand();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarketingPlan#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.tactician.model.MarketingPlan#getCurrency()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EAttribute getMarketingPlan_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarketingPlan#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.tactician.model.MarketingPlan#getLanguage()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EAttribute getMarketingPlan_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarketingPlan#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.tactician.model.MarketingPlan#getAuthor()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EAttribute getMarketingPlan_Author();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.MarketingPlan#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.MarketingPlan#getOwner()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.MarketingPlan#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Team</em>'.
	 * @see org.tactician.model.MarketingPlan#getTeam()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Team();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.MarketingPlan#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see org.tactician.model.MarketingPlan#getChannels()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Channels();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.MarketingPlan#getOpportunity <em>Opportunity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Opportunity</em>'.
	 * @see org.tactician.model.MarketingPlan#getOpportunity()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Opportunity();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.MarketingPlan#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Strategy</em>'.
	 * @see org.tactician.model.MarketingPlan#getStrategy()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Strategy();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.MarketingPlan#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Action</em>'.
	 * @see org.tactician.model.MarketingPlan#getAction()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Action();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.MarketingPlan#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Operations</em>'.
	 * @see org.tactician.model.MarketingPlan#getOperations()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Operations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.MarketingPlan#getJourneys <em>Journeys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Journeys</em>'.
	 * @see org.tactician.model.MarketingPlan#getJourneys()
	 * @see #getMarketingPlan()
	 * @generated
	 */
	EReference getMarketingPlan_Journeys();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.OpportunitySection <em>Opportunity Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Opportunity Section</em>'.
	 * @see org.tactician.model.OpportunitySection
	 * @generated
	 */
	EClass getOpportunitySection();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OpportunitySection#getPerformanceReview <em>Performance Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Performance Review</em>'.
	 * @see org.tactician.model.OpportunitySection#getPerformanceReview()
	 * @see #getOpportunitySection()
	 * @generated
	 */
	EReference getOpportunitySection_PerformanceReview();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OpportunitySection#getMarketReview <em>Market Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Market Review</em>'.
	 * @see org.tactician.model.OpportunitySection#getMarketReview()
	 * @see #getOpportunitySection()
	 * @generated
	 */
	EReference getOpportunitySection_MarketReview();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OpportunitySection#getPestle <em>Pestle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pestle</em>'.
	 * @see org.tactician.model.OpportunitySection#getPestle()
	 * @see #getOpportunitySection()
	 * @generated
	 */
	EReference getOpportunitySection_Pestle();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OpportunitySection#getSwot <em>Swot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Swot</em>'.
	 * @see org.tactician.model.OpportunitySection#getSwot()
	 * @see #getOpportunitySection()
	 * @generated
	 */
	EReference getOpportunitySection_Swot();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.OpportunitySection#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.tactician.model.OpportunitySection#getObjectives()
	 * @see #getOpportunitySection()
	 * @generated
	 */
	EReference getOpportunitySection_Objectives();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OpportunitySection#getForecast <em>Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Forecast</em>'.
	 * @see org.tactician.model.OpportunitySection#getForecast()
	 * @see #getOpportunitySection()
	 * @generated
	 */
	EReference getOpportunitySection_Forecast();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.PerformanceReview <em>Performance Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Performance Review</em>'.
	 * @see org.tactician.model.PerformanceReview
	 * @generated
	 */
	EClass getPerformanceReview();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getSalesTarget <em>Sales Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sales Target</em>'.
	 * @see org.tactician.model.PerformanceReview#getSalesTarget()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_SalesTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getSales <em>Sales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sales</em>'.
	 * @see org.tactician.model.PerformanceReview#getSales()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_Sales();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getProfit <em>Profit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profit</em>'.
	 * @see org.tactician.model.PerformanceReview#getProfit()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_Profit();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getNewCustomers <em>New Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Customers</em>'.
	 * @see org.tactician.model.PerformanceReview#getNewCustomers()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_NewCustomers();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getRetentionRate <em>Retention Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Rate</em>'.
	 * @see org.tactician.model.PerformanceReview#getRetentionRate()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_RetentionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getGrowthRate <em>Growth Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Growth Rate</em>'.
	 * @see org.tactician.model.PerformanceReview#getGrowthRate()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_GrowthRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PerformanceReview#getMissedOpportunities <em>Missed Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missed Opportunities</em>'.
	 * @see org.tactician.model.PerformanceReview#getMissedOpportunities()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EAttribute getPerformanceReview_MissedOpportunities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.PerformanceReview#getChannelMetrics <em>Channel Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channel Metrics</em>'.
	 * @see org.tactician.model.PerformanceReview#getChannelMetrics()
	 * @see #getPerformanceReview()
	 * @generated
	 */
	EReference getPerformanceReview_ChannelMetrics();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ChannelPerformance <em>Channel Performance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Channel Performance</em>'.
	 * @see org.tactician.model.ChannelPerformance
	 * @generated
	 */
	EClass getChannelPerformance();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.ChannelPerformance#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.ChannelPerformance#getChannel()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EReference getChannelPerformance_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sessions</em>'.
	 * @see org.tactician.model.ChannelPerformance#getSessions()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_Sessions();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getConversionRate <em>Conversion Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conversion Rate</em>'.
	 * @see org.tactician.model.ChannelPerformance#getConversionRate()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_ConversionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getAverageOrderValue <em>Average Order Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Order Value</em>'.
	 * @see org.tactician.model.ChannelPerformance#getAverageOrderValue()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_AverageOrderValue();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getRevenue <em>Revenue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revenue</em>'.
	 * @see org.tactician.model.ChannelPerformance#getRevenue()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_Revenue();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getCost <em>Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost</em>'.
	 * @see org.tactician.model.ChannelPerformance#getCost()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_Cost();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getNewCustomers <em>New Customers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>New Customers</em>'.
	 * @see org.tactician.model.ChannelPerformance#getNewCustomers()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_NewCustomers();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getRetentionRate <em>Retention Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retention Rate</em>'.
	 * @see org.tactician.model.ChannelPerformance#getRetentionRate()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_RetentionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ChannelPerformance#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.tactician.model.ChannelPerformance#getNotes()
	 * @see #getChannelPerformance()
	 * @generated
	 */
	EAttribute getChannelPerformance_Notes();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ExternalFactor <em>External Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Factor</em>'.
	 * @see org.tactician.model.ExternalFactor
	 * @generated
	 */
	EClass getExternalFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ExternalFactor#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.tactician.model.ExternalFactor#getEffect()
	 * @see #getExternalFactor()
	 * @generated
	 */
	EAttribute getExternalFactor_Effect();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MarketReview <em>Market Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Market Review</em>'.
	 * @see org.tactician.model.MarketReview
	 * @generated
	 */
	EClass getMarketReview();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.MarketReview#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.tactician.model.MarketReview#getFindings()
	 * @see #getMarketReview()
	 * @generated
	 */
	EReference getMarketReview_Findings();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MarketFinding <em>Market Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Market Finding</em>'.
	 * @see org.tactician.model.MarketFinding
	 * @generated
	 */
	EClass getMarketFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarketFinding#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.tactician.model.MarketFinding#getArea()
	 * @see #getMarketFinding()
	 * @generated
	 */
	EAttribute getMarketFinding_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarketFinding#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.tactician.model.MarketFinding#getSource()
	 * @see #getMarketFinding()
	 * @generated
	 */
	EAttribute getMarketFinding_Source();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.PestleAnalysis <em>Pestle Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pestle Analysis</em>'.
	 * @see org.tactician.model.PestleAnalysis
	 * @generated
	 */
	EClass getPestleAnalysis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.PestleAnalysis#getFactors <em>Factors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Factors</em>'.
	 * @see org.tactician.model.PestleAnalysis#getFactors()
	 * @see #getPestleAnalysis()
	 * @generated
	 */
	EReference getPestleAnalysis_Factors();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.PestleFactor <em>Pestle Factor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pestle Factor</em>'.
	 * @see org.tactician.model.PestleFactor
	 * @generated
	 */
	EClass getPestleFactor();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PestleFactor#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.PestleFactor#getCategory()
	 * @see #getPestleFactor()
	 * @generated
	 */
	EAttribute getPestleFactor_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PestleFactor#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.tactician.model.PestleFactor#getImpact()
	 * @see #getPestleFactor()
	 * @generated
	 */
	EAttribute getPestleFactor_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.PestleFactor#getLikelihood <em>Likelihood</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Likelihood</em>'.
	 * @see org.tactician.model.PestleFactor#getLikelihood()
	 * @see #getPestleFactor()
	 * @generated
	 */
	EAttribute getPestleFactor_Likelihood();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.SwotAnalysis <em>Swot Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swot Analysis</em>'.
	 * @see org.tactician.model.SwotAnalysis
	 * @generated
	 */
	EClass getSwotAnalysis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.SwotAnalysis#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.tactician.model.SwotAnalysis#getItems()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.SwotAnalysis#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Strategies</em>'.
	 * @see org.tactician.model.SwotAnalysis#getStrategies()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_Strategies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.SwotAnalysis#getKeyIssues <em>Key Issues</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Issues</em>'.
	 * @see org.tactician.model.SwotAnalysis#getKeyIssues()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_KeyIssues();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getStrengths <em>Strengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Strengths</em>'.
	 * @see org.tactician.model.SwotAnalysis#getStrengths()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_Strengths();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getWeaknesses <em>Weaknesses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Weaknesses</em>'.
	 * @see org.tactician.model.SwotAnalysis#getWeaknesses()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_Weaknesses();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getOpportunities <em>Opportunities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Opportunities</em>'.
	 * @see org.tactician.model.SwotAnalysis#getOpportunities()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_Opportunities();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getThreats <em>Threats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Threats</em>'.
	 * @see org.tactician.model.SwotAnalysis#getThreats()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_Threats();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getSoStrategies <em>So Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>So Strategies</em>'.
	 * @see org.tactician.model.SwotAnalysis#getSoStrategies()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_SoStrategies();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getWoStrategies <em>Wo Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Wo Strategies</em>'.
	 * @see org.tactician.model.SwotAnalysis#getWoStrategies()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_WoStrategies();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getStStrategies <em>St Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>St Strategies</em>'.
	 * @see org.tactician.model.SwotAnalysis#getStStrategies()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_StStrategies();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotAnalysis#getWtStrategies <em>Wt Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Wt Strategies</em>'.
	 * @see org.tactician.model.SwotAnalysis#getWtStrategies()
	 * @see #getSwotAnalysis()
	 * @generated
	 */
	EReference getSwotAnalysis_WtStrategies();

	/**
	 * Returns the meta object for the '{@link org.tactician.model.SwotAnalysis#itemsIn(org.tactician.model.SwotCategory) <em>Items In</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Items In</em>' operation.
	 * @see org.tactician.model.SwotAnalysis#itemsIn(org.tactician.model.SwotCategory)
	 * @generated
	 */
	EOperation getSwotAnalysis__ItemsIn__SwotCategory();

	/**
	 * Returns the meta object for the '{@link org.tactician.model.SwotAnalysis#strategiesIn(org.tactician.model.TowsCategory) <em>Strategies In</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Strategies In</em>' operation.
	 * @see org.tactician.model.SwotAnalysis#strategiesIn(org.tactician.model.TowsCategory)
	 * @generated
	 */
	EOperation getSwotAnalysis__StrategiesIn__TowsCategory();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.SwotItem <em>Swot Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Swot Item</em>'.
	 * @see org.tactician.model.SwotItem
	 * @generated
	 */
	EClass getSwotItem();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SwotItem#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.SwotItem#getCategory()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SwotItem#getImportance <em>Importance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Importance</em>'.
	 * @see org.tactician.model.SwotItem#getImportance()
	 * @see #getSwotItem()
	 * @generated
	 */
	EAttribute getSwotItem_Importance();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotItem#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.tactician.model.SwotItem#getEvidence()
	 * @see #getSwotItem()
	 * @generated
	 */
	EReference getSwotItem_Evidence();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SwotItem#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Strategies</em>'.
	 * @see org.tactician.model.SwotItem#getStrategies()
	 * @see #getSwotItem()
	 * @generated
	 */
	EReference getSwotItem_Strategies();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.TowsStrategy <em>Tows Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Tows Strategy</em>'.
	 * @see org.tactician.model.TowsStrategy
	 * @generated
	 */
	EClass getTowsStrategy();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.TowsStrategy#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.TowsStrategy#getCategory()
	 * @see #getTowsStrategy()
	 * @generated
	 */
	EAttribute getTowsStrategy_Category();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.TowsStrategy#getSwotItems <em>Swot Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Swot Items</em>'.
	 * @see org.tactician.model.TowsStrategy#getSwotItems()
	 * @see #getTowsStrategy()
	 * @generated
	 */
	EReference getTowsStrategy_SwotItems();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.TowsStrategy#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.TowsStrategy#getPriority()
	 * @see #getTowsStrategy()
	 * @generated
	 */
	EAttribute getTowsStrategy_Priority();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.TowsStrategy#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.tactician.model.TowsStrategy#getObjectives()
	 * @see #getTowsStrategy()
	 * @generated
	 */
	EReference getTowsStrategy_Objectives();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.KeyIssue <em>Key Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Issue</em>'.
	 * @see org.tactician.model.KeyIssue
	 * @generated
	 */
	EClass getKeyIssue();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.KeyIssue#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.KeyIssue#getPriority()
	 * @see #getKeyIssue()
	 * @generated
	 */
	EAttribute getKeyIssue_Priority();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.KeyIssue#getSwotItems <em>Swot Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Swot Items</em>'.
	 * @see org.tactician.model.KeyIssue#getSwotItems()
	 * @see #getKeyIssue()
	 * @generated
	 */
	EReference getKeyIssue_SwotItems();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.KeyIssue#getStrategies <em>Strategies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Strategies</em>'.
	 * @see org.tactician.model.KeyIssue#getStrategies()
	 * @see #getKeyIssue()
	 * @generated
	 */
	EReference getKeyIssue_Strategies();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.SmartObjective <em>Smart Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Smart Objective</em>'.
	 * @see org.tactician.model.SmartObjective
	 * @generated
	 */
	EClass getSmartObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.tactician.model.SmartObjective#getMetric()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getForecastMeasure <em>Forecast Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Forecast Measure</em>'.
	 * @see org.tactician.model.SmartObjective#getForecastMeasure()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_ForecastMeasure();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.SmartObjective#getKpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kpi</em>'.
	 * @see org.tactician.model.SmartObjective#getKpi()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Kpi();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.tactician.model.SmartObjective#getBaseline()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.tactician.model.SmartObjective#getTarget()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tactician.model.SmartObjective#getUnit()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.tactician.model.SmartObjective#getDeadline()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Deadline();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.SmartObjective#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.SmartObjective#getOwner()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.SmartObjective#getRaceStage()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_RaceStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.tactician.model.SmartObjective#getScope()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Scope();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SmartObjective#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.tactician.model.SmartObjective#getChannels()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SmartObjective#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.tactician.model.SmartObjective#getSegments()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Segments();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getMeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure Kind</em>'.
	 * @see org.tactician.model.SmartObjective#getMeasureKind()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_MeasureKind();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.tactician.model.SmartObjective#getDirection()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_Direction();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.SmartObjective#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Strategy</em>'.
	 * @see org.tactician.model.SmartObjective#getStrategy()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Strategy();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.SmartObjective#getBusinessGoal <em>Business Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Business Goal</em>'.
	 * @see org.tactician.model.SmartObjective#getBusinessGoal()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EAttribute getSmartObjective_BusinessGoal();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SmartObjective#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Activities</em>'.
	 * @see org.tactician.model.SmartObjective#getActivities()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Activities();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SmartObjective#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Campaigns</em>'.
	 * @see org.tactician.model.SmartObjective#getCampaigns()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_Campaigns();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SmartObjective#getCalendarEntries <em>Calendar Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Calendar Entries</em>'.
	 * @see org.tactician.model.SmartObjective#getCalendarEntries()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_CalendarEntries();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.SmartObjective#getQuarterlyObjectives <em>Quarterly Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Quarterly Objectives</em>'.
	 * @see org.tactician.model.SmartObjective#getQuarterlyObjectives()
	 * @see #getSmartObjective()
	 * @generated
	 */
	EReference getSmartObjective_QuarterlyObjectives();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ConversionForecast <em>Conversion Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conversion Forecast</em>'.
	 * @see org.tactician.model.ConversionForecast
	 * @generated
	 */
	EClass getConversionForecast();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.ConversionForecast#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inputs</em>'.
	 * @see org.tactician.model.ConversionForecast#getInputs()
	 * @see #getConversionForecast()
	 * @generated
	 */
	EReference getConversionForecast_Inputs();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ConversionForecast#getGrossMargin <em>Gross Margin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gross Margin</em>'.
	 * @see org.tactician.model.ConversionForecast#getGrossMargin()
	 * @see #getConversionForecast()
	 * @generated
	 */
	EAttribute getConversionForecast_GrossMargin();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ConversionForecast#getReturnRate <em>Return Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Rate</em>'.
	 * @see org.tactician.model.ConversionForecast#getReturnRate()
	 * @see #getConversionForecast()
	 * @generated
	 */
	EAttribute getConversionForecast_ReturnRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ConversionForecast#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fulfilment Cost Per Order</em>'.
	 * @see org.tactician.model.ConversionForecast#getFulfilmentCostPerOrder()
	 * @see #getConversionForecast()
	 * @generated
	 */
	EAttribute getConversionForecast_FulfilmentCostPerOrder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.ConversionForecast#getAssumptions <em>Assumptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assumptions</em>'.
	 * @see org.tactician.model.ConversionForecast#getAssumptions()
	 * @see #getConversionForecast()
	 * @generated
	 */
	EReference getConversionForecast_Assumptions();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ForecastInput <em>Forecast Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Forecast Input</em>'.
	 * @see org.tactician.model.ForecastInput
	 * @generated
	 */
	EClass getForecastInput();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ForecastInput#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.tactician.model.ForecastInput#getMonth()
	 * @see #getForecastInput()
	 * @generated
	 */
	EAttribute getForecastInput_Month();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.ForecastInput#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.ForecastInput#getChannel()
	 * @see #getForecastInput()
	 * @generated
	 */
	EReference getForecastInput_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.ForecastInput#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.tactician.model.ForecastInput#getSegment()
	 * @see #getForecastInput()
	 * @generated
	 */
	EReference getForecastInput_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ForecastInput#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sessions</em>'.
	 * @see org.tactician.model.ForecastInput#getSessions()
	 * @see #getForecastInput()
	 * @generated
	 */
	EAttribute getForecastInput_Sessions();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ForecastInput#getConversionRate <em>Conversion Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conversion Rate</em>'.
	 * @see org.tactician.model.ForecastInput#getConversionRate()
	 * @see #getForecastInput()
	 * @generated
	 */
	EAttribute getForecastInput_ConversionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ForecastInput#getAverageOrderValue <em>Average Order Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Average Order Value</em>'.
	 * @see org.tactician.model.ForecastInput#getAverageOrderValue()
	 * @see #getForecastInput()
	 * @generated
	 */
	EAttribute getForecastInput_AverageOrderValue();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.StrategySection <em>Strategy Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Strategy Section</em>'.
	 * @see org.tactician.model.StrategySection
	 * @generated
	 */
	EClass getStrategySection();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.StrategySection#getValueProposition <em>Value Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value Proposition</em>'.
	 * @see org.tactician.model.StrategySection#getValueProposition()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_ValueProposition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.StrategySection#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segments</em>'.
	 * @see org.tactician.model.StrategySection#getSegments()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_Segments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.StrategySection#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Personas</em>'.
	 * @see org.tactician.model.StrategySection#getPersonas()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.StrategySection#getContentMap <em>Content Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Content Map</em>'.
	 * @see org.tactician.model.StrategySection#getContentMap()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_ContentMap();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.StrategySection#getMarketingMix <em>Marketing Mix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Marketing Mix</em>'.
	 * @see org.tactician.model.StrategySection#getMarketingMix()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_MarketingMix();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.StrategySection#getCommunications <em>Communications</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Communications</em>'.
	 * @see org.tactician.model.StrategySection#getCommunications()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_Communications();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.StrategySection#getBusinessModelCanvas <em>Business Model Canvas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Business Model Canvas</em>'.
	 * @see org.tactician.model.StrategySection#getBusinessModelCanvas()
	 * @see #getStrategySection()
	 * @generated
	 */
	EReference getStrategySection_BusinessModelCanvas();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ValueProposition <em>Value Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Proposition</em>'.
	 * @see org.tactician.model.ValueProposition
	 * @generated
	 */
	EClass getValueProposition();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ValueProposition#getElevatorPitch <em>Elevator Pitch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elevator Pitch</em>'.
	 * @see org.tactician.model.ValueProposition#getElevatorPitch()
	 * @see #getValueProposition()
	 * @generated
	 */
	EAttribute getValueProposition_ElevatorPitch();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ValueProposition#getDigitalValueProposition <em>Digital Value Proposition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Digital Value Proposition</em>'.
	 * @see org.tactician.model.ValueProposition#getDigitalValueProposition()
	 * @see #getValueProposition()
	 * @generated
	 */
	EAttribute getValueProposition_DigitalValueProposition();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ValueProposition#getBrandIdentity <em>Brand Identity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Brand Identity</em>'.
	 * @see org.tactician.model.ValueProposition#getBrandIdentity()
	 * @see #getValueProposition()
	 * @generated
	 */
	EAttribute getValueProposition_BrandIdentity();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ValueProposition#getToneOfVoice <em>Tone Of Voice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tone Of Voice</em>'.
	 * @see org.tactician.model.ValueProposition#getToneOfVoice()
	 * @see #getValueProposition()
	 * @generated
	 */
	EAttribute getValueProposition_ToneOfVoice();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Segment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segment</em>'.
	 * @see org.tactician.model.Segment
	 * @generated
	 */
	EClass getSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Segment#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.tactician.model.Segment#getLayer()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Segment#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Criteria</em>'.
	 * @see org.tactician.model.Segment#getCriteria()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Segment#getProductOrService <em>Product Or Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Product Or Service</em>'.
	 * @see org.tactician.model.Segment#getProductOrService()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_ProductOrService();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Segment#getEstimatedSize <em>Estimated Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Size</em>'.
	 * @see org.tactician.model.Segment#getEstimatedSize()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_EstimatedSize();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Segment#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.Segment#getPriority()
	 * @see #getSegment()
	 * @generated
	 */
	EAttribute getSegment_Priority();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Segment#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.tactician.model.Segment#getParent()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Segment#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.tactician.model.Segment#getChannels()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Segment#getSubsegments <em>Subsegments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subsegments</em>'.
	 * @see org.tactician.model.Segment#getSubsegments()
	 * @see #getSegment()
	 * @generated
	 */
	EReference getSegment_Subsegments();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Persona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Persona</em>'.
	 * @see org.tactician.model.Persona
	 * @generated
	 */
	EClass getPersona();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Persona#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.tactician.model.Persona#getSegments()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Segments();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Persona#getProfile <em>Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Profile</em>'.
	 * @see org.tactician.model.Persona#getProfile()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Profile();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Persona#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goals</em>'.
	 * @see org.tactician.model.Persona#getGoals()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_Goals();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Persona#getPainPoints <em>Pain Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pain Points</em>'.
	 * @see org.tactician.model.Persona#getPainPoints()
	 * @see #getPersona()
	 * @generated
	 */
	EAttribute getPersona_PainPoints();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Persona#getPreferredChannels <em>Preferred Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Preferred Channels</em>'.
	 * @see org.tactician.model.Persona#getPreferredChannels()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_PreferredChannels();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Persona#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Touchpoints</em>'.
	 * @see org.tactician.model.Persona#getTouchpoints()
	 * @see #getPersona()
	 * @generated
	 */
	EReference getPersona_Touchpoints();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ContentItem <em>Content Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Content Item</em>'.
	 * @see org.tactician.model.ContentItem
	 * @generated
	 */
	EClass getContentItem();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ContentItem#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.tactician.model.ContentItem#getFormat()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ContentItem#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.ContentItem#getRaceStage()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_RaceStage();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.ContentItem#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.tactician.model.ContentItem#getPersonas()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Personas();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.ContentItem#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.tactician.model.ContentItem#getChannels()
	 * @see #getContentItem()
	 * @generated
	 */
	EReference getContentItem_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ContentItem#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.tactician.model.ContentItem#getUrl()
	 * @see #getContentItem()
	 * @generated
	 */
	EAttribute getContentItem_Url();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MixImprovement <em>Mix Improvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mix Improvement</em>'.
	 * @see org.tactician.model.MixImprovement
	 * @generated
	 */
	EClass getMixImprovement();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MixImprovement#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Element</em>'.
	 * @see org.tactician.model.MixImprovement#getElement()
	 * @see #getMixImprovement()
	 * @generated
	 */
	EAttribute getMixImprovement_Element();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MixImprovement#getCurrentSituation <em>Current Situation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current Situation</em>'.
	 * @see org.tactician.model.MixImprovement#getCurrentSituation()
	 * @see #getMixImprovement()
	 * @generated
	 */
	EAttribute getMixImprovement_CurrentSituation();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MixImprovement#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.MixImprovement#getPriority()
	 * @see #getMixImprovement()
	 * @generated
	 */
	EAttribute getMixImprovement_Priority();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CommunicationsStrategy <em>Communications Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Communications Strategy</em>'.
	 * @see org.tactician.model.CommunicationsStrategy
	 * @generated
	 */
	EClass getCommunicationsStrategy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.CommunicationsStrategy#getPriorities <em>Priorities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Priorities</em>'.
	 * @see org.tactician.model.CommunicationsStrategy#getPriorities()
	 * @see #getCommunicationsStrategy()
	 * @generated
	 */
	EReference getCommunicationsStrategy_Priorities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.CommunicationsStrategy#getAudit <em>Audit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Audit</em>'.
	 * @see org.tactician.model.CommunicationsStrategy#getAudit()
	 * @see #getCommunicationsStrategy()
	 * @generated
	 */
	EReference getCommunicationsStrategy_Audit();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CommunicationPriority <em>Communication Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Communication Priority</em>'.
	 * @see org.tactician.model.CommunicationPriority
	 * @generated
	 */
	EClass getCommunicationPriority();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CommunicationPriority#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.tactician.model.CommunicationPriority#getType()
	 * @see #getCommunicationPriority()
	 * @generated
	 */
	EAttribute getCommunicationPriority_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CommunicationPriority#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.CommunicationPriority#getRaceStage()
	 * @see #getCommunicationPriority()
	 * @generated
	 */
	EAttribute getCommunicationPriority_RaceStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CommunicationPriority#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.CommunicationPriority#getPriority()
	 * @see #getCommunicationPriority()
	 * @generated
	 */
	EAttribute getCommunicationPriority_Priority();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AuditActivity <em>Audit Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Activity</em>'.
	 * @see org.tactician.model.AuditActivity
	 * @generated
	 */
	EClass getAuditActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AuditActivity#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.AuditActivity#getRaceStage()
	 * @see #getAuditActivity()
	 * @generated
	 */
	EAttribute getAuditActivity_RaceStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AuditActivity#getCapability <em>Capability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Capability</em>'.
	 * @see org.tactician.model.AuditActivity#getCapability()
	 * @see #getAuditActivity()
	 * @generated
	 */
	EAttribute getAuditActivity_Capability();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AuditActivity#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.AuditActivity#getPriority()
	 * @see #getAuditActivity()
	 * @generated
	 */
	EAttribute getAuditActivity_Priority();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.BusinessModelCanvas <em>Business Model Canvas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Business Model Canvas</em>'.
	 * @see org.tactician.model.BusinessModelCanvas
	 * @generated
	 */
	EClass getBusinessModelCanvas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.BusinessModelCanvas#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getItems()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_Items();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getKeyPartners <em>Key Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Key Partners</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getKeyPartners()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_KeyPartners();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getKeyActivities <em>Key Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Key Activities</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getKeyActivities()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_KeyActivities();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getKeyResources <em>Key Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Key Resources</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getKeyResources()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_KeyResources();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getValuePropositions <em>Value Propositions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Value Propositions</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getValuePropositions()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_ValuePropositions();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getCustomerRelationships <em>Customer Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Customer Relationships</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getCustomerRelationships()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_CustomerRelationships();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getChannels()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getCustomerSegments <em>Customer Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Customer Segments</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getCustomerSegments()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_CustomerSegments();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getCostStructure <em>Cost Structure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Cost Structure</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getCostStructure()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_CostStructure();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BusinessModelCanvas#getRevenueStreams <em>Revenue Streams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Revenue Streams</em>'.
	 * @see org.tactician.model.BusinessModelCanvas#getRevenueStreams()
	 * @see #getBusinessModelCanvas()
	 * @generated
	 */
	EReference getBusinessModelCanvas_RevenueStreams();

	/**
	 * Returns the meta object for the '{@link org.tactician.model.BusinessModelCanvas#itemsIn(org.tactician.model.CanvasBlock) <em>Items In</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Items In</em>' operation.
	 * @see org.tactician.model.BusinessModelCanvas#itemsIn(org.tactician.model.CanvasBlock)
	 * @generated
	 */
	EOperation getBusinessModelCanvas__ItemsIn__CanvasBlock();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CanvasItem <em>Canvas Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Canvas Item</em>'.
	 * @see org.tactician.model.CanvasItem
	 * @generated
	 */
	EClass getCanvasItem();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CanvasItem#getBlock <em>Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Block</em>'.
	 * @see org.tactician.model.CanvasItem#getBlock()
	 * @see #getCanvasItem()
	 * @generated
	 */
	EAttribute getCanvasItem_Block();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.CanvasItem#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.tactician.model.CanvasItem#getSegments()
	 * @see #getCanvasItem()
	 * @generated
	 */
	EReference getCanvasItem_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.CanvasItem#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Channels</em>'.
	 * @see org.tactician.model.CanvasItem#getChannels()
	 * @see #getCanvasItem()
	 * @generated
	 */
	EReference getCanvasItem_Channels();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.CanvasItem#getCosts <em>Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Costs</em>'.
	 * @see org.tactician.model.CanvasItem#getCosts()
	 * @see #getCanvasItem()
	 * @generated
	 */
	EReference getCanvasItem_Costs();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ActionSection <em>Action Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Section</em>'.
	 * @see org.tactician.model.ActionSection
	 * @generated
	 */
	EClass getActionSection();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.ActionSection#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Budget</em>'.
	 * @see org.tactician.model.ActionSection#getBudget()
	 * @see #getActionSection()
	 * @generated
	 */
	EReference getActionSection_Budget();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.ActionSection#getDashboard <em>Dashboard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dashboard</em>'.
	 * @see org.tactician.model.ActionSection#getDashboard()
	 * @see #getActionSection()
	 * @generated
	 */
	EReference getActionSection_Dashboard();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.ActionSection#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.tactician.model.ActionSection#getCampaigns()
	 * @see #getActionSection()
	 * @generated
	 */
	EReference getActionSection_Campaigns();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.ActionSection#getAlwaysOnPlan <em>Always On Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Always On Plan</em>'.
	 * @see org.tactician.model.ActionSection#getAlwaysOnPlan()
	 * @see #getActionSection()
	 * @generated
	 */
	EReference getActionSection_AlwaysOnPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.ActionSection#getMartechStack <em>Martech Stack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Martech Stack</em>'.
	 * @see org.tactician.model.ActionSection#getMartechStack()
	 * @see #getActionSection()
	 * @generated
	 */
	EReference getActionSection_MartechStack();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.ActionSection#getNinetyDayPlans <em>Ninety Day Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ninety Day Plans</em>'.
	 * @see org.tactician.model.ActionSection#getNinetyDayPlans()
	 * @see #getActionSection()
	 * @generated
	 */
	EReference getActionSection_NinetyDayPlans();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.tactician.model.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.Budget#getLines <em>Lines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lines</em>'.
	 * @see org.tactician.model.Budget#getLines()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Lines();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Budget#getApprovedTotal <em>Approved Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved Total</em>'.
	 * @see org.tactician.model.Budget#getApprovedTotal()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_ApprovedTotal();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.Budget#getCategoryTargets <em>Category Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Category Targets</em>'.
	 * @see org.tactician.model.Budget#getCategoryTargets()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_CategoryTargets();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.tactician.model.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getCostType <em>Cost Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Type</em>'.
	 * @see org.tactician.model.BudgetLine#getCostType()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_CostType();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.BudgetLine#getRaceStage()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_RaceStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.tactician.model.BudgetLine#getAmount()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Amount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.BudgetLine#getPhasing <em>Phasing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phasing</em>'.
	 * @see org.tactician.model.BudgetLine#getPhasing()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Phasing();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.BudgetLine#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.BudgetLine#getChannel()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.BudgetLine#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.tactician.model.BudgetLine#getCampaign()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Campaign();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BudgetLine#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Kpis</em>'.
	 * @see org.tactician.model.BudgetLine#getKpis()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Kpis();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getSupplier <em>Supplier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Supplier</em>'.
	 * @see org.tactician.model.BudgetLine#getSupplier()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Supplier();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getPhasedTotal <em>Phased Total</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phased Total</em>'.
	 * @see org.tactician.model.BudgetLine#getPhasedTotal()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_PhasedTotal();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.BudgetLine#getBookings <em>Bookings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Bookings</em>'.
	 * @see org.tactician.model.BudgetLine#getBookings()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EReference getBudgetLine_Bookings();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetLine#getAllocated <em>Allocated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocated</em>'.
	 * @see org.tactician.model.BudgetLine#getAllocated()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Allocated();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MonthlyAmount <em>Monthly Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monthly Amount</em>'.
	 * @see org.tactician.model.MonthlyAmount
	 * @generated
	 */
	EClass getMonthlyAmount();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyAmount#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.tactician.model.MonthlyAmount#getMonth()
	 * @see #getMonthlyAmount()
	 * @generated
	 */
	EAttribute getMonthlyAmount_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyAmount#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.tactician.model.MonthlyAmount#getAmount()
	 * @see #getMonthlyAmount()
	 * @generated
	 */
	EAttribute getMonthlyAmount_Amount();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Dashboard <em>Dashboard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dashboard</em>'.
	 * @see org.tactician.model.Dashboard
	 * @generated
	 */
	EClass getDashboard();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.Dashboard#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see org.tactician.model.Dashboard#getKpis()
	 * @see #getDashboard()
	 * @generated
	 */
	EReference getDashboard_Kpis();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see org.tactician.model.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.Kpi#getRaceStage()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_RaceStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tactician.model.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.tactician.model.Kpi#getBaseline()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.tactician.model.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getTargetYearOnYear <em>Target Year On Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year On Year</em>'.
	 * @see org.tactician.model.Kpi#getTargetYearOnYear()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_TargetYearOnYear();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getTargetMonthOnMonth <em>Target Month On Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Month On Month</em>'.
	 * @see org.tactician.model.Kpi#getTargetMonthOnMonth()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_TargetMonthOnMonth();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Kpi#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.Kpi#getChannel()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Kpi#getDataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Source</em>'.
	 * @see org.tactician.model.Kpi#getDataSource()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_DataSource();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Kpi#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.Kpi#getOwner()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Owner();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.Kpi#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.tactician.model.Kpi#getValues()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Values();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.KpiValue <em>Kpi Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi Value</em>'.
	 * @see org.tactician.model.KpiValue
	 * @generated
	 */
	EClass getKpiValue();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.KpiValue#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.tactician.model.KpiValue#getMonth()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.KpiValue#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.tactician.model.KpiValue#getTarget()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.KpiValue#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.tactician.model.KpiValue#getActual()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_Actual();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.KpiValue#getPreviousYear <em>Previous Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Previous Year</em>'.
	 * @see org.tactician.model.KpiValue#getPreviousYear()
	 * @see #getKpiValue()
	 * @generated
	 */
	EAttribute getKpiValue_PreviousYear();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.tactician.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Campaign#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.tactician.model.Campaign#getObjectives()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Objectives();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Campaign#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Goals</em>'.
	 * @see org.tactician.model.Campaign#getGoals()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Goals();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Campaign#getTracking <em>Tracking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tracking</em>'.
	 * @see org.tactician.model.Campaign#getTracking()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Tracking();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Campaign#getAudience <em>Audience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Audience</em>'.
	 * @see org.tactician.model.Campaign#getAudience()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Audience();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Campaign#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.tactician.model.Campaign#getPersonas()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.Campaign#getKeyMessages <em>Key Messages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Messages</em>'.
	 * @see org.tactician.model.Campaign#getKeyMessages()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_KeyMessages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.Campaign#getMediaPlan <em>Media Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Media Plan</em>'.
	 * @see org.tactician.model.Campaign#getMediaPlan()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_MediaPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Campaign#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget</em>'.
	 * @see org.tactician.model.Campaign#getBudget()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Budget();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Campaign#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.Campaign#getOwner()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Campaign#getEditorialPlan <em>Editorial Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Editorial Plan</em>'.
	 * @see org.tactician.model.Campaign#getEditorialPlan()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_EditorialPlan();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Campaign#getCalendarEntries <em>Calendar Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Calendar Entries</em>'.
	 * @see org.tactician.model.Campaign#getCalendarEntries()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_CalendarEntries();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Campaign#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Activities</em>'.
	 * @see org.tactician.model.Campaign#getActivities()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Activities();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Campaign#getPlannedSpend <em>Planned Spend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Spend</em>'.
	 * @see org.tactician.model.Campaign#getPlannedSpend()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_PlannedSpend();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.KeyMessage <em>Key Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Message</em>'.
	 * @see org.tactician.model.KeyMessage
	 * @generated
	 */
	EClass getKeyMessage();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.KeyMessage#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.tactician.model.KeyMessage#getPersonas()
	 * @see #getKeyMessage()
	 * @generated
	 */
	EReference getKeyMessage_Personas();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MediaPlacement <em>Media Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Media Placement</em>'.
	 * @see org.tactician.model.MediaPlacement
	 * @generated
	 */
	EClass getMediaPlacement();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.MediaPlacement#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.MediaPlacement#getChannel()
	 * @see #getMediaPlacement()
	 * @generated
	 */
	EReference getMediaPlacement_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MediaPlacement#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.tactician.model.MediaPlacement#getMediaType()
	 * @see #getMediaPlacement()
	 * @generated
	 */
	EAttribute getMediaPlacement_MediaType();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MediaPlacement#getTargeting <em>Targeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Targeting</em>'.
	 * @see org.tactician.model.MediaPlacement#getTargeting()
	 * @see #getMediaPlacement()
	 * @generated
	 */
	EAttribute getMediaPlacement_Targeting();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.MediaPlacement#getKpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Kpi</em>'.
	 * @see org.tactician.model.MediaPlacement#getKpi()
	 * @see #getMediaPlacement()
	 * @generated
	 */
	EReference getMediaPlacement_Kpi();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.MediaPlacement#getCalendarEntries <em>Calendar Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Calendar Entries</em>'.
	 * @see org.tactician.model.MediaPlacement#getCalendarEntries()
	 * @see #getMediaPlacement()
	 * @generated
	 */
	EReference getMediaPlacement_CalendarEntries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.tactician.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Activity#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.Activity#getRaceStage()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_RaceStage();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Activity#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.Activity#getChannel()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Activity#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.Activity#getOwner()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Activity#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Objectives</em>'.
	 * @see org.tactician.model.Activity#getObjectives()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Objectives();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Activity#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.tactician.model.Activity#getCampaign()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Campaign();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Activity#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.tactician.model.Activity#getPriority()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Activity#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.tactician.model.Activity#getStatus()
	 * @see #getActivity()
	 * @generated
	 */
	EAttribute getActivity_Status();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AlwaysOnPlan <em>Always On Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Always On Plan</em>'.
	 * @see org.tactician.model.AlwaysOnPlan
	 * @generated
	 */
	EClass getAlwaysOnPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.AlwaysOnPlan#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.tactician.model.AlwaysOnPlan#getActivities()
	 * @see #getAlwaysOnPlan()
	 * @generated
	 */
	EReference getAlwaysOnPlan_Activities();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AlwaysOnActivity <em>Always On Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Always On Activity</em>'.
	 * @see org.tactician.model.AlwaysOnActivity
	 * @generated
	 */
	EClass getAlwaysOnActivity();

	/**
	 * Returns the meta object for the attribute list '{@link org.tactician.model.AlwaysOnActivity#getQuarters <em>Quarters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Quarters</em>'.
	 * @see org.tactician.model.AlwaysOnActivity#getQuarters()
	 * @see #getAlwaysOnActivity()
	 * @generated
	 */
	EAttribute getAlwaysOnActivity_Quarters();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MarTechTool <em>Mar Tech Tool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mar Tech Tool</em>'.
	 * @see org.tactician.model.MarTechTool
	 * @generated
	 */
	EClass getMarTechTool();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarTechTool#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.MarTechTool#getCategory()
	 * @see #getMarTechTool()
	 * @generated
	 */
	EAttribute getMarTechTool_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarTechTool#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.tactician.model.MarTechTool#getVendor()
	 * @see #getMarTechTool()
	 * @generated
	 */
	EAttribute getMarTechTool_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MarTechTool#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see org.tactician.model.MarTechTool#getUrl()
	 * @see #getMarTechTool()
	 * @generated
	 */
	EAttribute getMarTechTool_Url();

	/**
	 * Returns the meta object for the attribute list '{@link org.tactician.model.MarTechTool#getRaceStages <em>Race Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Race Stages</em>'.
	 * @see org.tactician.model.MarTechTool#getRaceStages()
	 * @see #getMarTechTool()
	 * @generated
	 */
	EAttribute getMarTechTool_RaceStages();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.MarTechTool#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.MarTechTool#getOwner()
	 * @see #getMarTechTool()
	 * @generated
	 */
	EReference getMarTechTool_Owner();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.NinetyDayPlan <em>Ninety Day Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ninety Day Plan</em>'.
	 * @see org.tactician.model.NinetyDayPlan
	 * @generated
	 */
	EClass getNinetyDayPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.NinetyDayPlan#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see org.tactician.model.NinetyDayPlan#getQuarter()
	 * @see #getNinetyDayPlan()
	 * @generated
	 */
	EAttribute getNinetyDayPlan_Quarter();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.NinetyDayPlan#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.tactician.model.NinetyDayPlan#getActions()
	 * @see #getNinetyDayPlan()
	 * @generated
	 */
	EReference getNinetyDayPlan_Actions();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Item</em>'.
	 * @see org.tactician.model.ActionItem
	 * @generated
	 */
	EClass getActionItem();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ActionItem#getWorkstream <em>Workstream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workstream</em>'.
	 * @see org.tactician.model.ActionItem#getWorkstream()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Workstream();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.OperationsSection <em>Operations Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operations Section</em>'.
	 * @see org.tactician.model.OperationsSection
	 * @generated
	 */
	EClass getOperationsSection();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.OperationsSection#getQuarterlyObjectives <em>Quarterly Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quarterly Objectives</em>'.
	 * @see org.tactician.model.OperationsSection#getQuarterlyObjectives()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_QuarterlyObjectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.OperationsSection#getMonthlyObjectives <em>Monthly Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Monthly Objectives</em>'.
	 * @see org.tactician.model.OperationsSection#getMonthlyObjectives()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_MonthlyObjectives();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OperationsSection#getEditorialCalendar <em>Editorial Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Editorial Calendar</em>'.
	 * @see org.tactician.model.OperationsSection#getEditorialCalendar()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_EditorialCalendar();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OperationsSection#getAdvertisingCalendar <em>Advertising Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Advertising Calendar</em>'.
	 * @see org.tactician.model.OperationsSection#getAdvertisingCalendar()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_AdvertisingCalendar();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OperationsSection#getDemCalendar <em>Dem Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dem Calendar</em>'.
	 * @see org.tactician.model.OperationsSection#getDemCalendar()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_DemCalendar();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OperationsSection#getAutomationPlan <em>Automation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Automation Plan</em>'.
	 * @see org.tactician.model.OperationsSection#getAutomationPlan()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_AutomationPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OperationsSection#getCroPlan <em>Cro Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Cro Plan</em>'.
	 * @see org.tactician.model.OperationsSection#getCroPlan()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_CroPlan();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.OperationsSection#getLoyaltyPlan <em>Loyalty Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Loyalty Plan</em>'.
	 * @see org.tactician.model.OperationsSection#getLoyaltyPlan()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_LoyaltyPlan();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.OperationsSection#getCalendars <em>Calendars</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Calendars</em>'.
	 * @see org.tactician.model.OperationsSection#getCalendars()
	 * @see #getOperationsSection()
	 * @generated
	 */
	EReference getOperationsSection_Calendars();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.QuarterlyObjective <em>Quarterly Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quarterly Objective</em>'.
	 * @see org.tactician.model.QuarterlyObjective
	 * @generated
	 */
	EClass getQuarterlyObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.QuarterlyObjective#getQuarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quarter</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getQuarter()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EAttribute getQuarterlyObjective_Quarter();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.QuarterlyObjective#getAnnualObjective <em>Annual Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Annual Objective</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getAnnualObjective()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EReference getQuarterlyObjective_AnnualObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.QuarterlyObjective#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getTarget()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EAttribute getQuarterlyObjective_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.QuarterlyObjective#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getUnit()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EAttribute getQuarterlyObjective_Unit();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.QuarterlyObjective#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getOwner()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EReference getQuarterlyObjective_Owner();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.QuarterlyObjective#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Activities</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getActivities()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EReference getQuarterlyObjective_Activities();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.QuarterlyObjective#getMonthlyObjectives <em>Monthly Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Monthly Objectives</em>'.
	 * @see org.tactician.model.QuarterlyObjective#getMonthlyObjectives()
	 * @see #getQuarterlyObjective()
	 * @generated
	 */
	EReference getQuarterlyObjective_MonthlyObjectives();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.MonthlyObjective <em>Monthly Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Monthly Objective</em>'.
	 * @see org.tactician.model.MonthlyObjective
	 * @generated
	 */
	EClass getMonthlyObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getMonth <em>Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Month</em>'.
	 * @see org.tactician.model.MonthlyObjective#getMonth()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Month();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.tactician.model.MonthlyObjective#getDeadline()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.tactician.model.MonthlyObjective#getPhase()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Phase();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.MonthlyObjective#getQuarterlyObjective <em>Quarterly Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Quarterly Objective</em>'.
	 * @see org.tactician.model.MonthlyObjective#getQuarterlyObjective()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EReference getMonthlyObjective_QuarterlyObjective();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.tactician.model.MonthlyObjective#getTarget()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.tactician.model.MonthlyObjective#getUnit()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getActual <em>Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual</em>'.
	 * @see org.tactician.model.MonthlyObjective#getActual()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Actual();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.MonthlyObjective#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.tactician.model.MonthlyObjective#getStatus()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EAttribute getMonthlyObjective_Status();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.MonthlyObjective#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.MonthlyObjective#getOwner()
	 * @see #getMonthlyObjective()
	 * @generated
	 */
	EReference getMonthlyObjective_Owner();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Calendar <em>Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar</em>'.
	 * @see org.tactician.model.Calendar
	 * @generated
	 */
	EClass getCalendar();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Calendar#getAllEntries <em>All Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>All Entries</em>'.
	 * @see org.tactician.model.Calendar#getAllEntries()
	 * @see #getCalendar()
	 * @generated
	 */
	EReference getCalendar_AllEntries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CalendarEntry <em>Calendar Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Calendar Entry</em>'.
	 * @see org.tactician.model.CalendarEntry
	 * @generated
	 */
	EClass getCalendarEntry();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.CalendarEntry#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.CalendarEntry#getChannel()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.CalendarEntry#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.tactician.model.CalendarEntry#getOwner()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Owner();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.CalendarEntry#getPlacement <em>Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Placement</em>'.
	 * @see org.tactician.model.CalendarEntry#getPlacement()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Placement();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CalendarEntry#getPlannedCost <em>Planned Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Cost</em>'.
	 * @see org.tactician.model.CalendarEntry#getPlannedCost()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_PlannedCost();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.CalendarEntry#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Objective</em>'.
	 * @see org.tactician.model.CalendarEntry#getObjective()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Objective();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.CalendarEntry#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Campaign</em>'.
	 * @see org.tactician.model.CalendarEntry#getCampaign()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Campaign();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.CalendarEntry#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.tactician.model.CalendarEntry#getActivity()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EReference getCalendarEntry_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CalendarEntry#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.CalendarEntry#getRaceStage()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_RaceStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CalendarEntry#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.tactician.model.CalendarEntry#getStatus()
	 * @see #getCalendarEntry()
	 * @generated
	 */
	EAttribute getCalendarEntry_Status();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.EditorialCalendar <em>Editorial Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Editorial Calendar</em>'.
	 * @see org.tactician.model.EditorialCalendar
	 * @generated
	 */
	EClass getEditorialCalendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.EditorialCalendar#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.tactician.model.EditorialCalendar#getEntries()
	 * @see #getEditorialCalendar()
	 * @generated
	 */
	EReference getEditorialCalendar_Entries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.EditorialEntry <em>Editorial Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Editorial Entry</em>'.
	 * @see org.tactician.model.EditorialEntry
	 * @generated
	 */
	EClass getEditorialEntry();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.EditorialEntry#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Content</em>'.
	 * @see org.tactician.model.EditorialEntry#getContent()
	 * @see #getEditorialEntry()
	 * @generated
	 */
	EReference getEditorialEntry_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.EditorialEntry#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.tactician.model.EditorialEntry#getFormat()
	 * @see #getEditorialEntry()
	 * @generated
	 */
	EAttribute getEditorialEntry_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.EditorialEntry#getOutlet <em>Outlet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outlet</em>'.
	 * @see org.tactician.model.EditorialEntry#getOutlet()
	 * @see #getEditorialEntry()
	 * @generated
	 */
	EAttribute getEditorialEntry_Outlet();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.EditorialEntry#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.tactician.model.EditorialEntry#getPersonas()
	 * @see #getEditorialEntry()
	 * @generated
	 */
	EReference getEditorialEntry_Personas();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AdvertisingCalendar <em>Advertising Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Advertising Calendar</em>'.
	 * @see org.tactician.model.AdvertisingCalendar
	 * @generated
	 */
	EClass getAdvertisingCalendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.AdvertisingCalendar#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.tactician.model.AdvertisingCalendar#getEntries()
	 * @see #getAdvertisingCalendar()
	 * @generated
	 */
	EReference getAdvertisingCalendar_Entries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AdvertisingEntry <em>Advertising Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Advertising Entry</em>'.
	 * @see org.tactician.model.AdvertisingEntry
	 * @generated
	 */
	EClass getAdvertisingEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AdvertisingEntry#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.tactician.model.AdvertisingEntry#getMediaType()
	 * @see #getAdvertisingEntry()
	 * @generated
	 */
	EAttribute getAdvertisingEntry_MediaType();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.AdvertisingEntry#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Content</em>'.
	 * @see org.tactician.model.AdvertisingEntry#getContent()
	 * @see #getAdvertisingEntry()
	 * @generated
	 */
	EReference getAdvertisingEntry_Content();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AdvertisingEntry#getTargeting <em>Targeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Targeting</em>'.
	 * @see org.tactician.model.AdvertisingEntry#getTargeting()
	 * @see #getAdvertisingEntry()
	 * @generated
	 */
	EAttribute getAdvertisingEntry_Targeting();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.AdvertisingEntry#getAbTests <em>Ab Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ab Tests</em>'.
	 * @see org.tactician.model.AdvertisingEntry#getAbTests()
	 * @see #getAdvertisingEntry()
	 * @generated
	 */
	EReference getAdvertisingEntry_AbTests();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.DemCalendar <em>Dem Calendar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dem Calendar</em>'.
	 * @see org.tactician.model.DemCalendar
	 * @generated
	 */
	EClass getDemCalendar();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.DemCalendar#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.tactician.model.DemCalendar#getEntries()
	 * @see #getDemCalendar()
	 * @generated
	 */
	EReference getDemCalendar_Entries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.DemEntry <em>Dem Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dem Entry</em>'.
	 * @see org.tactician.model.DemEntry
	 * @generated
	 */
	EClass getDemEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.DemEntry#getListProvider <em>List Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>List Provider</em>'.
	 * @see org.tactician.model.DemEntry#getListProvider()
	 * @see #getDemEntry()
	 * @generated
	 */
	EAttribute getDemEntry_ListProvider();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.DemEntry#getAudienceSize <em>Audience Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audience Size</em>'.
	 * @see org.tactician.model.DemEntry#getAudienceSize()
	 * @see #getDemEntry()
	 * @generated
	 */
	EAttribute getDemEntry_AudienceSize();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.DemEntry#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.tactician.model.DemEntry#getSegment()
	 * @see #getDemEntry()
	 * @generated
	 */
	EReference getDemEntry_Segment();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.DemEntry#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Content</em>'.
	 * @see org.tactician.model.DemEntry#getContent()
	 * @see #getDemEntry()
	 * @generated
	 */
	EReference getDemEntry_Content();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AutomationPlan <em>Automation Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Automation Plan</em>'.
	 * @see org.tactician.model.AutomationPlan
	 * @generated
	 */
	EClass getAutomationPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.AutomationPlan#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.tactician.model.AutomationPlan#getEntries()
	 * @see #getAutomationPlan()
	 * @generated
	 */
	EReference getAutomationPlan_Entries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AutomationEntry <em>Automation Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Automation Entry</em>'.
	 * @see org.tactician.model.AutomationEntry
	 * @generated
	 */
	EClass getAutomationEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AutomationEntry#getTrigger <em>Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trigger</em>'.
	 * @see org.tactician.model.AutomationEntry#getTrigger()
	 * @see #getAutomationEntry()
	 * @generated
	 */
	EAttribute getAutomationEntry_Trigger();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.AutomationEntry#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.tactician.model.AutomationEntry#getSegment()
	 * @see #getAutomationEntry()
	 * @generated
	 */
	EReference getAutomationEntry_Segment();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.AutomationEntry#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Content</em>'.
	 * @see org.tactician.model.AutomationEntry#getContent()
	 * @see #getAutomationEntry()
	 * @generated
	 */
	EReference getAutomationEntry_Content();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CroPlan <em>Cro Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cro Plan</em>'.
	 * @see org.tactician.model.CroPlan
	 * @generated
	 */
	EClass getCroPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.CroPlan#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.tactician.model.CroPlan#getEntries()
	 * @see #getCroPlan()
	 * @generated
	 */
	EReference getCroPlan_Entries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CroEntry <em>Cro Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cro Entry</em>'.
	 * @see org.tactician.model.CroEntry
	 * @generated
	 */
	EClass getCroEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CroEntry#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.tactician.model.CroEntry#getPage()
	 * @see #getCroEntry()
	 * @generated
	 */
	EAttribute getCroEntry_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CroEntry#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see org.tactician.model.CroEntry#getHypothesis()
	 * @see #getCroEntry()
	 * @generated
	 */
	EAttribute getCroEntry_Hypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CroEntry#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.tactician.model.CroEntry#getMetric()
	 * @see #getCroEntry()
	 * @generated
	 */
	EAttribute getCroEntry_Metric();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CroEntry#getExpectedUplift <em>Expected Uplift</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Uplift</em>'.
	 * @see org.tactician.model.CroEntry#getExpectedUplift()
	 * @see #getCroEntry()
	 * @generated
	 */
	EAttribute getCroEntry_ExpectedUplift();

	/**
	 * Returns the meta object for the containment reference '{@link org.tactician.model.CroEntry#getTest <em>Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Test</em>'.
	 * @see org.tactician.model.CroEntry#getTest()
	 * @see #getCroEntry()
	 * @generated
	 */
	EReference getCroEntry_Test();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.LoyaltyPlan <em>Loyalty Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loyalty Plan</em>'.
	 * @see org.tactician.model.LoyaltyPlan
	 * @generated
	 */
	EClass getLoyaltyPlan();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.LoyaltyPlan#getRfmSegments <em>Rfm Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rfm Segments</em>'.
	 * @see org.tactician.model.LoyaltyPlan#getRfmSegments()
	 * @see #getLoyaltyPlan()
	 * @generated
	 */
	EReference getLoyaltyPlan_RfmSegments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.LoyaltyPlan#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.tactician.model.LoyaltyPlan#getEntries()
	 * @see #getLoyaltyPlan()
	 * @generated
	 */
	EReference getLoyaltyPlan_Entries();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.LoyaltyEntry <em>Loyalty Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loyalty Entry</em>'.
	 * @see org.tactician.model.LoyaltyEntry
	 * @generated
	 */
	EClass getLoyaltyEntry();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.LoyaltyEntry#getRfmSegment <em>Rfm Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rfm Segment</em>'.
	 * @see org.tactician.model.LoyaltyEntry#getRfmSegment()
	 * @see #getLoyaltyEntry()
	 * @generated
	 */
	EReference getLoyaltyEntry_RfmSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.LoyaltyEntry#getOffer <em>Offer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Offer</em>'.
	 * @see org.tactician.model.LoyaltyEntry#getOffer()
	 * @see #getLoyaltyEntry()
	 * @generated
	 */
	EAttribute getLoyaltyEntry_Offer();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.RfmSegment <em>Rfm Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rfm Segment</em>'.
	 * @see org.tactician.model.RfmSegment
	 * @generated
	 */
	EClass getRfmSegment();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.RfmSegment#getRecencyScore <em>Recency Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recency Score</em>'.
	 * @see org.tactician.model.RfmSegment#getRecencyScore()
	 * @see #getRfmSegment()
	 * @generated
	 */
	EAttribute getRfmSegment_RecencyScore();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.RfmSegment#getFrequencyScore <em>Frequency Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency Score</em>'.
	 * @see org.tactician.model.RfmSegment#getFrequencyScore()
	 * @see #getRfmSegment()
	 * @generated
	 */
	EAttribute getRfmSegment_FrequencyScore();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.RfmSegment#getMonetaryScore <em>Monetary Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Monetary Score</em>'.
	 * @see org.tactician.model.RfmSegment#getMonetaryScore()
	 * @see #getRfmSegment()
	 * @generated
	 */
	EAttribute getRfmSegment_MonetaryScore();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.RfmSegment#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.tactician.model.RfmSegment#getSegment()
	 * @see #getRfmSegment()
	 * @generated
	 */
	EReference getRfmSegment_Segment();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.AbTest <em>Ab Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ab Test</em>'.
	 * @see org.tactician.model.AbTest
	 * @generated
	 */
	EClass getAbTest();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AbTest#getHypothesis <em>Hypothesis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypothesis</em>'.
	 * @see org.tactician.model.AbTest#getHypothesis()
	 * @see #getAbTest()
	 * @generated
	 */
	EAttribute getAbTest_Hypothesis();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AbTest#getVariantA <em>Variant A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant A</em>'.
	 * @see org.tactician.model.AbTest#getVariantA()
	 * @see #getAbTest()
	 * @generated
	 */
	EAttribute getAbTest_VariantA();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AbTest#getVariantB <em>Variant B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variant B</em>'.
	 * @see org.tactician.model.AbTest#getVariantB()
	 * @see #getAbTest()
	 * @generated
	 */
	EAttribute getAbTest_VariantB();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.AbTest#getMetric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Metric</em>'.
	 * @see org.tactician.model.AbTest#getMetric()
	 * @see #getAbTest()
	 * @generated
	 */
	EAttribute getAbTest_Metric();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CustomerJourney <em>Customer Journey</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Customer Journey</em>'.
	 * @see org.tactician.model.CustomerJourney
	 * @generated
	 */
	EClass getCustomerJourney();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.CustomerJourney#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.tactician.model.CustomerJourney#getPersonas()
	 * @see #getCustomerJourney()
	 * @generated
	 */
	EReference getCustomerJourney_Personas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.CustomerJourney#getStages <em>Stages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stages</em>'.
	 * @see org.tactician.model.CustomerJourney#getStages()
	 * @see #getCustomerJourney()
	 * @generated
	 */
	EReference getCustomerJourney_Stages();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.CustomerJourney#getFlows <em>Flows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Flows</em>'.
	 * @see org.tactician.model.CustomerJourney#getFlows()
	 * @see #getCustomerJourney()
	 * @generated
	 */
	EReference getCustomerJourney_Flows();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.JourneyStage <em>Journey Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Stage</em>'.
	 * @see org.tactician.model.JourneyStage
	 * @generated
	 */
	EClass getJourneyStage();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.JourneyStage#getRaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Race Stage</em>'.
	 * @see org.tactician.model.JourneyStage#getRaceStage()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EAttribute getJourneyStage_RaceStage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.tactician.model.JourneyStage#getTouchpoints <em>Touchpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Touchpoints</em>'.
	 * @see org.tactician.model.JourneyStage#getTouchpoints()
	 * @see #getJourneyStage()
	 * @generated
	 */
	EReference getJourneyStage_Touchpoints();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.Touchpoint <em>Touchpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Touchpoint</em>'.
	 * @see org.tactician.model.Touchpoint
	 * @generated
	 */
	EClass getTouchpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Touchpoint#getMediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Media Type</em>'.
	 * @see org.tactician.model.Touchpoint#getMediaType()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_MediaType();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Touchpoint#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.Touchpoint#getChannel()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Channel();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Touchpoint#getPersonas <em>Personas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Personas</em>'.
	 * @see org.tactician.model.Touchpoint#getPersonas()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Personas();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Touchpoint#getSegments <em>Segments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Segments</em>'.
	 * @see org.tactician.model.Touchpoint#getSegments()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Segments();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Touchpoint#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Content</em>'.
	 * @see org.tactician.model.Touchpoint#getContent()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Content();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.Touchpoint#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Activity</em>'.
	 * @see org.tactician.model.Touchpoint#getActivity()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.Touchpoint#getPurchase <em>Purchase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purchase</em>'.
	 * @see org.tactician.model.Touchpoint#getPurchase()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EAttribute getTouchpoint_Purchase();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Touchpoint#getOutgoing <em>Outgoing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Outgoing</em>'.
	 * @see org.tactician.model.Touchpoint#getOutgoing()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Outgoing();

	/**
	 * Returns the meta object for the reference list '{@link org.tactician.model.Touchpoint#getIncoming <em>Incoming</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Incoming</em>'.
	 * @see org.tactician.model.Touchpoint#getIncoming()
	 * @see #getTouchpoint()
	 * @generated
	 */
	EReference getTouchpoint_Incoming();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.JourneyFlow <em>Journey Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Journey Flow</em>'.
	 * @see org.tactician.model.JourneyFlow
	 * @generated
	 */
	EClass getJourneyFlow();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.JourneyFlow#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.tactician.model.JourneyFlow#getSource()
	 * @see #getJourneyFlow()
	 * @generated
	 */
	EReference getJourneyFlow_Source();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.JourneyFlow#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.tactician.model.JourneyFlow#getTarget()
	 * @see #getJourneyFlow()
	 * @generated
	 */
	EReference getJourneyFlow_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.JourneyFlow#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Condition</em>'.
	 * @see org.tactician.model.JourneyFlow#getCondition()
	 * @see #getJourneyFlow()
	 * @generated
	 */
	EAttribute getJourneyFlow_Condition();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.JourneyFlow#getPersona <em>Persona</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Persona</em>'.
	 * @see org.tactician.model.JourneyFlow#getPersona()
	 * @see #getJourneyFlow()
	 * @generated
	 */
	EReference getJourneyFlow_Persona();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.BudgetBooking <em>Budget Booking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Booking</em>'.
	 * @see org.tactician.model.BudgetBooking
	 * @generated
	 */
	EClass getBudgetBooking();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.BudgetBooking#getBudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Budget Line</em>'.
	 * @see org.tactician.model.BudgetBooking#getBudgetLine()
	 * @see #getBudgetBooking()
	 * @generated
	 */
	EReference getBudgetBooking_BudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.BudgetBooking#getBookedAmount <em>Booked Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Booked Amount</em>'.
	 * @see org.tactician.model.BudgetBooking#getBookedAmount()
	 * @see #getBudgetBooking()
	 * @generated
	 */
	EAttribute getBudgetBooking_BookedAmount();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.ProfitAssumption <em>Profit Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Profit Assumption</em>'.
	 * @see org.tactician.model.ProfitAssumption
	 * @generated
	 */
	EClass getProfitAssumption();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.ProfitAssumption#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Channel</em>'.
	 * @see org.tactician.model.ProfitAssumption#getChannel()
	 * @see #getProfitAssumption()
	 * @generated
	 */
	EReference getProfitAssumption_Channel();

	/**
	 * Returns the meta object for the reference '{@link org.tactician.model.ProfitAssumption#getSegment <em>Segment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment</em>'.
	 * @see org.tactician.model.ProfitAssumption#getSegment()
	 * @see #getProfitAssumption()
	 * @generated
	 */
	EReference getProfitAssumption_Segment();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ProfitAssumption#getGrossMargin <em>Gross Margin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gross Margin</em>'.
	 * @see org.tactician.model.ProfitAssumption#getGrossMargin()
	 * @see #getProfitAssumption()
	 * @generated
	 */
	EAttribute getProfitAssumption_GrossMargin();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ProfitAssumption#getReturnRate <em>Return Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Return Rate</em>'.
	 * @see org.tactician.model.ProfitAssumption#getReturnRate()
	 * @see #getProfitAssumption()
	 * @generated
	 */
	EAttribute getProfitAssumption_ReturnRate();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ProfitAssumption#getFulfilmentCostPerOrder <em>Fulfilment Cost Per Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fulfilment Cost Per Order</em>'.
	 * @see org.tactician.model.ProfitAssumption#getFulfilmentCostPerOrder()
	 * @see #getProfitAssumption()
	 * @generated
	 */
	EAttribute getProfitAssumption_FulfilmentCostPerOrder();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.ProfitAssumption#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.tactician.model.ProfitAssumption#getNotes()
	 * @see #getProfitAssumption()
	 * @generated
	 */
	EAttribute getProfitAssumption_Notes();

	/**
	 * Returns the meta object for class '{@link org.tactician.model.CategoryTarget <em>Category Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Category Target</em>'.
	 * @see org.tactician.model.CategoryTarget
	 * @generated
	 */
	EClass getCategoryTarget();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CategoryTarget#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.tactician.model.CategoryTarget#getCategory()
	 * @see #getCategoryTarget()
	 * @generated
	 */
	EAttribute getCategoryTarget_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.tactician.model.CategoryTarget#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.tactician.model.CategoryTarget#getAmount()
	 * @see #getCategoryTarget()
	 * @generated
	 */
	EAttribute getCategoryTarget_Amount();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.ForecastMeasure <em>Forecast Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Forecast Measure</em>'.
	 * @see org.tactician.model.ForecastMeasure
	 * @generated
	 */
	EEnum getForecastMeasure();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.ObjectiveScope <em>Objective Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Scope</em>'.
	 * @see org.tactician.model.ObjectiveScope
	 * @generated
	 */
	EEnum getObjectiveScope();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.MeasureKind <em>Measure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Measure Kind</em>'.
	 * @see org.tactician.model.MeasureKind
	 * @generated
	 */
	EEnum getMeasureKind();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.tactician.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.RaceStage <em>Race Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Race Stage</em>'.
	 * @see org.tactician.model.RaceStage
	 * @generated
	 */
	EEnum getRaceStage();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.FunnelPosition <em>Funnel Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Funnel Position</em>'.
	 * @see org.tactician.model.FunnelPosition
	 * @generated
	 */
	EEnum getFunnelPosition();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.MediaType <em>Media Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Media Type</em>'.
	 * @see org.tactician.model.MediaType
	 * @generated
	 */
	EEnum getMediaType();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.ChannelCategory <em>Channel Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Channel Category</em>'.
	 * @see org.tactician.model.ChannelCategory
	 * @generated
	 */
	EEnum getChannelCategory();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.OpportunityOrThreat <em>Opportunity Or Threat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Opportunity Or Threat</em>'.
	 * @see org.tactician.model.OpportunityOrThreat
	 * @generated
	 */
	EEnum getOpportunityOrThreat();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.MarketReviewArea <em>Market Review Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Market Review Area</em>'.
	 * @see org.tactician.model.MarketReviewArea
	 * @generated
	 */
	EEnum getMarketReviewArea();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.PestleCategory <em>Pestle Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pestle Category</em>'.
	 * @see org.tactician.model.PestleCategory
	 * @generated
	 */
	EEnum getPestleCategory();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.SwotCategory <em>Swot Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Swot Category</em>'.
	 * @see org.tactician.model.SwotCategory
	 * @generated
	 */
	EEnum getSwotCategory();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.TowsCategory <em>Tows Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tows Category</em>'.
	 * @see org.tactician.model.TowsCategory
	 * @generated
	 */
	EEnum getTowsCategory();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.SegmentLayer <em>Segment Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segment Layer</em>'.
	 * @see org.tactician.model.SegmentLayer
	 * @generated
	 */
	EEnum getSegmentLayer();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.ContentFormat <em>Content Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Content Format</em>'.
	 * @see org.tactician.model.ContentFormat
	 * @generated
	 */
	EEnum getContentFormat();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.MarketingMixElement <em>Marketing Mix Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Marketing Mix Element</em>'.
	 * @see org.tactician.model.MarketingMixElement
	 * @generated
	 */
	EEnum getMarketingMixElement();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.CommunicationType <em>Communication Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Communication Type</em>'.
	 * @see org.tactician.model.CommunicationType
	 * @generated
	 */
	EEnum getCommunicationType();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.CanvasBlock <em>Canvas Block</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Canvas Block</em>'.
	 * @see org.tactician.model.CanvasBlock
	 * @generated
	 */
	EEnum getCanvasBlock();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.BudgetCategory <em>Budget Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Category</em>'.
	 * @see org.tactician.model.BudgetCategory
	 * @generated
	 */
	EEnum getBudgetCategory();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.CostType <em>Cost Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Cost Type</em>'.
	 * @see org.tactician.model.CostType
	 * @generated
	 */
	EEnum getCostType();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.Quarter <em>Quarter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Quarter</em>'.
	 * @see org.tactician.model.Quarter
	 * @generated
	 */
	EEnum getQuarter();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.Workstream <em>Workstream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Workstream</em>'.
	 * @see org.tactician.model.Workstream
	 * @generated
	 */
	EEnum getWorkstream();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.MarTechCategory <em>Mar Tech Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mar Tech Category</em>'.
	 * @see org.tactician.model.MarTechCategory
	 * @generated
	 */
	EEnum getMarTechCategory();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.ActivityStatus <em>Activity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Status</em>'.
	 * @see org.tactician.model.ActivityStatus
	 * @generated
	 */
	EEnum getActivityStatus();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.ObjectiveStatus <em>Objective Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Objective Status</em>'.
	 * @see org.tactician.model.ObjectiveStatus
	 * @generated
	 */
	EEnum getObjectiveStatus();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.PlanPhase <em>Plan Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Phase</em>'.
	 * @see org.tactician.model.PlanPhase
	 * @generated
	 */
	EEnum getPlanPhase();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.AutomationTrigger <em>Automation Trigger</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Automation Trigger</em>'.
	 * @see org.tactician.model.AutomationTrigger
	 * @generated
	 */
	EEnum getAutomationTrigger();

	/**
	 * Returns the meta object for enum '{@link org.tactician.model.PurchaseMode <em>Purchase Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Purchase Mode</em>'.
	 * @see org.tactician.model.PurchaseMode
	 * @generated
	 */
	EEnum getPurchaseMode();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date, serialised as ISO yyyy-MM-dd.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.YearMonth <em>Year Month</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A month, serialised as ISO yyyy-MM.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Year Month</em>'.
	 * @see java.time.YearMonth
	 * @model instanceClass="java.time.YearMonth"
	 * @generated
	 */
	EDataType getYearMonth();

	/**
	 * Returns the meta object for data type '{@link java.math.BigDecimal <em>Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An exact decimal number, serialised in plain notation (never 1E+3).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Decimal</em>'.
	 * @see java.math.BigDecimal
	 * @model instanceClass="java.math.BigDecimal"
	 * @generated
	 */
	EDataType getDecimal();

	/**
	 * Returns the meta object for data type '{@link java.math.BigDecimal <em>Percentage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A percentage in percent points (2.5 means 2.5 %), serialised in plain notation.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Percentage</em>'.
	 * @see java.math.BigDecimal
	 * @model instanceClass="java.math.BigDecimal"
	 * @generated
	 */
	EDataType getPercentage();

	/**
	 * Returns the meta object for data type '{@link org.tactician.model.Money <em>Money</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An amount with its ISO 4217 currency code, serialised as '1250.00 EUR'.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Money</em>'.
	 * @see org.tactician.model.Money
	 * @model instanceClass="org.tactician.model.Money"
	 * @generated
	 */
	EDataType getMoney();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TacticianFactory getTacticianFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.PlanElementImpl <em>Plan Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.PlanElementImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPlanElement()
		 * @generated
		 */
		EClass PLAN_ELEMENT = eINSTANCE.getPlanElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ELEMENT__ID = eINSTANCE.getPlanElement_Id();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.NamedElementImpl <em>Named Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.NamedElementImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getNamedElement()
		 * @generated
		 */
		EClass NAMED_ELEMENT = eINSTANCE.getNamedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__NAME = eINSTANCE.getNamedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NAMED_ELEMENT__DESCRIPTION = eINSTANCE.getNamedElement_Description();

		/**
		 * The meta object literal for the '{@link org.tactician.model.Scheduled <em>Scheduled</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.Scheduled
		 * @see org.tactician.model.impl.TacticianPackageImpl#getScheduled()
		 * @generated
		 */
		EClass SCHEDULED = eINSTANCE.getScheduled();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED__START = eINSTANCE.getScheduled_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCHEDULED__END = eINSTANCE.getScheduled_End();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.TeamMemberImpl <em>Team Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.TeamMemberImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getTeamMember()
		 * @generated
		 */
		EClass TEAM_MEMBER = eINSTANCE.getTeamMember();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__ROLE = eINSTANCE.getTeamMember_Role();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM_MEMBER__EMAIL = eINSTANCE.getTeamMember_Email();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ChannelImpl <em>Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ChannelImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getChannel()
		 * @generated
		 */
		EClass CHANNEL = eINSTANCE.getChannel();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__CATEGORY = eINSTANCE.getChannel_Category();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__MEDIA_TYPE = eINSTANCE.getChannel_MediaType();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__URL = eINSTANCE.getChannel_Url();

		/**
		 * The meta object literal for the '<em><b>Online</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL__ONLINE = eINSTANCE.getChannel_Online();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MarketingPlanImpl <em>Marketing Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MarketingPlanImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketingPlan()
		 * @generated
		 */
		EClass MARKETING_PLAN = eINSTANCE.getMarketingPlan();

		/**
		 * The meta object literal for the '<em><b>Brand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKETING_PLAN__BRAND = eINSTANCE.getMarketingPlan_Brand();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKETING_PLAN__CURRENCY = eINSTANCE.getMarketingPlan_Currency();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKETING_PLAN__LANGUAGE = eINSTANCE.getMarketingPlan_Language();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKETING_PLAN__AUTHOR = eINSTANCE.getMarketingPlan_Author();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__OWNER = eINSTANCE.getMarketingPlan_Owner();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__TEAM = eINSTANCE.getMarketingPlan_Team();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__CHANNELS = eINSTANCE.getMarketingPlan_Channels();

		/**
		 * The meta object literal for the '<em><b>Opportunity</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__OPPORTUNITY = eINSTANCE.getMarketingPlan_Opportunity();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__STRATEGY = eINSTANCE.getMarketingPlan_Strategy();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__ACTION = eINSTANCE.getMarketingPlan_Action();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__OPERATIONS = eINSTANCE.getMarketingPlan_Operations();

		/**
		 * The meta object literal for the '<em><b>Journeys</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKETING_PLAN__JOURNEYS = eINSTANCE.getMarketingPlan_Journeys();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.OpportunitySectionImpl <em>Opportunity Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.OpportunitySectionImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getOpportunitySection()
		 * @generated
		 */
		EClass OPPORTUNITY_SECTION = eINSTANCE.getOpportunitySection();

		/**
		 * The meta object literal for the '<em><b>Performance Review</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY_SECTION__PERFORMANCE_REVIEW = eINSTANCE.getOpportunitySection_PerformanceReview();

		/**
		 * The meta object literal for the '<em><b>Market Review</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY_SECTION__MARKET_REVIEW = eINSTANCE.getOpportunitySection_MarketReview();

		/**
		 * The meta object literal for the '<em><b>Pestle</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY_SECTION__PESTLE = eINSTANCE.getOpportunitySection_Pestle();

		/**
		 * The meta object literal for the '<em><b>Swot</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY_SECTION__SWOT = eINSTANCE.getOpportunitySection_Swot();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY_SECTION__OBJECTIVES = eINSTANCE.getOpportunitySection_Objectives();

		/**
		 * The meta object literal for the '<em><b>Forecast</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPPORTUNITY_SECTION__FORECAST = eINSTANCE.getOpportunitySection_Forecast();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.PerformanceReviewImpl <em>Performance Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.PerformanceReviewImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPerformanceReview()
		 * @generated
		 */
		EClass PERFORMANCE_REVIEW = eINSTANCE.getPerformanceReview();

		/**
		 * The meta object literal for the '<em><b>Sales Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__SALES_TARGET = eINSTANCE.getPerformanceReview_SalesTarget();

		/**
		 * The meta object literal for the '<em><b>Sales</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__SALES = eINSTANCE.getPerformanceReview_Sales();

		/**
		 * The meta object literal for the '<em><b>Profit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__PROFIT = eINSTANCE.getPerformanceReview_Profit();

		/**
		 * The meta object literal for the '<em><b>New Customers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__NEW_CUSTOMERS = eINSTANCE.getPerformanceReview_NewCustomers();

		/**
		 * The meta object literal for the '<em><b>Retention Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__RETENTION_RATE = eINSTANCE.getPerformanceReview_RetentionRate();

		/**
		 * The meta object literal for the '<em><b>Growth Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__GROWTH_RATE = eINSTANCE.getPerformanceReview_GrowthRate();

		/**
		 * The meta object literal for the '<em><b>Missed Opportunities</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERFORMANCE_REVIEW__MISSED_OPPORTUNITIES = eINSTANCE.getPerformanceReview_MissedOpportunities();

		/**
		 * The meta object literal for the '<em><b>Channel Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERFORMANCE_REVIEW__CHANNEL_METRICS = eINSTANCE.getPerformanceReview_ChannelMetrics();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ChannelPerformanceImpl <em>Channel Performance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ChannelPerformanceImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getChannelPerformance()
		 * @generated
		 */
		EClass CHANNEL_PERFORMANCE = eINSTANCE.getChannelPerformance();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANNEL_PERFORMANCE__CHANNEL = eINSTANCE.getChannelPerformance_Channel();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__SESSIONS = eINSTANCE.getChannelPerformance_Sessions();

		/**
		 * The meta object literal for the '<em><b>Conversion Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__CONVERSION_RATE = eINSTANCE.getChannelPerformance_ConversionRate();

		/**
		 * The meta object literal for the '<em><b>Average Order Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__AVERAGE_ORDER_VALUE = eINSTANCE.getChannelPerformance_AverageOrderValue();

		/**
		 * The meta object literal for the '<em><b>Revenue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__REVENUE = eINSTANCE.getChannelPerformance_Revenue();

		/**
		 * The meta object literal for the '<em><b>Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__COST = eINSTANCE.getChannelPerformance_Cost();

		/**
		 * The meta object literal for the '<em><b>New Customers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__NEW_CUSTOMERS = eINSTANCE.getChannelPerformance_NewCustomers();

		/**
		 * The meta object literal for the '<em><b>Retention Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__RETENTION_RATE = eINSTANCE.getChannelPerformance_RetentionRate();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANNEL_PERFORMANCE__NOTES = eINSTANCE.getChannelPerformance_Notes();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ExternalFactorImpl <em>External Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ExternalFactorImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getExternalFactor()
		 * @generated
		 */
		EClass EXTERNAL_FACTOR = eINSTANCE.getExternalFactor();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_FACTOR__EFFECT = eINSTANCE.getExternalFactor_Effect();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MarketReviewImpl <em>Market Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MarketReviewImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketReview()
		 * @generated
		 */
		EClass MARKET_REVIEW = eINSTANCE.getMarketReview();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MARKET_REVIEW__FINDINGS = eINSTANCE.getMarketReview_Findings();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MarketFindingImpl <em>Market Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MarketFindingImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketFinding()
		 * @generated
		 */
		EClass MARKET_FINDING = eINSTANCE.getMarketFinding();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_FINDING__AREA = eINSTANCE.getMarketFinding_Area();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MARKET_FINDING__SOURCE = eINSTANCE.getMarketFinding_Source();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.PestleAnalysisImpl <em>Pestle Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.PestleAnalysisImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPestleAnalysis()
		 * @generated
		 */
		EClass PESTLE_ANALYSIS = eINSTANCE.getPestleAnalysis();

		/**
		 * The meta object literal for the '<em><b>Factors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PESTLE_ANALYSIS__FACTORS = eINSTANCE.getPestleAnalysis_Factors();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.PestleFactorImpl <em>Pestle Factor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.PestleFactorImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPestleFactor()
		 * @generated
		 */
		EClass PESTLE_FACTOR = eINSTANCE.getPestleFactor();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PESTLE_FACTOR__CATEGORY = eINSTANCE.getPestleFactor_Category();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PESTLE_FACTOR__IMPACT = eINSTANCE.getPestleFactor_Impact();

		/**
		 * The meta object literal for the '<em><b>Likelihood</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PESTLE_FACTOR__LIKELIHOOD = eINSTANCE.getPestleFactor_Likelihood();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.SwotAnalysisImpl <em>Swot Analysis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.SwotAnalysisImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getSwotAnalysis()
		 * @generated
		 */
		EClass SWOT_ANALYSIS = eINSTANCE.getSwotAnalysis();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__ITEMS = eINSTANCE.getSwotAnalysis_Items();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__STRATEGIES = eINSTANCE.getSwotAnalysis_Strategies();

		/**
		 * The meta object literal for the '<em><b>Key Issues</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__KEY_ISSUES = eINSTANCE.getSwotAnalysis_KeyIssues();

		/**
		 * The meta object literal for the '<em><b>Strengths</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__STRENGTHS = eINSTANCE.getSwotAnalysis_Strengths();

		/**
		 * The meta object literal for the '<em><b>Weaknesses</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__WEAKNESSES = eINSTANCE.getSwotAnalysis_Weaknesses();

		/**
		 * The meta object literal for the '<em><b>Opportunities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__OPPORTUNITIES = eINSTANCE.getSwotAnalysis_Opportunities();

		/**
		 * The meta object literal for the '<em><b>Threats</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__THREATS = eINSTANCE.getSwotAnalysis_Threats();

		/**
		 * The meta object literal for the '<em><b>So Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__SO_STRATEGIES = eINSTANCE.getSwotAnalysis_SoStrategies();

		/**
		 * The meta object literal for the '<em><b>Wo Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__WO_STRATEGIES = eINSTANCE.getSwotAnalysis_WoStrategies();

		/**
		 * The meta object literal for the '<em><b>St Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__ST_STRATEGIES = eINSTANCE.getSwotAnalysis_StStrategies();

		/**
		 * The meta object literal for the '<em><b>Wt Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ANALYSIS__WT_STRATEGIES = eINSTANCE.getSwotAnalysis_WtStrategies();

		/**
		 * The meta object literal for the '<em><b>Items In</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SWOT_ANALYSIS___ITEMS_IN__SWOTCATEGORY = eINSTANCE.getSwotAnalysis__ItemsIn__SwotCategory();

		/**
		 * The meta object literal for the '<em><b>Strategies In</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation SWOT_ANALYSIS___STRATEGIES_IN__TOWSCATEGORY = eINSTANCE.getSwotAnalysis__StrategiesIn__TowsCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.SwotItemImpl <em>Swot Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.SwotItemImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getSwotItem()
		 * @generated
		 */
		EClass SWOT_ITEM = eINSTANCE.getSwotItem();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__CATEGORY = eINSTANCE.getSwotItem_Category();

		/**
		 * The meta object literal for the '<em><b>Importance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SWOT_ITEM__IMPORTANCE = eINSTANCE.getSwotItem_Importance();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ITEM__EVIDENCE = eINSTANCE.getSwotItem_Evidence();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SWOT_ITEM__STRATEGIES = eINSTANCE.getSwotItem_Strategies();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.TowsStrategyImpl <em>Tows Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.TowsStrategyImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getTowsStrategy()
		 * @generated
		 */
		EClass TOWS_STRATEGY = eINSTANCE.getTowsStrategy();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOWS_STRATEGY__CATEGORY = eINSTANCE.getTowsStrategy_Category();

		/**
		 * The meta object literal for the '<em><b>Swot Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOWS_STRATEGY__SWOT_ITEMS = eINSTANCE.getTowsStrategy_SwotItems();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOWS_STRATEGY__PRIORITY = eINSTANCE.getTowsStrategy_Priority();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOWS_STRATEGY__OBJECTIVES = eINSTANCE.getTowsStrategy_Objectives();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.KeyIssueImpl <em>Key Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.KeyIssueImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getKeyIssue()
		 * @generated
		 */
		EClass KEY_ISSUE = eINSTANCE.getKeyIssue();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_ISSUE__PRIORITY = eINSTANCE.getKeyIssue_Priority();

		/**
		 * The meta object literal for the '<em><b>Swot Items</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ISSUE__SWOT_ITEMS = eINSTANCE.getKeyIssue_SwotItems();

		/**
		 * The meta object literal for the '<em><b>Strategies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_ISSUE__STRATEGIES = eINSTANCE.getKeyIssue_Strategies();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.SmartObjectiveImpl <em>Smart Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.SmartObjectiveImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getSmartObjective()
		 * @generated
		 */
		EClass SMART_OBJECTIVE = eINSTANCE.getSmartObjective();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__METRIC = eINSTANCE.getSmartObjective_Metric();

		/**
		 * The meta object literal for the '<em><b>Forecast Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__FORECAST_MEASURE = eINSTANCE.getSmartObjective_ForecastMeasure();

		/**
		 * The meta object literal for the '<em><b>Kpi</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__KPI = eINSTANCE.getSmartObjective_Kpi();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__BASELINE = eINSTANCE.getSmartObjective_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__TARGET = eINSTANCE.getSmartObjective_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__UNIT = eINSTANCE.getSmartObjective_Unit();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__DEADLINE = eINSTANCE.getSmartObjective_Deadline();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__OWNER = eINSTANCE.getSmartObjective_Owner();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__RACE_STAGE = eINSTANCE.getSmartObjective_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__SCOPE = eINSTANCE.getSmartObjective_Scope();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__CHANNELS = eINSTANCE.getSmartObjective_Channels();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__SEGMENTS = eINSTANCE.getSmartObjective_Segments();

		/**
		 * The meta object literal for the '<em><b>Measure Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__MEASURE_KIND = eINSTANCE.getSmartObjective_MeasureKind();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__DIRECTION = eINSTANCE.getSmartObjective_Direction();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__STRATEGY = eINSTANCE.getSmartObjective_Strategy();

		/**
		 * The meta object literal for the '<em><b>Business Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMART_OBJECTIVE__BUSINESS_GOAL = eINSTANCE.getSmartObjective_BusinessGoal();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__ACTIVITIES = eINSTANCE.getSmartObjective_Activities();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__CAMPAIGNS = eINSTANCE.getSmartObjective_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Calendar Entries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__CALENDAR_ENTRIES = eINSTANCE.getSmartObjective_CalendarEntries();

		/**
		 * The meta object literal for the '<em><b>Quarterly Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMART_OBJECTIVE__QUARTERLY_OBJECTIVES = eINSTANCE.getSmartObjective_QuarterlyObjectives();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ConversionForecastImpl <em>Conversion Forecast</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ConversionForecastImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getConversionForecast()
		 * @generated
		 */
		EClass CONVERSION_FORECAST = eINSTANCE.getConversionForecast();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION_FORECAST__INPUTS = eINSTANCE.getConversionForecast_Inputs();

		/**
		 * The meta object literal for the '<em><b>Gross Margin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSION_FORECAST__GROSS_MARGIN = eINSTANCE.getConversionForecast_GrossMargin();

		/**
		 * The meta object literal for the '<em><b>Return Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSION_FORECAST__RETURN_RATE = eINSTANCE.getConversionForecast_ReturnRate();

		/**
		 * The meta object literal for the '<em><b>Fulfilment Cost Per Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONVERSION_FORECAST__FULFILMENT_COST_PER_ORDER = eINSTANCE.getConversionForecast_FulfilmentCostPerOrder();

		/**
		 * The meta object literal for the '<em><b>Assumptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONVERSION_FORECAST__ASSUMPTIONS = eINSTANCE.getConversionForecast_Assumptions();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ForecastInputImpl <em>Forecast Input</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ForecastInputImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getForecastInput()
		 * @generated
		 */
		EClass FORECAST_INPUT = eINSTANCE.getForecastInput();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORECAST_INPUT__MONTH = eINSTANCE.getForecastInput_Month();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORECAST_INPUT__CHANNEL = eINSTANCE.getForecastInput_Channel();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FORECAST_INPUT__SEGMENT = eINSTANCE.getForecastInput_Segment();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORECAST_INPUT__SESSIONS = eINSTANCE.getForecastInput_Sessions();

		/**
		 * The meta object literal for the '<em><b>Conversion Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORECAST_INPUT__CONVERSION_RATE = eINSTANCE.getForecastInput_ConversionRate();

		/**
		 * The meta object literal for the '<em><b>Average Order Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FORECAST_INPUT__AVERAGE_ORDER_VALUE = eINSTANCE.getForecastInput_AverageOrderValue();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.StrategySectionImpl <em>Strategy Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.StrategySectionImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getStrategySection()
		 * @generated
		 */
		EClass STRATEGY_SECTION = eINSTANCE.getStrategySection();

		/**
		 * The meta object literal for the '<em><b>Value Proposition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__VALUE_PROPOSITION = eINSTANCE.getStrategySection_ValueProposition();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__SEGMENTS = eINSTANCE.getStrategySection_Segments();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__PERSONAS = eINSTANCE.getStrategySection_Personas();

		/**
		 * The meta object literal for the '<em><b>Content Map</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__CONTENT_MAP = eINSTANCE.getStrategySection_ContentMap();

		/**
		 * The meta object literal for the '<em><b>Marketing Mix</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__MARKETING_MIX = eINSTANCE.getStrategySection_MarketingMix();

		/**
		 * The meta object literal for the '<em><b>Communications</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__COMMUNICATIONS = eINSTANCE.getStrategySection_Communications();

		/**
		 * The meta object literal for the '<em><b>Business Model Canvas</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRATEGY_SECTION__BUSINESS_MODEL_CANVAS = eINSTANCE.getStrategySection_BusinessModelCanvas();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ValuePropositionImpl <em>Value Proposition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ValuePropositionImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getValueProposition()
		 * @generated
		 */
		EClass VALUE_PROPOSITION = eINSTANCE.getValueProposition();

		/**
		 * The meta object literal for the '<em><b>Elevator Pitch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_PROPOSITION__ELEVATOR_PITCH = eINSTANCE.getValueProposition_ElevatorPitch();

		/**
		 * The meta object literal for the '<em><b>Digital Value Proposition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_PROPOSITION__DIGITAL_VALUE_PROPOSITION = eINSTANCE.getValueProposition_DigitalValueProposition();

		/**
		 * The meta object literal for the '<em><b>Brand Identity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_PROPOSITION__BRAND_IDENTITY = eINSTANCE.getValueProposition_BrandIdentity();

		/**
		 * The meta object literal for the '<em><b>Tone Of Voice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VALUE_PROPOSITION__TONE_OF_VOICE = eINSTANCE.getValueProposition_ToneOfVoice();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.SegmentImpl <em>Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.SegmentImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getSegment()
		 * @generated
		 */
		EClass SEGMENT = eINSTANCE.getSegment();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__LAYER = eINSTANCE.getSegment_Layer();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__CRITERIA = eINSTANCE.getSegment_Criteria();

		/**
		 * The meta object literal for the '<em><b>Product Or Service</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__PRODUCT_OR_SERVICE = eINSTANCE.getSegment_ProductOrService();

		/**
		 * The meta object literal for the '<em><b>Estimated Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__ESTIMATED_SIZE = eINSTANCE.getSegment_EstimatedSize();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENT__PRIORITY = eINSTANCE.getSegment_Priority();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__PARENT = eINSTANCE.getSegment_Parent();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__CHANNELS = eINSTANCE.getSegment_Channels();

		/**
		 * The meta object literal for the '<em><b>Subsegments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENT__SUBSEGMENTS = eINSTANCE.getSegment_Subsegments();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.PersonaImpl <em>Persona</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.PersonaImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPersona()
		 * @generated
		 */
		EClass PERSONA = eINSTANCE.getPersona();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__SEGMENTS = eINSTANCE.getPersona_Segments();

		/**
		 * The meta object literal for the '<em><b>Profile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PROFILE = eINSTANCE.getPersona_Profile();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__GOALS = eINSTANCE.getPersona_Goals();

		/**
		 * The meta object literal for the '<em><b>Pain Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSONA__PAIN_POINTS = eINSTANCE.getPersona_PainPoints();

		/**
		 * The meta object literal for the '<em><b>Preferred Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__PREFERRED_CHANNELS = eINSTANCE.getPersona_PreferredChannels();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSONA__TOUCHPOINTS = eINSTANCE.getPersona_Touchpoints();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ContentItemImpl <em>Content Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ContentItemImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getContentItem()
		 * @generated
		 */
		EClass CONTENT_ITEM = eINSTANCE.getContentItem();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__FORMAT = eINSTANCE.getContentItem_Format();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__RACE_STAGE = eINSTANCE.getContentItem_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__PERSONAS = eINSTANCE.getContentItem_Personas();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTENT_ITEM__CHANNELS = eINSTANCE.getContentItem_Channels();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTENT_ITEM__URL = eINSTANCE.getContentItem_Url();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MixImprovementImpl <em>Mix Improvement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MixImprovementImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMixImprovement()
		 * @generated
		 */
		EClass MIX_IMPROVEMENT = eINSTANCE.getMixImprovement();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIX_IMPROVEMENT__ELEMENT = eINSTANCE.getMixImprovement_Element();

		/**
		 * The meta object literal for the '<em><b>Current Situation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIX_IMPROVEMENT__CURRENT_SITUATION = eINSTANCE.getMixImprovement_CurrentSituation();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MIX_IMPROVEMENT__PRIORITY = eINSTANCE.getMixImprovement_Priority();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CommunicationsStrategyImpl <em>Communications Strategy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CommunicationsStrategyImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCommunicationsStrategy()
		 * @generated
		 */
		EClass COMMUNICATIONS_STRATEGY = eINSTANCE.getCommunicationsStrategy();

		/**
		 * The meta object literal for the '<em><b>Priorities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNICATIONS_STRATEGY__PRIORITIES = eINSTANCE.getCommunicationsStrategy_Priorities();

		/**
		 * The meta object literal for the '<em><b>Audit</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMUNICATIONS_STRATEGY__AUDIT = eINSTANCE.getCommunicationsStrategy_Audit();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CommunicationPriorityImpl <em>Communication Priority</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CommunicationPriorityImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCommunicationPriority()
		 * @generated
		 */
		EClass COMMUNICATION_PRIORITY = eINSTANCE.getCommunicationPriority();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNICATION_PRIORITY__TYPE = eINSTANCE.getCommunicationPriority_Type();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNICATION_PRIORITY__RACE_STAGE = eINSTANCE.getCommunicationPriority_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMUNICATION_PRIORITY__PRIORITY = eINSTANCE.getCommunicationPriority_Priority();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AuditActivityImpl <em>Audit Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AuditActivityImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAuditActivity()
		 * @generated
		 */
		EClass AUDIT_ACTIVITY = eINSTANCE.getAuditActivity();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ACTIVITY__RACE_STAGE = eINSTANCE.getAuditActivity_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Capability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ACTIVITY__CAPABILITY = eINSTANCE.getAuditActivity_Capability();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_ACTIVITY__PRIORITY = eINSTANCE.getAuditActivity_Priority();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.BusinessModelCanvasImpl <em>Business Model Canvas</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.BusinessModelCanvasImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getBusinessModelCanvas()
		 * @generated
		 */
		EClass BUSINESS_MODEL_CANVAS = eINSTANCE.getBusinessModelCanvas();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__ITEMS = eINSTANCE.getBusinessModelCanvas_Items();

		/**
		 * The meta object literal for the '<em><b>Key Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__KEY_PARTNERS = eINSTANCE.getBusinessModelCanvas_KeyPartners();

		/**
		 * The meta object literal for the '<em><b>Key Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__KEY_ACTIVITIES = eINSTANCE.getBusinessModelCanvas_KeyActivities();

		/**
		 * The meta object literal for the '<em><b>Key Resources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__KEY_RESOURCES = eINSTANCE.getBusinessModelCanvas_KeyResources();

		/**
		 * The meta object literal for the '<em><b>Value Propositions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__VALUE_PROPOSITIONS = eINSTANCE.getBusinessModelCanvas_ValuePropositions();

		/**
		 * The meta object literal for the '<em><b>Customer Relationships</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__CUSTOMER_RELATIONSHIPS = eINSTANCE.getBusinessModelCanvas_CustomerRelationships();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__CHANNELS = eINSTANCE.getBusinessModelCanvas_Channels();

		/**
		 * The meta object literal for the '<em><b>Customer Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__CUSTOMER_SEGMENTS = eINSTANCE.getBusinessModelCanvas_CustomerSegments();

		/**
		 * The meta object literal for the '<em><b>Cost Structure</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__COST_STRUCTURE = eINSTANCE.getBusinessModelCanvas_CostStructure();

		/**
		 * The meta object literal for the '<em><b>Revenue Streams</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_MODEL_CANVAS__REVENUE_STREAMS = eINSTANCE.getBusinessModelCanvas_RevenueStreams();

		/**
		 * The meta object literal for the '<em><b>Items In</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation BUSINESS_MODEL_CANVAS___ITEMS_IN__CANVASBLOCK = eINSTANCE.getBusinessModelCanvas__ItemsIn__CanvasBlock();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CanvasItemImpl <em>Canvas Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CanvasItemImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCanvasItem()
		 * @generated
		 */
		EClass CANVAS_ITEM = eINSTANCE.getCanvasItem();

		/**
		 * The meta object literal for the '<em><b>Block</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CANVAS_ITEM__BLOCK = eINSTANCE.getCanvasItem_Block();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS_ITEM__SEGMENTS = eINSTANCE.getCanvasItem_Segments();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS_ITEM__CHANNELS = eINSTANCE.getCanvasItem_Channels();

		/**
		 * The meta object literal for the '<em><b>Costs</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CANVAS_ITEM__COSTS = eINSTANCE.getCanvasItem_Costs();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ActionSectionImpl <em>Action Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ActionSectionImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getActionSection()
		 * @generated
		 */
		EClass ACTION_SECTION = eINSTANCE.getActionSection();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SECTION__BUDGET = eINSTANCE.getActionSection_Budget();

		/**
		 * The meta object literal for the '<em><b>Dashboard</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SECTION__DASHBOARD = eINSTANCE.getActionSection_Dashboard();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SECTION__CAMPAIGNS = eINSTANCE.getActionSection_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Always On Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SECTION__ALWAYS_ON_PLAN = eINSTANCE.getActionSection_AlwaysOnPlan();

		/**
		 * The meta object literal for the '<em><b>Martech Stack</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SECTION__MARTECH_STACK = eINSTANCE.getActionSection_MartechStack();

		/**
		 * The meta object literal for the '<em><b>Ninety Day Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_SECTION__NINETY_DAY_PLANS = eINSTANCE.getActionSection_NinetyDayPlans();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.BudgetImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Lines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__LINES = eINSTANCE.getBudget_Lines();

		/**
		 * The meta object literal for the '<em><b>Approved Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__APPROVED_TOTAL = eINSTANCE.getBudget_ApprovedTotal();

		/**
		 * The meta object literal for the '<em><b>Category Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__CATEGORY_TARGETS = eINSTANCE.getBudget_CategoryTargets();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.BudgetLineImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '<em><b>Cost Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__COST_TYPE = eINSTANCE.getBudgetLine_CostType();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__RACE_STAGE = eINSTANCE.getBudgetLine_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__AMOUNT = eINSTANCE.getBudgetLine_Amount();

		/**
		 * The meta object literal for the '<em><b>Phasing</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__PHASING = eINSTANCE.getBudgetLine_Phasing();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__CHANNEL = eINSTANCE.getBudgetLine_Channel();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__CAMPAIGN = eINSTANCE.getBudgetLine_Campaign();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__KPIS = eINSTANCE.getBudgetLine_Kpis();

		/**
		 * The meta object literal for the '<em><b>Supplier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__SUPPLIER = eINSTANCE.getBudgetLine_Supplier();

		/**
		 * The meta object literal for the '<em><b>Phased Total</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__PHASED_TOTAL = eINSTANCE.getBudgetLine_PhasedTotal();

		/**
		 * The meta object literal for the '<em><b>Bookings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_LINE__BOOKINGS = eINSTANCE.getBudgetLine_Bookings();

		/**
		 * The meta object literal for the '<em><b>Allocated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__ALLOCATED = eINSTANCE.getBudgetLine_Allocated();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MonthlyAmountImpl <em>Monthly Amount</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MonthlyAmountImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMonthlyAmount()
		 * @generated
		 */
		EClass MONTHLY_AMOUNT = eINSTANCE.getMonthlyAmount();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_AMOUNT__MONTH = eINSTANCE.getMonthlyAmount_Month();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_AMOUNT__AMOUNT = eINSTANCE.getMonthlyAmount_Amount();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.DashboardImpl <em>Dashboard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.DashboardImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getDashboard()
		 * @generated
		 */
		EClass DASHBOARD = eINSTANCE.getDashboard();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DASHBOARD__KPIS = eINSTANCE.getDashboard_Kpis();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.KpiImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__RACE_STAGE = eINSTANCE.getKpi_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__BASELINE = eINSTANCE.getKpi_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Target Year On Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET_YEAR_ON_YEAR = eINSTANCE.getKpi_TargetYearOnYear();

		/**
		 * The meta object literal for the '<em><b>Target Month On Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET_MONTH_ON_MONTH = eINSTANCE.getKpi_TargetMonthOnMonth();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__CHANNEL = eINSTANCE.getKpi_Channel();

		/**
		 * The meta object literal for the '<em><b>Data Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DATA_SOURCE = eINSTANCE.getKpi_DataSource();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__OWNER = eINSTANCE.getKpi_Owner();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__VALUES = eINSTANCE.getKpi_Values();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.KpiValueImpl <em>Kpi Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.KpiValueImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getKpiValue()
		 * @generated
		 */
		EClass KPI_VALUE = eINSTANCE.getKpiValue();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__MONTH = eINSTANCE.getKpiValue_Month();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__TARGET = eINSTANCE.getKpiValue_Target();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__ACTUAL = eINSTANCE.getKpiValue_Actual();

		/**
		 * The meta object literal for the '<em><b>Previous Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI_VALUE__PREVIOUS_YEAR = eINSTANCE.getKpiValue_PreviousYear();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CampaignImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__OBJECTIVES = eINSTANCE.getCampaign_Objectives();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__GOALS = eINSTANCE.getCampaign_Goals();

		/**
		 * The meta object literal for the '<em><b>Tracking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__TRACKING = eINSTANCE.getCampaign_Tracking();

		/**
		 * The meta object literal for the '<em><b>Audience</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__AUDIENCE = eINSTANCE.getCampaign_Audience();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__PERSONAS = eINSTANCE.getCampaign_Personas();

		/**
		 * The meta object literal for the '<em><b>Key Messages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__KEY_MESSAGES = eINSTANCE.getCampaign_KeyMessages();

		/**
		 * The meta object literal for the '<em><b>Media Plan</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__MEDIA_PLAN = eINSTANCE.getCampaign_MediaPlan();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__BUDGET = eINSTANCE.getCampaign_Budget();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__OWNER = eINSTANCE.getCampaign_Owner();

		/**
		 * The meta object literal for the '<em><b>Editorial Plan</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__EDITORIAL_PLAN = eINSTANCE.getCampaign_EditorialPlan();

		/**
		 * The meta object literal for the '<em><b>Calendar Entries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__CALENDAR_ENTRIES = eINSTANCE.getCampaign_CalendarEntries();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__ACTIVITIES = eINSTANCE.getCampaign_Activities();

		/**
		 * The meta object literal for the '<em><b>Planned Spend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__PLANNED_SPEND = eINSTANCE.getCampaign_PlannedSpend();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.KeyMessageImpl <em>Key Message</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.KeyMessageImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getKeyMessage()
		 * @generated
		 */
		EClass KEY_MESSAGE = eINSTANCE.getKeyMessage();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KEY_MESSAGE__PERSONAS = eINSTANCE.getKeyMessage_Personas();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MediaPlacementImpl <em>Media Placement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MediaPlacementImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMediaPlacement()
		 * @generated
		 */
		EClass MEDIA_PLACEMENT = eINSTANCE.getMediaPlacement();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIA_PLACEMENT__CHANNEL = eINSTANCE.getMediaPlacement_Channel();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_PLACEMENT__MEDIA_TYPE = eINSTANCE.getMediaPlacement_MediaType();

		/**
		 * The meta object literal for the '<em><b>Targeting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEDIA_PLACEMENT__TARGETING = eINSTANCE.getMediaPlacement_Targeting();

		/**
		 * The meta object literal for the '<em><b>Kpi</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIA_PLACEMENT__KPI = eINSTANCE.getMediaPlacement_Kpi();

		/**
		 * The meta object literal for the '<em><b>Calendar Entries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEDIA_PLACEMENT__CALENDAR_ENTRIES = eINSTANCE.getMediaPlacement_CalendarEntries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ActivityImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__RACE_STAGE = eINSTANCE.getActivity_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__CHANNEL = eINSTANCE.getActivity_Channel();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__OWNER = eINSTANCE.getActivity_Owner();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__OBJECTIVES = eINSTANCE.getActivity_Objectives();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__CAMPAIGN = eINSTANCE.getActivity_Campaign();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__PRIORITY = eINSTANCE.getActivity_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY__STATUS = eINSTANCE.getActivity_Status();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AlwaysOnPlanImpl <em>Always On Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AlwaysOnPlanImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAlwaysOnPlan()
		 * @generated
		 */
		EClass ALWAYS_ON_PLAN = eINSTANCE.getAlwaysOnPlan();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALWAYS_ON_PLAN__ACTIVITIES = eINSTANCE.getAlwaysOnPlan_Activities();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AlwaysOnActivityImpl <em>Always On Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AlwaysOnActivityImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAlwaysOnActivity()
		 * @generated
		 */
		EClass ALWAYS_ON_ACTIVITY = eINSTANCE.getAlwaysOnActivity();

		/**
		 * The meta object literal for the '<em><b>Quarters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALWAYS_ON_ACTIVITY__QUARTERS = eINSTANCE.getAlwaysOnActivity_Quarters();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MarTechToolImpl <em>Mar Tech Tool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MarTechToolImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarTechTool()
		 * @generated
		 */
		EClass MAR_TECH_TOOL = eINSTANCE.getMarTechTool();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAR_TECH_TOOL__CATEGORY = eINSTANCE.getMarTechTool_Category();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAR_TECH_TOOL__VENDOR = eINSTANCE.getMarTechTool_Vendor();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAR_TECH_TOOL__URL = eINSTANCE.getMarTechTool_Url();

		/**
		 * The meta object literal for the '<em><b>Race Stages</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAR_TECH_TOOL__RACE_STAGES = eINSTANCE.getMarTechTool_RaceStages();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MAR_TECH_TOOL__OWNER = eINSTANCE.getMarTechTool_Owner();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.NinetyDayPlanImpl <em>Ninety Day Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.NinetyDayPlanImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getNinetyDayPlan()
		 * @generated
		 */
		EClass NINETY_DAY_PLAN = eINSTANCE.getNinetyDayPlan();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NINETY_DAY_PLAN__QUARTER = eINSTANCE.getNinetyDayPlan_Quarter();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NINETY_DAY_PLAN__ACTIONS = eINSTANCE.getNinetyDayPlan_Actions();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ActionItemImpl <em>Action Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ActionItemImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getActionItem()
		 * @generated
		 */
		EClass ACTION_ITEM = eINSTANCE.getActionItem();

		/**
		 * The meta object literal for the '<em><b>Workstream</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__WORKSTREAM = eINSTANCE.getActionItem_Workstream();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.OperationsSectionImpl <em>Operations Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.OperationsSectionImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getOperationsSection()
		 * @generated
		 */
		EClass OPERATIONS_SECTION = eINSTANCE.getOperationsSection();

		/**
		 * The meta object literal for the '<em><b>Quarterly Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__QUARTERLY_OBJECTIVES = eINSTANCE.getOperationsSection_QuarterlyObjectives();

		/**
		 * The meta object literal for the '<em><b>Monthly Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__MONTHLY_OBJECTIVES = eINSTANCE.getOperationsSection_MonthlyObjectives();

		/**
		 * The meta object literal for the '<em><b>Editorial Calendar</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__EDITORIAL_CALENDAR = eINSTANCE.getOperationsSection_EditorialCalendar();

		/**
		 * The meta object literal for the '<em><b>Advertising Calendar</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__ADVERTISING_CALENDAR = eINSTANCE.getOperationsSection_AdvertisingCalendar();

		/**
		 * The meta object literal for the '<em><b>Dem Calendar</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__DEM_CALENDAR = eINSTANCE.getOperationsSection_DemCalendar();

		/**
		 * The meta object literal for the '<em><b>Automation Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__AUTOMATION_PLAN = eINSTANCE.getOperationsSection_AutomationPlan();

		/**
		 * The meta object literal for the '<em><b>Cro Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__CRO_PLAN = eINSTANCE.getOperationsSection_CroPlan();

		/**
		 * The meta object literal for the '<em><b>Loyalty Plan</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__LOYALTY_PLAN = eINSTANCE.getOperationsSection_LoyaltyPlan();

		/**
		 * The meta object literal for the '<em><b>Calendars</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATIONS_SECTION__CALENDARS = eINSTANCE.getOperationsSection_Calendars();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.QuarterlyObjectiveImpl <em>Quarterly Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.QuarterlyObjectiveImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getQuarterlyObjective()
		 * @generated
		 */
		EClass QUARTERLY_OBJECTIVE = eINSTANCE.getQuarterlyObjective();

		/**
		 * The meta object literal for the '<em><b>Quarter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTERLY_OBJECTIVE__QUARTER = eINSTANCE.getQuarterlyObjective_Quarter();

		/**
		 * The meta object literal for the '<em><b>Annual Objective</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUARTERLY_OBJECTIVE__ANNUAL_OBJECTIVE = eINSTANCE.getQuarterlyObjective_AnnualObjective();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTERLY_OBJECTIVE__TARGET = eINSTANCE.getQuarterlyObjective_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUARTERLY_OBJECTIVE__UNIT = eINSTANCE.getQuarterlyObjective_Unit();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUARTERLY_OBJECTIVE__OWNER = eINSTANCE.getQuarterlyObjective_Owner();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUARTERLY_OBJECTIVE__ACTIVITIES = eINSTANCE.getQuarterlyObjective_Activities();

		/**
		 * The meta object literal for the '<em><b>Monthly Objectives</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUARTERLY_OBJECTIVE__MONTHLY_OBJECTIVES = eINSTANCE.getQuarterlyObjective_MonthlyObjectives();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.MonthlyObjectiveImpl <em>Monthly Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.MonthlyObjectiveImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMonthlyObjective()
		 * @generated
		 */
		EClass MONTHLY_OBJECTIVE = eINSTANCE.getMonthlyObjective();

		/**
		 * The meta object literal for the '<em><b>Month</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__MONTH = eINSTANCE.getMonthlyObjective_Month();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__DEADLINE = eINSTANCE.getMonthlyObjective_Deadline();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__PHASE = eINSTANCE.getMonthlyObjective_Phase();

		/**
		 * The meta object literal for the '<em><b>Quarterly Objective</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONTHLY_OBJECTIVE__QUARTERLY_OBJECTIVE = eINSTANCE.getMonthlyObjective_QuarterlyObjective();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__TARGET = eINSTANCE.getMonthlyObjective_Target();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__UNIT = eINSTANCE.getMonthlyObjective_Unit();

		/**
		 * The meta object literal for the '<em><b>Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__ACTUAL = eINSTANCE.getMonthlyObjective_Actual();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MONTHLY_OBJECTIVE__STATUS = eINSTANCE.getMonthlyObjective_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MONTHLY_OBJECTIVE__OWNER = eINSTANCE.getMonthlyObjective_Owner();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CalendarImpl <em>Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CalendarImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCalendar()
		 * @generated
		 */
		EClass CALENDAR = eINSTANCE.getCalendar();

		/**
		 * The meta object literal for the '<em><b>All Entries</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR__ALL_ENTRIES = eINSTANCE.getCalendar_AllEntries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CalendarEntryImpl <em>Calendar Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CalendarEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCalendarEntry()
		 * @generated
		 */
		EClass CALENDAR_ENTRY = eINSTANCE.getCalendarEntry();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__CHANNEL = eINSTANCE.getCalendarEntry_Channel();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__OWNER = eINSTANCE.getCalendarEntry_Owner();

		/**
		 * The meta object literal for the '<em><b>Placement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__PLACEMENT = eINSTANCE.getCalendarEntry_Placement();

		/**
		 * The meta object literal for the '<em><b>Planned Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__PLANNED_COST = eINSTANCE.getCalendarEntry_PlannedCost();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__OBJECTIVE = eINSTANCE.getCalendarEntry_Objective();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__CAMPAIGN = eINSTANCE.getCalendarEntry_Campaign();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CALENDAR_ENTRY__ACTIVITY = eINSTANCE.getCalendarEntry_Activity();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__RACE_STAGE = eINSTANCE.getCalendarEntry_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CALENDAR_ENTRY__STATUS = eINSTANCE.getCalendarEntry_Status();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.EditorialCalendarImpl <em>Editorial Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.EditorialCalendarImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getEditorialCalendar()
		 * @generated
		 */
		EClass EDITORIAL_CALENDAR = eINSTANCE.getEditorialCalendar();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITORIAL_CALENDAR__ENTRIES = eINSTANCE.getEditorialCalendar_Entries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.EditorialEntryImpl <em>Editorial Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.EditorialEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getEditorialEntry()
		 * @generated
		 */
		EClass EDITORIAL_ENTRY = eINSTANCE.getEditorialEntry();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITORIAL_ENTRY__CONTENT = eINSTANCE.getEditorialEntry_Content();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITORIAL_ENTRY__FORMAT = eINSTANCE.getEditorialEntry_Format();

		/**
		 * The meta object literal for the '<em><b>Outlet</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDITORIAL_ENTRY__OUTLET = eINSTANCE.getEditorialEntry_Outlet();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDITORIAL_ENTRY__PERSONAS = eINSTANCE.getEditorialEntry_Personas();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AdvertisingCalendarImpl <em>Advertising Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AdvertisingCalendarImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAdvertisingCalendar()
		 * @generated
		 */
		EClass ADVERTISING_CALENDAR = eINSTANCE.getAdvertisingCalendar();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERTISING_CALENDAR__ENTRIES = eINSTANCE.getAdvertisingCalendar_Entries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AdvertisingEntryImpl <em>Advertising Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AdvertisingEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAdvertisingEntry()
		 * @generated
		 */
		EClass ADVERTISING_ENTRY = eINSTANCE.getAdvertisingEntry();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERTISING_ENTRY__MEDIA_TYPE = eINSTANCE.getAdvertisingEntry_MediaType();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERTISING_ENTRY__CONTENT = eINSTANCE.getAdvertisingEntry_Content();

		/**
		 * The meta object literal for the '<em><b>Targeting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADVERTISING_ENTRY__TARGETING = eINSTANCE.getAdvertisingEntry_Targeting();

		/**
		 * The meta object literal for the '<em><b>Ab Tests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADVERTISING_ENTRY__AB_TESTS = eINSTANCE.getAdvertisingEntry_AbTests();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.DemCalendarImpl <em>Dem Calendar</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.DemCalendarImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getDemCalendar()
		 * @generated
		 */
		EClass DEM_CALENDAR = eINSTANCE.getDemCalendar();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEM_CALENDAR__ENTRIES = eINSTANCE.getDemCalendar_Entries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.DemEntryImpl <em>Dem Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.DemEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getDemEntry()
		 * @generated
		 */
		EClass DEM_ENTRY = eINSTANCE.getDemEntry();

		/**
		 * The meta object literal for the '<em><b>List Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEM_ENTRY__LIST_PROVIDER = eINSTANCE.getDemEntry_ListProvider();

		/**
		 * The meta object literal for the '<em><b>Audience Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEM_ENTRY__AUDIENCE_SIZE = eINSTANCE.getDemEntry_AudienceSize();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEM_ENTRY__SEGMENT = eINSTANCE.getDemEntry_Segment();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEM_ENTRY__CONTENT = eINSTANCE.getDemEntry_Content();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AutomationPlanImpl <em>Automation Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AutomationPlanImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAutomationPlan()
		 * @generated
		 */
		EClass AUTOMATION_PLAN = eINSTANCE.getAutomationPlan();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION_PLAN__ENTRIES = eINSTANCE.getAutomationPlan_Entries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AutomationEntryImpl <em>Automation Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AutomationEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAutomationEntry()
		 * @generated
		 */
		EClass AUTOMATION_ENTRY = eINSTANCE.getAutomationEntry();

		/**
		 * The meta object literal for the '<em><b>Trigger</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUTOMATION_ENTRY__TRIGGER = eINSTANCE.getAutomationEntry_Trigger();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION_ENTRY__SEGMENT = eINSTANCE.getAutomationEntry_Segment();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUTOMATION_ENTRY__CONTENT = eINSTANCE.getAutomationEntry_Content();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CroPlanImpl <em>Cro Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CroPlanImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCroPlan()
		 * @generated
		 */
		EClass CRO_PLAN = eINSTANCE.getCroPlan();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRO_PLAN__ENTRIES = eINSTANCE.getCroPlan_Entries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CroEntryImpl <em>Cro Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CroEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCroEntry()
		 * @generated
		 */
		EClass CRO_ENTRY = eINSTANCE.getCroEntry();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRO_ENTRY__PAGE = eINSTANCE.getCroEntry_Page();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRO_ENTRY__HYPOTHESIS = eINSTANCE.getCroEntry_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRO_ENTRY__METRIC = eINSTANCE.getCroEntry_Metric();

		/**
		 * The meta object literal for the '<em><b>Expected Uplift</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRO_ENTRY__EXPECTED_UPLIFT = eINSTANCE.getCroEntry_ExpectedUplift();

		/**
		 * The meta object literal for the '<em><b>Test</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRO_ENTRY__TEST = eINSTANCE.getCroEntry_Test();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.LoyaltyPlanImpl <em>Loyalty Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.LoyaltyPlanImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getLoyaltyPlan()
		 * @generated
		 */
		EClass LOYALTY_PLAN = eINSTANCE.getLoyaltyPlan();

		/**
		 * The meta object literal for the '<em><b>Rfm Segments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOYALTY_PLAN__RFM_SEGMENTS = eINSTANCE.getLoyaltyPlan_RfmSegments();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOYALTY_PLAN__ENTRIES = eINSTANCE.getLoyaltyPlan_Entries();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.LoyaltyEntryImpl <em>Loyalty Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.LoyaltyEntryImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getLoyaltyEntry()
		 * @generated
		 */
		EClass LOYALTY_ENTRY = eINSTANCE.getLoyaltyEntry();

		/**
		 * The meta object literal for the '<em><b>Rfm Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOYALTY_ENTRY__RFM_SEGMENT = eINSTANCE.getLoyaltyEntry_RfmSegment();

		/**
		 * The meta object literal for the '<em><b>Offer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOYALTY_ENTRY__OFFER = eINSTANCE.getLoyaltyEntry_Offer();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.RfmSegmentImpl <em>Rfm Segment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.RfmSegmentImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getRfmSegment()
		 * @generated
		 */
		EClass RFM_SEGMENT = eINSTANCE.getRfmSegment();

		/**
		 * The meta object literal for the '<em><b>Recency Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RFM_SEGMENT__RECENCY_SCORE = eINSTANCE.getRfmSegment_RecencyScore();

		/**
		 * The meta object literal for the '<em><b>Frequency Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RFM_SEGMENT__FREQUENCY_SCORE = eINSTANCE.getRfmSegment_FrequencyScore();

		/**
		 * The meta object literal for the '<em><b>Monetary Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RFM_SEGMENT__MONETARY_SCORE = eINSTANCE.getRfmSegment_MonetaryScore();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RFM_SEGMENT__SEGMENT = eINSTANCE.getRfmSegment_Segment();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.AbTestImpl <em>Ab Test</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.AbTestImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAbTest()
		 * @generated
		 */
		EClass AB_TEST = eINSTANCE.getAbTest();

		/**
		 * The meta object literal for the '<em><b>Hypothesis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__HYPOTHESIS = eINSTANCE.getAbTest_Hypothesis();

		/**
		 * The meta object literal for the '<em><b>Variant A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__VARIANT_A = eINSTANCE.getAbTest_VariantA();

		/**
		 * The meta object literal for the '<em><b>Variant B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__VARIANT_B = eINSTANCE.getAbTest_VariantB();

		/**
		 * The meta object literal for the '<em><b>Metric</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AB_TEST__METRIC = eINSTANCE.getAbTest_Metric();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CustomerJourneyImpl <em>Customer Journey</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CustomerJourneyImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCustomerJourney()
		 * @generated
		 */
		EClass CUSTOMER_JOURNEY = eINSTANCE.getCustomerJourney();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_JOURNEY__PERSONAS = eINSTANCE.getCustomerJourney_Personas();

		/**
		 * The meta object literal for the '<em><b>Stages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_JOURNEY__STAGES = eINSTANCE.getCustomerJourney_Stages();

		/**
		 * The meta object literal for the '<em><b>Flows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CUSTOMER_JOURNEY__FLOWS = eINSTANCE.getCustomerJourney_Flows();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.JourneyStageImpl <em>Journey Stage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.JourneyStageImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getJourneyStage()
		 * @generated
		 */
		EClass JOURNEY_STAGE = eINSTANCE.getJourneyStage();

		/**
		 * The meta object literal for the '<em><b>Race Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_STAGE__RACE_STAGE = eINSTANCE.getJourneyStage_RaceStage();

		/**
		 * The meta object literal for the '<em><b>Touchpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_STAGE__TOUCHPOINTS = eINSTANCE.getJourneyStage_Touchpoints();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.TouchpointImpl <em>Touchpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.TouchpointImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getTouchpoint()
		 * @generated
		 */
		EClass TOUCHPOINT = eINSTANCE.getTouchpoint();

		/**
		 * The meta object literal for the '<em><b>Media Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__MEDIA_TYPE = eINSTANCE.getTouchpoint_MediaType();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__CHANNEL = eINSTANCE.getTouchpoint_Channel();

		/**
		 * The meta object literal for the '<em><b>Personas</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__PERSONAS = eINSTANCE.getTouchpoint_Personas();

		/**
		 * The meta object literal for the '<em><b>Segments</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__SEGMENTS = eINSTANCE.getTouchpoint_Segments();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__CONTENT = eINSTANCE.getTouchpoint_Content();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__ACTIVITY = eINSTANCE.getTouchpoint_Activity();

		/**
		 * The meta object literal for the '<em><b>Purchase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOUCHPOINT__PURCHASE = eINSTANCE.getTouchpoint_Purchase();

		/**
		 * The meta object literal for the '<em><b>Outgoing</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__OUTGOING = eINSTANCE.getTouchpoint_Outgoing();

		/**
		 * The meta object literal for the '<em><b>Incoming</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOUCHPOINT__INCOMING = eINSTANCE.getTouchpoint_Incoming();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.JourneyFlowImpl <em>Journey Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.JourneyFlowImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getJourneyFlow()
		 * @generated
		 */
		EClass JOURNEY_FLOW = eINSTANCE.getJourneyFlow();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_FLOW__SOURCE = eINSTANCE.getJourneyFlow_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_FLOW__TARGET = eINSTANCE.getJourneyFlow_Target();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOURNEY_FLOW__CONDITION = eINSTANCE.getJourneyFlow_Condition();

		/**
		 * The meta object literal for the '<em><b>Persona</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference JOURNEY_FLOW__PERSONA = eINSTANCE.getJourneyFlow_Persona();

		/**
		 * The meta object literal for the '{@link org.tactician.model.BudgetBooking <em>Budget Booking</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.BudgetBooking
		 * @see org.tactician.model.impl.TacticianPackageImpl#getBudgetBooking()
		 * @generated
		 */
		EClass BUDGET_BOOKING = eINSTANCE.getBudgetBooking();

		/**
		 * The meta object literal for the '<em><b>Budget Line</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET_BOOKING__BUDGET_LINE = eINSTANCE.getBudgetBooking_BudgetLine();

		/**
		 * The meta object literal for the '<em><b>Booked Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_BOOKING__BOOKED_AMOUNT = eINSTANCE.getBudgetBooking_BookedAmount();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.ProfitAssumptionImpl <em>Profit Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.ProfitAssumptionImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getProfitAssumption()
		 * @generated
		 */
		EClass PROFIT_ASSUMPTION = eINSTANCE.getProfitAssumption();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFIT_ASSUMPTION__CHANNEL = eINSTANCE.getProfitAssumption_Channel();

		/**
		 * The meta object literal for the '<em><b>Segment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROFIT_ASSUMPTION__SEGMENT = eINSTANCE.getProfitAssumption_Segment();

		/**
		 * The meta object literal for the '<em><b>Gross Margin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFIT_ASSUMPTION__GROSS_MARGIN = eINSTANCE.getProfitAssumption_GrossMargin();

		/**
		 * The meta object literal for the '<em><b>Return Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFIT_ASSUMPTION__RETURN_RATE = eINSTANCE.getProfitAssumption_ReturnRate();

		/**
		 * The meta object literal for the '<em><b>Fulfilment Cost Per Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFIT_ASSUMPTION__FULFILMENT_COST_PER_ORDER = eINSTANCE.getProfitAssumption_FulfilmentCostPerOrder();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROFIT_ASSUMPTION__NOTES = eINSTANCE.getProfitAssumption_Notes();

		/**
		 * The meta object literal for the '{@link org.tactician.model.impl.CategoryTargetImpl <em>Category Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.impl.CategoryTargetImpl
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCategoryTarget()
		 * @generated
		 */
		EClass CATEGORY_TARGET = eINSTANCE.getCategoryTarget();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_TARGET__CATEGORY = eINSTANCE.getCategoryTarget_Category();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CATEGORY_TARGET__AMOUNT = eINSTANCE.getCategoryTarget_Amount();

		/**
		 * The meta object literal for the '{@link org.tactician.model.ForecastMeasure <em>Forecast Measure</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.ForecastMeasure
		 * @see org.tactician.model.impl.TacticianPackageImpl#getForecastMeasure()
		 * @generated
		 */
		EEnum FORECAST_MEASURE = eINSTANCE.getForecastMeasure();

		/**
		 * The meta object literal for the '{@link org.tactician.model.ObjectiveScope <em>Objective Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.ObjectiveScope
		 * @see org.tactician.model.impl.TacticianPackageImpl#getObjectiveScope()
		 * @generated
		 */
		EEnum OBJECTIVE_SCOPE = eINSTANCE.getObjectiveScope();

		/**
		 * The meta object literal for the '{@link org.tactician.model.MeasureKind <em>Measure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.MeasureKind
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMeasureKind()
		 * @generated
		 */
		EEnum MEASURE_KIND = eINSTANCE.getMeasureKind();

		/**
		 * The meta object literal for the '{@link org.tactician.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.Direction
		 * @see org.tactician.model.impl.TacticianPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.tactician.model.RaceStage <em>Race Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.RaceStage
		 * @see org.tactician.model.impl.TacticianPackageImpl#getRaceStage()
		 * @generated
		 */
		EEnum RACE_STAGE = eINSTANCE.getRaceStage();

		/**
		 * The meta object literal for the '{@link org.tactician.model.FunnelPosition <em>Funnel Position</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.FunnelPosition
		 * @see org.tactician.model.impl.TacticianPackageImpl#getFunnelPosition()
		 * @generated
		 */
		EEnum FUNNEL_POSITION = eINSTANCE.getFunnelPosition();

		/**
		 * The meta object literal for the '{@link org.tactician.model.MediaType <em>Media Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.MediaType
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMediaType()
		 * @generated
		 */
		EEnum MEDIA_TYPE = eINSTANCE.getMediaType();

		/**
		 * The meta object literal for the '{@link org.tactician.model.ChannelCategory <em>Channel Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.ChannelCategory
		 * @see org.tactician.model.impl.TacticianPackageImpl#getChannelCategory()
		 * @generated
		 */
		EEnum CHANNEL_CATEGORY = eINSTANCE.getChannelCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.OpportunityOrThreat <em>Opportunity Or Threat</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.OpportunityOrThreat
		 * @see org.tactician.model.impl.TacticianPackageImpl#getOpportunityOrThreat()
		 * @generated
		 */
		EEnum OPPORTUNITY_OR_THREAT = eINSTANCE.getOpportunityOrThreat();

		/**
		 * The meta object literal for the '{@link org.tactician.model.MarketReviewArea <em>Market Review Area</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.MarketReviewArea
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketReviewArea()
		 * @generated
		 */
		EEnum MARKET_REVIEW_AREA = eINSTANCE.getMarketReviewArea();

		/**
		 * The meta object literal for the '{@link org.tactician.model.PestleCategory <em>Pestle Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.PestleCategory
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPestleCategory()
		 * @generated
		 */
		EEnum PESTLE_CATEGORY = eINSTANCE.getPestleCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.SwotCategory <em>Swot Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.SwotCategory
		 * @see org.tactician.model.impl.TacticianPackageImpl#getSwotCategory()
		 * @generated
		 */
		EEnum SWOT_CATEGORY = eINSTANCE.getSwotCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.TowsCategory <em>Tows Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.TowsCategory
		 * @see org.tactician.model.impl.TacticianPackageImpl#getTowsCategory()
		 * @generated
		 */
		EEnum TOWS_CATEGORY = eINSTANCE.getTowsCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.SegmentLayer <em>Segment Layer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.SegmentLayer
		 * @see org.tactician.model.impl.TacticianPackageImpl#getSegmentLayer()
		 * @generated
		 */
		EEnum SEGMENT_LAYER = eINSTANCE.getSegmentLayer();

		/**
		 * The meta object literal for the '{@link org.tactician.model.ContentFormat <em>Content Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.ContentFormat
		 * @see org.tactician.model.impl.TacticianPackageImpl#getContentFormat()
		 * @generated
		 */
		EEnum CONTENT_FORMAT = eINSTANCE.getContentFormat();

		/**
		 * The meta object literal for the '{@link org.tactician.model.MarketingMixElement <em>Marketing Mix Element</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.MarketingMixElement
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarketingMixElement()
		 * @generated
		 */
		EEnum MARKETING_MIX_ELEMENT = eINSTANCE.getMarketingMixElement();

		/**
		 * The meta object literal for the '{@link org.tactician.model.CommunicationType <em>Communication Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.CommunicationType
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCommunicationType()
		 * @generated
		 */
		EEnum COMMUNICATION_TYPE = eINSTANCE.getCommunicationType();

		/**
		 * The meta object literal for the '{@link org.tactician.model.CanvasBlock <em>Canvas Block</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.CanvasBlock
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCanvasBlock()
		 * @generated
		 */
		EEnum CANVAS_BLOCK = eINSTANCE.getCanvasBlock();

		/**
		 * The meta object literal for the '{@link org.tactician.model.BudgetCategory <em>Budget Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.BudgetCategory
		 * @see org.tactician.model.impl.TacticianPackageImpl#getBudgetCategory()
		 * @generated
		 */
		EEnum BUDGET_CATEGORY = eINSTANCE.getBudgetCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.CostType <em>Cost Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.CostType
		 * @see org.tactician.model.impl.TacticianPackageImpl#getCostType()
		 * @generated
		 */
		EEnum COST_TYPE = eINSTANCE.getCostType();

		/**
		 * The meta object literal for the '{@link org.tactician.model.Quarter <em>Quarter</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.Quarter
		 * @see org.tactician.model.impl.TacticianPackageImpl#getQuarter()
		 * @generated
		 */
		EEnum QUARTER = eINSTANCE.getQuarter();

		/**
		 * The meta object literal for the '{@link org.tactician.model.Workstream <em>Workstream</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.Workstream
		 * @see org.tactician.model.impl.TacticianPackageImpl#getWorkstream()
		 * @generated
		 */
		EEnum WORKSTREAM = eINSTANCE.getWorkstream();

		/**
		 * The meta object literal for the '{@link org.tactician.model.MarTechCategory <em>Mar Tech Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.MarTechCategory
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMarTechCategory()
		 * @generated
		 */
		EEnum MAR_TECH_CATEGORY = eINSTANCE.getMarTechCategory();

		/**
		 * The meta object literal for the '{@link org.tactician.model.ActivityStatus <em>Activity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.ActivityStatus
		 * @see org.tactician.model.impl.TacticianPackageImpl#getActivityStatus()
		 * @generated
		 */
		EEnum ACTIVITY_STATUS = eINSTANCE.getActivityStatus();

		/**
		 * The meta object literal for the '{@link org.tactician.model.ObjectiveStatus <em>Objective Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.ObjectiveStatus
		 * @see org.tactician.model.impl.TacticianPackageImpl#getObjectiveStatus()
		 * @generated
		 */
		EEnum OBJECTIVE_STATUS = eINSTANCE.getObjectiveStatus();

		/**
		 * The meta object literal for the '{@link org.tactician.model.PlanPhase <em>Plan Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.PlanPhase
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPlanPhase()
		 * @generated
		 */
		EEnum PLAN_PHASE = eINSTANCE.getPlanPhase();

		/**
		 * The meta object literal for the '{@link org.tactician.model.AutomationTrigger <em>Automation Trigger</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.AutomationTrigger
		 * @see org.tactician.model.impl.TacticianPackageImpl#getAutomationTrigger()
		 * @generated
		 */
		EEnum AUTOMATION_TRIGGER = eINSTANCE.getAutomationTrigger();

		/**
		 * The meta object literal for the '{@link org.tactician.model.PurchaseMode <em>Purchase Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.PurchaseMode
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPurchaseMode()
		 * @generated
		 */
		EEnum PURCHASE_MODE = eINSTANCE.getPurchaseMode();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.tactician.model.impl.TacticianPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Year Month</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.YearMonth
		 * @see org.tactician.model.impl.TacticianPackageImpl#getYearMonth()
		 * @generated
		 */
		EDataType YEAR_MONTH = eINSTANCE.getYearMonth();

		/**
		 * The meta object literal for the '<em>Decimal</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigDecimal
		 * @see org.tactician.model.impl.TacticianPackageImpl#getDecimal()
		 * @generated
		 */
		EDataType DECIMAL = eINSTANCE.getDecimal();

		/**
		 * The meta object literal for the '<em>Percentage</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigDecimal
		 * @see org.tactician.model.impl.TacticianPackageImpl#getPercentage()
		 * @generated
		 */
		EDataType PERCENTAGE = eINSTANCE.getPercentage();

		/**
		 * The meta object literal for the '<em>Money</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.tactician.model.Money
		 * @see org.tactician.model.impl.TacticianPackageImpl#getMoney()
		 * @generated
		 */
		EDataType MONEY = eINSTANCE.getMoney();

	}

} //TacticianPackage
