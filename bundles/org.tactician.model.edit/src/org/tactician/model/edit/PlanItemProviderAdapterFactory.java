package org.tactician.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.tactician.model.CategoryTarget;
import org.tactician.model.ChannelPerformance;
import org.tactician.model.ForecastInput;
import org.tactician.model.JourneyFlow;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.provider.ActionSectionItemProvider;
import org.tactician.model.provider.AlwaysOnPlanItemProvider;
import org.tactician.model.provider.BudgetItemProvider;
import org.tactician.model.provider.BusinessModelCanvasItemProvider;
import org.tactician.model.provider.CategoryTargetItemProvider;
import org.tactician.model.provider.ChannelPerformanceItemProvider;
import org.tactician.model.provider.CommunicationsStrategyItemProvider;
import org.tactician.model.provider.DashboardItemProvider;
import org.tactician.model.provider.ForecastInputItemProvider;
import org.tactician.model.provider.JourneyFlowItemProvider;
import org.tactician.model.provider.MarketReviewItemProvider;
import org.tactician.model.provider.MonthlyAmountItemProvider;
import org.tactician.model.provider.OperationsSectionItemProvider;
import org.tactician.model.provider.OpportunitySectionItemProvider;
import org.tactician.model.provider.PestleAnalysisItemProvider;
import org.tactician.model.provider.ProfitAssumptionItemProvider;
import org.tactician.model.provider.StrategySectionItemProvider;
import org.tactician.model.provider.SwotAnalysisItemProvider;
import org.tactician.model.provider.TacticianItemProviderAdapterFactory;
import org.tactician.model.provider.ValuePropositionItemProvider;

/**
 * The item-provider adapter factory of the plan model, registered in plugin.xml: the generated
 * one with readable labels for the elements that have no name. Sections and other single
 * containers read as their type ("Opportunity Section") instead of their id; value rows read as
 * what they hold. Everything else keeps the generated behaviour.
 */
public class PlanItemProviderAdapterFactory extends TacticianItemProviderAdapterFactory {

    private static final String ARROW = " \u2192 ";

    /**
     * How an unset classification reads ("not set"): the plan model's classification enums are
     * unsettable, and an unset value is not the first literal.
     */
    public static final String NOT_SET = "not set";

    private static final String ANY_CHANNEL_OR_SEGMENT = "(every channel and segment)";

    @Override
    public Adapter createOpportunitySectionAdapter() {
        if (opportunitySectionItemProvider == null) {
            opportunitySectionItemProvider = new OpportunitySectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_OpportunitySection_type");
                }
            };
        }
        return opportunitySectionItemProvider;
    }

    @Override
    public Adapter createStrategySectionAdapter() {
        if (strategySectionItemProvider == null) {
            strategySectionItemProvider = new StrategySectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_StrategySection_type");
                }
            };
        }
        return strategySectionItemProvider;
    }

    @Override
    public Adapter createActionSectionAdapter() {
        if (actionSectionItemProvider == null) {
            actionSectionItemProvider = new ActionSectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_ActionSection_type");
                }
            };
        }
        return actionSectionItemProvider;
    }

    @Override
    public Adapter createOperationsSectionAdapter() {
        if (operationsSectionItemProvider == null) {
            operationsSectionItemProvider = new OperationsSectionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_OperationsSection_type");
                }
            };
        }
        return operationsSectionItemProvider;
    }

    @Override
    public Adapter createMarketReviewAdapter() {
        if (marketReviewItemProvider == null) {
            marketReviewItemProvider = new MarketReviewItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_MarketReview_type");
                }
            };
        }
        return marketReviewItemProvider;
    }

    @Override
    public Adapter createPestleAnalysisAdapter() {
        if (pestleAnalysisItemProvider == null) {
            pestleAnalysisItemProvider = new PestleAnalysisItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_PestleAnalysis_type");
                }
            };
        }
        return pestleAnalysisItemProvider;
    }

    @Override
    public Adapter createSwotAnalysisAdapter() {
        if (swotAnalysisItemProvider == null) {
            swotAnalysisItemProvider = new SwotAnalysisItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_SwotAnalysis_type");
                }
            };
        }
        return swotAnalysisItemProvider;
    }

    @Override
    public Adapter createValuePropositionAdapter() {
        if (valuePropositionItemProvider == null) {
            valuePropositionItemProvider = new ValuePropositionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_ValueProposition_type");
                }
            };
        }
        return valuePropositionItemProvider;
    }

    @Override
    public Adapter createCommunicationsStrategyAdapter() {
        if (communicationsStrategyItemProvider == null) {
            communicationsStrategyItemProvider = new CommunicationsStrategyItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_CommunicationsStrategy_type");
                }
            };
        }
        return communicationsStrategyItemProvider;
    }

    @Override
    public Adapter createBusinessModelCanvasAdapter() {
        if (businessModelCanvasItemProvider == null) {
            businessModelCanvasItemProvider = new BusinessModelCanvasItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_BusinessModelCanvas_type");
                }
            };
        }
        return businessModelCanvasItemProvider;
    }

    @Override
    public Adapter createBudgetAdapter() {
        if (budgetItemProvider == null) {
            budgetItemProvider = new BudgetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_Budget_type");
                }
            };
        }
        return budgetItemProvider;
    }

    @Override
    public Adapter createDashboardAdapter() {
        if (dashboardItemProvider == null) {
            dashboardItemProvider = new DashboardItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_Dashboard_type");
                }
            };
        }
        return dashboardItemProvider;
    }

    @Override
    public Adapter createAlwaysOnPlanAdapter() {
        if (alwaysOnPlanItemProvider == null) {
            alwaysOnPlanItemProvider = new AlwaysOnPlanItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return getString("_UI_AlwaysOnPlan_type");
                }
            };
        }
        return alwaysOnPlanItemProvider;
    }

    @Override
    public Adapter createChannelPerformanceAdapter() {
        if (channelPerformanceItemProvider == null) {
            channelPerformanceItemProvider = new ChannelPerformanceItemProvider(this) {
                @Override
                public String getText(Object object) {
                    return join(getString("_UI_ChannelPerformance_type"), nameOf(((ChannelPerformance) object).getChannel()));
                }
            };
        }
        return channelPerformanceItemProvider;
    }

    @Override
    public Adapter createForecastInputAdapter() {
        if (forecastInputItemProvider == null) {
            forecastInputItemProvider = new ForecastInputItemProvider(this) {
                @Override
                public String getText(Object object) {
                    ForecastInput input = (ForecastInput) object;
                    return join(getString("_UI_ForecastInput_type"), input.getMonth(), nameOf(input.getChannel()));
                }
            };
        }
        return forecastInputItemProvider;
    }

    @Override
    public Adapter createMonthlyAmountAdapter() {
        if (monthlyAmountItemProvider == null) {
            monthlyAmountItemProvider = new MonthlyAmountItemProvider(this) {
                @Override
                public String getText(Object object) {
                    MonthlyAmount month = (MonthlyAmount) object;
                    return join(getString("_UI_MonthlyAmount_type"), month.getMonth(), month.getAmount());
                }
            };
        }
        return monthlyAmountItemProvider;
    }

    @Override
    public Adapter createProfitAssumptionAdapter() {
        if (profitAssumptionItemProvider == null) {
            profitAssumptionItemProvider = new ProfitAssumptionItemProvider(this) {
                @Override
                public String getText(Object object) {
                    ProfitAssumption assumption = (ProfitAssumption) object;
                    java.util.List<String> scope = new java.util.ArrayList<>();
                    if (assumption.getChannel() != null) {
                        scope.add(nameOf(assumption.getChannel()));
                    }
                    if (assumption.getSegment() != null) {
                        scope.add(nameOf(assumption.getSegment()));
                    }
                    return join(getString("_UI_ProfitAssumption_type"),
                            scope.isEmpty() ? ANY_CHANNEL_OR_SEGMENT : String.join(" \u00b7 ", scope));
                }
            };
        }
        return profitAssumptionItemProvider;
    }

    @Override
    public Adapter createCategoryTargetAdapter() {
        if (categoryTargetItemProvider == null) {
            categoryTargetItemProvider = new CategoryTargetItemProvider(this) {
                @Override
                public String getText(Object object) {
                    CategoryTarget target = (CategoryTarget) object;
                    String category = target.isSetCategory()
                            ? getString("_UI_BudgetCategory_" + target.getCategory().getName() + "_literal")
                            : NOT_SET;
                    return join(getString("_UI_CategoryTarget_type"), category, target.getAmount());
                }
            };
        }
        return categoryTargetItemProvider;
    }

    @Override
    public Adapter createJourneyFlowAdapter() {
        if (journeyFlowItemProvider == null) {
            journeyFlowItemProvider = new JourneyFlowItemProvider(this) {
                @Override
                public String getText(Object object) {
                    JourneyFlow flow = (JourneyFlow) object;
                    if (flow.getName() != null && !flow.getName().isEmpty()) {
                        return super.getText(object);
                    }
                    String path = nameOf(flow.getSource()) + ARROW + nameOf(flow.getTarget());
                    return join(getString("_UI_JourneyFlow_type"), path);
                }
            };
        }
        return journeyFlowItemProvider;
    }

    /** The type label followed by the non-empty parts, separated by spaces. */
    static String join(String type, Object... parts) {
        StringBuilder text = new StringBuilder(type);
        for (Object part : parts) {
            String value = part == null ? "" : part.toString();
            if (!value.isEmpty()) {
                text.append(' ').append(value);
            }
        }
        return text.toString();
    }

    /** The name of a referenced element, "?" when unset. */
    static String nameOf(NamedElement element) {
        return element == null || element.getName() == null ? "?" : element.getName();
    }
}
