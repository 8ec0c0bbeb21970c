package org.tactician.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.tactician.model.BudgetCategory;
import org.tactician.model.CategoryTarget;
import org.tactician.model.Channel;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.NamedElement;
import org.tactician.model.OpportunitySection;
import org.tactician.model.ProfitAssumption;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;

/** Every plan element reads well in trees, property sheets and menus. */
class PlanItemProvidersTest {

    private final PlanItemProviderAdapterFactory factory = new PlanItemProviderAdapterFactory();

    private List<EClass> concreteClasses() {
        return TacticianPackage.eINSTANCE.getEClassifiers().stream()
                .filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(c -> !c.isAbstract() && !c.isInterface())
                .toList();
    }

    private IItemLabelProvider labels(EObject element) {
        return (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
    }

    @Test
    void everyElementHasALabelAndAnIconThatExists() throws IOException {
        for (EClass eClass : concreteClasses()) {
            EObject element = TacticianFactory.eINSTANCE.create(eClass);
            if (element instanceof NamedElement named) {
                named.setName("Name of " + eClass.getName());
            }
            IItemLabelProvider provider = labels(element);
            assertNotNull(provider, "an item provider for " + eClass.getName());
            String text = provider.getText(element);
            assertNotNull(text, eClass.getName());
            assertFalse(text.isBlank(), eClass.getName());
            if (element instanceof NamedElement) {
                assertTrue(text.contains("Name of " + eClass.getName()), eClass.getName() + ": " + text);
            }
            Object image = provider.getImage(element);
            URL url = assertInstanceOf(URL.class, image, eClass.getName());
            try (InputStream in = url.openStream()) {
                assertTrue(in.readAllBytes().length > 0, "icon of " + eClass.getName() + " at " + url);
            }
        }
    }

    @Test
    void sectionsReadAsTheirTypeAndRowsAsTheirContent() {
        OpportunitySection section = TacticianFactory.eINSTANCE.createOpportunitySection();
        section.setId("opportunity-7f3a");
        assertEquals("Opportunity Section", labels(section).getText(section));

        MonthlyAmount march = TacticianFactory.eINSTANCE.createMonthlyAmount();
        march.setMonth(YearMonth.of(2027, 3));
        march.setAmount(Money.of("1500.00", "EUR"));
        String text = labels(march).getText(march);
        assertTrue(text.contains("2027-03"), text);
        assertTrue(text.contains("1500.00"), text);
    }

    @Test
    void objectivePropertiesAreDescribedAndIdIsReadOnly() {
        SmartObjective objective = TacticianFactory.eINSTANCE.createSmartObjective();
        IItemPropertySource properties = (IItemPropertySource) factory.adapt(objective, IItemPropertySource.class);
        Set<String> names = properties.getPropertyDescriptors(objective).stream()
                .map(d -> d.getId(objective)).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("metric", "baseline", "target", "unit", "deadline", "raceStage",
                "scope", "channels", "segments", "measureKind", "direction", "forecastMeasure", "strategy", "owner")),
                names.toString());
        assertFalse(names.contains("channel"), "the single channel of 0.1.0 is gone");
        assertFalse(properties.getPropertyDescriptor(objective, "id").canSetProperty(objective), "id is read-only");
    }

    @Test
    void anUnsetClassificationReadsAsNotSetAndCanBeUnsetUndoably() {
        MarketingPlan plan = TacticianFactory.eINSTANCE.createMarketingPlan();
        plan.setOpportunity(TacticianFactory.eINSTANCE.createOpportunitySection());
        plan.getOpportunity().setSwot(TacticianFactory.eINSTANCE.createSwotAnalysis());
        SwotItem item = TacticianFactory.eINSTANCE.createSwotItem();
        plan.getOpportunity().getSwot().getItems().add(item);
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        new ResourceSetImpl().createResource(URI.createURI("memory:/plan.mplan")).getContents().add(plan);
        domain.getResourceSet().getResources().add(plan.eResource());
        IItemPropertySource properties = (IItemPropertySource) factory.adapt(item, IItemPropertySource.class);
        IItemPropertyDescriptor category = properties.getPropertyDescriptor(item, "category");

        assertNull(category.getPropertyValue(item), "no value while unset, not the first literal");
        assertEquals(PlanItemProviderAdapterFactory.NOT_SET, category.getLabelProvider(item).getText(null));
        List<?> choices = List.copyOf(category.getChoiceOfValues(item).stream().map(Optional::ofNullable).toList());
        assertEquals(Optional.empty(), choices.get(0), "'not set' is offered first");
        assertEquals(Optional.of(SwotCategory.STRENGTH), choices.get(1));

        category.setPropertyValue(item, SwotCategory.WEAKNESS);
        assertEquals(SwotCategory.WEAKNESS, item.getCategory());
        assertTrue(category.isPropertySet(item));
        category.setPropertyValue(item, null);
        assertFalse(item.isSetCategory(), "choosing 'not set' unsets it");
        domain.getCommandStack().undo();
        assertEquals(SwotCategory.WEAKNESS, item.getCategory(), "and the unset is undoable");
    }

    @Test
    void newElementsHaveReadableLabels() {
        ProfitAssumption assumption = TacticianFactory.eINSTANCE.createProfitAssumption();
        Channel pinterest = TacticianFactory.eINSTANCE.createChannel();
        pinterest.setName("Pinterest");
        assumption.setChannel(pinterest);
        assertEquals("Profit Assumption Pinterest", labels(assumption).getText(assumption));
        CategoryTarget target = TacticianFactory.eINSTANCE.createCategoryTarget();
        assertTrue(labels(target).getText(target).contains(PlanItemProviderAdapterFactory.NOT_SET));
        target.setCategory(BudgetCategory.MEDIA);
        target.setAmount(Money.of("250000.00", "EUR"));
        assertEquals("Category Target MEDIA 250000.00 EUR", labels(target).getText(target));
    }

    @Test
    void aPlanOffersItsSectionsAsNewChildrenAndCreatesThemUndoably() {
        MarketingPlan plan = TacticianFactory.eINSTANCE.createMarketingPlan();
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack());
        IEditingDomainItemProvider provider = (IEditingDomainItemProvider) factory.adapt(plan, IEditingDomainItemProvider.class);
        Collection<?> descriptors = provider.getNewChildDescriptors(plan, domain, null);
        Set<String> offered = descriptors.stream().map(CommandParameter.class::cast)
                .map(p -> ((EObject) p.getValue()).eClass().getName()).collect(Collectors.toSet());
        assertTrue(offered.containsAll(Set.of("OpportunitySection", "StrategySection", "ActionSection",
                "OperationsSection", "CustomerJourney", "Channel", "TeamMember")), offered.toString());

        CommandParameter opportunity = descriptors.stream().map(CommandParameter.class::cast)
                .filter(p -> p.getValue() instanceof OpportunitySection).findFirst().orElseThrow();
        Command create = CreateChildCommand.create(domain, plan, opportunity, List.of(plan));
        domain.getCommandStack().execute(create);
        assertNotNull(plan.getOpportunity());
        domain.getCommandStack().undo();
        assertEquals(null, plan.getOpportunity());
    }
}
