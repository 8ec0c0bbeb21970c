package org.tactician.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.tactician.model.MarketingPlan;
import org.tactician.model.Money;
import org.tactician.model.TacticianFactory;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanFiles;
import org.tactician.model.resource.PlanLoadException;

/**
 * New plans for a consultant to start from: empty, the starter plan or the full sample, made
 * theirs up front — named, in their language and currency, and moved to their planning period.
 * Headless; the new-plan wizard of the workbench and tests call it.
 *
 * <p>A sample is moved to the new period by whole months, every date and month of it alike, so
 * that what lay in a month, a quarter of the plan year or a campaign still does; when the move is
 * by whole years, the years named in its texts ("Spring sale 2027") move too. Its amounts keep
 * their figures and take the new currency, so the plan stays consistent (one currency throughout).
 */
public final class NewPlans {

    /** What a new plan starts from. */
    public enum Content {
        /** Nothing but the plan's facts: name, period, currency, language. */
        BLANK(null),
        /** The small starter plan: one objective per RACE stage, a few channels, a small budget. */
        STARTER(SamplePlans.STARTER),
        /** The full one-year sample with every section filled. */
        FULL_SAMPLE(SamplePlans.FURNITURE_RETAILER);

        private final SamplePlans sample;

        Content(SamplePlans sample) {
            this.sample = sample;
        }

        /** The sample it copies; empty for a blank plan. */
        public Optional<SamplePlans> sample() {
            return Optional.ofNullable(sample);
        }
    }

    /**
     * What the consultant chose for the new plan.
     *
     * @param name the plan's name
     * @param language the BCP 47 tag of the plan's language, e.g. {@code en} or {@code pt-BR}
     * @param currency the ISO 4217 code of its currency, e.g. {@code EUR}
     * @param start the first month of the plan
     * @param months how many months it lasts (a sample keeps its own length)
     * @param author who writes it; may be empty
     */
    public record Settings(String name, String language, String currency, YearMonth start, int months, String author) {

        /** Checks the settings. */
        public Settings {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(author, "author");
            Money.zero(currency); // an ISO 4217 code, or IllegalArgumentException
            if (months < 1 || months > 120) {
                throw new IllegalArgumentException("A plan lasts 1 to 120 months, not " + months);
            }
        }

        /** The plan's last day. */
        public LocalDate end() {
            return start.plusMonths(months - 1L).atEndOfMonth();
        }
    }

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

    private NewPlans() {
    }

    /**
     * A new plan, not in any resource yet (save it with {@code PlanFiles.save}).
     *
     * @throws PlanLoadException if a sample cannot be read (a packaging error)
     */
    public static MarketingPlan create(Content content, Settings settings) throws PlanLoadException {
        MarketingPlan plan;
        if (content.sample().isEmpty()) {
            plan = TacticianFactory.eINSTANCE.createMarketingPlan();
            plan.setStart(settings.start().atDay(1));
            plan.setEnd(settings.end());
        } else {
            SamplePlans sample = content.sample().get();
            plan = PlanFiles.load(URI.createURI(sample.url().toString()), sample.fileName(), PlanFiles.newResourceSet());
            plan.eResource().getContents().clear(); // the caller saves it where it belongs
            moveTo(plan, settings.start());
            changeCurrency(plan, settings.currency());
        }
        plan.setName(settings.name());
        plan.setLanguage(settings.language());
        plan.setCurrency(settings.currency());
        plan.setAuthor(settings.author().isBlank() ? null : settings.author());
        return plan;
    }

    /** How many months a plan made from {@code content} lasts when it does not follow the settings; empty if it does. */
    public static OptionalInt fixedLength(Content content) throws PlanLoadException {
        if (content.sample().isEmpty()) {
            return OptionalInt.empty();
        }
        SamplePlans sample = content.sample().get();
        MarketingPlan plan = PlanFiles.load(URI.createURI(sample.url().toString()), sample.fileName(),
                PlanFiles.newResourceSet());
        return OptionalInt.of((int) ChronoUnit.MONTHS.between(YearMonth.from(plan.getStart()),
                YearMonth.from(plan.getEnd())) + 1);
    }

    /**
     * Moves every date and month of {@code plan} by the whole months from its first month to
     * {@code start}; when that is a whole number of years, the years in its texts move as well.
     */
    static void moveTo(MarketingPlan plan, YearMonth start) {
        YearMonth from = YearMonth.from(plan.getStart());
        long months = ChronoUnit.MONTHS.between(from, start);
        if (months == 0) {
            return;
        }
        UnaryOperator<String> texts = months % 12 == 0 ? yearsMoved(plan, months / 12) : UnaryOperator.identity();
        for (EObject element : everything(plan)) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                if (!attribute.isChangeable() || attribute.isDerived() || attribute.isMany()
                        || !element.eIsSet(attribute)) {
                    continue;
                }
                Object value = element.eGet(attribute);
                if (value instanceof LocalDate date) {
                    element.eSet(attribute, date.plusMonths(months));
                } else if (value instanceof YearMonth month) {
                    element.eSet(attribute, month.plusMonths(months));
                } else if (value instanceof String text && isProse(attribute)) {
                    element.eSet(attribute, texts.apply(text));
                }
            }
        }
    }

    /** Gives every amount of {@code plan} the currency {@code currency}, keeping its figure. */
    static void changeCurrency(MarketingPlan plan, String currency) {
        for (EObject element : everything(plan)) {
            for (EAttribute attribute : element.eClass().getEAllAttributes()) {
                // The model has no lists of amounts.
                if (!attribute.isChangeable() || attribute.isDerived() || attribute.isMany()
                        || !element.eIsSet(attribute)) {
                    continue;
                }
                if (element.eGet(attribute) instanceof Money money && !money.currency().equals(currency)) {
                    element.eSet(attribute, new Money(money.amount(), currency));
                }
            }
        }
    }

    /** Replaces the years of the plan's dates named in a text (a year either side too) by the years {@code years} later. */
    private static UnaryOperator<String> yearsMoved(MarketingPlan plan, long years) {
        int first = plan.getStart().getYear() - 1;
        int last = (plan.getEnd() == null ? plan.getStart() : plan.getEnd()).getYear() + 1;
        return text -> {
            Matcher matcher = YEAR.matcher(text);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                int year = Integer.parseInt(matcher.group());
                String replacement = year >= first && year <= last ? Long.toString(year + years) : matcher.group();
                matcher.appendReplacement(out, replacement);
            }
            matcher.appendTail(out);
            return out.toString();
        };
    }

    /** Text a person wrote, as opposed to ids, addresses and codes. */
    private static boolean isProse(EAttribute attribute) {
        return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
                && attribute != TacticianPackage.Literals.PLAN_ELEMENT__ID
                && !"url".equals(attribute.getName()) && !"email".equals(attribute.getName())
                && !"currency".equals(attribute.getName()) && !"language".equals(attribute.getName());
    }

    private static List<EObject> everything(MarketingPlan plan) {
        List<EObject> all = new ArrayList<>();
        all.add(plan);
        for (TreeIterator<EObject> contents = plan.eAllContents(); contents.hasNext();) {
            all.add(contents.next());
        }
        return all;
    }
}
