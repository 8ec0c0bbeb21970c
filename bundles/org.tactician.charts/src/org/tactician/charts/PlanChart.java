package org.tactician.charts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart of plan figures, independent of how it is drawn: categories along the horizontal axis
 * (months, budget categories, RACE stages) and one or more series of values over them, every
 * label already in the plan's language. {@link PlanCharts} makes them from the engines' results;
 * {@link ChartRenderer} draws them (SVG, PNG, any {@code Graphics2D}); a workbook writer can map
 * them onto native spreadsheet charts.
 *
 * @param id a stable identifier ({@code budget-by-month}), usable in markup ids and file names
 * @param kind how the bars are arranged
 * @param title the chart's title
 * @param categories the labels of the horizontal axis, in reading order
 * @param series the values, each with one value per category (null: no value there)
 * @param values how values are written on the axis
 * @param rightToLeft whether the plan reads right to left (the axis is mirrored)
 */
public record PlanChart(String id, Kind kind, String title, List<String> categories, List<Series> series, Values values,
        boolean rightToLeft) {

    /** How the bar series are arranged; line and point series are drawn over them. */
    public enum Kind {
        /** Bars of several series stacked on each other (their totals per category). */
        STACKED_BARS,
        /** Bars of several series side by side. */
        BARS
    }

    /** How a series is marked. */
    public enum Mark {
        /** A bar per category. */
        BAR,
        /** A line through the categories' values. */
        LINE,
        /** A marker per value, without a line (targets). */
        POINTS
    }

    /**
     * One series of values.
     *
     * @param key a stable identifier within the chart ({@code revenue}, {@code MEDIA})
     * @param name the legend's words
     * @param mark how it is drawn
     * @param values one value per category; null where the series has none
     */
    public record Series(String key, String name, Mark mark, List<BigDecimal> values) {

        /** Copies the values (nulls allowed). */
        public Series {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mark, "mark");
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        /** The sum of the values (nulls count nothing). */
        public BigDecimal total() {
            BigDecimal total = BigDecimal.ZERO;
            for (BigDecimal value : values) {
                if (value != null) {
                    total = total.add(value);
                }
            }
            return total;
        }

        /** Whether every value is null or zero. */
        public boolean isEmpty() {
            return values.stream().allMatch(value -> value == null || value.signum() == 0);
        }
    }

    /**
     * How values are written on the value axis.
     *
     * @param locale the plan's locale
     * @param currency the ISO 4217 code of money values, or null for counts
     * @param axisLabel the value axis's label
     */
    public record Values(Locale locale, String currency, String axisLabel) {

        /** Checks the locale. */
        public Values {
            Objects.requireNonNull(locale, "locale");
            axisLabel = axisLabel == null ? "" : axisLabel;
        }
    }

    /** Copies the lists and checks every series has a value per category. */
    public PlanChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        title = title == null ? "" : title;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + one.key() + " has " + one.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    /** The series {@code key}, if the chart has it. */
    public Optional<Series> series(String key) {
        return series.stream().filter(one -> one.key().equals(key)).findFirst();
    }

    /** The total of the series {@code key}; zero when the chart has no such series. */
    public BigDecimal total(String key) {
        return series(key).map(Series::total).orElse(BigDecimal.ZERO);
    }

    /** The sum of every bar of category {@code index} (the height of a stacked bar). */
    public BigDecimal barTotal(int index) {
        BigDecimal total = BigDecimal.ZERO;
        for (Series one : series) {
            BigDecimal value = one.values().get(index);
            if (one.mark() == Mark.BAR && value != null) {
                total = total.add(value);
            }
        }
        return total;
    }

    /** Whether there is nothing to draw: no category, or every series empty. */
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(Series::isEmpty);
    }
}
