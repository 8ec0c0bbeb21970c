package org.tactician.ui.internal.forms;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.tactician.editing.FeatureText;
import org.tactician.editing.PlanCommands;
import org.tactician.model.TacticianPackage.Literals;
import org.tactician.ui.internal.Messages;

/**
 * A typed-in value: text, numbers, amounts, percentages, dates and months as {@link FeatureText}
 * reads them. What the user types is committed half a second after the last keystroke, on Enter
 * and when the field loses focus; successive commits make one undo step. Text that does not fit is
 * kept in the field and reported on it, and nothing is committed.
 */
class TextField extends FeatureField implements FormContext.PendingEdit {

    /** How long after the last keystroke typing is committed (and validated). */
    static final int COMMIT_DELAY_MS = 500;

    private final boolean prose;
    private final Runnable delayedCommit = this::commit;
    private Text text;
    private boolean updating;
    private boolean typed;
    private boolean reported;

    TextField(FormContext context, EAttribute attribute, boolean prose) {
        super(context, attribute);
        this.prose = prose;
    }

    @Override
    void create(Composite parent) {
        Composite row = parent;
        String suffix = feature.getEType() == Literals.PERCENTAGE ? "%" : null;
        if (suffix != null) {
            row = context.toolkit().createComposite(parent);
            GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        }
        int style = SWT.BORDER | (prose ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        text = context.toolkit().createText(row, "", style);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, prose ? 3 * text.getLineHeight() + 6 : SWT.DEFAULT)
                .applyTo(text);
        if (suffix != null) {
            Label unit = context.toolkit().createLabel(row, suffix);
            GridDataFactory.swtDefaults().applyTo(unit);
        }
        String example = FeatureText.example(feature, null);
        if (!example.isEmpty()) {
            text.setMessage(NLS.bind(Messages.forms_example, FeatureText.example(feature, context.currency())));
        }
        tag(text);
        text.addModifyListener(event -> {
            if (!updating) {
                typed = true;
                context.pending(this);
                text.getDisplay().timerExec(COMMIT_DELAY_MS, delayedCommit);
            }
        });
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent event) {
                commit();
            }
        });
        text.addListener(SWT.DefaultSelection, event -> commit());
        text.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE && typed) {
                event.doit = false;
                typed = false;
                context.settled(this);
                refresh();
            }
        });
        text.addDisposeListener(event -> {
            text.getDisplay().timerExec(-1, delayedCommit);
            context.settled(this);
        });
    }

    @Override
    Control control() {
        return text;
    }

    @Override
    void refresh() {
        if (text == null || text.isDisposed()) {
            return;
        }
        text.setEnabled(element != null);
        if (typed && element != null) {
            return; // the user's text wins until it is committed or dropped
        }
        String shown = element == null ? "" : FeatureText.format(feature, value());
        if (!shown.equals(text.getText())) {
            updating = true;
            try {
                text.setText(shown);
            } finally {
                updating = false;
            }
        }
        clearReport();
    }

    @Override
    void bind(EObject newElement) {
        if (typed && element != null && element != newElement) {
            commit();
        }
        typed = false;
        context.settled(this);
        super.bind(newElement);
    }

    /** Commits what was typed: parsed and set as a typing command, or reported when it does not fit. */
    @Override
    public void commit() {
        if (text == null || text.isDisposed()) {
            return;
        }
        text.getDisplay().timerExec(-1, delayedCommit);
        if (!typed || element == null) {
            return;
        }
        Object value;
        try {
            value = FeatureText.parse(feature, text.getText(), context.currency());
        } catch (IllegalArgumentException invalid) {
            context.messages().addMessage(this, NLS.bind(Messages.forms_invalid, FormLabels.of(feature), invalid.getMessage()), null,
                    IMessageProvider.ERROR, text);
            reported = true;
            return;
        }
        clearReport();
        typed = false;
        context.settled(this);
        if (!Objects.equals(value, element.eIsSet(feature) ? element.eGet(feature) : null)) {
            context.execute(PlanCommands.typing(context.domain(), element, feature, value));
        }
    }

    private void clearReport() {
        if (reported) {
            context.messages().removeMessage(this, text);
            reported = false;
        }
    }

    /** The text widget (for the date picker of a subclass). */
    Text text() {
        return text;
    }

    /** Types {@code value} as if the user did, then commits it. */
    void type(String value) {
        text.setText(value);
        commit();
    }
}
