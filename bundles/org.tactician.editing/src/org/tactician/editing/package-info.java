/**
 * The plan editing session: the one API every editor, view and diagram of a plan plugs into.
 *
 * <ul>
 * <li>{@link org.tactician.editing.PlanEditingSessions} — one session per open plan file, shared
 * and counted by holders ({@code acquire} / {@code release}).</li>
 * <li>{@link org.tactician.editing.PlanEditingSession} — the plan's resource, the EMF editing
 * domain and its command stack (one undo history), the item providers, dirty state, save / save
 * as / revert through {@code PlanFiles}, change-on-disk detection, and the plan's validation
 * findings, re-validated incrementally after edits.</li>
 * <li>{@link org.tactician.editing.PlanCommands} — the labelled commands every change is made
 * with; {@link org.tactician.editing.MergeableCommand} — typing that undoes in one step.</li>
 * <li>{@link org.tactician.editing.Finding} / {@link org.tactician.editing.FindingsDelta} — what
 * validation found and what changed.</li>
 * <li>{@link org.tactician.editing.FeatureText} — values as users read and type them.</li>
 * </ul>
 *
 * Headless: no SWT, usable from tests and from a diagram server.
 */
package org.tactician.editing;
