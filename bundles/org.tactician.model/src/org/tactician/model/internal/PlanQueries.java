package org.tactician.model.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.EditorialEntry;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.OperationsSection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TowsStrategy;

/**
 * Bodies of the derived features of the plan model. The generated getters delegate here
 * (through GenModel "get" annotations in tactician.ecore), so no generated file is edited by hand.
 */
public final class PlanQueries {

    private PlanQueries() {
    }

    /** The TOWS strategies of the same SWOT analysis that combine {@code item}. */
    public static EList<TowsStrategy> strategiesCombining(SwotItem item) {
        List<TowsStrategy> result = new ArrayList<>();
        if (item.eContainer() instanceof SwotAnalysis swot) {
            for (TowsStrategy strategy : swot.getStrategies()) {
                if (strategy.getSwotItems().contains(item)) {
                    result.add(strategy);
                }
            }
        }
        return unmodifiable(item, TacticianPackage.Literals.SWOT_ITEM__STRATEGIES, result);
    }

    /** The editorial-calendar entries of the plan that serve {@code campaign}. */
    public static EList<EditorialEntry> editorialPlan(Campaign campaign) {
        List<EditorialEntry> result = new ArrayList<>();
        EObject root = EcoreUtil.getRootContainer(campaign);
        if (root instanceof MarketingPlan plan) {
            OperationsSection operations = plan.getOperations();
            if (operations != null && operations.getEditorialCalendar() != null) {
                for (EditorialEntry entry : operations.getEditorialCalendar().getEntries()) {
                    if (entry.getCampaign() == campaign) {
                        result.add(entry);
                    }
                }
            }
        }
        return unmodifiable(campaign, TacticianPackage.Literals.CAMPAIGN__EDITORIAL_PLAN, result);
    }

    /**
     * The sum of the monthly phasing of {@code line}; null when there is no phasing or when the
     * months mix currencies (validation reports that; a getter must not throw in an editor).
     */
    public static Money phasedTotal(BudgetLine line) {
        Money total = null;
        for (MonthlyAmount month : line.getPhasing()) {
            Money amount = month.getAmount();
            if (amount == null) {
                continue;
            }
            if (total == null) {
                total = amount;
            } else if (!total.currency().equals(amount.currency())) {
                return null;
            } else {
                total = total.plus(amount);
            }
        }
        return total;
    }

    private static <T> EList<T> unmodifiable(EObject owner, EStructuralFeature feature, List<T> values) {
        return new EcoreEList.UnmodifiableEList<>((InternalEObject) owner, feature, values.size(), values.toArray());
    }
}
