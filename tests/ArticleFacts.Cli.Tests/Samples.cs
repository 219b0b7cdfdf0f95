using System;
using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Cli.Reading;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Tests;

/// <summary>
/// Facts files written by the tests: a clean article with astral characters (U+1F680, U+1D538), a right-to-left
/// line, nested anchors (a quote inside a claim's evidence, a quantity inside the quote), markup in a statement and
/// the text, a hyphenated name and a closing appeal outside the body; and a Hebrew article.
/// </summary>
internal static class Samples
{
    public const string HarbourText =
        "Mayor Anna Berg-Olsen said on Monday that \"the harbour \U0001F680 will reopen with 12 new cranes\" after the storm.\n" +
        "The council denied that the <script>alert(1)</script> plan was late.\n" +
        "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645 \u2014 the \U0001D538 team sailed home.\n" +
        "Subscribe to the Harbour Gazette.\n";

    public const string ScriptStatement = "The harbour <script>window.pwned = 1</script> will reopen.";

    public const string HarbourYaml =
        "schema: articlefacts/1\n" +
        "article:\n  id: harbour\n  title: \"Harbour <b>reopens</b>\"\n  publisher: gazette\n  published: \"2024-03-05\"\n  language: en\n" +
        "  body:\n    end_before: \"Subscribe to the Harbour Gazette.\"\n" +
        "entities:\n" +
        "  gazette: {type: organization, name: Harbour Gazette, mentioned: false}\n" +
        "  anna:\n    type: person\n    name: Anna Berg-Olsen\n    roles:\n      - title: Mayor\n" +
        "  council: {type: organization, name: The council}\n" +
        "  team: {type: group, name: \"\U0001D538 team\"}\n" +
        "quotes:\n  q_harbour:\n    text: \"the harbour \U0001F680 will reopen with 12 new cranes\"\n    speaker: anna\n    kind: direct\n    cue: said\n" +
        "claims:\n" +
        "  c_reopen:\n    statement: \"" + ScriptStatement + "\"\n    source: anna\n    stance: reported\n    evidence: {quote: q_harbour}\n    cue: said\n" +
        "  c_late:\n    statement: The plan was late.\n    source: council\n    stance: denied\n" +
        "    evidence: \"denied that the <script>alert(1)</script> plan was late\"\n    cue: denied\n" +
        "quantities:\n  q_cranes: {at: 12 new cranes, value: 12, unit: \"{crane}\"}\n" +
        "dates:\n  d_monday: {at: Monday, value: \"2024-03-04\", rule: past_weekday}\n" +
        "events:\n  ev_sail: {type: voyage, trigger: sailed home, participants: [team]}\n";

    public const string HebrewText = "\u05D4\u05E0\u05DE\u05DC \u05E7\u05D9\u05D1\u05DC 12 \u05DE\u05E0\u05D5\u05E4\u05D9\u05DD \u05D7\u05D3\u05E9\u05D9\u05DD.\n";

    public const string HebrewYaml =
        "schema: articlefacts/1\n" +
        "article: {id: hebrew, publisher: gazette, published: \"2024-03-05\", language: he}\n" +
        "entities:\n  gazette: {type: organization, name: Harbour Gazette, mentioned: false}\n" +
        "quantities:\n  q_cranes: {at: \"12 \u05DE\u05E0\u05D5\u05E4\u05D9\u05DD\", value: 12, unit: \"{crane}\"}\n";

    /// <summary>Writes the harbour article into <paramref name="folder"/> of <paramref name="dir"/>; returns the facts file.</summary>
    public static string WriteHarbour(this TempDir dir, string folder = "harbour", string? yaml = null, string? text = null)
    {
        dir.Write(folder + "/harbour.txt", text ?? HarbourText);
        return dir.Write(folder + "/harbour.facts.yaml", yaml ?? HarbourYaml);
    }

    public static string WriteHebrew(this TempDir dir, string folder = "hebrew")
    {
        dir.Write(folder + "/hebrew.txt", HebrewText);
        return dir.Write(folder + "/hebrew.facts.yaml", HebrewYaml);
    }

    /// <summary>The fact sheet of a facts file as the CLI reads it (the build's checks must pass).</summary>
    public static FactSheet Sheet(string factsPath)
    {
        var report = FactsReader.Read(new[] { factsPath }, Check.FactsFiles.Read);
        Assert.DoesNotContain(report.Findings, f => f.Severity == CheckSeverity.Error);
        return SheetMapper.Map(Assert.Single(report.Files).Article!);
    }

    /// <summary>Every anchored fact of a sheet by id, with its kind on the review page.</summary>
    public static Dictionary<(string Kind, string Id), Anchor> Anchors(FactSheet sheet) =>
        sheet.Quotes.Select(q => (("quote", q.Id), q.Anchor))
            .Concat(sheet.Claims.Select(c => (("claim", c.Id), c.Evidence)))
            .Concat(sheet.Quantities.Select(q => (("quantity", q.Id), q.At)))
            .Concat(sheet.Dates.Select(d => (("date", d.Id), d.At)))
            .Concat(sheet.Events.Select(e => (("event", e.Id), e.Trigger)))
            .ToDictionary(p => p.Item1, p => p.Item2);
}
