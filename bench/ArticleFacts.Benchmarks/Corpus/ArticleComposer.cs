using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static ArticleFacts.Benchmarks.Corpus.Vocabulary;

namespace ArticleFacts.Benchmarks.Corpus;

/// <summary>
/// Writes one synthetic news article and its facts: a cast of invented entities, story paragraphs
/// (an opening with its date, quantity and claim; a quotation; on every other paragraph an accusation,
/// a denial and a partial quotation), a paragraph of relative dates (every date rule), and a footer
/// outside the body. About 115 facts of every kind, on some 6 KB of text.
/// </summary>
internal sealed class ArticleComposer
{
    public const int StoryParagraphs = 10;

    private readonly Prng _random;
    private readonly PseudoWords _words;
    private readonly TextBuilder _text = new();
    private readonly FactSet _facts = new();
    private readonly DateTime _published;
    private readonly List<EntityFact> _countries = new();
    private readonly List<EntityFact> _places = new();
    private readonly List<EntityFact> _organizations = new();
    private readonly List<EntityFact> _people = new();
    private EntityFact _publisher = null!;
    private EntityFact _residents = null!;

    private ArticleComposer(int index)
    {
        _random = new Prng(0xA57_1C1E + ((ulong)index * 0x1_0000_0001UL));
        _words = new PseudoWords(_random);
        _published = new DateTime(2023, 1, 2).AddDays(index * 37 % 700);
    }

    public static (FactsYamlWriter.Header Header, FactSet Facts, string Text) Compose(int index, string id, int paragraphs)
    {
        var composer = new ArticleComposer(index);
        composer.Cast();
        var projects = Enumerable.Range(0, paragraphs).Select(_ => composer._words.Next()).ToList();
        for (var k = 0; k < paragraphs; k++)
        {
            composer.Story(k, projects[k]);
            if (k == 0)
            {
                composer.Background(projects[0]);
            }
        }

        var publisher = composer._publisher.Name;
        composer._text.Write("Read more from " + publisher + ":\nSubscribe to " + publisher + " for daily news from the region.\n");
        var title = $"{projects[0]} {Projects[0]} opens in {composer._places[0].Name}";
        var header = new FactsYamlWriter.Header(id, title, composer._publisher.Id, Iso(composer._published), "https://news.example.org/" + id.Replace('_', '-'), "Read more from");
        return (header, composer._facts, composer._text.ToString());
    }

    private EntityFact Entity(string type, string name, string[]? aliases = null, (string, string)[]? roles = null, string? partOf = null, bool mentioned = true)
    {
        var entity = new EntityFact(IdOf(name), type, name, aliases ?? Array.Empty<string>(), roles ?? Array.Empty<(string, string)>(), partOf, mentioned);
        _facts.Entities.Add(entity);
        return entity;
    }

    private void Cast()
    {
        _publisher = Entity("organization", _words.Next() + " Herald", mentioned: false);
        for (var i = 0; i < 4; i++)
        {
            _countries.Add(Entity("country", _words.Next("ia"), aliases: new[] { _words.Next() }));
        }

        string[] landforms = { "Valley", "Province", "Bay" };
        for (var i = 0; i < 3; i++)
        {
            _places.Add(Entity("place", _words.Next() + " " + landforms[i], partOf: _countries[i].Id));
        }

        string[] bodies = { "Energy Agency", "Development Bank", "Institute" };
        for (var i = 0; i < 3; i++)
        {
            _organizations.Add(Entity("organization", _words.Next() + " " + bodies[i], partOf: _countries[i].Id));
        }

        (string Title, EntityFact Of)[] roles =
        {
            ("Minister of Energy", _countries[0]), ("Governor", _places[1]), ("director", _organizations[0]),
            ("spokesperson", _organizations[1]), ("senior researcher", _organizations[2]),
        };
        foreach (var (title, of) in roles)
        {
            _people.Add(Entity("person", _words.Next() + " " + _words.Next(), roles: new[] { (title, of.Id) }));
        }

        _residents = Entity("group", _words.Next() + " residents");
    }

    private EntityFact CountryOf(EntityFact place) => _countries.Single(c => c.Id == place.PartOf);

    private void Story(int k, string project)
    {
        var place = _places[k % _places.Count];
        var actor = _people[k % _people.Count];
        var noun = Projects[k % Projects.Length];
        var (verb, eventType, predicate) = Openings[k % Openings.Length];
        var named = project + " " + noun;

        var day = _published.AddDays(-20 - (k * 29) - _random.Next(5));
        _text.Write("On ");
        var dateAt = _text.Mark($"{day.Day} {Months[day.Month - 1]} {day.Year}");
        _text.Write(", ");
        var claimStart = _text.Length;
        _text.Write(actor.Name + " ");
        var trigger = _text.Mark($"{verb} the {named}");
        _text.Write(" in " + place.Name);
        var evidence = _text.Since(claimStart);
        _text.Write(", a project that ");
        var quantity = Quantity(k, $"qty_{Int(k)}_{IdOf(project)}");
        _text.Write(".\n");

        var date = Add(_facts.Dates, new DateFact($"t_{Int(k)}_{IdOf(project)}", dateAt, Iso(day)));
        var ev = Add(_facts.Events, new EventFact($"ev_{Int(k)}_{IdOf(project)}", eventType, trigger, new[] { actor.Id, CountryOf(place).Id }, place.Id, date.Id, "past"));
        _facts.Claims.Add(new ClaimFact($"c_{Int(k)}_{predicate}", $"{actor.Name} {verb} the {named} in {place.Name}.", "author", "asserted", evidence, null, null, ev.Id, actor.Id, place.Id, predicate, date.Id, new[] { quantity.Id }));

        var speaker = k % 3 == 2 ? _residents : _people[(k + 2) % _people.Count];
        _text.Write("\"");
        var quoted = _text.Mark(string.Format(CultureInfo.InvariantCulture, DirectQuotes[k % DirectQuotes.Length], named, place.Name));
        _text.Write(",\" ");
        var cue = _text.Mark("said");
        _text.Write(" " + speaker.Name + (speaker == _residents ? " at a public meeting" : ", the " + speaker.Roles[0].Title) + ".");
        var quote = Add(_facts.Quotes, new QuoteFact($"quote_{Int(k)}_{IdOf(project)}", quoted, speaker.Id, "direct", cue));
        _facts.Claims.Add(new ClaimFact($"c_{Int(k)}_{speaker.Id}_view", $"{speaker.Name} commented on the {named}.", speaker.Id, "reported", null, quote.Id, cue, ev.Id, speaker.Id, null, "commented_on", null, Array.Empty<string>()));

        if (k % 2 == 1)
        {
            Accusation(k, project, named, speaker == _residents ? _people[k % _people.Count] : speaker);
        }

        _text.Write("\n");
    }

    private void Accusation(int k, string project, string named, EntityFact critic)
    {
        var accuser = _organizations[(k / 2) % _organizations.Count];
        var accused = _countries[(k / 2) % _countries.Count];
        _text.Write(" " + accuser.Name + " ");
        var accusedCue = _text.Mark("accused");
        _text.Write(" ");
        var accusationStart = _text.Length;
        _text.Write($"{accused.Name} of delaying the {named} by ");
        var months = _random.Next(2, 19);
        var delay = Add(_facts.Quantities, new QuantityFact($"qty_{Int(k)}_delay", _text.Mark($"{Int(months)} months"), Int(months), "mo", "exact"));
        var accusation = _text.Since(accusationStart);
        _text.Write(", ");
        var denialStart = _text.Length;
        _text.Write("a charge the government in " + accused.Aliases[0] + " ");
        var deniedCue = _text.Mark("denied");
        var denial = _text.Since(denialStart);
        _text.Write(". " + critic.Name + " ");
        var calledCue = _text.Mark("called");
        _text.Write(" the delay \"");
        var partial = _text.Mark(string.Format(CultureInfo.InvariantCulture, PartialQuotes[k % PartialQuotes.Length], named));
        _text.Write("\" in a statement.");

        _facts.Claims.Add(new ClaimFact($"c_{Int(k)}_{IdOf(project)}_delay", $"{accused.Name} delayed the {named} by {Int(months)} months.", accuser.Id, "alleged", accusation, null, accusedCue, null, accused.Id, null, "delayed", null, new[] { delay.Id }));
        _facts.Claims.Add(new ClaimFact($"c_{Int(k)}_{IdOf(project)}_denial", $"{accused.Name} did not delay the {named}.", accused.Id, "denied", denial, null, deniedCue, null, accused.Id, null, "denied_delaying", null, Array.Empty<string>()));
        var quote = Add(_facts.Quotes, new QuoteFact($"quote_{Int(k)}_{IdOf(project)}_delay", partial, critic.Id, "partial", calledCue));
        _facts.Claims.Add(new ClaimFact($"c_{Int(k)}_{IdOf(project)}_criticism", $"{critic.Name} criticised the delay of the {named}.", critic.Id, "reported", null, quote.Id, calledCue, null, critic.Id, null, "criticised_delay_of", null, Array.Empty<string>()));
    }

    /// <summary>A paragraph of dates relative to the publication date, one for each date rule.</summary>
    private void Background(string programme)
    {
        var year = _published.Year;
        var budgetMonth = 1 + _random.Next(12);
        var tour = _published.AddMonths(-2);
        var review = _published.AddDays(40 + _random.Next(20));
        var pastWeekday = (DayOfWeek)(((int)_published.DayOfWeek + 4) % 7);
        var (from, to) = (2 + _random.Next(4), 7 + _random.Next(4));
        var (person, approver, announcer, place) = (_people[1], _organizations[1], _organizations[2], _places[2]);

        var beganStart = _text.Length;
        _text.Write($"The {programme} programme began ");
        var lastYear = _text.Mark("last year");
        var began = _text.Since(beganStart);
        _text.Write($", after {approver.Name} approved its budget ");
        var budget = _text.Mark($"in {Months[budgetMonth - 1]} last year");
        _text.Write(". ");
        var visitStart = _text.Length;
        _text.Write(person.Name + " ");
        var toured = _text.Mark("toured " + place.Name);
        _text.Write(" ");
        var tourAt = _text.Mark("in " + Months[tour.Month - 1]);
        _text.Write(" and will return ");
        var nextWeek = _text.Mark("next week");
        var visit = _text.Since(visitStart);
        _text.Write($", {announcer.Name} ");
        var said = _text.Mark("said");
        _text.Write(" ");
        var dct = _text.Mark("on " + _published.DayOfWeek);
        _text.Write(". ");
        var thisMonth = _text.Mark("Earlier this month");
        _text.Write(", engineers reported that the work done ");
        var thisYear = _text.Mark("this year");
        _text.Write(" was on schedule, and ");
        var reviewTrigger = _text.Mark("a final review");
        _text.Write(" is set for ");
        var reviewAt = _text.Mark($"{Months[review.Month - 1]} {review.Day}");
        _text.Write(". Repairs ran ");
        var repairs = _text.Mark($"between {Months[from - 1]} and {Months[to - 1]} {year - 1}");
        _text.Write(", and ");
        var late = _text.Mark($"late {year - 2}");
        _text.Write($" saw the first tenders, {_residents.Name} recalled ");
        var pastDay = _text.Mark("on " + pastWeekday);
        _text.Write(".\n");

        var weekDay = _published.AddDays(7);
        var pastDate = _published.AddDays(-1);
        while (pastDate.DayOfWeek != pastWeekday)
        {
            pastDate = pastDate.AddDays(-1);
        }

        var dates = _facts.Dates;
        var started = Add(dates, new DateFact("t_last_year", lastYear, Int(year - 1), Rule: "last_year"));
        dates.Add(new DateFact("t_budget", budget, IsoMonth(year - 1, budgetMonth), Rule: "month_of_last_year"));
        var tourDate = Add(dates, new DateFact("t_tour", tourAt, IsoMonth(tour.Year, tour.Month), Rule: "last_past_month"));
        dates.Add(new DateFact("t_next_week", nextWeek, $"{ISOWeek.GetYear(weekDay):0000}-W{ISOWeek.GetWeekOfYear(weekDay):00}", Rule: "next_week"));
        var announced = Add(dates, new DateFact("t_dct", dct, Iso(_published), Rule: "dct"));
        dates.Add(new DateFact("t_this_month", thisMonth, IsoMonth(year, _published.Month), Mod: "start", Rule: "this_month"));
        dates.Add(new DateFact("t_this_year", thisYear, Int(year), Rule: "this_year"));
        var reviewed = Add(dates, new DateFact("t_review", reviewAt, Iso(review), Rule: "next_month_day"));
        dates.Add(new DateFact("t_repairs", repairs, null, IsoMonth(year - 1, from), IsoMonth(year - 1, to)));
        dates.Add(new DateFact("t_tenders", late, Int(year - 2), Mod: "end"));
        dates.Add(new DateFact("t_recalled", pastDay, Iso(pastDate), Rule: "past_weekday"));

        var tourEvent = Add(_facts.Events, new EventFact("ev_tour", "official_visit", toured, new[] { person.Id }, place.Id, tourDate.Id, "past"));
        _facts.Events.Add(new EventFact("ev_review", "review", reviewTrigger, new[] { approver.Id }, null, reviewed.Id, "future"));
        _facts.Claims.Add(new ClaimFact("c_programme_began", $"The {programme} programme began last year.", "author", "asserted", began, null, null, null, approver.Id, null, "began", started.Id, Array.Empty<string>()));
        _facts.Claims.Add(new ClaimFact("c_tour_return", $"{person.Name} will return to {place.Name} next week.", announcer.Id, "reported", visit, null, said, tourEvent.Id, person.Id, place.Id, "will_return_to", announced.Id, Array.Empty<string>()));
    }

    /// <summary>The clause "a project that ..." ends with a quantity of one of six kinds, by paragraph.</summary>
    private QuantityFact Quantity(int k, string id)
    {
        switch (k % 6)
        {
            case 0:
            {
                var (whole, tenth) = (_random.Next(2, 90), _random.Next(1, 10));
                _text.Write("cost ");
                var at = _text.Mark($"{Int(whole)}.{Int(tenth)} million dollars");
                return Add(_facts.Quantities, new QuantityFact(id, at, Int((whole * 1_000_000) + (tenth * 100_000)), "{US_dollar}", "exact"));
            }

            case 1:
            {
                var km = _random.Next(40, 900);
                var miles = (int)Math.Round(km / 1.609344);
                _text.Write("stretches ");
                var at = _text.Mark($"some {Int(km)} kilometres ({Int(miles)} miles)");
                return Add(_facts.Quantities, new QuantityFact(id, at, Int(km), "km", "approx", (Int(miles), "[mi_i]")));
            }

            case 2:
            {
                var tonnes = _random.Next(1_000, 90_000);
                _text.Write("will handle ");
                var at = _text.Mark($"more than {tonnes.ToString("N0", CultureInfo.InvariantCulture)} tonnes");
                _text.Write(" of grain a year");
                return Add(_facts.Quantities, new QuantityFact(id, at, Int(tonnes), "t", "more_than"));
            }

            case 3:
            {
                var households = _random.Next(1_000, 60_000);
                _text.Write("will serve ");
                var at = _text.Mark($"at least {households.ToString("N0", CultureInfo.InvariantCulture)} households");
                return Add(_facts.Quantities, new QuantityFact(id, at, Int(households), "{household}", "at_least"));
            }

            case 4:
            {
                var workers = _random.Next(101, 999);
                _text.Write("employs ");
                var at = _text.Mark(NumberWords(workers) + " workers");
                return Add(_facts.Quantities, new QuantityFact(id, at, Int(workers), "{worker}", "exact"));
            }

            default:
            {
                var percent = _random.Next(5, 60);
                _text.Write("raised regional capacity by ");
                var at = _text.Mark($"{Int(percent)} percent");
                return Add(_facts.Quantities, new QuantityFact(id, at, Int(percent), "%", "exact"));
            }
        }
    }

    private static T Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }
}
