package org.tactician.model.resource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.tactician.model.Activity;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.BudgetLine;
import org.tactician.model.CalendarEntry;
import org.tactician.model.Channel;
import org.tactician.model.ChannelCategory;
import org.tactician.model.Direction;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MeasureKind;
import org.tactician.model.MediaPlacement;
import org.tactician.model.Money;
import org.tactician.model.MonthlyAmount;
import org.tactician.model.ObjectiveScope;
import org.tactician.model.PlanElement;
import org.tactician.model.SmartObjective;
import org.tactician.model.SwotCategory;
import org.tactician.model.SwotItem;
import org.tactician.model.TacticianPackage;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.model.TowsCategory;
import org.tactician.model.TowsStrategy;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Plans written by Tactician 0.1.0 keep opening: copies of the three 0.1.0 samples (in
 * {@code data/migration/0.1.0}, never regenerated) load into the current model, keep every element
 * and what it meant, count money once, and save in the current format only when saved. The
 * expectations are read from the 0.1.0 files themselves (their attributes by element id), not from
 * the migration.
 */
class PlanMigrationTest {

    private static final String FOLDER = "data/migration/0.1.0/";
    private static final String LEGACY = "http://tactician.org/plan/1.0";
    /** The key under which {@link #attributesById} keeps an element's XML name. */
    private static final String ELEMENT = "#element";

    @TempDir
    Path folder;

    /** A copy of a 0.1.0 sample in the test folder. */
    private Path copy(String name) throws IOException {
        Path file = folder.resolve(name);
        try (InputStream in = open(name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static InputStream open(String name) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(PlanMigrationTest.class);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries(FOLDER, name, false);
            if (entries != null && entries.hasMoreElements()) {
                return entries.nextElement().openStream();
            }
        }
        return Files.newInputStream(Path.of(FOLDER + name));
    }

    /** The attributes of every element of a 0.1.0 file that has an id, read with a plain SAX parser. */
    private static Map<String, Map<String, String>> attributesById(Path file) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Map<String, Map<String, String>> result = new HashMap<>();
        factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < attributes.getLength(); i++) {
                    values.put(attributes.getQName(i), attributes.getValue(i));
                }
                if (values.containsKey("id")) {
                    values.put(ELEMENT, qName);
                    result.put(values.get("id"), values);
                }
            }
        });
        return result;
    }

    private static List<EObject> elements(MarketingPlan plan) {
        List<EObject> all = new ArrayList<>(List.of(plan));
        for (Iterator<EObject> it = plan.eAllContents(); it.hasNext();) {
            all.add(it.next());
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-retailer.mplan", "starter.mplan", "arabic-plan.mplan"})
    void aLegacyPlanLoadsWithEveryElementAndLeavesTheFileAlone(String name) throws Exception {
        Path file = copy(name);
        byte[] before = Files.readAllBytes(file);
        assertTrue(new String(before, StandardCharsets.UTF_8).contains(LEGACY), "a 0.1.0 file");
        Map<String, Map<String, String>> legacy = attributesById(file);

        MarketingPlan plan = PlanFiles.load(file);

        PlanResource resource = (PlanResource) plan.eResource();
        assertEquals(Optional.of("0.1.0"), resource.migratedFrom());
        assertFalse(resource.migrationNotes().isEmpty());
        Set<String> ids = new HashSet<>();
        for (EObject element : elements(plan)) {
            ids.add(((PlanElement) element).getId());
        }
        assertEquals(legacy.keySet(), ids, "every element of the 0.1.0 file, and nothing else");
        assertArrayEquals(before, Files.readAllBytes(file), "loading never writes the file");
        assertFalse(Files.exists(folder.resolve(name + ".bak")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-retailer.mplan", "starter.mplan", "arabic-plan.mplan"})
    void classificationsKeepWhatTheLegacyPlanShowed(String name) throws Exception {
        Path file = copy(name);
        Map<String, Map<String, String>> legacy = attributesById(file);
        MarketingPlan plan = PlanFiles.load(file);
        int defaulted = 0;
        for (EObject element : elements(plan)) {
            Map<String, String> written = legacy.get(((PlanElement) element).getId());
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!attribute.isUnsettable() || !(attribute.getEType() instanceof org.eclipse.emf.ecore.EEnum type)
                        || attribute == Literals.SMART_OBJECTIVE__SCOPE || attribute == Literals.SMART_OBJECTIVE__MEASURE_KIND
                        || attribute == Literals.SMART_OBJECTIVE__DIRECTION || attribute == Literals.SMART_OBJECTIVE__FORECAST_MEASURE) {
                    continue;
                }
                String value = written.get(attribute.getName());
                boolean wasUnsettable = attribute.getName().equals("raceStage") || attribute.getName().equals("effect");
                if (value != null) {
                    assertEquals(value, ((org.eclipse.emf.common.util.Enumerator) element.eGet(attribute)).getName(),
                            written.get("id") + "." + attribute.getName());
                } else if (!wasUnsettable) {
                    // 0.1.0 showed the first literal for a classification the file left out: still so, and now explicit.
                    assertTrue(element.eIsSet(attribute), written.get("id") + "." + attribute.getName() + " is set");
                    assertEquals(type.getELiterals().get(0).getInstance(), element.eGet(attribute));
                    defaulted++;
                } else {
                    assertFalse(element.eIsSet(attribute), written.get("id") + "." + attribute.getName() + " stays unset");
                }
            }
        }
        assertTrue(defaulted > 0, "the 0.1.0 file relied on defaults");
    }

    @Test
    void theFurniturePlanKeepsItsSwotClassificationsAndLinks() throws Exception {
        Path file = copy("furniture-retailer.mplan");
        Map<String, Map<String, String>> legacy = attributesById(file);
        MarketingPlan plan = PlanFiles.load(file);
        PlanResource resource = (PlanResource) plan.eResource();
        SwotItem range = (SwotItem) resource.getEObject("sw-s-range");
        assertNull(legacy.get("sw-s-range").get("category"), "0.1.0 left the first literal out");
        assertTrue(range.isSetCategory());
        assertEquals(SwotCategory.STRENGTH, range.getCategory());
        TowsStrategy pinterest = (TowsStrategy) resource.getEObject("tows-so-pinterest");
        assertTrue(pinterest.isSetCategory());
        assertEquals(TowsCategory.SO, pinterest.getCategory());
        // The inverse of the TOWS links, computed on the migrated model, matches the file's links.
        List<String> combining = new ArrayList<>();
        for (Map<String, String> element : legacy.values()) {
            if (List.of(element.getOrDefault("swotItems", "").split(" ")).contains("sw-s-range")) {
                combining.add(element.get("id"));
            }
        }
        assertEquals(Set.copyOf(combining), Set.copyOf(range.getStrategies().stream().map(TowsStrategy::getId).toList()));
        assertEquals(2, combining.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-retailer.mplan", "starter.mplan", "arabic-plan.mplan"})
    void costsBecomeBookingsAndAreCountedOnce(String name) throws Exception {
        Path file = copy(name);
        Map<String, Map<String, String>> legacy = attributesById(file);
        MarketingPlan plan = PlanFiles.load(file);
        int booked = 0;
        int once = 0;
        for (EObject element : elements(plan)) {
            Map<String, String> written = legacy.get(((PlanElement) element).getId());
            if (element instanceof MediaPlacement placement && written.containsKey("budget")) {
                assertEquals(Money.parse(written.get("budget")), placement.getBookedAmount(), written.get("id"));
                booked++;
            }
            if ((element instanceof Activity || element instanceof CalendarEntry) && written.containsKey("cost")) {
                Money cost = Money.parse(written.get("cost"));
                if (element instanceof AdvertisingEntry flight && flight.getPlacement() != null
                        && cost.isSameAmount(flight.getPlacement().getBookedAmount())) {
                    // 0.1.0 booked the placement's money a second time through the flight.
                    assertNull(flight.getBookedAmount(), written.get("id"));
                    assertEquals(cost, flight.getPlannedCost(), "the flight still shows what it costs");
                    once++;
                } else {
                    assertEquals(cost, ((org.tactician.model.BudgetBooking) element).getBookedAmount(), written.get("id"));
                    booked++;
                }
            }
        }
        if (name.equals("furniture-retailer.mplan")) {
            assertTrue(booked > 20 && once == 10, booked + " bookings, " + once + " flights counted once");
            BudgetLine pinterest = (BudgetLine) plan.eResource().getEObject("bl-media-pinterest");
            // 0.1.0 showed 144,000 booked on a 72,000 line: the two placements, then the two flights again.
            assertEquals(Money.of("72000.00", "EUR"), pinterest.getAllocated());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-retailer.mplan", "starter.mplan", "arabic-plan.mplan"})
    void forecastInputCostsAreDroppedWithANote(String name) throws Exception {
        Path file = copy(name);
        Map<String, Map<String, String>> legacy = attributesById(file);
        MarketingPlan plan = PlanFiles.load(file);
        BigDecimal dropped = BigDecimal.ZERO;
        int inputs = 0;
        for (EObject element : elements(plan)) {
            if (element instanceof ForecastInput input) {
                inputs++;
                String cost = legacy.get(input.getId()).get("cost");
                if (cost != null) {
                    dropped = dropped.add(Money.parse(cost).amount());
                }
            }
        }
        List<String> notes = ((PlanResource) plan.eResource()).migrationNotes();
        if (dropped.signum() > 0) {
            String total = dropped.toPlainString();
            assertTrue(notes.stream().anyMatch(note -> note.contains(total) && note.contains("forecast input")),
                    total + " in " + notes);
        } else {
            assertTrue(notes.stream().noneMatch(note -> note.contains("forecast input")), notes.toString());
        }
        assertEquals(legacy.values().stream().filter(a -> a.get(ELEMENT).equals("inputs")).count(), inputs,
                "every forecast input stays");
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-retailer.mplan", "starter.mplan", "arabic-plan.mplan"})
    void objectivesGetAScopeMeasureAndDirection(String name) throws Exception {
        Path file = copy(name);
        Map<String, Map<String, String>> legacy = attributesById(file);
        MarketingPlan plan = PlanFiles.load(file);
        int objectives = 0;
        for (EObject element : elements(plan)) {
            if (!(element instanceof SmartObjective objective)) {
                continue;
            }
            objectives++;
            Map<String, String> written = legacy.get(objective.getId());
            String channelId = written.get("channel");
            if (channelId == null) {
                assertEquals(ObjectiveScope.PLAN, objective.getScope(), objective.getId());
                assertTrue(objective.getChannels().isEmpty());
            } else {
                Channel channel = (Channel) plan.eResource().getEObject(channelId);
                String category = legacy.get(channelId).get("category");
                if ("WEBSITE".equals(category) || "MOBILE_APP".equals(category)) {
                    assertEquals(ObjectiveScope.ONLINE, objective.getScope(), objective.getId() + " measured on the store");
                    assertTrue(objective.getChannels().isEmpty());
                } else {
                    assertEquals(ObjectiveScope.CHANNELS, objective.getScope(), objective.getId());
                    assertEquals(List.of(channel), objective.getChannels());
                }
            }
            BigDecimal baseline = new BigDecimal(written.get("baseline"));
            BigDecimal target = new BigDecimal(written.get("target"));
            int order = target.compareTo(baseline);
            assertEquals(order > 0 ? Direction.INCREASE : order < 0 ? Direction.DECREASE : Direction.HOLD,
                    objective.getDirection(), objective.getId());
            if (written.getOrDefault("unit", "").contains("%")) {
                assertEquals(MeasureKind.RATE, objective.getMeasureKind(), objective.getId());
                assertFalse(objective.isSetForecastMeasure(), objective.getId() + ": a rate is no forecast sum");
            }
            if (objective.isSetForecastMeasure()) {
                assertEquals(MeasureKind.SUM, objective.getMeasureKind(), objective.getId() + " was compared as a sum");
            }
        }
        assertTrue(objectives >= 4, objectives + " objectives");
        if (name.equals("furniture-retailer.mplan")) {
            SmartObjective revenue = (SmartObjective) plan.eResource().getEObject("obj-convert-revenue");
            assertEquals(ForecastMeasure.REVENUE, revenue.getForecastMeasure(), "0.1.0 recognised 'revenue'");
            SmartObjective pinterest = (SmartObjective) plan.eResource().getEObject("obj-reach-pinterest");
            assertEquals(ObjectiveScope.CHANNELS, pinterest.getScope());
            assertEquals(ChannelCategory.PAID_SOCIAL, pinterest.getChannels().get(0).getCategory());
        }
        if (name.equals("arabic-plan.mplan")) {
            SmartObjective sessions = (SmartObjective) plan.eResource().getEObject("obj-reach-sessions");
            assertEquals(legacy.get("obj-reach-sessions").get("forecastMeasure"), sessions.getForecastMeasure().getName(),
                    "the Arabic plan named its measure explicitly");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"furniture-retailer.mplan", "starter.mplan", "arabic-plan.mplan"})
    void savingWritesTheCurrentFormatAndReloadsTheSamePlan(String name) throws Exception {
        Path file = copy(name);
        MarketingPlan migrated = PlanFiles.load(file);
        BigDecimal phased = phasedTotal(migrated);

        Path saved = folder.resolve("saved-" + name);
        PlanFiles.save(migrated, saved);
        String text = Files.readString(saved);
        assertTrue(text.contains(TacticianPackage.eNS_URI), "the current namespace");
        assertFalse(text.contains(LEGACY), "no trace of the old namespace");

        MarketingPlan reloaded = PlanFiles.load(saved);
        assertEquals(Optional.empty(), ((PlanResource) reloaded.eResource()).migratedFrom());
        assertTrue(EcoreUtil.equals(migrated, reloaded), "the saved plan is the migrated plan");
        assertEquals(0, phased.compareTo(phasedTotal(reloaded)), "the budget is unchanged");
        assertTrue(phased.signum() > 0);
    }

    private static BigDecimal phasedTotal(MarketingPlan plan) {
        BigDecimal total = BigDecimal.ZERO;
        for (EObject element : elements(plan)) {
            if (element instanceof MonthlyAmount month && month.getAmount() != null) {
                total = total.add(month.getAmount().amount());
            }
        }
        return total;
    }

    @Test
    void anUnknownAttributeOfALegacyPlanIsStillAnError() throws Exception {
        Path file = copy("starter.mplan");
        Files.writeString(file, Files.readString(file).replaceFirst("<channels ", "<channels colour=\"red\" "));
        PlanLoadException error = assertThrows(PlanLoadException.class, () -> PlanFiles.load(file));
        assertTrue(error.getMessage().contains("unknown attribute 'colour' in a channel"), error.getMessage());
    }

    @Test
    void aLegacyObjectiveOnAChannelThatDoesNotExistIsAnError() throws Exception {
        Path file = copy("starter.mplan");
        String text = Files.readString(file);
        String changed = text.replaceFirst("(<objectives [^>]*) channel=\"[^\"]*\"", "$1 channel=\"ch-nowhere\"");
        assertFalse(changed.equals(text), "the starter plan has an objective on a channel");
        Files.writeString(file, changed);
        PlanLoadException error = assertThrows(PlanLoadException.class, () -> PlanFiles.load(file));
        assertTrue(error.getMessage().contains("'ch-nowhere'"), error.getMessage());
        assertTrue(error.line() > 1, "names the line");
    }

    @Test
    void theOldAttributeNamesAreNotPartOfTheCurrentFormat() throws Exception {
        Path file = folder.resolve("current.mplan");
        PlanFiles.save(TestPlans.small("Casa Nova 2027"), file);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("<objectives ", "<objectives channel=\"ch-search\" "));
        PlanLoadException error = assertThrows(PlanLoadException.class, () -> PlanFiles.load(file));
        assertTrue(error.getMessage().contains("unknown attribute 'channel' in a SMART objective (did you mean 'channels'?)"),
                error.getMessage());
    }
}
