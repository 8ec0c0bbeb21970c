/**
 * The marketing plan metamodel (plan format 2.0, namespace {@code http://tactician.org/plan/2.0}):
 * the interfaces generated from {@code model/tactician.ecore} and the hand-written helpers beside
 * them. What editors, forms and diagrams build on:
 *
 * <h2>"Not set" classifications</h2>
 * Every classification enum (SWOT list, TOWS cell, canvas block, budget category and cost type,
 * media type, segment layer, content format, quarter, phase, workstream, trigger...) is an
 * <em>unsettable</em> feature without a default: a new element is unclassified ({@code isSetX()}
 * is false, {@code getX()} returns the first literal only as EMF's placeholder — never read it
 * without {@code isSetX()}), and {@code unsetX()} returns it to "not set". The item providers of
 * {@code org.tactician.model.edit} show "not set" and offer it as the first choice of the property
 * descriptor; choosing it unsets the feature (undoably). Statuses ({@link ObjectiveStatus},
 * {@link ActivityStatus}) and {@link PurchaseMode} keep their defaults: "planned", "none" are real
 * answers. Validation reports unclassified elements ({@code plan.classification.missing}).
 *
 * <h2>Money is booked once</h2>
 * {@link BudgetLine}s (their amount and monthly phasing) are the one source of planned spend.
 * {@link Activity}, {@link CalendarEntry}, {@link MediaPlacement} and {@link MarTechTool} are
 * {@link BudgetBooking}s: they reference a line and may book a share of it
 * ({@link BudgetBooking#getBookedAmount()}); a calendar entry that executes a media placement
 * ({@link CalendarEntry#getPlacement()}) books nothing itself. {@link Campaign#getBudget()} is the
 * approved campaign budget, checked against {@link Campaign#getPlannedSpend()}; {@link PlanMoney}
 * holds the arithmetic the engines share.
 *
 * <h2>Derived and inverse features (diagram-ready)</h2>
 * All derived features are computed from the stored ones — through {@link PlanCrossReferences},
 * the plan's cross-reference adapter, for the inverse ones — and all of them <b>notify</b> (see
 * {@link PlanCrossReferences} for the notifications sent), so an open view listening to the
 * element that owns a derived feature never goes stale. Call {@code PlanCrossReferences.of(plan)}
 * once when a view or editing session opens (it installs the adapter on the plan's resource).
 * <ul>
 * <li><b>TOWS matrix, per cell</b>: {@link SwotAnalysis#getStrengths()},
 * {@link SwotAnalysis#getWeaknesses()}, {@link SwotAnalysis#getOpportunities()},
 * {@link SwotAnalysis#getThreats()} (the SWOT lists) and {@link SwotAnalysis#getSoStrategies()},
 * {@link SwotAnalysis#getWoStrategies()}, {@link SwotAnalysis#getStStrategies()},
 * {@link SwotAnalysis#getWtStrategies()} (the four strategy cells), or by literal
 * {@link SwotAnalysis#itemsIn(SwotCategory)} and {@link SwotAnalysis#strategiesIn(TowsCategory)};
 * unclassified items and strategies are in none of them. The edges of the matrix:
 * {@link TowsStrategy#getSwotItems()} and its inverse {@link SwotItem#getStrategies()}, and
 * {@link TowsStrategy#getObjectives()} (objectives implementing the strategy). The lists are in
 * plan order and unmodifiable: change {@link SwotAnalysis#getItems()},
 * {@link SwotAnalysis#getStrategies()} or the element's category.</li>
 * <li><b>Business Model Canvas, per block</b>: {@link BusinessModelCanvas#getKeyPartners()},
 * {@code getKeyActivities()}, {@code getKeyResources()}, {@code getValuePropositions()},
 * {@code getCustomerRelationships()}, {@code getChannels()}, {@code getCustomerSegments()},
 * {@code getCostStructure()}, {@code getRevenueStreams()}, or
 * {@link BusinessModelCanvas#itemsIn(CanvasBlock)}.</li>
 * <li><b>Calendars</b>: {@link Calendar#getAllEntries()}, one polymorphic list of a calendar's
 * entries whatever its kind, and {@link OperationsSection#getCalendars()}, the section's calendars
 * in a fixed order.</li>
 * <li><b>Inverses</b>: {@link SmartObjective#getActivities()}, {@link SmartObjective#getCampaigns()},
 * {@link SmartObjective#getCalendarEntries()}, {@link SmartObjective#getQuarterlyObjectives()};
 * {@link Campaign#getEditorialPlan()}, {@link Campaign#getCalendarEntries()},
 * {@link Campaign#getActivities()}; {@link QuarterlyObjective#getMonthlyObjectives()};
 * {@link BudgetLine#getBookings()}; {@link MediaPlacement#getCalendarEntries()};
 * {@link Segment#getSubsegments()}; {@link Persona#getTouchpoints()};
 * {@link Touchpoint#getIncoming()} and {@link Touchpoint#getOutgoing()} (the journey's flows).</li>
 * <li><b>Derived values</b>: {@link BudgetLine#getAllocated()} (what its bookings book),
 * {@link BudgetLine#getPhasedTotal()}, {@link Campaign#getPlannedSpend()},
 * {@link CalendarEntry#getPlannedCost()}, {@link Channel#isOnline()} (counts in the online total:
 * every channel but physical stores and events, see {@link Channels}).</li>
 * </ul>
 *
 * <h2>Objectives</h2>
 * A {@link SmartObjective} says where it is measured ({@link SmartObjective#getScope()}: the whole
 * plan, the online total, or the listed {@link SmartObjective#getChannels() channels} or
 * {@link SmartObjective#getSegments() segments}), how its figure is read
 * ({@link SmartObjective#getMeasureKind()}: a sum over the period, a level at the deadline, a rate)
 * and which way it should move ({@link SmartObjective#getDirection()}); the forecast checks use
 * these, never the language of the metric's name. {@link PlanLabels} words them for people.
 *
 * <h2>Older files</h2>
 * Plans written by Tactician 0.1.0 ({@code http://tactician.org/plan/1.0}) load through
 * {@link org.tactician.model.resource.PlanResource}, migrated in memory to this format
 * ({@link org.tactician.model.resource.PlanResource#migratedFrom()},
 * {@link org.tactician.model.resource.PlanResource#migrationNotes()}); the file is rewritten in
 * the current format only when the user saves.
 */
package org.tactician.model;
