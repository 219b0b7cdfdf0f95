using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;

namespace ArticleFacts.Generators.PropertyTests.Grammar;

/// <summary>A generated article: the two files and what the facts file says.</summary>
public sealed record GeneratedArticle(string YamlPath, string Yaml, string TextPath, string Text, Expected Expected)
{
    public (string Path, string Text)[] Files => new[] { (YamlPath, Yaml), (TextPath, Text) };
}

/// <summary>
/// Generates valid articles from a grammar of the format: a text built sentence by sentence and facts anchored in
/// it (every section, every optional key, anchors made unique with a prefix or suffix where needed), with the free
/// text scalars drawn from <paramref name="strings"/>.
/// </summary>
public sealed class ArticleGrammar
{
    private static readonly string[] SpeakerTypes = { "person", "organization", "country", "group" };
    private static readonly string[] Stances = { "asserted", "reported", "alleged", "denied" };
    private static readonly string[] Comparators = { "exact", "approx", "more_than", "less_than", "at_least", "at_most" };
    private static readonly string[] Mods = { "start", "mid", "end", "approx" };
    private static readonly string[] Tenses = { "past", "ongoing", "future" };
    private static readonly string[] Units = { "km", "kg", "t", "[mi_i]", "%", "a", "{crate}", "m/s", "km2" };
    private static readonly string[] Weekdays = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
    private static readonly string[] NumberWords = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
    private static readonly Gen<string> AnnotationUnit = Gen.Char["!\"#$%&'()*+,-./0123456789:;<=>?@ABCXYZ[\\]^_`abcxyz|~"].Array[0, 12].Select(s => "{" + new string(s) + "}");

    private readonly Rng _rng;
    private readonly Gen<string> _strings;
    private readonly bool _extremes;
    private readonly ArticleText _text = new();
    private readonly Expected _expected = new();
    private int _ids;

    private ArticleGrammar(Rng rng, Gen<string> strings, bool extremes)
    {
        _rng = rng;
        _strings = strings;
        _extremes = extremes;
    }

    /// <summary>
    /// Generates one article; <paramref name="strings"/> supplies every free-text scalar. With <paramref name="extremes"/>,
    /// values sit at the edges of their types (the calendar's first and last days, the largest decimals and beyond):
    /// such a file may be rejected, but never break the generator.
    /// </summary>
    public static GeneratedArticle Generate(Rng rng, Gen<string> strings, string name = "art", bool extremes = false) => new ArticleGrammar(rng, strings, extremes).Build(name);

    private string Str() => _rng.Next(_strings);

    /// <summary>A string the article text can hold, for names and anchors.</summary>
    private string TextStr() => Strings.ForArticleText(Str());

    private string Id(string kind) => kind + (++_ids).ToString(CultureInfo.InvariantCulture) + (_rng.Chance(50) ? "_" + _rng.Next(Gen.Char['a', 'z']) + _rng.Next(Gen.Char["abcxyz019_"].Array[0, 6].Select(a => new string(a))) : string.Empty);

    private GeneratedArticle Build(string name)
    {
        var e = _expected;
        e.ArticleId = "x" + _rng.Next(Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789_"].Array[0, 12].Select(a => new string(a)));
        e.Title = _rng.Chance(70) ? Str() : null;
        e.Url = _rng.Chance(50) ? "https://example.org/" + string.Concat(_rng.Next(Strings.Representable).Where(c => !char.IsWhiteSpace(c) && c >= ' ')) : null;
        e.Language = _rng.Pick(new[] { "en", "en-GB", "zh-Hant-TW", "ko" });
        var published = _extremes && _rng.Chance(50)
            ? _rng.Pick(new[] { new DateTime(1, 1, _rng.Int(1, 31)), new DateTime(1, _rng.Int(1, 12), 28), new DateTime(9999, 12, _rng.Int(1, 31)), new DateTime(9999, _rng.Int(1, 12), 28) })
            : new DateTime(_rng.Int(1900, 2100), _rng.Int(1, 12), _rng.Int(1, 28));
        e.Published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var entities = Entities();
        var dates = Dates(published);
        var quantities = Quantities();
        var quotes = Quotes(entities);
        var events = Events(entities, dates);
        var claims = Claims(entities, quotes, quantities, events, dates);
        _text.Disambiguate(_rng);
        e.Text = _text.Text;

        var article = new YMap().Add("id", e.ArticleId).Add("title", e.Title).Add("publisher", e.Publisher).Add("published", e.Published);
        if (e.Language != "en" || _rng.Chance(30))
        {
            article.Add("language", e.Language);
        }

        article.Add("url", e.Url);
        var root = new YMap().Add("schema", "articlefacts/1").Add("article", article).Add("entities", entities);
        foreach (var (key, section) in new[] { ("events", events), ("claims", claims), ("quotes", quotes), ("quantities", quantities), ("dates", dates) })
        {
            if (section.Entries.Count > 0 || _rng.Chance(20))
            {
                root.Add(key, section);
            }
        }

        return new GeneratedArticle($"data/{name}.facts.yaml", YamlWriter.Write(_rng, root), $"data/{name}.txt", e.Text, e);
    }

    private YMap Entities()
    {
        var map = new YMap { KeepOrder = true };
        var names = new HashSet<string>(StringComparer.Ordinal);
        string Unique(string s) => names.Add(s) ? s : Unique(s + "\u00B7" + names.Count.ToString(CultureInfo.InvariantCulture));
        var count = _rng.Int(1, 5);
        for (var i = 0; i < count; i++)
        {
            var id = Id("e");
            var publisher = i == 0;
            var type = publisher ? "organization" : _rng.Pick(new[] { "person", "organization", "country", "place", "group" });
            var entityName = Unique(TextStr());
            var aliases = Enumerable.Range(0, _rng.Chance(30) ? _rng.Int(1, 2) : 0).Select(_ => Unique(TextStr())).ToList();
            var earlier = _expected.Entities.Select(x => x.Id).ToList();
            var roles = Enumerable.Range(0, _rng.Chance(25) ? _rng.Int(1, 2) : 0)
                .Select(_ => (Title: Str(), Of: earlier.Count > 0 && _rng.Chance(60) ? _rng.Pick(earlier) : null)).ToList();
            var partOf = earlier.Count > 0 && _rng.Chance(20) ? _rng.Pick(earlier) : null;
            var mentioned = !publisher || _rng.Chance(30);
            if (mentioned)
            {
                _text.Sentence().Add("Here ").Add(aliases.Count > 0 && _rng.Chance(50) ? aliases[0] : entityName).Add(" spoke.");
            }

            var yaml = new YMap().Add("type", type).Add("name", entityName);
            if (aliases.Count > 0)
            {
                yaml.Add("aliases", new YList(aliases.Select(a => (YNode)new YText(a)).ToList()));
            }

            if (roles.Count > 0)
            {
                yaml.Add("roles", new YList(roles.Select(r => (YNode)new YMap().Add("title", r.Title).Add("of", r.Of)).ToList()));
            }

            yaml.Add("part_of", partOf);
            if (!mentioned || _rng.Chance(10))
            {
                yaml.Add("mentioned", mentioned ? "true" : "false");
            }

            map.Add(id, yaml);
            _expected.Entities.Add(new ExpectedEntity(id, type, entityName, aliases, roles, partOf, mentioned));
            if (publisher)
            {
                _expected.Publisher = id;
            }
        }

        return map;
    }

    private YMap Dates(DateTime published)
    {
        var map = new YMap { KeepOrder = true };
        for (var i = _rng.Int(0, 3); i > 0; i--)
        {
            var id = Id("d");
            string? value = null, start = null, end = null, rule = null;
            string words;
            try
            {
            switch (_rng.Int(_extremes ? 6 : 5))
            {
                case 0:
                    (value, rule, words) = (published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "dct", "today");
                    break;
                case 1:
                    (value, rule, words) = ((published.Year - 1).ToString("D4", CultureInfo.InvariantCulture), "last_year", "last year");
                    break;
                case 2:
                    var weekday = _rng.Int(7);
                    var day = published.AddDays(-1);
                    while ((int)day.DayOfWeek != weekday)
                    {
                        day = day.AddDays(-1);
                    }

                    (value, rule, words) = (day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "past_weekday", "on " + Weekdays[weekday]);
                    break;
                case 3:
                    var next = published.AddDays(7);
                    value = ISOWeek.GetYear(next).ToString("D4", CultureInfo.InvariantCulture) + "-W" + ISOWeek.GetWeekOfYear(next).ToString("D2", CultureInfo.InvariantCulture);
                    (rule, words) = ("next_week", "next week");
                    break;
                case 5:
                    (start, end, words) = (_rng.Pick(new[] { "0001-W01", "9999-W51", "9999-12" }), _rng.Pick(new[] { "9999-W52", "9999", "9999-12-31" }), "until the end");
                    break;
                default:
                    var from = new DateTime(_rng.Int(1, 9997), _rng.Int(1, 12), 1);
                    (start, end, words) = (from.ToString("yyyy-MM", CultureInfo.InvariantCulture), from.AddMonths(_rng.Int(0, 20)).ToString("yyyy", CultureInfo.InvariantCulture), "for a while");
                    break;
            }
            }
            catch (ArgumentOutOfRangeException)
            {
                // The rule has no date at the calendar's edge: the generator must say so (AF3002), not throw.
                (value, words) = ("2024", "on " + Weekdays[_rng.Int(7)] + " next week");
            }

            var at = _text.Sentence().Add("It happened ").Anchor(words + (_rng.Chance(50) ? " " + TextStr() : string.Empty));
            var mod = _rng.Chance(20) ? _rng.Pick(Mods) : null;
            map.Add(id, new YMap().Add("at", ArticleText.Yaml(at, _rng)).Add("value", value).Add("start", start).Add("end", end).Add("mod", mod).Add("rule", rule));
            _expected.Dates.Add(new ExpectedDate(id, value, start, end, mod, rule, at));
        }

        return map;
    }

    private YMap Quantities()
    {
        var map = new YMap { KeepOrder = true };
        for (var i = _rng.Int(0, 3); i > 0; i--)
        {
            var id = Id("q");
            var whole = _rng.Int(0, 2_000_000);
            var value = _extremes && _rng.Chance(30) ? _rng.Pick(new[] { "79228162514264337593543950335", "79228162514264337593543950336", "99999999999999999999999999999999.5" })
                : _rng.Chance(30) ? whole.ToString(CultureInfo.InvariantCulture) + "." + _rng.Int(0, 999).ToString("D3", CultureInfo.InvariantCulture).TrimEnd('0').PadRight(1, '5') : whole.ToString(CultureInfo.InvariantCulture);
            var written = value.Length > 12 || value.Contains('.', StringComparison.Ordinal) || !_rng.Chance(50) ? value
                : whole <= 10 && _rng.Chance(50) ? NumberWords[whole]
                : whole.ToString("#,0", CultureInfo.InvariantCulture);
            var unit = _rng.Chance(20) ? _rng.Next(AnnotationUnit) : _rng.Pick(Units);
            var at = _text.Sentence().Add("They counted ").Anchor(written + " " + (_rng.Chance(50) ? "units" : "of them"));
            var comparator = _rng.Chance(50) ? _rng.Pick(Comparators) : null;
            var alt = _rng.Chance(20) ? (Value: _rng.Int(0, 999).ToString(CultureInfo.InvariantCulture), Unit: _rng.Pick(Units)) : default;
            var yaml = new YMap().Add("at", ArticleText.Yaml(at, _rng)).Add("value", value).Add("unit", unit).Add("comparator", comparator);
            if (alt.Value is not null)
            {
                yaml.Add("alt", new YMap().Add("value", alt.Value).Add("unit", alt.Unit));
            }

            map.Add(id, yaml);
            _expected.Quantities.Add(new ExpectedQuantity(id, value, unit, comparator ?? "exact", alt.Value, alt.Unit, at));
        }

        return map;
    }

    private YMap Quotes(YMap entities)
    {
        var map = new YMap { KeepOrder = true };
        var speakers = _expected.Entities.Where(x => SpeakerTypes.Contains(x.Type)).Select(x => x.Id).ToList();
        for (var i = _rng.Int(0, 3); i > 0; i--)
        {
            var id = Id("qt");
            var (open, close) = _rng.Pick(new[] { ("\u201C", "\u201D"), ("\"", "\""), ("\u00AB", "\u00BB"), ("\u2018", "\u2019") });
            var inner = _rng.Chance(50) ? _rng.Next(Strings.Sentence) : TextStr().Replace(close, "", StringComparison.Ordinal);
            var cue = _text.Sentence().Add("Someone ").Anchor("said");
            var quote = _text.Add(", " + open).Anchor(inner.Length == 0 ? "x" : inner);
            _text.Add((_rng.Chance(50) ? "." : string.Empty) + close);
            var kind = _rng.Chance(50) ? _rng.Pick(new[] { "direct", "partial" }) : null;
            var useCue = _rng.Chance(50);
            var speaker = _rng.Pick(speakers);
            var yaml = new YMap().Add("text", ArticleText.Yaml(quote, _rng)).Add("speaker", speaker).Add("kind", kind);
            map.Add(id, useCue ? yaml.Add("cue", ArticleText.Yaml(cue, _rng)) : yaml);
            _expected.Quotes.Add(new ExpectedQuote(id, speaker, kind ?? "direct", quote, useCue ? cue : null));
        }

        return map;
    }

    private YMap Events(YMap entities, YMap dates)
    {
        var map = new YMap { KeepOrder = true };
        var all = _expected.Entities.Select(x => x.Id).ToList();
        var places = _expected.Entities.Where(x => x.Type is "country" or "place").Select(x => x.Id).ToList();
        for (var i = _rng.Int(0, 2); i > 0; i--)
        {
            var id = Id("ev");
            var type = _rng.Pick(new[] { "official_visit", "meeting", "launch", "x1_y2" });
            var trigger = _text.Sentence().Add("Then ").Anchor(TextStr());
            var participants = all.Where(_ => _rng.Chance(40)).ToList();
            var place = places.Count > 0 && _rng.Chance(50) ? _rng.Pick(places) : null;
            var when = _expected.Dates.Count > 0 && _rng.Chance(50) ? _rng.Pick(_expected.Dates).Id : null;
            var tense = _rng.Chance(50) ? _rng.Pick(Tenses) : null;
            var yaml = new YMap().Add("type", type).Add("trigger", ArticleText.Yaml(trigger, _rng));
            if (participants.Count > 0 || _rng.Chance(10))
            {
                yaml.Add("participants", new YList(participants.Select(p => (YNode)new YText(p)).ToList()));
            }

            map.Add(id, yaml.Add("place", place).Add("when", when).Add("tense", tense));
            _expected.Events.Add(new ExpectedEvent(id, type, participants, place, when, tense, trigger));
        }

        return map;
    }

    private YMap Claims(YMap entities, YMap quotes, YMap quantities, YMap events, YMap dates)
    {
        var map = new YMap { KeepOrder = true };
        var speakers = _expected.Entities.Where(x => SpeakerTypes.Contains(x.Type)).Select(x => x.Id).Append("author").ToList();
        for (var i = _rng.Int(0, 3); i > 0; i--)
        {
            var id = Id("c");
            var fromQuote = _expected.Quotes.Count > 0 && _rng.Chance(30) ? _rng.Pick(_expected.Quotes).Id : null;
            var evidence = fromQuote is null ? _text.Sentence().Add("Reportedly ").Anchor(TextStr()) : null;
            var predicate = _rng.Chance(30) ? "said_" + _rng.Next(Gen.Char['a', 'z']) : null;
            var quantityIds = _expected.Quantities.Where(_ => _rng.Chance(30)).Select(q => q.Id).ToList();
            var (statement, source, stance) = (Str(), _rng.Pick(speakers), _rng.Pick(Stances));
            var yaml = new YMap().Add("statement", statement).Add("source", source).Add("stance", stance)
                .Add("evidence", fromQuote is null ? ArticleText.Yaml(evidence!, _rng) : new YMap().Add("quote", fromQuote))
                .Add("predicate", predicate);
            if (_expected.Events.Count > 0 && _rng.Chance(30))
            {
                yaml.Add("about", _rng.Pick(_expected.Events).Id);
            }

            if (quantityIds.Count > 0)
            {
                yaml.Add("quantities", new YList(quantityIds.Select(q => (YNode)new YText(q)).ToList()));
            }

            map.Add(id, yaml);
            _expected.Claims.Add(new ExpectedClaim(id, statement, source, stance, evidence, fromQuote, null, predicate, quantityIds));
        }

        return map;
    }
}
