package org.tactician.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.tactician.editing.internal.Messages;
import org.tactician.i18n.PlanTerms;
import org.tactician.model.MarketingPlan;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NamedElement;
import org.tactician.model.PlanLabels;
import org.tactician.model.Scheduled;
import org.tactician.model.SmartObjective;
import org.tactician.model.TacticianPackage;
import org.tactician.validation.QuickFix;

/**
 * The commands every editor and diagram of a plan changes it with, labelled in the plan's words
 * for the Edit menu ("Undo Set deadline of SMART objective 'Grow revenue'"). Execute them on the
 * session's command stack ({@link PlanEditingSession#execute}) so that one undo history spans
 * forms, properties, quick fixes and diagrams. Each returns an unexecutable command when the
 * change is not possible, never null.
 */
public final class PlanCommands {

    private PlanCommands() {
    }

    /**
     * Sets {@code feature} of {@code owner} to {@code value}; {@link SetCommand#UNSET_VALUE}
     * unsets it (an unsettable feature then reads "not set"), and so does null for an unsettable
     * or primitive feature. For a many-valued feature, the value is the new list.
     */
    public static Command set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        boolean clears = value == null || value == SetCommand.UNSET_VALUE;
        Object newValue = value == null && (feature.isUnsettable() || feature.getEType().getInstanceClass() != null
                && feature.getEType().getInstanceClass().isPrimitive()) ? SetCommand.UNSET_VALUE : value;
        return labelled(SetCommand.create(domain, owner, feature, newValue),
                NLS.bind(clears ? Messages.commands_clear : Messages.commands_set, PlanLabels.words(feature),
                        PlanLabels.of(owner)));
    }

    /** Unsets {@code feature} of {@code owner}: back to its default, "not set" for an unsettable feature. */
    public static Command unset(EditingDomain domain, EObject owner, EStructuralFeature feature) {
        return set(domain, owner, feature, SetCommand.UNSET_VALUE);
    }

    /**
     * {@link #set} for a field the user is typing in: successive typing commits of the same
     * feature of the same element make one undo step (see {@link MergeableCommand}).
     */
    public static Command typing(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        return new Typing(set(domain, owner, feature, value), new FieldKey(owner, feature));
    }

    /** Adds {@code value} to the many-valued {@code feature} of {@code owner} at {@code index} (-1: at the end). */
    public static Command add(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value, int index) {
        String what = value instanceof EObject object ? PlanLabels.of(object) : String.valueOf(value);
        return labelled(AddCommand.create(domain, owner, feature, value, index < 0 ? CommandParameter.NO_INDEX : index),
                NLS.bind(Messages.commands_add, new Object[] {what, PlanLabels.words(feature), PlanLabels.of(owner)}));
    }

    /** Removes {@code value} from the many-valued {@code feature} of {@code owner} (a link, not the element). */
    public static Command remove(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        String what = value instanceof EObject object ? PlanLabels.of(object) : String.valueOf(value);
        return labelled(RemoveCommand.create(domain, owner, feature, value),
                NLS.bind(Messages.commands_remove, new Object[] {what, PlanLabels.words(feature), PlanLabels.of(owner)}));
    }

    /**
     * Creates a new element of {@code type} at the end of {@code path}, a chain of containment
     * references from {@code start} (e.g. plan → opportunity → swot → items), at {@code index}
     * of the last list (-1: at the end). Sections missing on the way are created in the same
     * command. A new named element is called "New &lt;type&gt;" in the plan's language (its
     * {@code newName.<EClass>} term in {@code org.tactician.i18n}, English for a language Tactician
     * has no words for; numbered if that name is taken): the name is plan content, printed in the
     * plan's documents. The command's label ("Add SWOT item") stays in the workbench's language.
     * The command's result is the new element.
     */
    public static Command create(EditingDomain domain, EObject start, List<EReference> path, EClass type, int index) {
        if (path.isEmpty() || type.isAbstract() || !path.get(path.size() - 1).getEReferenceType().isSuperTypeOf(type)) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand steps = new CompoundCommand();
        EObject owner = start;
        for (EReference step : path.subList(0, path.size() - 1)) {
            if (!step.isContainment() || step.isMany()) {
                return UnexecutableCommand.INSTANCE;
            }
            EObject next = (EObject) owner.eGet(step);
            if (next == null) {
                next = EcoreUtil.create(step.getEReferenceType());
                steps.append(SetCommand.create(domain, owner, step, next));
            }
            owner = next;
        }
        EReference last = path.get(path.size() - 1);
        EObject created = EcoreUtil.create(type);
        if (created instanceof NamedElement named) {
            named.setName(freshName(newName(start, type), owner, last));
        }
        steps.append(last.isMany()
                ? AddCommand.create(domain, owner, last, created, index < 0 ? CommandParameter.NO_INDEX : index)
                : SetCommand.create(domain, owner, last, created));
        return new CommandWrapper(NLS.bind(Messages.commands_create, PlanLabels.type(type)), null, steps) {
            @Override
            public Collection<?> getResult() {
                return List.of(created);
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return List.of(created);
            }
        };
    }

    /** Deletes {@code elements} with everything they contain, and removes every link to them. */
    public static Command delete(EditingDomain domain, Collection<? extends EObject> elements) {
        if (elements.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        String label = elements.size() == 1 ? NLS.bind(Messages.commands_delete, PlanLabels.of(elements.iterator().next()))
                : NLS.bind(Messages.commands_deleteMany, elements.size());
        return labelled(DeleteCommand.create(domain, new ArrayList<>(elements)), label);
    }

    /** Moves {@code value} to {@code index} of the many-valued {@code feature} of {@code owner}. */
    public static Command move(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value, int index) {
        String what = value instanceof EObject object ? PlanLabels.of(object) : String.valueOf(value);
        return labelled(MoveCommand.create(domain, owner, feature, value, index), NLS.bind(Messages.commands_move, what));
    }

    /**
     * Moves {@code element} on the calendar by {@code days} (earlier when negative): the start and
     * end of a scheduled element (calendar entry, campaign, activity) together, or an objective's
     * deadline. Unexecutable when the element has no such date, or {@code days} is 0.
     */
    public static Command reschedule(EditingDomain domain, EObject element, long days) {
        List<EStructuralFeature> dates = new ArrayList<>();
        if (element instanceof Scheduled) {
            dates.add(TacticianPackage.Literals.SCHEDULED__START);
            dates.add(TacticianPackage.Literals.SCHEDULED__END);
        } else if (element instanceof SmartObjective) {
            dates.add(TacticianPackage.Literals.SMART_OBJECTIVE__DEADLINE);
        } else if (element instanceof MonthlyObjective) {
            dates.add(TacticianPackage.Literals.MONTHLY_OBJECTIVE__DEADLINE);
        }
        CompoundCommand steps = new CompoundCommand();
        LocalDate first = null;
        for (EStructuralFeature feature : dates) {
            if (element.eGet(feature) instanceof LocalDate date) {
                first = first == null ? date.plusDays(days) : first;
                steps.append(SetCommand.create(domain, element, feature, date.plusDays(days)));
            }
        }
        if (days == 0 || first == null) {
            return UnexecutableCommand.INSTANCE;
        }
        return labelled(steps, NLS.bind(Messages.commands_reschedule, PlanLabels.of(element), first));
    }

    /** Applies a rule's quick fix, labelled with what it does (in English). */
    public static Command quickFix(EditingDomain domain, QuickFix fix) {
        return quickFix(domain, fix, fix.label());
    }

    /** Applies a rule's quick fix, labelled {@code label} (what it does, in the user's language). */
    public static Command quickFix(EditingDomain domain, QuickFix fix, String label) {
        Object value = fix.value() == null && fix.feature().isUnsettable() ? SetCommand.UNSET_VALUE : fix.value();
        return labelled(SetCommand.create(domain, fix.object(), fix.feature(), value), label);
    }

    private static Command labelled(Command command, String label) {
        if (!command.canExecute()) {
            return command;
        }
        return new CommandWrapper(label, null, command);
    }

    /** What a new element of {@code type} is called in the language of the plan {@code start} is in. */
    private static String newName(EObject start, EClass type) {
        MarketingPlan plan = EcoreUtil.getRootContainer(start) instanceof MarketingPlan root ? root : null;
        return PlanTerms.of(plan).text("newName." + type.getName());
    }

    /** {@code base} unless a sibling in {@code list} of {@code owner} is called so; then "base 2", "base 3"... */
    private static String freshName(String base, EObject owner, EReference list) {
        Set<String> taken = new HashSet<>();
        if (list.isMany()) {
            for (Object sibling : (List<?>) owner.eGet(list)) {
                if (sibling instanceof NamedElement named && named.getName() != null) {
                    taken.add(named.getName());
                }
            }
        }
        String name = base;
        for (int n = 2; taken.contains(name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    /** The element and feature a field edits. */
    private record FieldKey(EObject owner, EStructuralFeature feature) {
    }

    /** A typing commit: a set that continues the previous one of the same field. */
    private static final class Typing extends CommandWrapper implements MergeableCommand {
        private final Object key;

        Typing(Command command, Object key) {
            super(command.getLabel(), command.getDescription(), command);
            this.key = key;
        }

        @Override
        public Object mergeKey() {
            return key;
        }
    }
}
