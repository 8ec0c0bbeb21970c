package org.tactician.ui.internal.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.tactician.editing.PlanEditingSession;
import org.tactician.model.MarketingPlan;

/**
 * What the parts of one editor page share: the plan's editing session, the page's toolkit and
 * message manager (field decorations and the header's problem summary), and the editor's ways to
 * hear about selections and to reveal elements.
 */
public final class FormContext {

    private final PlanEditingSession session;
    private final FormToolkit toolkit;
    private final IMessageManager messages;
    private final Consumer<EObject> selection;
    private final BiConsumer<EObject, EStructuralFeature> reveal;
    private final Set<PendingEdit> pending = new LinkedHashSet<>();
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Runnable> findingRefreshers = new ArrayList<>();

    /** A field that holds text the user typed and has not committed yet. */
    public interface PendingEdit {
        /** Commits the typed text (or reports why it cannot). */
        void commit();
    }

    FormContext(PlanEditingSession session, FormToolkit toolkit, IMessageManager messages, Consumer<EObject> selection,
            BiConsumer<EObject, EStructuralFeature> reveal) {
        this.session = session;
        this.toolkit = toolkit;
        this.messages = messages;
        this.selection = selection;
        this.reveal = reveal;
    }

    /** Creates the context of a page. */
    public static FormContext of(PlanEditingSession session, FormToolkit toolkit, IMessageManager messages,
            Consumer<EObject> selection, BiConsumer<EObject, EStructuralFeature> reveal) {
        return new FormContext(session, toolkit, messages, selection, reveal);
    }

    /** The plan's editing session. */
    public PlanEditingSession session() {
        return session;
    }

    /** The plan (a new object after a reload). */
    public MarketingPlan plan() {
        return session.plan();
    }

    /** The editing domain. */
    public EditingDomain domain() {
        return session.editingDomain();
    }

    /** The plan currency, for amounts typed without one. */
    public String currency() {
        return plan().getCurrency();
    }

    /** The page's toolkit. */
    public FormToolkit toolkit() {
        return toolkit;
    }

    /** The page's message manager. */
    public IMessageManager messages() {
        return messages;
    }

    /** Executes {@code command} on the plan's command stack; false when it cannot run. */
    public boolean execute(Command command) {
        return session.execute(command);
    }

    /** Tells the editor that {@code element} is selected (Outline, Properties and the navigator follow). */
    public void selected(EObject element) {
        selection.accept(element);
    }

    /** Asks the editor to show {@code element} (on whatever page shows it), focusing {@code feature}. */
    public void reveal(EObject element, EStructuralFeature feature) {
        reveal.accept(element, feature);
    }

    /** Registers a field with uncommitted text. */
    public void pending(PendingEdit edit) {
        pending.add(edit);
    }

    /** Unregisters a field once its text is committed or dropped. */
    public void settled(PendingEdit edit) {
        pending.remove(edit);
    }

    /** Commits every field's uncommitted text: before undo, redo and save. */
    public void commitPending() {
        for (PendingEdit edit : new ArrayList<>(pending)) {
            edit.commit();
        }
    }

    /** Registers something to refresh after every change of the plan, for as long as {@code owner} lives. */
    public void onRefresh(Control owner, Runnable refresher) {
        refreshers.add(refresher);
        owner.addDisposeListener(event -> refreshers.remove(refresher));
    }

    /** Registers something to refresh when the findings change (decorations, row icons), for as long as {@code owner} lives. */
    public void onFindings(Control owner, Runnable refresher) {
        findingRefreshers.add(refresher);
        owner.addDisposeListener(event -> findingRefreshers.remove(refresher));
    }

    /** Shows the current findings again, without re-reading the plan's values. */
    public void refreshFindings() {
        for (Runnable refresher : new ArrayList<>(findingRefreshers)) {
            refresher.run();
        }
    }

    /** Refreshes every registered part from the plan. */
    public void refreshAll() {
        for (Runnable refresher : new ArrayList<>(refreshers)) {
            refresher.run();
        }
    }
}
