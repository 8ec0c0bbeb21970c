package org.tactician.ui.internal.preferences;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.tactician.ui.internal.Messages;
import org.tactician.validation.LintProfile;
import org.tactician.validation.LintSetting;
import org.tactician.validation.Rule;
import org.tactician.validation.RuleRegistry;
import org.tactician.validation.Severity;

/**
 * Window → Preferences → Tactician → Lint Profile: the default lint profile, which every new plan
 * gets beside it as {@code <plan>.mplan.lint} — a severity per rule (or off) and the settings
 * that tune rules. Rules at their default severity are not written.
 */
public final class LintProfilePreferencePage extends CheckedPreferencePage {

    private static final Severity[] SEVERITIES = Severity.values();

    private LintProfile profile;
    private TableViewer rules;
    private final Map<LintSetting, Text> settings = new EnumMap<>(LintSetting.class);

    /** The page as the Preferences dialog makes it. */
    public LintProfilePreferencePage() {
        super(Messages.lintPreferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        super.init(workbench);
        profile = TacticianPreferences.lintProfile();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(page);

        Composite tableArea = new Composite(page, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 300).applyTo(tableArea);
        TableColumnLayout columns = new TableColumnLayout();
        tableArea.setLayout(columns);
        rules = new TableViewer(tableArea, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        rules.getTable().setHeaderVisible(true);
        rules.getTable().setLinesVisible(true);
        rules.setContentProvider(ArrayContentProvider.getInstance());

        column(columns, Messages.lintPreferences_rule, 46, rule -> rule.id(), null);
        column(columns, Messages.lintPreferences_category, 22, rule -> rule.category().label(), null);
        column(columns, Messages.lintPreferences_default, 14, rule -> severityLabel(rule.defaultSeverity()), null);
        column(columns, Messages.lintPreferences_newPlans, 18, rule -> severityLabel(profile.severityOf(rule)),
                new SeverityEditing());
        rules.setInput(RuleRegistry.all());

        Group tuning = new Group(page, SWT.NONE);
        tuning.setText(Messages.lintPreferences_settings);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(tuning);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(tuning);
        for (LintSetting setting : LintSetting.values()) {
            Label label = new Label(tuning, SWT.NONE);
            label.setText(setting.key());
            Text value = new Text(tuning, SWT.BORDER | SWT.RIGHT);
            GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(value);
            value.addModifyListener(event -> check());
            Label defaults = new Label(tuning, SWT.NONE);
            defaults.setText(NLS.bind(Messages.lintPreferences_settingDefault, setting.defaultValue().toPlainString()));
            settings.put(setting, value);
        }
        showSettings();
        return page;
    }

    private void column(TableColumnLayout layout, String title, int weight,
            Function<Rule, String> text, EditingSupport editing) {
        TableViewerColumn column = new TableViewerColumn(rules, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Rule) element);
            }

            @Override
            public Font getFont(Object element) {
                // What differs from the default stands out.
                Rule rule = (Rule) element;
                return editing != null && profile.severityOf(rule) != rule.defaultSeverity()
                        ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }
        });
        if (editing != null) {
            column.setEditingSupport(editing);
        }
    }

    /** "Off", "Information", "Warning", "Error". */
    static String severityLabel(Severity severity) {
        return switch (severity) {
            case OFF -> Messages.lintPreferences_off;
            case INFO -> Messages.lintPreferences_info;
            case WARNING -> Messages.lintPreferences_warning;
            case ERROR -> Messages.lintPreferences_error;
        };
    }

    /** The severity of a rule for new plans, chosen in its cell. */
    private final class SeverityEditing extends EditingSupport {

        SeverityEditing() {
            super(rules);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(rules.getTable(),
                    Arrays.stream(SEVERITIES).map(LintProfilePreferencePage::severityLabel).toArray(String[]::new),
                    SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return profile.severityOf((Rule) element).ordinal();
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value instanceof Integer index && index >= 0 && index < SEVERITIES.length) {
                setSeverity((Rule) element, SEVERITIES[index]);
            }
        }
    }

    /** Sets the severity new plans give {@code rule}. */
    void setSeverity(Rule rule, Severity severity) {
        profile = profile.withSeverity(rule, severity);
        rules.update(rule, null);
    }

    private void showSettings() {
        settings.forEach((setting, text) -> text.setText(profile.setting(setting).toPlainString()));
        check();
    }

    @Override
    String problem() {
        for (Map.Entry<LintSetting, Text> entry : settings.entrySet()) {
            try {
                new BigDecimal(entry.getValue().getText().strip());
            } catch (NumberFormatException e) {
                return NLS.bind(Messages.lintPreferences_badNumber, entry.getKey().key());
            }
        }
        return null;
    }

    @Override
    void showDefaults() {
        profile = LintProfile.defaults();
        rules.refresh();
        showSettings();
    }

    @Override
    void store() {
        for (Map.Entry<LintSetting, Text> entry : settings.entrySet()) {
            profile = profile.withSetting(entry.getKey(), new BigDecimal(entry.getValue().getText().strip()));
        }
        TacticianPreferences.setLintProfile(profile);
    }

    /** The profile as edited so far (for tests). */
    LintProfile profile() {
        return profile;
    }
}
