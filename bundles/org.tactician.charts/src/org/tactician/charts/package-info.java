/**
 * Tactician's one chart engine, headless: the documents (HTML, PDF, Word), the budget workbook and
 * the workbench dashboard draw the same charts from the same figures.
 *
 * <ul>
 * <li>{@link org.tactician.charts.PlanCharts} makes {@link org.tactician.charts.PlanChart}s — plain
 * data: categories, series, labels in the plan's language — from the budget engine's
 * {@code BudgetMatrix}, the conversion forecast and the plan.</li>
 * <li>{@link org.tactician.charts.ChartRenderer} draws them with JFreeChart: SVG (JFreeSVG) for
 * HTML, PNG for Word, any {@code Graphics2D} for PDF vector graphics or an off-screen image.</li>
 * </ul>
 *
 * <p>For the workbench: draw with {@code ChartRenderer.image(chart, width, height, zoom)} and turn
 * the {@code BufferedImage} into SWT {@code ImageData} (its RGB pixels), or load
 * {@code ChartRenderer.png(...)} with SWT's {@code ImageLoader}; export as PNG or SVG with the same
 * calls. Charts use the bundled fonts ({@code org.tactician.fonts}), so text in any script the
 * fonts cover looks alike everywhere.
 */
package org.tactician.charts;
