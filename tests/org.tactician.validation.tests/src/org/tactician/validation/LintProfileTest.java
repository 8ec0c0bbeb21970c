package org.tactician.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tactician.model.resource.PlanResource;

class LintProfileTest {

    @TempDir
    Path folder;

    @Test
    void theDefaultsKeepEveryRuleAtItsSeverity() {
        LintProfile defaults = LintProfile.defaults();

        for (Rule rule : RuleRegistry.all()) {
            assertEquals(rule.defaultSeverity(), defaults.severityOf(rule));
        }
        assertEquals(new BigDecimal("500"), defaults.setting(LintSetting.GROWTH_MAX_PERCENT));
        assertEquals(new BigDecimal("100"), defaults.setting(LintSetting.GROWTH_RATE_MAX_PERCENT));
        assertEquals(new BigDecimal("-100"), defaults.setting(LintSetting.GROWTH_MIN_PERCENT));
        assertEquals(new BigDecimal("100"), defaults.setting(LintSetting.FORECAST_MIN_REACH_PERCENT));
    }

    @Test
    void onlyWhatDiffersFromTheDefaultsIsWritten() throws IOException {
        LintProfile profile = LintProfile.defaults()
                .withSeverity(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, Severity.OFF)
                .withSeverity(RuleRegistry.NAMING_DUPLICATE, Severity.WARNING)
                .withSeverity(RuleRegistry.PLAN_PERIOD_MISSING, Severity.WARNING) // its default: not written
                .withSetting(LintSetting.GROWTH_MAX_PERCENT, new BigDecimal("800"));
        StringWriter text = new StringWriter();

        profile.write(text);

        assertEquals("""
                # Tactician lint profile (rule ids: RULES.md of org.tactician.validation)
                # <rule id> = off | info | warning | error
                naming.duplicate = warning
                smart.relevant.strategy-missing = off
                # setting.<name> = <number>
                setting.growth.max-percent = 800
                """, text.toString());
        assertEquals(profile, LintProfile.read(new StringReader(text.toString())));
    }

    @Test
    void readingSkipsWhatItDoesNotKnowAndSaysSo() throws IOException {
        LintProfile profile = LintProfile.read(new StringReader("""
                # comment
                naming.duplicate = INFO
                smart.made.up = off
                campaign.unlinked = loud
                setting.growth.max-percent = lots
                setting.colour = 3
                """));

        assertEquals(Severity.INFO, profile.severityOf(RuleRegistry.NAMING_DUPLICATE));
        assertEquals(Severity.WARNING, profile.severityOf(RuleRegistry.CAMPAIGN_UNLINKED));
        assertEquals(new BigDecimal("500"), profile.setting(LintSetting.GROWTH_MAX_PERCENT));
        assertEquals(List.of("'campaign.unlinked = loud': 'loud' is not off, info, warning or error",
                "'setting.colour': no such setting", "'setting.growth.max-percent = lots': not a number",
                "'smart.made.up': no such rule"), profile.problems());
    }

    @Test
    void aRuleSwitchedOffReportsNothing() {
        CleanPlan plan = new CleanPlan();
        plan.act.setStrategy(null);
        assertEquals(1, plan.findings(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING).size());

        plan.profile = LintProfile.defaults().withSeverity(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, Severity.OFF);

        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING));
        assertEquals(Diagnostic.OK, plan.validate().getSeverity());
    }

    @Test
    void aSeverityOverrideChangesTheFinding() {
        CleanPlan plan = new CleanPlan();
        plan.act.setStrategy(null);
        plan.profile = LintProfile.defaults().withSeverity(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, Severity.ERROR);

        PlanDiagnostic finding = plan.findings(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING).get(0);

        assertEquals(Diagnostic.ERROR, finding.getSeverity());
        assertEquals(Diagnostic.ERROR, plan.validate().getSeverity());
    }

    @Test
    void settingsWidenTheGrowthBand() {
        CleanPlan plan = new CleanPlan();
        plan.act.setTarget(new BigDecimal("16000")); // +700 %
        assertEquals(1, plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE).size());

        plan.profile = LintProfile.defaults().withSetting(LintSetting.GROWTH_MAX_PERCENT, new BigDecimal("700"));

        assertEquals(List.of(), plan.findings(RuleRegistry.SMART_ACHIEVABLE_GROWTH_IMPLAUSIBLE));
    }

    @Test
    void theProfileBesideThePlanFileIsUsed() throws IOException {
        CleanPlan plan = new CleanPlan();
        plan.act.setStrategy(null);
        URI planUri = URI.createFileURI(folder.resolve("acme.mplan").toString());
        Resource onDisk = new PlanResource(planUri);
        plan.resourceSet.getResources().add(onDisk);
        onDisk.getContents().add(plan.plan);
        onDisk.save(Map.of());
        LintProfile.defaults().withSeverity(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING, Severity.INFO)
                .save(planUri, URIConverter.INSTANCE);

        assertTrue(Files.exists(folder.resolve("acme.mplan.lint")));
        assertEquals(URI.createFileURI(folder.resolve("acme.mplan.lint").toString()), LintProfile.locationFor(planUri));
        List<PlanDiagnostic> findings = PlanValidation.findings(PlanValidation.validate(plan.plan));
        assertEquals(List.of(Diagnostic.INFO), findings.stream().map(Diagnostic::getSeverity).toList());
        assertEquals(Severity.INFO, LintProfile.load(folder.resolve("acme.mplan.lint"))
                .severityOf(RuleRegistry.SMART_RELEVANT_STRATEGY_MISSING));
    }

    @Test
    void withoutAFileTheDefaultsApply() throws IOException {
        assertEquals(LintProfile.defaults(), LintProfile.load(folder.resolve("none.mplan.lint")));
        LintProfile saved = LintProfile.defaults().withSetting(LintSetting.FORECAST_MIN_REACH_PERCENT, BigDecimal.TEN);
        saved.save(folder.resolve("x.mplan.lint"));
        assertEquals(saved, LintProfile.load(folder.resolve("x.mplan.lint")));
        assertNotEquals(LintProfile.defaults(), saved);
    }
}
