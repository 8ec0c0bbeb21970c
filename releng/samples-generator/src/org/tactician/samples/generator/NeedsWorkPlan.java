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
import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.AlwaysOnPlan;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BudgetLine;
import org.tactician.model.Campaign;
import org.tactician.model.ChannelCategory;
import org.tactician.model.ContentFormat;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.CustomerJourney;
import org.tactician.model.Dashboard;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.Kpi;
import org.tactician.model.MediaType;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PurchaseMode;
import org.tactician.model.SegmentLayer;
import org.tactician.model.SmartObjective;
import org.tactician.model.StrategySection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;

/**
 * The "needs work" sample: the first draft of a small coffee roaster's plan, in Portuguese, with
 * the mistakes a consultant finds in a first review built in on purpose — a forecast without a
 * gross margin, a budget over what was approved, a line without a category, an objective without
 * an owner that nothing serves, an activity that serves no objective, a campaign budget that its
 * placements do not add up to, a paid entry outside the budget, an entry before its campaign, a
 * KPI that disagrees with its objective, an implausible growth target, a revenue target the
 * forecast does not reach and no abandoned-cart e-mail. Everything else is correct, so each
 * finding points at one mistake. The expected findings are listed in the README and checked by
 * {@code NeedsWorkSampleTest}; change them together.
 */
final class NeedsWorkPlan extends SampleBuilder {

    /** Monthly weights: quiet summer, strong autumn and Christmas. */
    private static final int[] SEASON = {8, 7, 8, 8, 8, 6, 5, 5, 8, 9, 12, 16};

    NeedsWorkPlan() {
        super(2027, "EUR");
    }

    @Override
    String fileName() {
        return "needs-work.mplan";
    }

    @Override
    void build() {
        id(plan, "plan");
        plan.setName("Torra do Bairro — plano de marketing 2027 (rascunho)");
        plan.setDescription("Primeiro rascunho do plano de uma pequena torrefação do Porto que vende café em grão "
                + "na loja online e no café da torrefação. É a amostra «precisa de trabalho» do Tactician: tem de "
                + "propósito os erros que uma primeira revisão encontra; a validação mostra-os um a um.");
        plan.setBrand("Torra do Bairro");
        plan.setStart(date(1, 1));
        plan.setEnd(date(12, 31));
        plan.setCurrency(currency);
        plan.setLanguage("pt");
        plan.setAuthor("Inês Carvalho");

        member("tm-ines", "Inês Carvalho", "Fundadora e mestre de torra", "ines@torradobairro.example",
                "Responsável pelo plano, pelo orçamento e pela torra.");
        member("tm-rui", "Rui Almeida", "Marketing (meio tempo)", "rui@torradobairro.example",
                "Instagram, newsletter, anúncios e os números do mês.");
        plan.setOwner(get("tm-ines"));

        channel("ch-loja", "Loja online", ChannelCategory.WEBSITE, MediaType.OWNED, "https://www.torradobairro.example",
                "Café em grão e moído, assinaturas e cabazes de oferta.");
        channel("ch-instagram", "Instagram", ChannelCategory.ORGANIC_SOCIAL, MediaType.OWNED, null,
                "A torra, as origens e o café da casa.");
        channel("ch-meta-ads", "Anúncios no Instagram e no Facebook", ChannelCategory.PAID_SOCIAL, MediaType.PAID, null,
                "Anúncios de cabazes e da assinatura.");
        channel("ch-newsletter", "Newsletter", ChannelCategory.EMAIL, MediaType.OWNED, null,
                "Carta mensal aos clientes da loja online.");
        channel("ch-cafe", "Café da torrefação", ChannelCategory.PHYSICAL_STORE, MediaType.OWNED, null,
                "Balcão e provas de café na torrefação, no Bonfim.");

        OpportunitySection opportunity = id(F.createOpportunitySection(), "opportunity");
        plan.setOpportunity(opportunity);
        StrategySection strategy = id(F.createStrategySection(), "strategy");
        plan.setStrategy(strategy);
        ActionSection action = id(F.createActionSection(), "action");
        plan.setAction(action);
        OperationsSection operations = id(F.createOperationsSection(), "operations");
        plan.setOperations(operations);

        swot(opportunity);
        segments(strategy);
        dashboard(action);
        objectives(opportunity);
        forecast(opportunity);
        budget(action);
        campaign(action);
        activities(action);
        calendars(operations);
        journey();
    }

    private void swot(OpportunitySection opportunity) {
        SwotAnalysis swot = id(F.createSwotAnalysis(), "swot");
        opportunity.setSwot(swot);
        swot.getItems().add(swot("sw-s-torra", SwotCategory.STRENGTH, 5, "Torra fresca, enviada no dia",
                "Cada encomenda sai no dia da torra."));
        swot.getItems().add(swot("sw-w-notoriedade", SwotCategory.WEAKNESS, 4, "Pouco conhecida fora do Porto",
                "Quase todos os clientes online vivem a menos de 30 km."));
        swot.getItems().add(swot("sw-o-assinaturas", SwotCategory.OPPORTUNITY, 4, "Assinaturas de café em casa",
                "Quem trabalha em casa compra café todos os meses."));
        swot.getItems().add(swot("sw-t-capsulas", SwotCategory.THREAT, 3, "Cápsulas nos supermercados",
                "Baratas e à mão em qualquer loja."));
        swot.getStrategies().add(tows("tows-so-assinatura", TowsCategory.SO, 5, "Assinatura de torra fresca",
                "A torra fresca (S) para quem quer café bom todos os meses em casa (O).", "sw-s-torra",
                "sw-o-assinaturas"));
    }

    private void segments(StrategySection strategy) {
        strategy.getSegments().add(segment("seg-apreciadores", SegmentLayer.BEHAVIOURAL, "Apreciadores de café em casa",
                "Compram café de especialidade pelo menos uma vez por mês", "Café em grão e assinatura", 60_000, 5,
                null, "Os clientes da loja online.", "ch-instagram", "ch-newsletter"));
        strategy.getPersonas().add(persona("per-marta", "Marta, trabalha em casa",
                "36 anos, designer no Porto, três dias por semana em casa.",
                "Mói o café todas as manhãs; segue torrefações no Instagram.", "Café fresco sem ter de sair de casa.",
                "Esquece-se de encomendar e acaba a comprar cápsulas.", new String[] {"seg-apreciadores"},
                "ch-instagram", "ch-newsletter"));
    }

    private void dashboard(ActionSection action) {
        Dashboard dashboard = id(F.createDashboard(), "dashboard");
        action.setDashboard(dashboard);
        // Mistake: the KPI still has the target of an earlier draft (120,000 instead of 150,000).
        Kpi revenue = kpi("kpi-receita", CONVERT, "Receita da loja online", currency, "60000", "120000", "100.0", "6.0",
                "ch-loja", "tm-ines", "Relatórios da loja online", "Receita das encomendas online.");
        kpiValues(revenue, split(120_000, SEASON), split(60_000, SEASON));
        dashboard.getKpis().add(revenue);
    }

    private void objectives(OpportunitySection opportunity) {
        opportunity.getObjectives().add(objective("obj-plan-origem", PLAN, "Saber de onde vêm as encomendas",
                "Encomendas com origem conhecida", RATE, "40", "70", "%", date(3, 31), "tm-rui", "online",
                "tows-so-assinatura", "Links com UTM em todas as publicações e a pergunta «Como nos conheceu?»."));
        // Mistake: ten times the followers in a year.
        opportunity.getObjectives().add(objective("obj-reach-seguidores", REACH, "Seguidores no Instagram ×10",
                "Seguidores da conta do Instagram", LEVEL, "2000", "20000", "seguidores", date(12, 31), "tm-rui",
                "ch-instagram", "tows-so-assinatura", "Três publicações por semana e reels da torra."));
        opportunity.getObjectives().add(objective("obj-act-newsletter", ACT, "Mais subscritores da newsletter",
                "Subscritores da newsletter", LEVEL, "300", "600", "subscritores", date(12, 31), "tm-rui",
                "ch-newsletter", "tows-so-assinatura", "Um guia de moagem para quem subscreve."));
        // Mistake: the forecast below makes about half of this.
        SmartObjective revenue = forecast(objective("obj-convert-receita", CONVERT, "Receita online a crescer 150%",
                "Receita da loja online", SUM, "60000", "150000", currency, date(12, 31), "tm-ines", "online",
                "tows-so-assinatura", "Cabazes de Natal e assinaturas."), ForecastMeasure.REVENUE);
        revenue.setKpi(get("kpi-receita"));
        opportunity.getObjectives().add(revenue);
        // Mistakes: nobody owns it, and nothing in the plan works towards it.
        SmartObjective subscriptions = objective("obj-engage-assinaturas", ENGAGE, "Mais assinaturas de café",
                "Assinaturas ativas", LEVEL, "80", "200", "assinaturas", date(12, 31), "tm-ines", "ch-loja",
                "tows-so-assinatura", "Assinatura mensal com a torra do mês.");
        subscriptions.setOwner(null);
        opportunity.getObjectives().add(subscriptions);
    }

    private void forecast(OpportunitySection opportunity) {
        // Mistake: no gross margin, no return rate, no fulfilment cost: "profit" is revenue less marketing.
        ConversionForecast forecast = named(F.createConversionForecast(), "forecast", "Previsão de conversão 2027",
                "Sessões × taxa de conversão × valor médio da encomenda, por canal e mês.");
        opportunity.setForecast(forecast);
        Object[][] channels = {{"ch-instagram", 48_000L, "1.80", 32L}, {"ch-meta-ads", 36_000L, "2.00", 30L},
            {"ch-newsletter", 18_000L, "4.50", 35L}};
        for (Object[] row : channels) {
            String channel = (String) row[0];
            long[] sessions = split((Long) row[1], SEASON);
            for (int m = 1; m <= 12; m++) {
                ForecastInput input = id(F.createForecastInput(), "fc-" + channel.substring(3) + "-"
                        + String.format("%02d", m));
                input.setMonth(month(m));
                input.setChannel(get(channel));
                input.setSegment(get("seg-apreciadores"));
                input.setSessions(sessions[m - 1]);
                input.setConversionRate(dec((String) row[2]));
                input.setAverageOrderValue(money((Long) row[3]));
                forecast.getInputs().add(input);
            }
        }
    }

    private void budget(ActionSection action) {
        Budget budget = id(F.createBudget(), "budget");
        action.setBudget(budget);
        budget.getLines().add(budgetLine("bl-anuncios", BudgetCategory.MEDIA, CostType.RECURRING,
                "Anúncios no Instagram e no Facebook", "Meta", "ch-meta-ads", "Todos os meses, mais no Natal.",
                inMonths(new long[] {1_000, 1_000, 1_000, 1_000, 1_000, 800, 600, 600, 1_000, 1_200, 2_500, 3_000},
                        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
        // Mistake: a line nobody classified.
        BudgetLine photos = budgetLine("bl-fotografia", BudgetCategory.CREATIVE, CostType.ONE_SHOT,
                "Fotografia de produto", "Fotógrafa freelancer", "ch-loja", "Fotos dos cafés e dos cabazes.",
                inMonths(new long[] {2_500}, 2));
        photos.unsetCategory();
        budget.getLines().add(photos);
        budget.getLines().add(budgetLine("bl-loja", BudgetCategory.SITE_MARTECH, CostType.RECURRING,
                "Plataforma da loja online", "Plataforma de comércio", "ch-loja", "Mensalidade e aplicações.",
                monthly(80)));
        budget.getLines().add(budgetLine("bl-feira", BudgetCategory.PR_EVENTS, CostType.ONE_SHOT,
                "Banca na feira do café", "Organização da feira", "ch-cafe", "Dois dias em maio.",
                inMonths(new long[] {1_200}, 5)));
        // Mistake: the lines add up to 19,360 EUR, more than the 18,000 EUR approved.
        budget.setApprovedTotal(money(18_000));
    }

    private void campaign(ActionSection action) {
        Campaign christmas = campaign(action, "camp-natal", "Natal: cabazes de café",
                "Cabazes de oferta com três cafés e um moinho, enviados até 22 de dezembro.", date(11, 15),
                date(12, 24), "tm-rui", "Vender 600 cabazes.", "utm_campaign=natal-2027.",
                new String[] {"obj-convert-receita"}, new String[] {"seg-apreciadores"}, new String[] {"per-marta"});
        placement(christmas, "mp-natal-anuncios", "Anúncios de cabazes", date(11, 15), date(12, 22), "ch-meta-ads",
                MediaType.PAID, 4_000, "bl-anuncios", "Porto e Lisboa, 25 a 55 anos.", "kpi-receita");
        // Mistake: the campaign budget says 6,000 EUR; its only placement books 4,000 EUR.
        christmas.setBudget(money(6_000));
    }

    private void activities(ActionSection action) {
        AlwaysOnPlan alwaysOn = id(F.createAlwaysOnPlan(), "always-on");
        action.setAlwaysOnPlan(alwaysOn);
        alwaysOn.getActivities().add(alwaysOn("ao-numeros", PLAN, "Números do mês", "tm-rui", "ch-loja", null, null, 3,
                ALL_QUARTERS, "Sessões, encomendas por origem e subscritores.", "obj-plan-origem"));
        alwaysOn.getActivities().add(alwaysOn("ao-instagram", REACH, "Três publicações por semana", "tm-rui",
                "ch-instagram", null, null, 4, ALL_QUARTERS, "A torra, as origens e os clientes.",
                "obj-reach-seguidores"));
        alwaysOn.getActivities().add(alwaysOn("ao-newsletter", ACT, "Guia de moagem para quem subscreve", "tm-rui",
                "ch-newsletter", null, null, 3, ALL_QUARTERS, "Caixa de subscrição em todas as páginas.",
                "obj-act-newsletter"));
        alwaysOn.getActivities().add(alwaysOn("ao-anuncios", CONVERT, "Anúncios de café em grão", "tm-rui",
                "ch-meta-ads", "bl-anuncios", null, 4, ALL_QUARTERS, "Públicos de quem visitou a loja.",
                "obj-convert-receita"));
        // Mistake: an activity that serves no objective.
        alwaysOn.getActivities().add(alwaysOn("ao-provas", ENGAGE, "Provas de café ao sábado", "tm-ines", "ch-cafe",
                null, null, 3, ALL_QUARTERS, "Uma prova por mês na torrefação."));
    }

    private void calendars(OperationsSection operations) {
        EditorialCalendar editorial = named(F.createEditorialCalendar(), "editorial-calendar", "Calendário editorial",
                "Publicações e newsletters.");
        operations.setEditorialCalendar(editorial);
        EditorialEntry origins = entry(F.createEditorialEntry(), "ed-origens", "Reel: de onde vem o nosso café", null,
                date(3, 10), null, REACH, "ch-instagram", "tm-rui", "obj-reach-seguidores", null, "ao-instagram");
        origins.setFormat(ContentFormat.VIDEO);
        editorial.getEntries().add(origins);
        // Mistake: a teaser of the Christmas campaign a week before the campaign starts.
        EditorialEntry teaser = entry(F.createEditorialEntry(), "ed-natal-teaser", "Já vêm aí os cabazes de Natal",
                null, date(11, 8), null, CONVERT, "ch-instagram", "tm-rui", "obj-convert-receita", "camp-natal", null);
        teaser.setFormat(ContentFormat.SOCIAL_POST);
        editorial.getEntries().add(teaser);

        AdvertisingCalendar advertising = named(F.createAdvertisingCalendar(), "advertising-calendar",
                "Calendário de anúncios", null);
        operations.setAdvertisingCalendar(advertising);
        AdvertisingEntry flight = entry(F.createAdvertisingEntry(), "ad-natal", "Anúncios de cabazes", null,
                date(11, 15), date(12, 22), CONVERT, "ch-meta-ads", "tm-rui", "obj-convert-receita", "camp-natal", null);
        flight.setMediaType(MediaType.PAID);
        executes(flight, "mp-natal-anuncios");
        advertising.getEntries().add(flight);
        // Mistake: paid, with an amount, but from no budget line: the money is not in the budget.
        AdvertisingEntry blackFriday = entry(F.createAdvertisingEntry(), "ad-black-friday",
                "Black Friday: 20% no café em grão", null, date(11, 26), date(11, 29), CONVERT, "ch-meta-ads", "tm-rui",
                "obj-convert-receita", null, "ao-anuncios");
        blackFriday.setMediaType(MediaType.PAID);
        blackFriday.setBookedAmount(money(500));
        advertising.getEntries().add(blackFriday);
    }

    private void journey() {
        CustomerJourney journey = named(F.createCustomerJourney(), "journey-casa", "Do Instagram à chávena",
                "Como a Marta descobre a torrefação e compra café.");
        journey.getPersonas().add(get("per-marta"));
        plan.getJourneys().add(journey);
        journey.getStages().add(stage("js-reach", REACH, "Descobrir",
                touchpoint("tp-instagram", "Reel da torra", MediaType.OWNED, "ch-instagram", PurchaseMode.NONE,
                        "ao-instagram", new String[] {"per-marta"}, new String[] {"seg-apreciadores"})));
        journey.getStages().add(stage("js-convert", CONVERT, "Comprar",
                touchpoint("tp-loja", "Encomenda na loja online", MediaType.OWNED, "ch-loja", PurchaseMode.ONLINE,
                        "ao-anuncios", new String[] {"per-marta"}, new String[] {}),
                touchpoint("tp-cafe", "Compra no café da torrefação", MediaType.OWNED, "ch-cafe", PurchaseMode.OFFLINE,
                        null, new String[] {"per-marta"}, new String[] {})));
        journey.getFlows().add(flow("fl-instagram-loja", "Encomenda pelo link", "tp-instagram", "tp-loja", null, null));
        journey.getFlows().add(flow("fl-instagram-cafe", "Passa pela torrefação", "tp-instagram", "tp-cafe", null, null));
    }
}
