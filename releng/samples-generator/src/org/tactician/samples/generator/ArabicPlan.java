package org.tactician.samples.generator;

import static org.tactician.model.MeasureKind.LEVEL;
import static org.tactician.model.MeasureKind.RATE;
import static org.tactician.model.MeasureKind.SUM;
import static org.tactician.model.RaceStage.ACT;
import static org.tactician.model.RaceStage.CONVERT;
import static org.tactician.model.RaceStage.ENGAGE;
import static org.tactician.model.RaceStage.PLAN;
import static org.tactician.model.RaceStage.REACH;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.tactician.model.ActionSection;
import org.tactician.model.AdvertisingCalendar;
import org.tactician.model.AdvertisingEntry;
import org.tactician.model.AlwaysOnPlan;
import org.tactician.model.AutomationEntry;
import org.tactician.model.AutomationPlan;
import org.tactician.model.AutomationTrigger;
import org.tactician.model.Budget;
import org.tactician.model.BudgetCategory;
import org.tactician.model.BusinessModelCanvas;
import org.tactician.model.Campaign;
import org.tactician.model.CanvasBlock;
import org.tactician.model.ChannelCategory;
import org.tactician.model.ChannelPerformance;
import org.tactician.model.CommunicationType;
import org.tactician.model.CommunicationsStrategy;
import org.tactician.model.ContentFormat;
import org.tactician.model.ConversionForecast;
import org.tactician.model.CostType;
import org.tactician.model.CroEntry;
import org.tactician.model.CroPlan;
import org.tactician.model.CustomerJourney;
import org.tactician.model.Dashboard;
import org.tactician.model.EditorialCalendar;
import org.tactician.model.EditorialEntry;
import org.tactician.model.ForecastInput;
import org.tactician.model.ForecastMeasure;
import org.tactician.model.JourneyFlow;
import org.tactician.model.KeyIssue;
import org.tactician.model.Kpi;
import org.tactician.model.LoyaltyEntry;
import org.tactician.model.LoyaltyPlan;
import org.tactician.model.MarTechCategory;
import org.tactician.model.MarketReview;
import org.tactician.model.MarketReviewArea;
import org.tactician.model.MarketingMixElement;
import org.tactician.model.MediaPlacement;
import org.tactician.model.MediaType;
import org.tactician.model.MonthlyObjective;
import org.tactician.model.NinetyDayPlan;
import org.tactician.model.ObjectiveStatus;
import org.tactician.model.OperationsSection;
import org.tactician.model.OpportunityOrThreat;
import org.tactician.model.OpportunitySection;
import org.tactician.model.PerformanceReview;
import org.tactician.model.PestleAnalysis;
import org.tactician.model.PestleCategory;
import org.tactician.model.PlanPhase;
import org.tactician.model.PurchaseMode;
import org.tactician.model.Quarter;
import org.tactician.model.QuarterlyObjective;
import org.tactician.model.RaceStage;
import org.tactician.model.SegmentLayer;
import org.tactician.model.StrategySection;
import org.tactician.model.SwotAnalysis;
import org.tactician.model.SwotCategory;
import org.tactician.model.TowsCategory;
import org.tactician.model.ValueProposition;
import org.tactician.model.Workstream;

/**
 * A medium plan written entirely in Arabic (right to left): an online perfume and home-fragrance
 * shop in the United Arab Emirates, in dirhams, built around Ramadan, the two Eids and National Day.
 */
final class ArabicPlan extends SampleBuilder {

    /** Ramadan and Eid al-Fitr in February–March, Eid al-Adha in May, White Friday and National Day at the end. */
    private static final int[] SEASON = {7, 12, 14, 6, 9, 6, 5, 5, 7, 8, 11, 10};

    private record ChannelForecast(String channel, String segment, long sessions, String conversionRate,
            long averageOrderValue) {
    }

    private final List<ChannelForecast> forecasts = List.of(
            new ChannelForecast("ch-search", "seg-gift-buyers", 230_000, "2.20", 390),
            new ChannelForecast("ch-snapchat", "seg-social-shoppers", 190_000, "1.30", 330),
            new ChannelForecast("ch-instagram", "seg-women", 160_000, "1.60", 360),
            new ChannelForecast("ch-email", "seg-loyal", 60_000, "3.20", 420));

    private final long[] sessions = new long[12];
    private final long[] revenueTargets = new long[12];

    ArabicPlan() {
        super(2027, "AED");
    }

    @Override
    String fileName() {
        return "arabic-plan.mplan";
    }

    @Override
    void build() {
        id(plan, "plan");
        plan.setName("خطة التسويق الرقمي لدار العنبر 2027");
        plan.setDescription("خطة سنوية لمتجر إلكتروني للعطور والبخور وعطور المنزل في الإمارات: نمو المبيعات عبر "
                + "الإنترنت في رمضان والأعياد، وتحويل مشتري الهدايا إلى عملاء دائمين. (دار العنبر علامة تجارية "
                + "خيالية لهذا المثال.)");
        plan.setBrand("دار العنبر");
        plan.setStart(date(1, 1));
        plan.setEnd(date(12, 31));
        plan.setCurrency(currency);
        plan.setLanguage("ar");
        plan.setAuthor("ريم الشامسي");

        member("tm-reem", "ريم الشامسي", "مديرة التسويق", "reem@dar-alanbar.example", "مسؤولة عن الخطة والميزانية.");
        member("tm-khalid", "خالد العتيبي", "مسؤول الإعلانات المدفوعة", "khalid@dar-alanbar.example",
                "إعلانات البحث وسناب شات.");
        member("tm-noura", "نورة الكعبي", "مسؤولة المحتوى ووسائل التواصل", "noura@dar-alanbar.example",
                "المحتوى والتصوير والتعاون مع المؤثرات.");
        member("tm-omar", "عمر حداد", "مدير المتجر الإلكتروني وتجربة العملاء", "omar@dar-alanbar.example",
                "المتجر والدفع والمخزون وخدمة العملاء عبر واتساب.");
        plan.setOwner(get("tm-reem"));

        channel("ch-store", "المتجر الإلكتروني", ChannelCategory.WEBSITE, MediaType.OWNED, "https://www.dar-alanbar.example",
                "متجر باللغتين العربية والإنجليزية مع الدفع عند الاستلام.");
        channel("ch-search", "إعلانات البحث في جوجل", ChannelCategory.PAID_SEARCH, MediaType.PAID, null,
                "كلمات البحث عن العود والبخور وهدايا العيد.");
        channel("ch-snapchat", "إعلانات سناب شات", ChannelCategory.PAID_SOCIAL, MediaType.PAID, null,
                "الوصول إلى الشباب في الإمارات والسعودية.");
        channel("ch-instagram", "إنستغرام", ChannelCategory.ORGANIC_SOCIAL, MediaType.OWNED, null,
                "صور المنتجات ومقاطع الريلز وقصص العملاء.");
        channel("ch-influencers", "المؤثرات", ChannelCategory.AFFILIATE, MediaType.PAID, null,
                "صانعات محتوى في مجال العطور ونمط الحياة.");
        channel("ch-whatsapp", "واتساب للأعمال", ChannelCategory.OTHER, MediaType.OWNED, null,
                "استشارات العطور وتأكيد الطلبات.");
        channel("ch-email", "البريد الإلكتروني", ChannelCategory.EMAIL, MediaType.OWNED, null,
                "النشرة الشهرية والرسائل التلقائية.");
        channel("ch-boutique", "المعرض في دبي", ChannelCategory.PHYSICAL_STORE, MediaType.OWNED, null,
                "معرض صغير لتجربة العطور واستلام الطلبات.");

        computeForecastTotals();
        OpportunitySection opportunity = id(F.createOpportunitySection(), "opportunity");
        plan.setOpportunity(opportunity);
        StrategySection strategy = id(F.createStrategySection(), "strategy");
        plan.setStrategy(strategy);
        ActionSection action = id(F.createActionSection(), "action");
        plan.setAction(action);
        OperationsSection operations = id(F.createOperationsSection(), "operations");
        plan.setOperations(operations);

        review(opportunity);
        environment(opportunity);
        swot(opportunity);
        segments(strategy);
        dashboard(action);
        objectives(opportunity);
        forecast(opportunity);
        strategy(strategy);
        budget(action);
        campaigns(action);
        activities(action);
        canvas(strategy);
        operations(operations);
        journey();
    }

    private void computeForecastTotals() {
        BigDecimal[] revenue = new BigDecimal[12];
        java.util.Arrays.fill(revenue, BigDecimal.ZERO);
        for (ChannelForecast forecast : forecasts) {
            long[] monthly = split(forecast.sessions(), SEASON);
            for (int m = 0; m < 12; m++) {
                sessions[m] += monthly[m];
                revenue[m] = revenue[m].add(dec(monthly[m]).multiply(dec(forecast.conversionRate())).divide(dec(100))
                        .multiply(dec(forecast.averageOrderValue())));
            }
        }
        for (int m = 0; m < 12; m++) {
            // Rounded down to thousands: the forecast always backs the target.
            revenueTargets[m] = revenue[m].divide(dec(1000), 0, RoundingMode.DOWN).longValueExact() * 1000;
        }
    }

    // --- الفرص ---------------------------------------------------------------------------------

    private void review(OpportunitySection opportunity) {
        PerformanceReview review = named(F.createPerformanceReview(), "review-2026", "مراجعة أداء 2026",
                "نتائج المتجر الإلكتروني والمعرض في 2026 مقارنة بالهدف.");
        review.setStart(LocalDate.of(2026, 1, 1));
        review.setEnd(LocalDate.of(2026, 12, 31));
        review.setSalesTarget(money(4_200_000));
        review.setProfit(money(610_000));
        review.setRetentionRate(dec("31.0"));
        review.setGrowthRate(dec("18.5"));
        review.setMissedOpportunities("نفد مخزون البخور الفاخر قبل عيد الفطر بأسبوع، ولم تكن لدينا رسائل تلقائية "
                + "للسلات المتروكة، فخسرنا طلبات كثيرة من الهاتف.");
        opportunity.setPerformanceReview(review);
        long total = 0;
        int customers = 0;
        Object[][] rows = {
            {"perf-search", "ch-search", 210_000L, "2.10", 380L, 260_000L, 3_100, "أفضل قناة في موسم رمضان."},
            {"perf-snapchat", "ch-snapchat", 160_000L, "1.20", 320L, 150_000L, 1_500, "جمهور شاب وطلبات صغيرة."},
            {"perf-instagram", "ch-instagram", 140_000L, "1.50", 350L, 40_000L, 1_200, "الريلز تجلب أكثر الزيارات."},
            {"perf-email", "ch-email", 45_000L, "3.00", 410L, 12_000L, 90, "نشرة شهرية فقط، بلا رسائل تلقائية."},
            {"perf-boutique", "ch-boutique", 6_000L, "25.00", 450L, 30_000L, 700,
                "الجلسات هنا زيارات المعرض؛ ربع الزوار يشترون."},
        };
        for (Object[] row : rows) {
            ChannelPerformance performance = id(F.createChannelPerformance(), (String) row[0]);
            performance.setChannel(get((String) row[1]));
            performance.setSessions((Long) row[2]);
            performance.setConversionRate(dec((String) row[3]));
            performance.setAverageOrderValue(money((Long) row[4]));
            long revenue = dec((Long) row[2]).multiply(dec((String) row[3])).divide(dec(100))
                    .multiply(dec((Long) row[4])).longValueExact();
            performance.setRevenue(money(revenue));
            performance.setCost(money((Long) row[5]));
            performance.setNewCustomers((Integer) row[6]);
            performance.setNotes((String) row[7]);
            review.getChannelMetrics().add(performance);
            total += revenue;
            customers += (Integer) row[6];
        }
        review.setSales(money(total));
        review.setNewCustomers(customers);
    }

    private void environment(OpportunitySection opportunity) {
        MarketReview market = id(F.createMarketReview(), "market-review");
        opportunity.setMarketReview(market);
        market.getFindings().add(finding("mf-online-gifting", MarketReviewArea.CUSTOMER_BEHAVIOUR,
                OpportunityOrThreat.OPPORTUNITY, "هدايا رمضان والعيد تنتقل إلى الإنترنت",
                "أكثر من نصف عملائنا اشتروا هدايا العيد من الهاتف في 2026، ويطلبون التغليف والتوصيل في اليوم نفسه.",
                "استبيان العملاء، أبريل 2026"));
        market.getFindings().add(finding("mf-competitor-boxes", MarketReviewArea.COMPETITORS,
                OpportunityOrThreat.THREAT, "منافس يطلق صندوق اشتراك شهريًا للبخور",
                "علامة محلية تقدم صندوقًا شهريًا بسعر ثابت مع توصيل مجاني.", "رصد المنافسين، سبتمبر 2026"));
        market.getFindings().add(finding("mf-marketplace-fakes", MarketReviewArea.INTERMEDIARIES,
                OpportunityOrThreat.THREAT, "عطور مقلدة في منصات التسوق",
                "منتجات تحمل أسماء تشبه خلطاتنا تُباع بثلث السعر.", "مراجعة منصات التسوق، أكتوبر 2026"));

        PestleAnalysis pestle = id(F.createPestleAnalysis(), "pestle");
        opportunity.setPestle(pestle);
        pestle.getFactors().add(factor("pf-political", PestleCategory.POLITICAL, OpportunityOrThreat.OPPORTUNITY, 3, 4,
                "دعم حكومي للتجارة الإلكترونية والمشاريع الصغيرة", "برامج لتسهيل الترخيص والدفع الإلكتروني."));
        pestle.getFactors().add(factor("pf-economic", PestleCategory.ECONOMIC, OpportunityOrThreat.THREAT, 4, 4,
                "ارتفاع أسعار العود الطبيعي", "تكلفة المواد الخام ترتفع كل عام."));
        pestle.getFactors().add(factor("pf-social", PestleCategory.SOCIAL, OpportunityOrThreat.OPPORTUNITY, 4, 5,
                "الإقبال على عطور المنزل في التجمعات العائلية", "البخور جزء من الضيافة في رمضان والأعياد."));
        pestle.getFactors().add(factor("pf-technological", PestleCategory.TECHNOLOGICAL, OpportunityOrThreat.OPPORTUNITY,
                4, 4, "الشراء المباشر من تطبيقات التواصل", "الدفع بالهاتف والشراء من داخل سناب شات وإنستغرام."));
        pestle.getFactors().add(factor("pf-legal", PestleCategory.LEGAL, OpportunityOrThreat.THREAT, 3, 4,
                "قواعد حماية البيانات والرسائل التسويقية", "موافقة صريحة قبل رسائل البريد وواتساب."));
        pestle.getFactors().add(factor("pf-environmental", PestleCategory.ENVIRONMENTAL, OpportunityOrThreat.OPPORTUNITY,
                2, 3, "تغليف قابل لإعادة التدوير", "العملاء يفضلون صناديق الهدايا القابلة لإعادة الاستخدام."));
    }

    private void swot(OpportunitySection opportunity) {
        SwotAnalysis swot = id(F.createSwotAnalysis(), "swot");
        opportunity.setSwot(swot);
        swot.getItems().add(swot("sw-s-blends", SwotCategory.STRENGTH, 5, "خلطات عود حصرية من صنعنا",
                "اثنتا عشرة خلطة لا تُباع في مكان آخر."));
        swot.getItems().add(swot("sw-s-advice", SwotCategory.STRENGTH, 4, "استشارات عطور شخصية عبر واتساب",
                "ثلث الاستشارات تنتهي بطلب."));
        swot.getItems().add(swot("sw-w-stock", SwotCategory.WEAKNESS, 5, "نفاد المخزون في المواسم",
                "الطلب في رمضان ثلاثة أضعاف الشهر العادي."));
        swot.getItems().add(swot("sw-w-after-sale", SwotCategory.WEAKNESS, 4, "ضعف التواصل بعد الشراء",
                "لا رسائل بعد التسليم ولا تذكير بإعادة الشراء."));
        swot.getItems().add(swot("sw-o-gifting", SwotCategory.OPPORTUNITY, 5, "هدايا رمضان والعيد عبر الإنترنت",
                "المشترون يريدون هدية جاهزة وتوصيلًا سريعًا.", "mf-online-gifting", "pf-social"));
        swot.getItems().add(swot("sw-o-social-commerce", SwotCategory.OPPORTUNITY, 4, "الشراء المباشر عبر سناب شات",
                "طلب بلمسة واحدة من الإعلان.", "pf-technological"));
        swot.getItems().add(swot("sw-t-fakes", SwotCategory.THREAT, 4, "العطور المقلدة الرخيصة",
                "تضر بالثقة في الخلطات الأصلية.", "mf-marketplace-fakes"));
        swot.getItems().add(swot("sw-t-oud-prices", SwotCategory.THREAT, 3, "ارتفاع أسعار العود",
                "هامش الربح يضيق.", "pf-economic", "mf-competitor-boxes"));
        swot.getStrategies().add(tows("tows-so-gift-boxes", TowsCategory.SO, 5, "صناديق هدايا رمضان بخلطاتنا الحصرية",
                "نستخدم الخلطات الحصرية (قوة) لنلبي طلب الهدايا عبر الإنترنت (فرصة).", "sw-s-blends", "sw-o-gifting"));
        swot.getStrategies().add(tows("tows-wo-subscription", TowsCategory.WO, 4, "اشتراك شهري للبخور",
                "نعالج ضعف التواصل بعد الشراء (ضعف) باشتراك يُطلب من سناب شات وإنستغرام (فرصة).", "sw-w-after-sale",
                "sw-o-social-commerce"));
        swot.getStrategies().add(tows("tows-st-authenticity", TowsCategory.ST, 4, "شهادة أصالة واستشارة شخصية",
                "نواجه العطور المقلدة (تهديد) بالاستشارة وشهادة الأصالة (قوة).", "sw-s-advice", "sw-t-fakes"));
        swot.getStrategies().add(tows("tows-wt-early-stock", TowsCategory.WT, 3, "طلب المخزون مبكرًا",
                "نقلل نفاد المخزون (ضعف) ونشتري العود قبل ارتفاع الأسعار (تهديد).", "sw-w-stock", "sw-t-oud-prices"));
        KeyIssue season = named(F.createKeyIssue(), "ki-season", "الاستعداد لموسم رمضان والعيد",
                "نصف مبيعات السنة في شهرين، والمخزون لا يكفي.");
        season.setPriority(5);
        season.getSwotItems().addAll(all("sw-o-gifting", "sw-w-stock"));
        season.getStrategies().addAll(all("tows-so-gift-boxes", "tows-wt-early-stock"));
        swot.getKeyIssues().add(season);
        KeyIssue loyalty = named(F.createKeyIssue(), "ki-loyalty", "تحويل مشتري الهدايا إلى عملاء دائمين",
                "معظم مشتري الهدايا لا يعودون بعد العيد.");
        loyalty.setPriority(4);
        loyalty.getSwotItems().addAll(all("sw-w-after-sale", "sw-t-fakes"));
        loyalty.getStrategies().addAll(all("tows-wo-subscription", "tows-st-authenticity"));
        swot.getKeyIssues().add(loyalty);
    }

    private void objectives(OpportunitySection opportunity) {
        long sessionTarget = sum(sessions, 0, 12);
        long revenueTarget = sum(revenueTargets, 0, 12);
        opportunity.getObjectives().add(objective("obj-plan-forecast", PLAN, "توقع الطلب الموسمي",
                "دقة توقع المبيعات الشهرية", RATE, "70", "90", "%", date(12, 31), "tm-omar", "plan", "tows-wt-early-stock",
                "توقع شهري للمبيعات حسب القناة قبل طلب المخزون."));
        opportunity.getObjectives().add(forecast(objective("obj-reach-sessions", REACH, "زيادة زيارات المتجر",
                "جلسات المتجر الإلكتروني", SUM, "555000", Long.toString(sessionTarget), "جلسة", date(12, 31),
                "tm-khalid", "online", "tows-so-gift-boxes", "من البحث وسناب شات وإنستغرام والبريد."),
                ForecastMeasure.SESSIONS));
        opportunity.getObjectives().add(objective("obj-act-consultations", ACT, "مزيد من الاستشارات",
                "عدد الاستشارات عبر واتساب", SUM, "4800", "9000", "استشارة", date(12, 31), "tm-omar", "ch-whatsapp",
                "tows-st-authenticity", "استشارة قصيرة تساعد العميل على اختيار العطر المناسب."));
        opportunity.getObjectives().add(forecast(objective("obj-convert-revenue", CONVERT, "نمو المبيعات عبر الإنترنت",
                "إيرادات المتجر الإلكتروني", SUM, "3578700", Long.toString(revenueTarget), currency, date(12, 31),
                "tm-reem", "online", "tows-so-gift-boxes", "مجموع الأهداف الشهرية المبنية على توقع التحويل."),
                ForecastMeasure.REVENUE));
        opportunity.getObjectives().add(objective("obj-convert-carts", CONVERT, "استعادة السلات المتروكة",
                "نسبة السلات المستعادة", RATE, "4", "7.5", "%", date(6, 30), "tm-omar", "ch-email", "tows-wo-subscription",
                "رسائل بعد ساعة ويوم مع خيار الدفع عند الاستلام."));
        opportunity.getObjectives().add(objective("obj-engage-repeat", ENGAGE, "عملاء يعودون",
                "نسبة الشراء المتكرر خلال 12 شهرًا", RATE, "31", "38", "%", date(12, 31), "tm-noura", "plan",
                "tows-wo-subscription", "رسائل ما بعد الشراء وتذكير بإعادة شراء البخور."));
        opportunity.getObjectives().add(objective("obj-engage-subscribers", ENGAGE, "صندوق البخور الشهري",
                "عدد المشتركين في صندوق البخور", LEVEL, "150", "750", "مشترك", date(12, 31), "tm-noura", "ch-store",
                "tows-wo-subscription", "بدأت التجربة في الربع الأخير من 2026 بـ 150 مشتركًا."));
        String[][] kpis = {{"obj-plan-forecast", "kpi-plan-forecast"}, {"obj-reach-sessions", "kpi-reach-sessions"},
            {"obj-act-consultations", "kpi-act-consultations"}, {"obj-convert-revenue", "kpi-convert-revenue"},
            {"obj-convert-carts", "kpi-convert-carts"}, {"obj-engage-repeat", "kpi-engage-repeat"}};
        for (String[] pair : kpis) {
            org.tactician.model.SmartObjective objective = get(pair[0]);
            objective.setKpi(get(pair[1]));
        }
    }

    private void forecast(OpportunitySection opportunity) {
        ConversionForecast forecast = named(F.createConversionForecast(), "forecast", "توقع التحويل 2027",
                "الجلسات × معدل التحويل × متوسط قيمة الطلب لكل قناة وشهر. الربح بعد الهامش: هامش إجمالي 62% بعد "
                        + "المرتجعات (4%، معظمها طلبات مرفوضة عند الاستلام)، وتوصيل الطلب 25 درهمًا؛ تكلفة التسويق من "
                        + "الميزانية.");
        opportunity.setForecast(forecast);
        economics(forecast, "62", "4", 25);
        assumption(forecast, "pa-snapchat", "ch-snapchat", null, null, "8", null,
                "طلبات سناب شات تُدفع غالبًا عند الاستلام، فيرفض المشترون ضعف الطلبات.");
        assumption(forecast, "pa-gift-buyers", null, "seg-gift-buyers", "58", null, 40L,
                "صناديق الهدايا: تغليف وتوصيل في اليوم نفسه، وهامش أقل بسبب الصندوق الخشبي.");
        for (ChannelForecast channelForecast : forecasts) {
            long[] monthly = split(channelForecast.sessions(), SEASON);
            for (int m = 1; m <= 12; m++) {
                ForecastInput input = id(F.createForecastInput(),
                        "fc-" + channelForecast.channel().substring(3) + "-" + String.format("%02d", m));
                input.setMonth(month(m));
                input.setChannel(get(channelForecast.channel()));
                input.setSegment(get(channelForecast.segment()));
                input.setSessions(monthly[m - 1]);
                input.setConversionRate(dec(channelForecast.conversionRate()));
                input.setAverageOrderValue(money(channelForecast.averageOrderValue()));
                forecast.getInputs().add(input);
            }
        }
    }

    // --- الاستراتيجية ----------------------------------------------------------------------------

    private void segments(StrategySection strategy) {
        strategy.getSegments().add(segment("seg-women", SegmentLayer.DEMOGRAPHIC, "نساء من 25 إلى 44 عامًا",
                "يقمن في الإمارات أو السعودية", "العود والبخور وعطور المنزل", 2_400_000, 5, null,
                "أكبر شريحة من عملائنا.", "ch-instagram", "ch-snapchat"));
        strategy.getSegments().add(segment("seg-social-shoppers", SegmentLayer.BEHAVIOURAL,
                "المتسوقون عبر سناب شات وإنستغرام", "اشتروا من إعلان أو قصة مرة واحدة على الأقل", "عطور المنزل",
                450_000, 4, "seg-women", "يشترون من الهاتف وبسرعة.", "ch-snapchat", "ch-instagram"));
        strategy.getSegments().add(segment("seg-gift-buyers", SegmentLayer.INTENT, "مشترو الهدايا في المواسم",
                "يبحثون عن هدايا رمضان والعيد واليوم الوطني", "صناديق الهدايا", 300_000, 5, null,
                "يريدون هدية جاهزة وتوصيلًا في اليوم نفسه.", "ch-search", "ch-snapchat"));
        strategy.getSegments().add(segment("seg-loyal", SegmentLayer.VALUE, "العملاء الدائمون",
                "ثلاثة طلبات أو أكثر خلال سنتين", "الخلطات الفاخرة والاشتراك", 2_600, 5, null,
                "ربع الإيرادات من هذه الشريحة.", "ch-email", "ch-whatsapp"));
        strategy.getPersonas().add(persona("per-fatima", "فاطمة، محبة العود",
                "38 عامًا، معلمة في أبوظبي، تعطر بيتها بالبخور كل يوم.",
                "تشتري كل شهر وتسأل عن مصدر العود قبل الشراء.", "عود أصلي ورائحة تدوم.",
                "تخاف من العطور المقلدة في منصات التسوق.", new String[] {"seg-women", "seg-loyal"}, "ch-instagram",
                "ch-whatsapp"));
        strategy.getPersonas().add(persona("per-abdullah", "عبدالله، يبحث عن هدية",
                "31 عامًا، مهندس في دبي، يشتري هدايا العيد لأسرته وزملائه.",
                "يبحث في جوجل قبل العيد بأيام قليلة.", "هدية أنيقة تصل في الموعد.",
                "لا يعرف أي عطر يناسب من يهديه.", new String[] {"seg-gift-buyers"}, "ch-search", "ch-snapchat"));
        strategy.getPersonas().add(persona("per-sara", "سارة، تتسوق من هاتفها",
                "24 عامًا، طالبة جامعية في الشارقة، تتابع صانعات المحتوى.",
                "تشتري من إعلانات سناب شات وتدفع عند الاستلام.", "روائح جديدة بسعر مناسب.",
                "صفحات بطيئة وخطوات دفع كثيرة.", new String[] {"seg-social-shoppers"}, "ch-snapchat", "ch-instagram"));
    }

    private void strategy(StrategySection strategy) {
        ValueProposition proposition = id(F.createValueProposition(), "value-proposition");
        proposition.setElevatorPitch("دار العنبر تصنع خلطات عود وبخور حصرية في دبي، وتوصلها إلى بابك في اليوم نفسه.");
        proposition.setDigitalValueProposition("استشارة عطر شخصية عبر واتساب، وصناديق هدايا جاهزة، ودفع عند الاستلام، "
                + "وتوصيل في اليوم نفسه داخل دبي والشارقة.");
        proposition.setBrandIdentity("فخامة دافئة، أصالة الخليج، وعناية بكل تفصيل.");
        proposition.setToneOfVoice("ودود ومحترم، بلغة عربية فصيحة قريبة من الناس.");
        strategy.setValueProposition(proposition);

        List<org.tactician.model.ContentItem> map = strategy.getContentMap();
        map.add(content("ct-reels", ContentFormat.SOCIAL_POST, REACH, "ريلز: طقوس البخور في البيت", null,
                "مقاطع قصيرة عن الضيافة والبخور في المناسبات.", new String[] {"per-sara", "per-fatima"}, "ch-instagram",
                "ch-influencers"));
        map.add(content("ct-oud-videos", ContentFormat.VIDEO, ACT, "كيف تختار العود المناسب", null,
                "فيديوهات قصيرة عن أنواع العود ومصادره.", new String[] {"per-fatima", "per-abdullah"}, "ch-instagram",
                "ch-store"));
        map.add(content("ct-whatsapp-consultation", ContentFormat.TOOL, ACT, "استشارة العطر عبر واتساب", null,
                "ثلاثة أسئلة واقتراح عطرين خلال ساعة.", new String[] {"per-fatima", "per-abdullah"}, "ch-whatsapp"));
        map.add(content("ct-gift-guide", ContentFormat.GUIDE, CONVERT, "دليل هدايا رمضان والعيد", null,
                "هدايا حسب الميزانية ومن تهديه.", new String[] {"per-abdullah"}, "ch-store", "ch-email"));
        map.add(content("ct-cart-messages", ContentFormat.EMAIL, CONVERT, "رسائل السلة المتروكة", null,
                "تذكير بعد ساعة، ثم بعد يوم مع عينة مجانية.", new String[] {"per-sara"}, "ch-email"));
        map.add(content("ct-subscription-page", ContentFormat.LANDING_PAGE, ENGAGE, "صفحة صندوق البخور الشهري",
                "https://www.dar-alanbar.example/subscription", "اشتراك شهري مع إمكانية الإيقاف في أي وقت.",
                new String[] {"per-fatima"}, "ch-store"));

        strategy.getMarketingMix().add(mix("mix-product", MarketingMixElement.PRODUCT, 5, "صندوق البخور الشهري",
                "لا اشتراكات حاليًا.", "ثلاث خلطات كل شهر بكميات صغيرة."));
        strategy.getMarketingMix().add(mix("mix-price", MarketingMixElement.PRICE, 4, "صناديق هدايا بثلاث فئات سعرية",
                "سعر واحد لكل منتج.", "250 و450 و850 درهمًا."));
        strategy.getMarketingMix().add(mix("mix-place", MarketingMixElement.PLACE, 4, "توصيل في اليوم نفسه داخل دبي والشارقة",
                "توصيل خلال يومين إلى ثلاثة أيام.", "مع شركة توصيل محلية."));
        strategy.getMarketingMix().add(mix("mix-promotion", MarketingMixElement.PROMOTION, 5,
                "حملات رمضان واليوم الوطني مع المؤثرات", "إعلانات متفرقة بلا خطة سنوية.", "تقويم حملات ثابت."));
        strategy.getMarketingMix().add(mix("mix-people", MarketingMixElement.PEOPLE, 3, "مستشارتا عطور عبر واتساب",
                "موظفة واحدة في المعرض.", "تدريب على خلطاتنا وعلى الرد السريع."));
        strategy.getMarketingMix().add(mix("mix-process", MarketingMixElement.PROCESS, 4, "دفع أسرع على الهاتف",
                "خمس خطوات للدفع.", "خطوتان مع الدفع عند الاستلام."));
        strategy.getMarketingMix().add(mix("mix-physical-evidence", MarketingMixElement.PHYSICAL_EVIDENCE, 3,
                "شهادة أصالة وتغليف قابل لإعادة الاستخدام", "علبة كرتون عادية.", "صندوق خشبي صغير مع بطاقة."));

        CommunicationsStrategy communications = id(F.createCommunicationsStrategy(), "communications");
        strategy.setCommunications(communications);
        communications.getPriorities().add(priority("prio-inbound", CommunicationType.INBOUND, ACT, 4,
                "محتوى يعلّم اختيار العطر", "فيديوهات العود والاستشارات."));
        communications.getPriorities().add(priority("prio-always-on", CommunicationType.ALWAYS_ON, REACH, 4,
                "إعلانات البحث طوال العام", "ميزانية ثابتة ترتفع في المواسم."));
        communications.getPriorities().add(priority("prio-campaigns", CommunicationType.CAMPAIGN, CONVERT, 5,
                "حملتان كبيرتان", "رمضان والعيد، ثم الجمعة البيضاء واليوم الوطني."));
        // The standard RACE audit: five activities per stage, capability and priority from 1 to 5.
        String[][] audit = {
            {"PLAN", "2", "5", "توقع الطلب والمخزون"}, {"PLAN", "3", "4", "لوحة المؤشرات الشهرية"},
            {"PLAN", "2", "4", "أبحاث العملاء والاستبيانات"}, {"PLAN", "3", "3", "رصد المنافسين ومنصات التسوق"},
            {"PLAN", "2", "3", "تقسيم العملاء وتحديث الشخصيات"},
            {"REACH", "4", "4", "إعلانات البحث"}, {"REACH", "3", "4", "التعاون مع المؤثرات"},
            {"REACH", "3", "4", "إعلانات سناب شات"}, {"REACH", "2", "3", "تحسين محركات البحث لصفحات المنتجات"},
            {"REACH", "3", "2", "العلاقات العامة وتغطية المناسبات"},
            {"ACT", "4", "5", "الاستشارات عبر واتساب"}, {"ACT", "2", "3", "فيديوهات تعليمية عن العود"},
            {"ACT", "3", "4", "محتوى إنستغرام والريلز"}, {"ACT", "2", "3", "البحث والتصفية في المتجر"},
            {"ACT", "2", "4", "الاشتراك في النشرة مع عينة مجانية"},
            {"CONVERT", "2", "5", "استعادة السلات المتروكة"}, {"CONVERT", "3", "4", "الدفع السريع على الهاتف"},
            {"CONVERT", "3", "4", "صفحات المنتجات والتقييمات"},
            {"CONVERT", "4", "5", "الدفع عند الاستلام والتوصيل في اليوم نفسه"},
            {"CONVERT", "3", "5", "عروض المواسم وصناديق الهدايا"},
            {"ENGAGE", "1", "5", "التواصل بعد الشراء"}, {"ENGAGE", "2", "4", "برنامج كبار العملاء"},
            {"ENGAGE", "1", "4", "تذكير إعادة الشراء"}, {"ENGAGE", "2", "3", "طلب التقييمات مع الصور"},
            {"ENGAGE", "4", "4", "خدمة العملاء عبر واتساب"},
        };
        for (int i = 0; i < audit.length; i++) {
            communications.getAudit().add(audit(String.format("audit-%02d", i + 1), RaceStage.valueOf(audit[i][0]),
                    Integer.parseInt(audit[i][1]), Integer.parseInt(audit[i][2]), audit[i][3], null));
        }
    }

    private void canvas(StrategySection strategy) {
        BusinessModelCanvas canvas = id(F.createBusinessModelCanvas(), "canvas");
        strategy.setBusinessModelCanvas(canvas);
        canvas.getItems().add(canvas("bmc-value", CanvasBlock.VALUE_PROPOSITIONS, "عود أصلي يصل في اليوم نفسه",
                "خلطات حصرية واستشارة شخصية.", "seg-women", "seg-gift-buyers"));
        canvas.getItems().add(canvas("bmc-segments", CanvasBlock.CUSTOMER_SEGMENTS, "محبات العود ومشترو الهدايا",
                "في الإمارات والسعودية.", "seg-women", "seg-gift-buyers", "seg-loyal"));
        canvas.getItems().add(canvas("bmc-relationships", CanvasBlock.CUSTOMER_RELATIONSHIPS, "استشارة واشتراك شهري",
                "علاقة شخصية عبر واتساب.", "ch-whatsapp", "seg-loyal"));
        canvas.getItems().add(canvas("bmc-channels", CanvasBlock.CHANNELS, "المتجر والتطبيقات والمعرض",
                "البيع عبر الإنترنت والاستلام من المعرض.", "ch-store", "ch-snapchat", "ch-boutique"));
        canvas.getItems().add(canvas("bmc-activities", CanvasBlock.KEY_ACTIVITIES, "صناعة الخلطات والتصوير",
                "خلطة جديدة كل موسم."));
        canvas.getItems().add(canvas("bmc-resources", CanvasBlock.KEY_RESOURCES, "وصفات الخلطات وقاعدة العملاء",
                "ثلاثون ألف عميل وافقوا على التواصل.", "ch-email"));
        canvas.getItems().add(canvas("bmc-partners", CanvasBlock.KEY_PARTNERS, "موردو العود وشركة التوصيل",
                "موردان في الهند وكمبوديا وشركة توصيل محلية.", "ch-influencers"));
        canvas.getItems().add(canvas("bmc-costs", CanvasBlock.COST_STRUCTURE, "الإعلانات والمحتوى والمتجر",
                "أكبر التكاليف التسويقية.", "bl-media-search", "bl-media-snapchat", "bl-content-influencers",
                "bl-site-platform"));
        canvas.getItems().add(canvas("bmc-revenue", CanvasBlock.REVENUE_STREAMS, "المبيعات والاشتراكات",
                "مبيعات المتجر والمعرض واشتراك البخور.", "ch-store", "ch-boutique"));
    }

    // --- العمل -----------------------------------------------------------------------------------

    private long[] phasing(String line) {
        return switch (line) {
            case "bl-media-search" -> split(300_000, SEASON);
            case "bl-media-snapchat" -> split(180_000, SEASON);
            case "bl-creative-ramadan" -> inMonths(new long[] {30_000, 15_000}, 1, 2);
            case "bl-content-influencers" -> monthly(8_000);
            case "bl-pr-national-day" -> inMonths(new long[] {8_000, 12_000}, 11, 12);
            case "bl-staff-photographer" -> monthly(6_000);
            case "bl-site-platform" -> monthly(2_500);
            case "bl-site-subscription" -> inMonths(new long[] {15_000, 10_000}, 4, 5);
            case "bl-site-email" -> monthly(900);
            default -> throw new IllegalArgumentException(line);
        };
    }

    private void budget(ActionSection action) {
        Budget budget = id(F.createBudget(), "budget");
        action.setBudget(budget);
        Object[][] lines = {
            {"bl-media-search", BudgetCategory.MEDIA, CostType.RECURRING, "إعلانات البحث", "جوجل", "ch-search",
                "ميزانية ثابتة ترتفع في رمضان والأعياد.", "kpi-reach-sessions"},
            {"bl-media-snapchat", BudgetCategory.MEDIA, CostType.RECURRING, "إعلانات سناب شات", "سناب", "ch-snapchat",
                "إعلانات فيديو قصيرة مع الشراء المباشر.", "kpi-convert-revenue"},
            {"bl-creative-ramadan", BudgetCategory.CREATIVE, CostType.ONE_SHOT, "تصوير حملة رمضان وتصميم صناديق الهدايا",
                "استوديو تصوير في دبي", null, "تصوير في يناير وطباعة الصناديق في فبراير.", null},
            {"bl-content-influencers", BudgetCategory.CONTENT_SEO, CostType.RECURRING,
                "إنتاج المحتوى مع المؤثرات وتحسين محركات البحث", "صانعات محتوى", "ch-influencers",
                "محتوى شهري وتحسين صفحات المنتجات.", "kpi-reach-sessions"},
            {"bl-pr-national-day", BudgetCategory.PR_EVENTS, CostType.ONE_SHOT, "فعالية اليوم الوطني في المعرض",
                "منظم فعاليات", "ch-boutique", "أمسية تذوق العطور مع الضيافة.", null},
            {"bl-staff-photographer", BudgetCategory.STAFF, CostType.RECURRING, "مصور بدوام جزئي", null, null,
                "يومان في الأسبوع لصور المنتجات والريلز.", null},
            {"bl-site-platform", BudgetCategory.SITE_MARTECH, CostType.RECURRING, "منصة المتجر والاستضافة", "شوبيفاي",
                "ch-store", "الاشتراك الشهري والتطبيقات.", null},
            {"bl-site-subscription", BudgetCategory.SITE_MARTECH, CostType.ONE_SHOT, "تطوير صفحة الاشتراك الشهري",
                "مطور مستقل", "ch-store", "صفحة الاشتراك والدفع المتكرر.", "kpi-engage-repeat"},
            {"bl-site-email", BudgetCategory.SITE_MARTECH, CostType.RECURRING, "أداة البريد والرسائل التلقائية", "كلافيو",
                "ch-email", "حتى 40 ألف جهة اتصال.", "kpi-convert-carts"},
        };
        for (Object[] row : lines) {
            String id = (String) row[0];
            org.tactician.model.BudgetLine line = budgetLine(id, (BudgetCategory) row[1], (CostType) row[2],
                    (String) row[3], (String) row[4], (String) row[5], (String) row[6], phasing(id));
            if (row[7] != null) {
                line.getKpis().add(get((String) row[7]));
            }
            budget.getLines().add(line);
        }
        // What the owners approved for 2027, and the split they expect.
        approved(budget, 810_000, BudgetCategory.MEDIA, 490_000, BudgetCategory.CREATIVE, 50_000,
                BudgetCategory.CONTENT_SEO, 100_000, BudgetCategory.PR_EVENTS, 25_000, BudgetCategory.STAFF, 75_000,
                BudgetCategory.SITE_MARTECH, 70_000);
    }

    private void dashboard(ActionSection action) {
        Dashboard dashboard = id(F.createDashboard(), "dashboard");
        action.setDashboard(dashboard);
        Kpi forecast = kpi("kpi-plan-forecast", PLAN, "دقة التوقع", "%", "70", "90", "28.6", "2.0", "ch-store",
                "tm-omar", "مقارنة التوقع بالمبيعات الفعلية", "الفرق بين التوقع والمبيعات كل شهر.");
        kpiRamp(forecast, 1, dec("70"));
        dashboard.getKpis().add(forecast);
        long sessionTarget = sum(sessions, 0, 12);
        Kpi reach = kpi("kpi-reach-sessions", REACH, "جلسات المتجر", "جلسة", "555000", Long.toString(sessionTarget),
                growth(555_000, sessionTarget), "1.0", "ch-store", "tm-khalid", "تحليلات جوجل",
                "كل الجلسات عبر الإنترنت.");
        kpiValues(reach, sessions, split(555_000, SEASON));
        dashboard.getKpis().add(reach);
        Kpi consultations = kpi("kpi-act-consultations", ACT, "استشارات واتساب", "استشارة", "4800", "9000",
                growth(4_800, 9_000), "3.0", "ch-whatsapp", "tm-omar", "واتساب للأعمال", "المحادثات التي تنتهي باقتراح عطر.");
        kpiValues(consultations, split(9_000, SEASON), split(4_800, SEASON));
        dashboard.getKpis().add(consultations);
        long revenueTarget = sum(revenueTargets, 0, 12);
        Kpi revenue = kpi("kpi-convert-revenue", CONVERT, "إيرادات المتجر الإلكتروني", currency, "3578700",
                Long.toString(revenueTarget), growth(3_578_700, revenueTarget), "1.0", "ch-store", "tm-reem",
                "تقارير المتجر بعد الإلغاءات", "إيرادات الطلبات عبر الإنترنت.");
        kpiValues(revenue, revenueTargets, split(3_578_700, SEASON));
        dashboard.getKpis().add(revenue);
        Kpi carts = kpi("kpi-convert-carts", CONVERT, "السلات المستعادة", "%", "4", "7.5", "87.5", "5.0", "ch-email",
                "tm-omar", "أداة البريد", "نسبة السلات المتروكة التي تتحول إلى طلب.");
        kpiRamp(carts, 1, dec("4"));
        dashboard.getKpis().add(carts);
        Kpi repeat = kpi("kpi-engage-repeat", ENGAGE, "الشراء المتكرر", "%", "31", "38", "22.6", "1.0", "ch-email",
                "tm-noura", "بيانات العملاء في المتجر", "عملاء لهم طلب ثانٍ خلال 12 شهرًا.");
        kpiRamp(repeat, 1, dec("31"));
        dashboard.getKpis().add(repeat);
    }

    private void campaigns(ActionSection action) {
        Campaign ramadan = campaign(action, "camp-ramadan", "رمضان والعيد: هدايا من دار العنبر",
                "صناديق هدايا بخلطات رمضان الحصرية، وتوصيل في اليوم نفسه حتى ليلة العيد (التواريخ تقريبية حسب رؤية "
                        + "الهلال).",
                date(1, 25), date(3, 12), "tm-khalid",
                "تحقيق أهداف الإيرادات لشهري فبراير ومارس وبيع ثلاثة آلاف صندوق هدايا.",
                "utm_campaign=ramadan-2027؛ هدف الشراء في تحليلات جوجل؛ رمز خصم لكل مؤثرة.",
                new String[] {"obj-convert-revenue", "obj-reach-sessions"}, new String[] {"seg-gift-buyers", "seg-women"},
                new String[] {"per-abdullah", "per-fatima"});
        keyMessage(ramadan, "km-ramadan-gift", "هدية تليق بمن تحب", "صناديق جاهزة بثلاث فئات سعرية.", "per-abdullah");
        keyMessage(ramadan, "km-ramadan-delivery", "توصيل في اليوم نفسه حتى ليلة العيد", "داخل دبي والشارقة.",
                "per-abdullah", "per-fatima");
        placement(ramadan, "mp-ramadan-search", "إعلانات البحث في رمضان", date(1, 25), date(3, 12), "ch-search",
                MediaType.PAID, 60_000, "bl-media-search", "كلمات الهدايا والعود والبخور باللغتين.",
                "kpi-convert-revenue");
        placement(ramadan, "mp-ramadan-snapchat", "إعلانات سناب شات في رمضان", date(2, 1), date(3, 12), "ch-snapchat",
                MediaType.PAID, 45_000, "bl-media-snapchat", "الإمارات والسعودية، 18 إلى 44 عامًا.",
                "kpi-reach-sessions");
        ramadan.setBudget(money(150_000));
        org.tactician.model.BudgetLine creative = get("bl-creative-ramadan");
        creative.setCampaign(ramadan);

        Campaign nationalDay = campaign(action, "camp-national-day", "الجمعة البيضاء واليوم الوطني",
                "عروض الجمعة البيضاء ثم احتفال عيد الاتحاد في المعرض.", date(11, 22), date(12, 3), "tm-khalid",
                "تحقيق هدف إيرادات نوفمبر وجذب 400 زائر إلى أمسية المعرض.",
                "utm_campaign=national-day-2027؛ تسجيل الحضور في المعرض.",
                new String[] {"obj-convert-revenue"}, new String[] {"seg-social-shoppers", "seg-loyal"},
                new String[] {"per-sara", "per-fatima"});
        keyMessage(nationalDay, "km-national-day", "عطر الاتحاد: خلطة اليوم الوطني", "إصدار محدود بمناسبة عيد الاتحاد.",
                "per-fatima", "per-sara");
        placement(nationalDay, "mp-national-day-search", "إعلانات البحث للجمعة البيضاء", date(11, 22), date(12, 3),
                "ch-search", MediaType.PAID, 30_000, "bl-media-search", "كلمات العروض والهدايا.",
                "kpi-convert-revenue");
        placement(nationalDay, "mp-national-day-snapchat", "إعلانات سناب شات لليوم الوطني", date(11, 22), date(12, 3),
                "ch-snapchat", MediaType.PAID, 25_000, "bl-media-snapchat", "الإمارات، كل الأعمار.",
                "kpi-reach-sessions");
        nationalDay.setBudget(money(75_000));
        org.tactician.model.BudgetLine event = get("bl-pr-national-day");
        event.setCampaign(nationalDay);
    }

    private void activities(ActionSection action) {
        AlwaysOnPlan alwaysOn = id(F.createAlwaysOnPlan(), "always-on");
        action.setAlwaysOnPlan(alwaysOn);
        alwaysOn.getActivities().add(alwaysOn("ao-monthly-review", PLAN, "مراجعة شهرية للمبيعات والمخزون", "tm-omar",
                "ch-store", null, null, 4, ALL_QUARTERS, null, "obj-plan-forecast"));
        alwaysOn.getActivities().add(alwaysOn("ao-search", REACH, "إعلانات البحث طوال العام", "tm-khalid", "ch-search",
                "bl-media-search", null, 4, ALL_QUARTERS, null, "obj-reach-sessions"));
        alwaysOn.getActivities().add(alwaysOn("ao-influencers", REACH, "محتوى شهري مع المؤثرات", "tm-noura",
                "ch-influencers", "bl-content-influencers", null, 4, ALL_QUARTERS, null, "obj-reach-sessions"));
        alwaysOn.getActivities().add(alwaysOn("ao-whatsapp", ACT, "استشارات العطور عبر واتساب", "tm-omar",
                "ch-whatsapp", null, null, 4, ALL_QUARTERS, null, "obj-act-consultations"));
        alwaysOn.getActivities().add(alwaysOn("ao-carts", CONVERT, "رسائل السلات المتروكة", "tm-omar", "ch-email",
                "bl-site-email", null, 4, ALL_QUARTERS, null, "obj-convert-carts"));
        alwaysOn.getActivities().add(alwaysOn("ao-after-sale", ENGAGE, "رسائل ما بعد الشراء وعينات مجانية", "tm-noura",
                "ch-email", "bl-site-email", null, 4, ALL_QUARTERS, null, "obj-engage-repeat"));

        action.getMartechStack().add(tool("mt-store", "منصة المتجر", MarTechCategory.ECOMMERCE, "شوبيفاي",
                "bl-site-platform", "tm-omar", CONVERT));
        action.getMartechStack().add(tool("mt-analytics", "تحليلات جوجل", MarTechCategory.ANALYTICS, "جوجل", null,
                "tm-reem", PLAN, REACH, CONVERT));
        action.getMartechStack().add(tool("mt-email", "أداة البريد والرسائل التلقائية", MarTechCategory.EMAIL_AUTOMATION,
                "كلافيو", "bl-site-email", "tm-noura", CONVERT, ENGAGE));
        action.getMartechStack().add(tool("mt-whatsapp", "واتساب للأعمال", MarTechCategory.CUSTOMER_SERVICE, "ميتا",
                null, "tm-omar", ACT, ENGAGE));

        NinetyDayPlan q1 = ninetyDays(action, "ninety-days-q1", Quarter.Q1, "الربع الأول: موسم رمضان والعيد", null);
        actionItem(q1, "ai-q1-stock", PLAN, Workstream.SITE, "توقع طلب رمضان وطلب المخزون", date(1, 3), date(1, 20),
                "tm-omar", "ch-store", null, null, 4, "obj-plan-forecast");
        actionItem(q1, "ai-q1-gift-boxes", ACT, Workstream.CONTENT, "تصوير صناديق الهدايا", date(1, 10), date(1, 31),
                "tm-noura", "ch-instagram", "bl-creative-ramadan", "camp-ramadan", 4, "obj-convert-revenue");
        actionItem(q1, "ai-q1-ramadan", CONVERT, Workstream.CAMPAIGNS, "حملة رمضان والعيد", date(1, 25), date(3, 12),
                "tm-khalid", "ch-search", null, "camp-ramadan", 4, "obj-convert-revenue");
        NinetyDayPlan q2 = ninetyDays(action, "ninety-days-q2", Quarter.Q2, "الربع الثاني: الاشتراك وعيد الأضحى", null);
        actionItem(q2, "ai-q2-subscription", ENGAGE, Workstream.SITE, "إطلاق صندوق البخور الشهري", date(4, 1),
                date(5, 2), "tm-omar", "ch-store", "bl-site-subscription", null, 4, "obj-engage-subscribers");
        actionItem(q2, "ai-q2-eid-adha", REACH, Workstream.MEDIA, "إعلانات عيد الأضحى", date(5, 5), date(5, 20),
                "tm-khalid", "ch-snapchat", "bl-media-snapchat", null, 4, "obj-reach-sessions");
        NinetyDayPlan q3 = ninetyDays(action, "ninety-days-q3", Quarter.Q3, "الربع الثالث: الصيف والتقييمات", null);
        actionItem(q3, "ai-q3-summer", ACT, Workstream.CONTENT, "محتوى الصيف: عطور السفر", date(7, 1), date(8, 31),
                "tm-noura", "ch-instagram", null, null, 4, "obj-act-consultations");
        actionItem(q3, "ai-q3-reviews", ENGAGE, Workstream.CONTENT, "طلب التقييمات مع الصور", date(7, 1), date(9, 30),
                "tm-noura", "ch-email", "bl-site-email", null, 4, "obj-engage-repeat");
        NinetyDayPlan q4 = ninetyDays(action, "ninety-days-q4", Quarter.Q4,
                "الربع الرابع: الجمعة البيضاء واليوم الوطني", null);
        actionItem(q4, "ai-q4-national-day", CONVERT, Workstream.CAMPAIGNS, "حملة الجمعة البيضاء واليوم الوطني",
                date(11, 1), date(12, 3), "tm-khalid", "ch-snapchat", null, "camp-national-day", 4,
                "obj-convert-revenue");
        actionItem(q4, "ai-q4-event", REACH, Workstream.CAMPAIGNS, "أمسية اليوم الوطني في المعرض", date(11, 15),
                date(12, 1), "tm-reem", "ch-boutique", "bl-pr-national-day", "camp-national-day", 4,
                "obj-reach-sessions");
        actionItem(q4, "ai-q4-plan-2028", PLAN, Workstream.SITE, "مراجعة السنة وخطة 2028", date(12, 5), date(12, 20),
                "tm-reem", "ch-store", null, null, 4, "obj-plan-forecast");
    }

    // --- التشغيل ---------------------------------------------------------------------------------

    private void operations(OperationsSection operations) {
        String[] quarterNames = {"الربع الأول", "الربع الثاني", "الربع الثالث", "الربع الرابع"};
        String[][] activities = {{"ai-q1-ramadan", "ao-search"}, {"ai-q2-eid-adha", "ao-search"},
            {"ai-q3-summer", "ao-search"}, {"ai-q4-national-day", "ao-search"}};
        for (int q = 0; q < 4; q++) {
            QuarterlyObjective objective = named(F.createQuarterlyObjective(), "qo-revenue-q" + (q + 1),
                    quarterNames[q] + ": إيرادات المتجر", null);
            objective.setQuarter(Quarter.values()[q]);
            objective.setAnnualObjective(get("obj-convert-revenue"));
            objective.setTarget(dec(sum(revenueTargets, q * 3, q * 3 + 3)));
            objective.setUnit(currency);
            objective.setOwner(get("tm-reem"));
            objective.getActivities().addAll(all(activities[q]));
            operations.getQuarterlyObjectives().add(objective);
        }
        String[] months = {"يناير", "فبراير", "مارس"};
        for (int m = 1; m <= 3; m++) {
            MonthlyObjective objective = named(F.createMonthlyObjective(), "mo-revenue-0" + m,
                    months[m - 1] + ": إيرادات المتجر", null);
            objective.setMonth(month(m));
            objective.setDeadline(endOfMonth(m));
            objective.setPhase(PlanPhase.LAUNCH);
            objective.setQuarterlyObjective(get("qo-revenue-q1"));
            objective.setTarget(dec(revenueTargets[m - 1]));
            objective.setUnit(currency);
            objective.setStatus(ObjectiveStatus.NOT_STARTED);
            objective.setOwner(get("tm-reem"));
            operations.getMonthlyObjectives().add(objective);
        }
        MonthlyObjective subscribers = named(F.createMonthlyObjective(), "mo-subscribers-launch",
                "مايو: 300 مشترك في صندوق البخور", null);
        subscribers.setMonth(month(5));
        subscribers.setDeadline(endOfMonth(5));
        subscribers.setPhase(PlanPhase.LOYALTY);
        subscribers.setTarget(dec(300));
        subscribers.setUnit("مشترك");
        subscribers.setStatus(ObjectiveStatus.NOT_STARTED);
        subscribers.setOwner(get("tm-noura"));
        operations.getMonthlyObjectives().add(subscribers);

        EditorialCalendar editorial = named(F.createEditorialCalendar(), "editorial-calendar", "تقويم المحتوى 2027",
                "منشورات إنستغرام ومقالات المتجر ومحتوى المؤثرات.");
        operations.setEditorialCalendar(editorial);
        List<EditorialEntry> entries = editorial.getEntries();
        entries.add(editorial("ed-oud-video", "فيديو: كيف تختار العود المناسب", date(1, 20), ACT, "ch-instagram",
                "obj-act-consultations", null, "ao-whatsapp", ContentFormat.VIDEO, "ct-oud-videos", "per-fatima"));
        entries.add(editorial("ed-ramadan-guide", "دليل هدايا رمضان والعيد", date(2, 1), CONVERT, "ch-store",
                "obj-convert-revenue", "camp-ramadan", "ai-q1-ramadan", ContentFormat.GUIDE, "ct-gift-guide",
                "per-abdullah"));
        entries.add(editorial("ed-bakhoor-reel", "ريلز: البخور في ليالي رمضان", date(2, 15), REACH, "ch-instagram",
                "obj-reach-sessions", "camp-ramadan", "ao-influencers", ContentFormat.SOCIAL_POST, "ct-reels",
                "per-sara", "per-fatima"));
        entries.add(editorial("ed-eid-delivery", "تهنئة العيد ومواعيد التوصيل الأخيرة", date(3, 7), CONVERT,
                "ch-instagram", "obj-convert-revenue", "camp-ramadan", "ai-q1-ramadan", ContentFormat.SOCIAL_POST,
                "ct-gift-guide", "per-abdullah"));
        entries.add(editorial("ed-subscription-launch", "إطلاق صندوق البخور الشهري", date(5, 2), ENGAGE, "ch-instagram",
                "obj-engage-subscribers", null, "ai-q2-subscription", ContentFormat.SOCIAL_POST, "ct-subscription-page",
                "per-fatima"));
        entries.add(editorial("ed-summer-travel", "عطور السفر للصيف", date(7, 5), ACT, "ch-store",
                "obj-act-consultations", null, "ai-q3-summer", ContentFormat.ARTICLE, "ct-oud-videos", "per-sara"));
        EditorialEntry autumn = editorial("ed-influencer-winter", "تعاون مع صانعة محتوى: روائح الشتاء", date(10, 10),
                REACH, "ch-influencers", "obj-reach-sessions", null, "ao-influencers", ContentFormat.VIDEO, "ct-reels",
                "per-sara");
        cost(autumn, 8_000, "bl-content-influencers");
        entries.add(autumn);
        entries.add(editorial("ed-national-day", "احتفال عيد الاتحاد في معرضنا", date(12, 1), REACH, "ch-instagram",
                "obj-reach-sessions", "camp-national-day", "ai-q4-event", ContentFormat.SOCIAL_POST, "ct-reels",
                "per-fatima", "per-abdullah"));

        AdvertisingCalendar advertising = named(F.createAdvertisingCalendar(), "advertising-calendar",
                "تقويم الإعلانات 2027", "الحملات المدفوعة مع اختبارات أ/ب.");
        operations.setAdvertisingCalendar(advertising);
        advertising.getEntries().add(flight("ad-ramadan-search", "mp-ramadan-search", "camp-ramadan", CONVERT,
                "ai-q1-ramadan", "ct-gift-guide", abTest("ab-ramadan-headline", "عنوان الإعلان: الهدية أم التوصيل",
                        "التوصيل في اليوم نفسه أقوى من وصف الهدية قبل العيد بأيام.", "هدية تليق بمن تحب",
                        "توصيل في اليوم نفسه", "معدل التحويل")));
        advertising.getEntries().add(flight("ad-ramadan-snapchat", "mp-ramadan-snapchat", "camp-ramadan", REACH,
                "ai-q1-ramadan", "ct-reels", abTest("ab-ramadan-format", "فيديو قصير أم صورة ثابتة",
                        "الفيديو القصير يجلب زيارات أرخص.", "فيديو 6 ثوانٍ", "صورة ثابتة", "تكلفة الزيارة")));
        advertising.getEntries().add(flight("ad-national-day-search", "mp-national-day-search", "camp-national-day",
                CONVERT, "ai-q4-national-day", "ct-gift-guide", abTest("ab-national-day-offer", "خصم أم هدية مجانية",
                        "الهدية المجانية أفضل من الخصم لعلامة فاخرة.", "خصم 20%", "مبخرة صغيرة هدية",
                        "متوسط قيمة الطلب")));
        advertising.getEntries().add(flight("ad-national-day-snapchat", "mp-national-day-snapchat", "camp-national-day",
                REACH, "ai-q4-event", "ct-reels", abTest("ab-national-day-invite", "دعوة إلى المعرض أم شراء مباشر",
                        "دعوة الأمسية تجلب زوارًا يشترون أكثر.", "سجّل حضورك للأمسية", "اطلب الآن",
                        "نسبة النقر")));

        AutomationPlan automations = named(F.createAutomationPlan(), "automation-plan", "الرسائل التلقائية 2027",
                "رسائل البريد التلقائية؛ تكلفة الأداة في بند الميزانية الخاص بها.");
        operations.setAutomationPlan(automations);
        automations.getEntries().add(automation("au-welcome", "رسائل الترحيب مع عينة مجانية", AutomationTrigger.WELCOME,
                ACT, "seg-women", "ct-oud-videos", "obj-act-consultations", "ao-whatsapp"));
        automations.getEntries().add(automation("au-carts", "السلة المتروكة: بعد ساعة وبعد يوم",
                AutomationTrigger.ABANDONED_CART, CONVERT, "seg-social-shoppers", "ct-cart-messages", "obj-convert-carts",
                "ao-carts"));
        automations.getEntries().add(automation("au-replenish", "تذكير بإعادة شراء البخور بعد ٤٥ يومًا",
                AutomationTrigger.REPLENISHMENT, ENGAGE, "seg-loyal", "ct-subscription-page", "obj-engage-repeat",
                "ao-after-sale"));

        CroPlan cro = named(F.createCroPlan(), "cro-plan", "خطة تحسين معدل التحويل 2027", null);
        operations.setCroPlan(cro);
        cro.getEntries().add(cro("cro-cod", "الدفع عند الاستلام في صفحة المنتج", date(1, 5), date(1, 24),
                "صفحة المنتج على الهاتف", "إظهار الدفع عند الاستلام مبكرًا يزيل التردد لدى المشترين الجدد.",
                "معدل الإضافة إلى السلة", "6.0", "إظهار الدفع عند الاستلام", "في صفحة الدفع فقط",
                "تحت السعر مباشرة"));
        cro.getEntries().add(cro("cro-gift-wrap", "خيار تغليف الهدية في السلة", date(9, 1), date(10, 15), "السلة",
                "خيار التغليف مع بطاقة إهداء يرفع قيمة الطلب.", "متوسط قيمة الطلب", "8.0", "خيار التغليف",
                "بلا خيار تغليف", "تغليف مع بطاقة بخط اليد"));

        LoyaltyPlan loyalty = named(F.createLoyaltyPlan(), "loyalty-plan", "خطة الولاء حسب الحداثة والتكرار والقيمة",
                "تقسيم العملاء بدرجات من 1 إلى 5.");
        operations.setLoyaltyPlan(loyalty);
        loyalty.getRfmSegments().add(rfm("rfm-vip", "كبار العملاء", 5, 5, 5, "seg-loyal", null));
        loyalty.getRfmSegments().add(rfm("rfm-new", "عملاء جدد", 5, 1, 2, "seg-social-shoppers", null));
        loyalty.getRfmSegments().add(rfm("rfm-sleeping", "عملاء غائبون", 1, 2, 3, "seg-women", null));
        loyalty.getEntries().add(loyaltyEntry("lo-vip-preview", "معاينة خلطة رمضان لكبار العملاء", date(1, 20),
                date(1, 31), "rfm-vip", "عينة مجانية من الخلطة الجديدة قبل الإطلاق", "ch-whatsapp", "ao-after-sale"));
        loyalty.getEntries().add(loyaltyEntry("lo-new-second", "الطلب الثاني للعملاء الجدد", date(4, 1), date(12, 31),
                "rfm-new", "توصيل مجاني على الطلب الثاني خلال 30 يومًا", "ch-email", "ao-after-sale"));
        loyalty.getEntries().add(loyaltyEntry("lo-sleeping", "نفتقدك", date(9, 1), date(9, 30), "rfm-sleeping",
                "عينة مجانية مع أي طلب", "ch-email", "ai-q3-reviews"));
    }

    private EditorialEntry editorial(String id, String name, LocalDate date, RaceStage stage, String channel,
            String objective, String campaign, String activity, ContentFormat format, String content,
            String... personas) {
        EditorialEntry entry = entry(F.createEditorialEntry(), id, name, null, date, null, stage, channel, "tm-noura",
                objective, campaign, activity);
        entry.setFormat(format);
        org.tactician.model.Channel outlet = get(channel);
        entry.setOutlet(outlet.getName());
        entry.setContent(get(content));
        entry.getPersonas().addAll(all(personas));
        return entry;
    }

    private AdvertisingEntry flight(String id, String placementId, String campaign, RaceStage stage, String activity,
            String content, org.tactician.model.AbTest test) {
        MediaPlacement placement = get(placementId);
        AdvertisingEntry entry = entry(F.createAdvertisingEntry(), id, placement.getName(), null, placement.getStart(),
                placement.getEnd(), stage, placement.getChannel().getId(), "tm-khalid", "obj-convert-revenue", campaign,
                activity);
        entry.setMediaType(MediaType.PAID);
        entry.setContent(get(content));
        entry.setTargeting(placement.getTargeting());
        // The flight executes the placement: the placement books the money, the flight adds no copy.
        executes(entry, placementId);
        entry.getAbTests().add(test);
        return entry;
    }

    private AutomationEntry automation(String id, String name, AutomationTrigger trigger, RaceStage stage,
            String segment, String content, String objective, String activity) {
        AutomationEntry entry = entry(F.createAutomationEntry(), id, name, null, date(1, 1), date(12, 31), stage,
                "ch-email", "tm-omar", objective, null, activity);
        entry.setTrigger(trigger);
        entry.setSegment(get(segment));
        entry.setContent(get(content));
        entry.setBudgetLine(get("bl-site-email"));
        return entry;
    }

    private CroEntry cro(String id, String name, LocalDate start, LocalDate end, String page, String hypothesis,
            String metric, String uplift, String testName, String variantA, String variantB) {
        CroEntry entry = entry(F.createCroEntry(), id, name, null, start, end, CONVERT, "ch-store", "tm-omar",
                "obj-convert-revenue", null, "ao-carts");
        entry.setPage(page);
        entry.setHypothesis(hypothesis);
        entry.setMetric(metric);
        entry.setExpectedUplift(dec(uplift));
        entry.setTest(abTest(id + "-test", testName, hypothesis, variantA, variantB, metric));
        return entry;
    }

    private LoyaltyEntry loyaltyEntry(String id, String name, LocalDate start, LocalDate end, String rfm, String offer,
            String channel, String activity) {
        LoyaltyEntry entry = entry(F.createLoyaltyEntry(), id, name, null, start, end, ENGAGE, channel, "tm-noura",
                "obj-engage-repeat", null, activity);
        entry.setRfmSegment(get(rfm));
        entry.setOffer(offer);
        return entry;
    }

    // --- رحلة العميل -----------------------------------------------------------------------------

    private void journey() {
        CustomerJourney journey = named(F.createCustomerJourney(), "journey-gift", "من البحث عن هدية إلى عميل دائم",
                "الطريق من الإعلان إلى الشراء عبر الإنترنت أو في المعرض، ثم العودة.");
        journey.getPersonas().addAll(all("per-fatima", "per-abdullah", "per-sara"));
        plan.getJourneys().add(journey);
        journey.getStages().add(stage("js-reach", REACH, "الاكتشاف",
                touchpoint("tp-snapchat-ad", "إعلان سناب شات", MediaType.PAID, "ch-snapchat", PurchaseMode.NONE,
                        "ai-q2-eid-adha", new String[] {"per-sara"}, new String[] {}, "ct-reels"),
                touchpoint("tp-search-ad", "إعلان بحث عن هدية", MediaType.PAID, "ch-search", PurchaseMode.NONE,
                        "ao-search", new String[] {"per-abdullah"}, new String[] {}, "ct-gift-guide"),
                touchpoint("tp-reel", "ريلز من صانعة محتوى", MediaType.EARNED, "ch-influencers", PurchaseMode.NONE,
                        "ao-influencers", new String[] {"per-fatima", "per-sara"}, new String[] {}, "ct-reels")));
        journey.getStages().add(stage("js-act", ACT, "الاستشارة والمقارنة",
                touchpoint("tp-whatsapp", "استشارة عبر واتساب", MediaType.OWNED, "ch-whatsapp", PurchaseMode.NONE,
                        "ao-whatsapp", new String[] {"per-fatima", "per-abdullah"}, new String[] {},
                        "ct-whatsapp-consultation"),
                touchpoint("tp-product", "صفحة المنتج", MediaType.OWNED, "ch-store", PurchaseMode.NONE, null,
                        new String[] {"per-fatima", "per-abdullah", "per-sara"}, new String[] {}, "ct-oud-videos")));
        journey.getStages().add(stage("js-convert", CONVERT, "الشراء",
                touchpoint("tp-checkout", "الدفع في المتجر الإلكتروني", MediaType.OWNED, "ch-store",
                        PurchaseMode.ONLINE, "ao-carts", new String[] {"per-fatima", "per-abdullah", "per-sara"},
                        new String[] {}, "ct-cart-messages"),
                touchpoint("tp-boutique", "الشراء في المعرض", MediaType.OWNED, "ch-boutique", PurchaseMode.OFFLINE,
                        null, new String[] {"per-fatima", "per-abdullah"}, new String[] {})));
        journey.getStages().add(stage("js-engage", ENGAGE, "العودة",
                touchpoint("tp-after-sale", "رسالة ما بعد الشراء مع عينة", MediaType.OWNED, "ch-email",
                        PurchaseMode.NONE, "ao-after-sale", new String[] {"per-fatima", "per-sara"}, new String[] {}),
                touchpoint("tp-subscription", "صندوق البخور الشهري", MediaType.OWNED, "ch-store", PurchaseMode.NONE,
                        "ai-q2-subscription", new String[] {"per-fatima"}, new String[] {}, "ct-subscription-page")));
        List<JourneyFlow> flows = journey.getFlows();
        flows.add(flow("fl-snap-product", "تفتح صفحة المنتج من الإعلان", "tp-snapchat-ad", "tp-product", null,
                "per-sara"));
        flows.add(flow("fl-search-product", "يضغط على الإعلان", "tp-search-ad", "tp-product", null, "per-abdullah"));
        flows.add(flow("fl-search-whatsapp", "يسأل عن هدية مناسبة", "tp-search-ad", "tp-whatsapp", null,
                "per-abdullah"));
        flows.add(flow("fl-reel-whatsapp", "تسأل عن العطر في الفيديو", "tp-reel", "tp-whatsapp", null, "per-fatima"));
        flows.add(flow("fl-whatsapp-product", "رابط العطر المقترح", "tp-whatsapp", "tp-product", null, null));
        flows.add(flow("fl-whatsapp-boutique", "يريد أن يجرب العطر أولًا", "tp-whatsapp", "tp-boutique", null,
                "per-abdullah"));
        flows.add(flow("fl-product-checkout", "تضيف إلى السلة وتدفع", "tp-product", "tp-checkout", null, null));
        flows.add(flow("fl-product-whatsapp", "لديها سؤال قبل الشراء", "tp-product", "tp-whatsapp", null, "per-sara"));
        flows.add(flow("fl-checkout-after-sale", "يصل الطلب", "tp-checkout", "tp-after-sale", null, null));
        flows.add(flow("fl-boutique-after-sale", "بعد الزيارة", "tp-boutique", "tp-after-sale", null, null));
        flows.add(flow("fl-after-sale-subscription", "تشترك في الصندوق الشهري", "tp-after-sale", "tp-subscription",
                null, "per-fatima"));
        flows.add(flow("fl-after-sale-product", "تعود لشراء عطر جديد", "tp-after-sale", "tp-product", null, null));
        flows.add(flow("fl-subscription-checkout", "طلب الاشتراك كل شهر", "tp-subscription", "tp-checkout", null,
                "per-fatima"));
    }
}
