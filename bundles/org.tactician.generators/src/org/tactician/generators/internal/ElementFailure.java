package org.tactician.generators.internal;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.tactician.forecast.budget.BudgetRow;
import org.tactician.generators.GenerationCancelledException;
import org.tactician.model.PlanElement;
import org.tactician.model.PlanLabels;

/**
 * A generator's failure while it rendered one plan element, naming the element in the plan's
 * words ({@code budget line 'Paid search Q3' (id bl-q3)}), with the failure as its cause. The
 * exception itself carries the element up to the run, which reports file and element
 * ({@code GenerationFailedException}): nothing is remembered between elements, threads or runs.
 * The innermost element wins (a placement rather than its campaign).
 */
public final class ElementFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The longest name a message quotes (a name can be a pasted page). */
    private static final int NAME_LENGTH = 60;

    private final String element;

    private ElementFailure(String element, RuntimeException cause) {
        super(element + ": " + cause, cause, false, false);
        this.element = element;
    }

    /** The element in words, with its id. */
    public String element() {
        return element;
    }

    /**
     * Renders {@code element} with {@code work}: a failure in it names the element, unless it
     * already names an inner one, is a cancellation or an I/O failure (the disk, not the plan).
     *
     * @param element a plan element ({@link EObject}), a budget row (its line) or a calendar item
     */
    public static <T> T at(Object element, Supplier<T> work) {
        try {
            return work.get();
        } catch (ElementFailure | GenerationCancelledException | UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            String label = describe(element);
            if (label == null) {
                throw e;
            }
            throw new ElementFailure(label, e);
        }
    }

    /** {@link #at(Object, Supplier)} for work without a result. */
    public static void run(Object element, Runnable work) {
        at(element, () -> {
            work.run();
            return null;
        });
    }

    /** The {@code ElementFailure} in {@code failure}'s cause chain, or {@code null}. */
    public static ElementFailure in(Throwable failure) {
        for (Throwable each = failure; each != null; each = each.getCause() == each ? null : each.getCause()) {
            if (each instanceof ElementFailure found) {
                return found;
            }
        }
        return null;
    }

    /** The element in words, or {@code null} for something that is no plan element. */
    public static String describe(Object element) {
        if (element instanceof BudgetRow row) {
            return describe(row.line());
        }
        if (element instanceof org.tactician.generators.calendar.ScheduledItem item) {
            return "calendar entry '" + shortened(item.title()) + "' (id " + shortened(item.id()) + ")";
        }
        if (!(element instanceof EObject object)) {
            return null;
        }
        String id = null;
        String label;
        try {
            id = object instanceof PlanElement planElement ? planElement.getId() : null;
            label = PlanLabels.of(object);
        } catch (RuntimeException unreadable) {
            // the element that failed may fail again when asked its name: its kind and id still tell
            label = PlanLabels.type(object.eClass());
        }
        int quote = label.indexOf('\'');
        if (quote >= 0 && label.endsWith("'")) {
            label = label.substring(0, quote + 1) + shortened(label.substring(quote + 1, label.length() - 1)) + "'";
        }
        return id == null || id.isBlank() || label.contains("(id ") ? label : label + " (id " + shortened(id) + ")";
    }

    /** {@code text} on one line, at most {@link #NAME_LENGTH} characters (then an ellipsis). */
    private static String shortened(String text) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
        if (line.codePointCount(0, line.length()) <= NAME_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, NAME_LENGTH)).strip() + "…";
    }
}
