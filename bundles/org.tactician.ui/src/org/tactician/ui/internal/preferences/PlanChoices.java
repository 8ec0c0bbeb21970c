package org.tactician.ui.internal.preferences;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.tactician.generators.ArtifactFormat;
import org.tactician.ui.internal.Messages;

/**
 * The choices a new plan and a generation offer, as people read them: languages and currencies
 * by name (typed codes work too), and the output formats. Shared by the preference pages and the
 * wizards.
 */
public final class PlanChoices {

    /** Languages offered first; any other BCP 47 tag can be typed. */
    private static final List<String> LANGUAGES = List.of("en", "ar", "cs", "da", "de", "el", "es", "fa", "fi", "fr",
            "he", "hi", "hu", "id", "it", "ja", "ko", "nb", "nl", "pl", "pt", "pt-BR", "ro", "ru", "sv", "th", "tr",
            "uk", "vi", "zh");

    private static final Pattern CODE_IN_PARENTHESES = Pattern.compile("\\(([^()]+)\\)\\s*$");

    private PlanChoices() {
    }

    /** An editable combo of languages ("Italian (it)"), showing {@code tag}. */
    public static Combo languageCombo(Composite parent, String tag) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN);
        for (String language : LANGUAGES) {
            combo.add(languageLabel(language));
        }
        combo.setText(languageLabel(tag));
        combo.setVisibleItemCount(15);
        return combo;
    }

    /** An editable combo of currencies ("EUR — Euro"), showing {@code code}. */
    public static Combo currencyCombo(Composite parent, String code) {
        Combo combo = new Combo(parent, SWT.DROP_DOWN);
        List<Currency> currencies = new ArrayList<>(Currency.getAvailableCurrencies());
        currencies.sort(Comparator.comparing(Currency::getCurrencyCode));
        for (Currency currency : currencies) {
            combo.add(currencyLabel(currency.getCurrencyCode()));
        }
        combo.setText(currencyLabel(code));
        combo.setVisibleItemCount(15);
        return combo;
    }

    /** "Italian (it)", in the language of the workbench. */
    public static String languageLabel(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayName(Locale.getDefault());
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }

    /** "EUR — Euro". */
    public static String currencyLabel(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return NLS.bind(Messages.choices_currency, code, currency.getDisplayName(Locale.getDefault()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return code == null ? "" : code;
        }
    }

    /** The language tag the user chose or typed ("Italian (it)", "it", "pt-BR"); empty when it is no language tag. */
    public static Optional<String> language(String text) {
        String tag = text.strip();
        Matcher matcher = CODE_IN_PARENTHESES.matcher(tag);
        if (matcher.find()) {
            tag = matcher.group(1).strip();
        }
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The ISO 4217 code the user chose or typed ("EUR — Euro", "eur"); empty when it is no currency. */
    public static Optional<String> currency(String text) {
        // the code typed, or the code a label starts with ("EUR \u2014 Euro"); "Euro" is no code
        String typed = text.strip();
        int end = 0;
        while (end < typed.length() && Character.isLetter(typed.charAt(end))) {
            end++;
        }
        if (end != 3) {
            return Optional.empty();
        }
        String code = typed.substring(0, 3).toUpperCase(Locale.ROOT);
        try {
            return Optional.of(Currency.getInstance(code).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What a format gives, for a check box: "PDF — the plan document and the printable calendar". */
    public static String formatLabel(ArtifactFormat format) {
        return switch (format) {
            case PDF -> Messages.choices_formatPdf;
            case HTML -> Messages.choices_formatHtml;
            case DOCX -> Messages.choices_formatDocx;
            case XLSX -> Messages.choices_formatXlsx;
            case ICS -> Messages.choices_formatIcs;
            case CSV -> Messages.choices_formatCsv;
            case SVG -> Messages.choices_formatSvg;
        };
    }

    /** A format's short name ("Word (DOCX)"), where its description would not fit (the preferences). */
    public static String formatName(ArtifactFormat format) {
        return switch (format) {
            case PDF -> Messages.choices_formatPdfName;
            case HTML -> Messages.choices_formatHtmlName;
            case DOCX -> Messages.choices_formatDocxName;
            case XLSX -> Messages.choices_formatXlsxName;
            case ICS -> Messages.choices_formatIcsName;
            case CSV -> Messages.choices_formatCsvName;
            case SVG -> Messages.choices_formatSvgName;
        };
    }

    /** The formats in the order the pages list them: documents first, then data. */
    public static List<ArtifactFormat> formatsInOrder() {
        return List.of(ArtifactFormat.PDF, ArtifactFormat.HTML, ArtifactFormat.DOCX, ArtifactFormat.XLSX,
                ArtifactFormat.ICS, ArtifactFormat.CSV, ArtifactFormat.SVG);
    }
}
