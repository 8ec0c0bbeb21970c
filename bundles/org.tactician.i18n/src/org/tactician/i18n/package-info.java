/**
 * Tactician's words in the plan's language, for the generated documents, calendars and workbooks
 * and for the workbench: {@link org.tactician.i18n.PlanTerms} (headings, labels, column names,
 * the method's own terms, every enum literal; English, Portuguese, Russian, Vietnamese, Italian and
 * Arabic, English for anything else) and {@link org.tactician.i18n.PlanFormat} (numbers, money,
 * percentages, dates, months and plan quarters in the plan's locale, rounded by the one rounding
 * rule). Headless: it depends on the model and the forecast engine's {@code Rounding} only.
 */
package org.tactician.i18n;
