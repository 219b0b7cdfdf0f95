using System;
using System.Collections.Immutable;
using ArticleFacts;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// Hand-built fact sheets (the generator is not needed): the first eleven lines of the seed article
/// nk_fm_visit with a representative set of curated facts, and a tiny second article.
/// </summary>
public static class Fixtures
{
    public const string Text =
        "North Korea's Foreign Minister will visit Russia this coming week, state media reported Sunday, with Washington leading a chorus of global condemnation over Pyongyang's alleged transfers of weapons to Moscow for use in Ukraine.\n" +
        "Traditional allies, Russia and North Korea have recently boosted ties anew, with Pyongyang's leader Kim Jong Un making a rare overseas trip to see President Vladimir Putin in Russia's far east in September.\n" +
        "Top Russian officials, including Moscow's Defense and Foreign ministers, also visited North Korea last year, with the flurry of trips both ways fanning concern among Kyiv's allies over the possibility of a potential arms deal.\n" +
        "\"Choe Son Hui, Minister of Foreign Affairs of the Democratic People's Republic of Korea, will pay an official visit to the Russian Federation from January 15 to 17 at the invitation of its Foreign Minister Sergei Lavrov,\" the Korean Central News Agency said, using the North's official name.\n" +
        "Earlier this month, the White House accused the North of sending both ballistic missiles and launchers to Russia in what it called a \"significant and concerning escalation\" of its support for Moscow's war effort.\n" +
        "Pyongyang-supplied missiles with ranges of around 900 kilometers (550 miles) were used by Russia in attacks on Ukraine, officials said.\n" +
        "Increasing military and economic cooperation between Russia and North Korea has triggered concerns in Washington and Seoul.\n" +
        "South Korea has accused Pyongyang of having provided more than one million artillery rounds to Moscow in exchange for advice on military satellite technology.\n" +
        "After two failed attempts, North Korea succeeded in putting a spy satellite into orbit late last year, after Seoul said it received Russian help.\n" +
        "The United States said in October last year that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia.\n" +
        "A Message from The Moscow Times:\n";

    public const string ArticleId = "nk_fm_visit";
    public const string OtherArticleId = "tiny_article";

    public static readonly Country NorthKorea = new("north_korea", "North Korea", Names("Pyongyang", "the North", "Democratic People's Republic of Korea"), default, null, true);
    public static readonly Country Russia = new("russia", "Russia", Names("Moscow", "Russian Federation"), default, null, true);
    public static readonly Country UnitedStates = new("united_states", "United States", Names("Washington"), default, null, true);
    public static readonly Country SouthKorea = new("south_korea", "South Korea", Names("Seoul"), default, null, true);
    public static readonly Organization MoscowTimes = new("moscow_times", "The Moscow Times", default, default, null, false);
    public static readonly Organization Kcna = new("kcna", "Korean Central News Agency", default, default, NorthKorea, true);
    public static readonly Organization WhiteHouse = new("white_house", "White House", default, default, UnitedStates, true);
    public static readonly Group Officials = new("officials", "unnamed officials", default, default, null, true);
    public static readonly Person Choe = new("choe_son_hui", "Choe Son Hui", default, ValueArray.Create(new Role("Minister of Foreign Affairs", NorthKorea)), null, true);
    public static readonly Person Lavrov = new("sergei_lavrov", "Sergei Lavrov", default, ValueArray.Create(new Role("Foreign Minister", Russia)), null, true);
    public static readonly Person Kim = new("kim_jong_un", "Kim Jong Un", default, ValueArray.Create(new Role("leader", NorthKorea)), null, true);
    public static readonly Person Putin = new("vladimir_putin", "Vladimir Putin", default, ValueArray.Create(new Role("President", Russia)), null, true);
    public static readonly Place FarEast = new("russian_far_east", "Russian Far East", Names("Russia's far east"), default, Russia, true);

    public static readonly DateExpression Sunday = new("t_dct", PartialDate.OfDay(2024, 1, 14), null, DateRule.Dct, At("Sunday"));
    public static readonly DateExpression ComingWeek = new("t_this_coming_week", PartialDate.OfWeek(2024, 3), null, DateRule.NextWeek, At("this coming week"));
    public static readonly DateExpression VisitDays = new("t_jan_15_17", PartialDate.OfDay(2024, 1, 15), PartialDate.OfDay(2024, 1, 17), null, DateRule.NextMonthDay, At("January 15 to 17"));
    public static readonly DateExpression September = new("t_september", PartialDate.OfMonth(2023, 9), null, DateRule.LastPastMonth, At("September"));
    public static readonly DateExpression LastYear = new("t_last_year_visits", PartialDate.OfYear(2023), null, DateRule.LastYear, At("last year"));
    public static readonly DateExpression EarlierThisMonth = new("t_earlier_this_month", PartialDate.OfMonth(2024, 1), DateMod.Start, DateRule.ThisMonth, At("Earlier this month"));
    public static readonly DateExpression LateLastYear = new("t_late_last_year", PartialDate.OfYear(2023), DateMod.End, DateRule.LastYear, At("late last year"));
    public static readonly DateExpression October = new("t_october_last_year", PartialDate.OfMonth(2023, 10), null, DateRule.MonthOfLastYear, At("October last year"));

    public static readonly Quantity MissileRange = new("qty_missile_range", 900m, "km", Comparator.Approx, new Amount(550m, "[mi_i]"), At("around 900 kilometers (550 miles)"));
    public static readonly Quantity ArtilleryRounds = new("qty_shells", 1000000m, "{artillery_round}", Comparator.MoreThan, null, At("more than one million artillery rounds"));
    public static readonly Quantity Containers = new("qty_containers", 1000m, "{container}", Comparator.MoreThan, null, At("more than 1,000 containers"));

    public static readonly Quote KcnaQuote = new("quote_kcna", Kcna, QuoteKind.Direct, At("said", "News Agency said"),
        At("Choe Son Hui, Minister of Foreign Affairs of the Democratic People's Republic of Korea, will pay an official visit to the Russian Federation from January 15 to 17 at the invitation of its Foreign Minister Sergei Lavrov"));
    public static readonly Quote EscalationQuote = new("quote_wh_escalation", WhiteHouse, QuoteKind.Partial, At("called"), At("significant and concerning escalation"));

    // File order deliberately differs from chronological order: the visit (2024-01-15) comes first.
    public static readonly Event Visit = new("ev_choe_visit", "official_visit", ValueArray.Create<Entity>(Choe, Russia), Russia, VisitDays, Tense.Future, At("will pay an official visit"));
    public static readonly Event Meeting = new("ev_kim_putin_meeting", "meeting", ValueArray.Create<Entity>(Kim, Putin), FarEast, September, Tense.Past, At("to see President Vladimir Putin"));
    public static readonly Event WeaponsTransfer = new("ev_weapons_transfers", "arms_transfer", ValueArray.Create<Entity>(NorthKorea, Russia), null, null, null, At("transfers of weapons"));
    public static readonly Event SatelliteLaunch = new("ev_satellite_launch", "satellite_launch", ValueArray.Create<Entity>(NorthKorea), null, LateLastYear, Tense.Past, At("putting a spy satellite into orbit"));

    public static FactSheet Sheet { get; } = BuildSheet();

    public static FactSheet OtherSheet { get; } = BuildOther();

    public static ImmutableArray<FactSheet> Both => [Sheet, OtherSheet];

    /// <summary>An anchor of <paramref name="needle"/> in <see cref="Text"/>, searched within <paramref name="context"/> when given.</summary>
    public static Anchor At(string needle, string? context = null) => AnchorIn(Text, needle, context);

    public static Anchor AnchorIn(string text, string needle, string? context = null)
    {
        var from = context is null ? 0 : text.IndexOf(context, StringComparison.Ordinal);
        if (from < 0) throw new ArgumentException($"context '{context}' not found");
        var start = text.IndexOf(needle, from, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{needle}' not found");
        var lineStart = text.LastIndexOf('\n', Math.Max(start - 1, 0)) + 1;
        if (start == 0) lineStart = 0;
        var line = 1;
        for (var i = 0; i < start; i++) if (text[i] == '\n') line++;
        return new Anchor(start, needle.Length, line, start - lineStart + 1, needle);
    }

    private static ValueArray<string> Names(params string[] names) => ValueArray.Create(names);

    private static FactSheet BuildSheet()
    {
        var bodyEnd = Text.IndexOf("A Message", StringComparison.Ordinal);
        var body = new Anchor(0, bodyEnd, 1, 1, Text[..bodyEnd]);
        var article = new Article(ArticleId, "North Korea's Foreign Minister to visit Russia", MoscowTimes, new DateOnly(2024, 1, 14), "en",
            "https://www.themoscowtimes.com/2024/01/14/north-korean-fm-to-visit-russia", Text, body);

        var claims = ValueArray.Create(
            new Claim("c_visit_invitation", "Choe Son Hui will visit Russia from January 15 to 17.", Kcna, false, Stance.Reported,
                KcnaQuote.Anchor, KcnaQuote, KcnaQuote.Cue, Visit, Choe, Russia, "will_visit", Sunday, default),
            new Claim("c_ties_boosted", "Russia and North Korea have recently boosted ties.", MoscowTimes, true, Stance.Asserted,
                At("Russia and North Korea have recently boosted ties anew"), null, null, null, Russia, NorthKorea, "boosted_ties_with", null, default),
            new Claim("c_wh_missiles", "North Korea sent ballistic missiles and launchers to Russia.", WhiteHouse, false, Stance.Alleged,
                At("accused the North of sending both ballistic missiles and launchers to Russia"), null, At("accused", "White House accused"),
                WeaponsTransfer, NorthKorea, Russia, "supplied_weapons_to", EarlierThisMonth, default),
            new Claim("c_missiles_used", "Russia used North Korean missiles with a range of about 900 km against Ukraine.", Officials, false, Stance.Reported,
                At("Pyongyang-supplied missiles with ranges of around 900 kilometers (550 miles) were used by Russia in attacks on Ukraine"), null,
                At("said", "officials said"), null, Russia, null, null, null, ValueArray.Create(MissileRange)),
            new Claim("c_sk_shells", "North Korea provided more than one million artillery rounds to Russia.", SouthKorea, false, Stance.Alleged,
                At("accused Pyongyang of having provided more than one million artillery rounds to Moscow"), null, At("accused", "South Korea has accused"),
                WeaponsTransfer, NorthKorea, Russia, "supplied_weapons_to", null, ValueArray.Create(ArtilleryRounds)),
            new Claim("c_satellite", "North Korea put a spy satellite into orbit late last year.", MoscowTimes, true, Stance.Asserted,
                At("North Korea succeeded in putting a spy satellite into orbit late last year"), null, null, SatelliteLaunch, NorthKorea, null, null, LateLastYear, default),
            new Claim("c_us_containers", "North Korea delivered more than 1,000 containers of military equipment to Russia.", UnitedStates, false, Stance.Reported,
                At("North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia"), null, At("said", "United States said"),
                WeaponsTransfer, NorthKorea, Russia, "supplied_weapons_to", October, ValueArray.Create(Containers)));

        return new FactSheet(
            article,
            ValueArray.Create<Entity>(NorthKorea, Russia, UnitedStates, SouthKorea, MoscowTimes, Kcna, WhiteHouse, Officials, Choe, Lavrov, Kim, Putin, FarEast),
            ValueArray.Create(Visit, Meeting, WeaponsTransfer, SatelliteLaunch),
            claims,
            ValueArray.Create(KcnaQuote, EscalationQuote),
            ValueArray.Create(MissileRange, ArtilleryRounds, Containers),
            ValueArray.Create(Sunday, ComingWeek, VisitDays, September, LastYear, EarlierThisMonth, LateLastYear, October));
    }

    private static FactSheet BuildOther()
    {
        const string text = "Officials denied the report on Monday.\n";
        var publisher = new Organization("daily_example", "Daily Example", default, default, null, false);
        var officials = new Group("officials", "officials", default, default, null, true);
        var monday = new DateExpression("d_monday", PartialDate.OfDay(2024, 3, 4), null, DateRule.PastWeekday, AnchorIn(text, "Monday"));
        var article = new Article(OtherArticleId, null, publisher, new DateOnly(2024, 3, 5), "en", null, text, AnchorIn(text, text));
        var claim = new Claim("c_denied", "The report is false.", officials, false, Stance.Denied, AnchorIn(text, "denied the report"),
            null, AnchorIn(text, "denied"), null, null, null, null, monday, default);
        // The publisher is deliberately not listed among the entities: JSON must still resolve its id.
        return new FactSheet(article, ValueArray.Create<Entity>(officials), default, ValueArray.Create(claim), default, default, ValueArray.Create(monday));
    }
}
