package org.tactician.samples.generator;

import static org.tactician.model.MeasureKind.LEVEL;
import static org.tactician.model.MeasureKind.RATE;
import static org.tactician.model.MeasureKind.SUM;
import static org.tactician.model.RaceStage.ACT;
import static org.tactician.model.RaceStage.CONVERT;
import static org.tactician.model.RaceStage.ENGAGE;
import static org.tactician.model.RaceStage.PLAN;
import static org.tactician.model.RaceStage.REACH;

import org.tactician.model.ActionSection;
import org.tactician.model.AlwaysOnPlan;
import org.tactician.model.AutomationEntry;
import org.tactician.model.AutomationPlan;
import org.tactician.model.AutomationTrigger;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.ChannelCategory;
import org.tactician.model.ContentFormat;
import org.tactician.model.CostType;
import org.tactician.model.CustomerJourney;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.KeyIssue;
import org.tactician.model.MediaType;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PerformanceReview;
import org.tactician.model.PurchaseMode;
import org.tactician.model.RaceStage;
import org.tactician.model.SegmentLayer;
import org.tactician.model.StrategySection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;
import org.tactician.model.ValueProposition;

/**
 * A small plan a new user can grow: a maker's online ceramics shop with one objective per RACE
 * stage, four channels, a small budget, one editorial calendar and a short customer journey.
 */
final class StarterPlan extends SampleBuilder {

    StarterPlan() {
        super(2027, "EUR");
    }

    @Override
    String fileName() {
        return "starter.mplan";
    }

    @Override
    void build() {
        id(plan, "plan");
        plan.setName("Little Kiln Ceramics — starter marketing plan 2027");
        plan.setDescription("A starter plan to grow section by section: one SMART objective per RACE stage, "
                + "four channels, a small budget and an editorial calendar. Add a market review, KPIs, "
                + "campaigns and the other calendars as the shop grows.");
        plan.setBrand("Little Kiln Ceramics");
        plan.setStart(date(1, 1));
        plan.setEnd(date(12, 31));
        plan.setCurrency(currency);
        plan.setLanguage("en");
        plan.setAuthor("Hanna Vogel");

        member("tm-hanna", "Hanna Vogel", "Founder and maker", "hanna@littlekiln.example",
                "Makes every piece, owns the plan and the shop.");
        member("tm-ben", "Ben Ortiz", "Marketing assistant (10 hours a week)", "ben@littlekiln.example",
                "Posts, newsletter and the monthly numbers.");
        plan.setOwner(get("tm-hanna"));

        channel("ch-shop", "Online shop", ChannelCategory.WEBSITE, MediaType.OWNED, "https://www.littlekiln.example",
                "The shop on a hosted e-commerce platform; the only place to buy online.");
        channel("ch-instagram", "Instagram", ChannelCategory.ORGANIC_SOCIAL, MediaType.OWNED, null,
                "Studio life, new glazes and the occasional boosted post.");
        channel("ch-newsletter", "Newsletter", ChannelCategory.EMAIL, MediaType.OWNED, null,
                "Monthly letter to about 800 subscribers.");
        channel("ch-markets", "Craft markets", ChannelCategory.EVENTS, MediaType.OWNED, null,
                "Our own stand at the city's Christmas craft market.");

        opportunity();
        strategy();
        action();
        operations();
        journey();
    }

    private void opportunity() {
        OpportunitySection opportunity = id(F.createOpportunitySection(), "opportunity");
        plan.setOpportunity(opportunity);

        PerformanceReview review = named(F.createPerformanceReview(), "review-2026", "Year 2026 in brief",
                "First full year of the online shop; most sales came in November and December.");
        review.setStart(java.time.LocalDate.of(2026, 1, 1));
        review.setEnd(java.time.LocalDate.of(2026, 12, 31));
        review.setSalesTarget(money(40000));
        review.setSales(money(38000));
        review.setNewCustomers(520);
        review.setMissedOpportunities("Sold out of mugs three weeks before Christmas; no newsletter sign-up "
                + "on the shop until October.");
        opportunity.setPerformanceReview(review);

        SwotAnalysis swot = id(F.createSwotAnalysis(), "swot");
        opportunity.setSwot(swot);
        swot.getItems().add(swot("sw-s-glazes", SwotCategory.STRENGTH, 5, "Hand-thrown pieces with recognisable glazes",
                "Customers tag the shop in photos of our speckled blue glaze."));
        swot.getItems().add(swot("sw-w-capacity", SwotCategory.WEAKNESS, 4, "One maker: small batches sell out",
                "About 120 pieces a month leave the kiln."));
        swot.getItems().add(swot("sw-o-gifting", SwotCategory.OPPORTUNITY, 4, "Gift buyers look for handmade, local pieces",
                "Searches for handmade mugs and bowls peak before Mother's Day and Christmas."));
        swot.getItems().add(swot("sw-t-lookalikes", SwotCategory.THREAT, 3, "Mass-produced 'handmade look' ceramics",
                "Chain stores sell look-alike mugs at a third of our price."));
        swot.getStrategies().add(tows("tows-so-gifts", TowsCategory.SO, 5, "Gift guides that show the maker at work",
                "Use the recognisable glazes (S) to win gift buyers who want handmade (O): two gift guides a year "
                        + "and studio videos.",
                "sw-s-glazes", "sw-o-gifting"));
        KeyIssue issue = named(F.createKeyIssue(), "ki-found-by-gift-buyers", "Be found by gift buyers early",
                "Gift buyers must find and trust the shop before the two gifting peaks, while stock is limited.");
        issue.setPriority(5);
        issue.getSwotItems().addAll(all("sw-o-gifting", "sw-w-capacity"));
        issue.getStrategies().add(get("tows-so-gifts"));
        swot.getKeyIssues().add(issue);

        opportunity.getObjectives().add(objective("obj-plan-sources", PLAN, "Know where orders come from",
                "Share of orders with a known source (UTM tag or checkout question)", RATE, "45", "90", "%",
                date(3, 31), "tm-ben", "online", "tows-so-gifts",
                "Tag every Instagram and newsletter link; ask 'How did you find us?' at checkout."));
        opportunity.getObjectives().add(objective("obj-reach-instagram", REACH, "More visits from Instagram",
                "Shop sessions from Instagram", SUM, "9000", "15000", "sessions", date(12, 31), "tm-ben",
                "ch-instagram", "tows-so-gifts", "Three posts a week and a few boosted gift posts."));
        opportunity.getObjectives().add(objective("obj-act-subscribers", ACT, "Grow the newsletter",
                "Newsletter subscribers", LEVEL, "800", "1500", "subscribers", date(12, 31), "tm-ben", "ch-newsletter",
                "tows-so-gifts", "A glaze-care guide as a sign-up gift."));
        opportunity.getObjectives().add(objective("obj-convert-revenue", CONVERT, "Grow online sales",
                "Online shop revenue", SUM, "38000", "46000", "EUR", date(12, 31), "tm-hanna", "online",
                "tows-so-gifts", "Plan stock for the gifting peaks so nothing sells out early."));
        opportunity.getObjectives().add(objective("obj-engage-returning", ENGAGE, "Bring buyers back",
                "Share of orders from returning customers", RATE, "18", "25", "%", date(12, 31), "tm-hanna",
                "plan", "tows-so-gifts", "Thank-you cards and first access to new batches."));
    }

    private void strategy() {
        StrategySection strategy = id(F.createStrategySection(), "strategy");
        plan.setStrategy(strategy);
        ValueProposition proposition = id(F.createValueProposition(), "value-proposition");
        proposition.setElevatorPitch("Hand-thrown stoneware from a small Leipzig studio, made in batches of twelve.");
        proposition.setDigitalValueProposition("See each piece being made, reserve the next batch, and get a "
                + "gift note written by the maker.");
        proposition.setBrandIdentity("Warm, handmade, a little imperfect on purpose.");
        proposition.setToneOfVoice("Friendly and first person: the maker talks.");
        strategy.setValueProposition(proposition);
        strategy.getSegments().add(segment("seg-gift-buyers", SegmentLayer.INTENT, "Gift buyers for handmade pieces",
                "Visit gift pages or order gift wrap", "Mugs and bowl sets", 40000, 5, null,
                "The main audience before Mother's Day and Christmas.", "ch-instagram", "ch-newsletter"));
        strategy.getPersonas().add(persona("per-clara", "Clara, the thoughtful gift giver",
                "Buys four to six gifts a year and wants each one to have a story.",
                "34, teacher, lives in a city flat, follows makers on Instagram.",
                "A personal gift that arrives on time.", "Sold-out pieces; unclear delivery dates.",
                new String[] {"seg-gift-buyers"}, "ch-instagram", "ch-newsletter"));
    }

    private void action() {
        ActionSection action = id(F.createActionSection(), "action");
        plan.setAction(action);
        Budget budget = id(F.createBudget(), "budget");
        action.setBudget(budget);
        budget.getLines().add(budgetLine("bl-shop-refresh", BudgetCategory.SITE_MARTECH, CostType.ONE_SHOT,
                "Shop theme and product photos", "Freelance photographer", "ch-shop",
                "New theme with a gift-note option; photos of the spring collection.",
                inMonths(new long[] {600, 300}, 1, 2)));
        budget.getLines().add(budgetLine("bl-instagram-boosts", BudgetCategory.MEDIA, CostType.RECURRING,
                "Boosted Instagram posts", "Instagram", "ch-instagram",
                "Small boosts of the gift posts only.",
                inMonths(new long[] {100, 100, 100, 200, 300, 200}, 3, 4, 5, 10, 11, 12)));
        budget.getLines().add(budgetLine("bl-newsletter-tool", BudgetCategory.SITE_MARTECH, CostType.RECURRING,
                "Newsletter tool", "Email service provider", "ch-newsletter",
                "Paid plan up to 2,500 contacts.", monthly(15)));
        budget.getLines().add(budgetLine("bl-craft-market", BudgetCategory.PR_EVENTS, CostType.ONE_SHOT,
                "Christmas craft market stand", "City craft market", "ch-markets",
                "Two weekends in December: sell in person and collect sign-ups.",
                inMonths(new long[] {250}, 12)));
        // What the shop can spend on marketing this year, and roughly where.
        approved(budget, 2_500, BudgetCategory.MEDIA, 1_000, BudgetCategory.SITE_MARTECH, 1_100,
                BudgetCategory.PR_EVENTS, 300);

        AlwaysOnPlan alwaysOn = id(F.createAlwaysOnPlan(), "always-on");
        action.setAlwaysOnPlan(alwaysOn);
        alwaysOn.getActivities().add(alwaysOn("ao-monthly-numbers", PLAN, "Monthly numbers check", "tm-ben", "ch-shop",
                null, null, 3, ALL_QUARTERS, "Sessions, orders by source, subscribers: one page on the first Monday.",
                "obj-plan-sources"));
        alwaysOn.getActivities().add(alwaysOn("ao-instagram-posts", REACH, "Three Instagram posts a week", "tm-ben",
                "ch-instagram", "bl-instagram-boosts", null, 5, ALL_QUARTERS,
                "Studio process on Mondays, a finished piece on Wednesdays, a customer photo on Fridays.",
                "obj-reach-instagram"));
        alwaysOn.getActivities().add(alwaysOn("ao-signup-gift", ACT, "Glaze-care guide as a sign-up gift", "tm-hanna",
                "ch-shop", null, null, 3, ALL_QUARTERS, "Sign-up box on every product page.", "obj-act-subscribers"));
        alwaysOn.getActivities().add(alwaysOn("ao-product-pages", CONVERT, "Clear product pages", "tm-hanna", "ch-shop",
                "bl-shop-refresh", null, 5, ALL_QUARTERS,
                "Size in the hand, dishwasher note, delivery date and the next batch date.", "obj-convert-revenue"));
        alwaysOn.getActivities().add(alwaysOn("ao-thank-you", ENGAGE, "Thank-you card and care email", "tm-hanna",
                "ch-newsletter", "bl-newsletter-tool", null, 3, ALL_QUARTERS,
                "A handwritten card in the parcel; a care email a week later with first access to the next batch.",
                "obj-engage-returning"));
    }

    private void operations() {
        OperationsSection operations = id(F.createOperationsSection(), "operations");
        plan.setOperations(operations);
        EditorialCalendar calendar = named(F.createEditorialCalendar(), "editorial-calendar", "Editorial calendar",
                "Posts, newsletters and blog articles of the year.");
        operations.setEditorialCalendar(calendar);
        calendar.getEntries().add(editorial("ed-studio-tour", date(1, 14), "Studio tour Reel", ContentFormat.VIDEO,
                "ch-instagram", "Instagram", REACH, "obj-reach-instagram", "ao-instagram-posts", 0));
        calendar.getEntries().add(editorial("ed-valentine-mugs", date(2, 8), "Mugs for two: Valentine's post",
                ContentFormat.SOCIAL_POST, "ch-instagram", "Instagram", REACH, "obj-reach-instagram",
                "ao-instagram-posts", 0));
        calendar.getEntries().add(editorial("ed-glaze-article", date(3, 10), "How our speckled glaze is made",
                ContentFormat.ARTICLE, "ch-shop", "Shop journal", ACT, "obj-act-subscribers", "ao-signup-gift", 0));
        calendar.getEntries().add(editorial("ed-mothers-day-guide", date(4, 26), "Mother's Day gift guide",
                ContentFormat.GUIDE, "ch-newsletter", "Newsletter", CONVERT, "obj-convert-revenue",
                "ao-product-pages", 0));
        calendar.getEntries().add(editorial("ed-mothers-day-boost", date(4, 27), "Boosted post: Mother's Day gift guide",
                ContentFormat.SOCIAL_POST, "ch-instagram", "Instagram", REACH, "obj-reach-instagram",
                "ao-instagram-posts", 100));
        calendar.getEntries().add(editorial("ed-summer-workshop", date(6, 2), "Summer throwing workshop",
                ContentFormat.SOCIAL_POST, "ch-instagram", "Instagram", ENGAGE, "obj-engage-returning",
                "ao-thank-you", 0));
        calendar.getEntries().add(editorial("ed-autumn-batch", date(9, 15), "Behind the kiln: the autumn batch",
                ContentFormat.VIDEO, "ch-instagram", "Instagram", REACH, "obj-reach-instagram",
                "ao-instagram-posts", 0));
        calendar.getEntries().add(editorial("ed-christmas-guide", date(11, 5), "Christmas gift guide",
                ContentFormat.GUIDE, "ch-newsletter", "Newsletter", CONVERT, "obj-convert-revenue",
                "ao-product-pages", 0));
        calendar.getEntries().add(editorial("ed-christmas-boost", date(11, 6), "Boosted posts: Christmas gift guide",
                ContentFormat.SOCIAL_POST, "ch-instagram", "Instagram", REACH, "obj-reach-instagram",
                "ao-instagram-posts", 300));
        calendar.getEntries().add(editorial("ed-craft-market", date(12, 1), "See us at the Christmas craft market",
                ContentFormat.SOCIAL_POST, "ch-instagram", "Instagram", CONVERT, "obj-convert-revenue",
                "ao-instagram-posts", 0));
        EditorialEntry christmasBoost = get("ed-christmas-boost");
        christmasBoost.setEnd(date(11, 30));

        // The shop platform's built-in reminder: no extra cost, but it has to be switched on.
        AutomationPlan automations = named(F.createAutomationPlan(), "automation-plan", "Shop emails",
                "The e-mails the shop platform sends by itself, once they are switched on and written.");
        operations.setAutomationPlan(automations);
        AutomationEntry cart = entry(F.createAutomationEntry(), "au-abandoned-cart", "Abandoned-cart reminder",
                "One friendly reminder after a day, with the date of the next batch.", date(1, 15), date(12, 31),
                CONVERT, "ch-newsletter", "tm-hanna", "obj-convert-revenue", null, "ao-product-pages");
        cart.setTrigger(AutomationTrigger.ABANDONED_CART);
        cart.setSegment(get("seg-gift-buyers"));
        automations.getEntries().add(cart);
    }

    private EditorialEntry editorial(String id, java.time.LocalDate date, String name, ContentFormat format,
            String channel, String outlet, RaceStage stage, String objective, String activity, long cost) {
        EditorialEntry entry = entry(F.createEditorialEntry(), id, name, null, date, null, stage, channel,
                channel.equals("ch-instagram") ? "tm-ben" : "tm-hanna", objective, null, activity);
        entry.setFormat(format);
        entry.setOutlet(outlet);
        entry.getPersonas().add(get("per-clara"));
        if (cost > 0) {
            cost(entry, cost, "bl-instagram-boosts");
        }
        return entry;
    }

    private void journey() {
        CustomerJourney journey = named(F.createCustomerJourney(), "journey-gift", "From gift idea to a happy recipient",
                "Clara's path from a post to a gift, online or at the craft market.");
        journey.getPersonas().add(get("per-clara"));
        plan.getJourneys().add(journey);
        journey.getStages().add(stage("js-reach", REACH, "Discover",
                touchpoint("tp-instagram-post", "Instagram post of a new batch", MediaType.OWNED, "ch-instagram",
                        PurchaseMode.NONE, "ao-instagram-posts", new String[] {"per-clara"}, new String[] {})));
        journey.getStages().add(stage("js-act", ACT, "Get to know",
                touchpoint("tp-signup", "Newsletter sign-up with the care guide", MediaType.OWNED, "ch-shop",
                        PurchaseMode.NONE, "ao-signup-gift", new String[] {"per-clara"}, new String[] {})));
        journey.getStages().add(stage("js-convert", CONVERT, "Buy",
                touchpoint("tp-checkout", "Shop checkout with gift note", MediaType.OWNED, "ch-shop",
                        PurchaseMode.ONLINE, "ao-product-pages", new String[] {"per-clara"}, new String[] {}),
                touchpoint("tp-craft-market", "Stand at the Christmas craft market", MediaType.OWNED, "ch-markets",
                        PurchaseMode.OFFLINE, null, new String[] {"per-clara"}, new String[] {})));
        journey.getStages().add(stage("js-engage", ENGAGE, "Come back",
                touchpoint("tp-thank-you", "Thank-you card and care email", MediaType.OWNED, "ch-newsletter",
                        PurchaseMode.NONE, "ao-thank-you", new String[] {"per-clara"}, new String[] {})));
        journey.getFlows().add(flow("fl-post-signup", "Wants to hear about the next batch", "tp-instagram-post",
                "tp-signup", null, null));
        journey.getFlows().add(flow("fl-post-checkout", "Buys straight away", "tp-instagram-post", "tp-checkout", null,
                null));
        journey.getFlows().add(flow("fl-post-market", "Comes to the market in December", "tp-instagram-post",
                "tp-craft-market", null, null));
        journey.getFlows().add(flow("fl-signup-checkout", "Gift guide in the newsletter", "tp-signup", "tp-checkout",
                null, null));
        journey.getFlows().add(flow("fl-checkout-thanks", "Parcel arrives", "tp-checkout", "tp-thank-you", null, null));
        journey.getFlows().add(flow("fl-market-thanks", "Card handed over at the stand", "tp-craft-market",
                "tp-thank-you", null, null));
        journey.getFlows().add(flow("fl-thanks-checkout", "First access to the next batch", "tp-thank-you",
                "tp-checkout", null, null));
    }
}
