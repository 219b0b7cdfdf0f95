using System;
using System.Globalization;
using System.Linq;
using static ArticleFacts.Cli.Tests.TestOutput;

namespace ArticleFacts.Cli.Tests;

public class FactSheetRendererTests
{
    private static readonly string Output = Render([Fixtures.Sheet]);

    [Fact]
    public void Writes_every_section_in_order()
    {
        var positions = new[] { "\u2500 Article \u2500", "\u2500 Entities (13)", "\u2500 Timeline (4)", "\u2500 Claims (7)", "\u2500 Quotes (2)", "\u2500 Quantities (3)", "\u2500 Dates (8)" }
            .Select(h => Output.IndexOf(h, StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.OrderBy(p => p), positions);
    }

    [Fact]
    public void Article_metadata()
    {
        var section = Section(Output, "Article");
        Assert.Contains(Fixtures.ArticleId, section);
        Assert.Contains("North Korea's Foreign Minister to visit Russia", section);
        Assert.Contains("The Moscow Times", section);
        Assert.Contains("2024-01-14", section);
        Assert.Contains(" en ", section);
        Assert.Contains("https://www.themoscowtimes.com/2024/01/14/north-korean-fm-to-visit-russia", section);
        Assert.Contains("lines 1-10", section);
        Assert.Contains($"{Fixtures.Text.Length} characters", section);
    }

    [Fact]
    public void Entities_show_type_roles_aliases_and_part_of()
    {
        var section = Section(Output, "Entities");
        var choe = Lines(section).Single(l => l.Contains("choe_son_hui"));
        Assert.Contains("person", choe);
        Assert.Contains("Minister of Foreign Affairs, North Korea", choe);
        var kcna = Lines(section).Single(l => l.Contains("kcna"));
        Assert.Contains("organization", kcna);
        Assert.Contains("North Korea", kcna.Split("Korean Central News Agency")[1]); // part of
        Assert.Contains("Pyongyang", section);
        Assert.Contains("Russian Federation", section);
        Assert.Contains("(not in body)", Lines(section).Single(l => l.Contains("moscow_times")));
    }

    [Fact]
    public void Timeline_is_chronological_with_undated_events_last()
    {
        var section = Section(Output, "Timeline");
        int At(string text) => section.IndexOf(text, StringComparison.Ordinal);

        // File order: visit (2024-01-15), meeting (2023-09), transfer (undated), satellite (2023, late).
        var satellite = At("putting a spy satellite into orbit");
        var meeting = At("to see President Vladimir Putin");
        var visit = At("will pay an official visit");
        var transfer = At("transfers of weapons");
        Assert.All(new[] { satellite, meeting, visit, transfer }, i => Assert.True(i >= 0));
        Assert.True(satellite < meeting, "2023 (late) sorts before 2023-09 by first day");
        Assert.True(meeting < visit, "2023-09 before 2024-01-15");
        Assert.True(visit < transfer, "undated last");
        Assert.Contains("2024-01-15/2024-01-17", section);
        Assert.Contains("undated", section);
        Assert.Contains("late 2023", section);
        Assert.Contains("official_visit", section);
        Assert.Contains("future", section);
        Assert.Contains("Russian Far East", section);
    }

    [Fact]
    public void Claims_are_grouped_by_source_with_author_voice_under_the_publisher()
    {
        var section = Section(Output, "Claims");
        var lines = Lines(section);
        var authorVoice = lines.Single(l => l.Contains("(author voice)"));
        Assert.Contains("The Moscow Times", authorVoice);

        // Both author-voice claims sit in one group: the group header appears once, both claims follow it.
        var header = section.IndexOf("(author voice)", StringComparison.Ordinal);
        Assert.True(section.IndexOf("boosted ties.", StringComparison.Ordinal) > header);
        Assert.True(section.IndexOf("spy satellite into orbit late last year.", StringComparison.Ordinal) > header);

        Assert.Single(lines, l => l.Contains("White House (white_house)"));
        Assert.Contains("[alleged] North Korea sent ballistic missiles", section);
        Assert.Contains("[reported] Choe Son Hui will visit Russia", section);
        Assert.Contains("[asserted] Russia and North Korea", section);
        Assert.Contains("evidence 5:", section);
        Assert.Contains("\u201Caccused the North of sending both ballistic missiles and launchers to Russia\u201D", section);
    }

    [Fact]
    public void Quotes_show_speaker_kind_position_and_words()
    {
        var section = Section(Output, "Quotes");
        var escalation = Lines(section).Single(l => l.Contains("significant and concerning escalation"));
        Assert.Contains("White House", escalation);
        Assert.Contains("partial", escalation);
        Assert.Contains($"{Fixtures.EscalationQuote.Anchor.Line}:{Fixtures.EscalationQuote.Anchor.Column}", escalation);
        Assert.Contains("Korean Central News Agency", section);
        Assert.Contains("direct", section);
    }

    [Fact]
    public void Quantities_show_comparator_words_value_unit_and_alt()
    {
        var section = Section(Output, "Quantities");
        // Cells: Id, Comparator, Value, Unit, Alt, Text (the surface text also holds "around"/"more than").
        var range = Cells(section, "qty_missile_range");
        Assert.Equal(["qty_missile_range", "around", "900", "km", "550 [mi_i]"], range[..5]);
        Assert.Contains("around 900 kilometers (550 miles)", range[5]);
        var shells = Cells(section, "qty_shells");
        Assert.Equal(["qty_shells", "more than", "1,000,000", "{artillery_round}", "-"], shells[..5]);
        Assert.Equal("more than", Cells(section, "qty_containers")[1]);
    }

    /// <summary>The trimmed cells of the table row whose first line holds <paramref name="id"/>.</summary>
    private static string[] Cells(string section, string id) =>
        Lines(section).Single(l => l.Contains(id)).Split('\u2502', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();

    [Fact]
    public void Dates_show_iso_value_or_range_mod_and_rule()
    {
        var section = Section(Output, "Dates");
        Assert.Contains("2024-01-15/2024-01-17", Lines(section).Single(l => l.Contains("t_jan_15_17")));
        Assert.Contains("2024-W03", section);
        var late = Lines(section).Single(l => l.Contains("t_late_last_year"));
        Assert.Contains("late", late);
        Assert.Contains("last year", late);
        Assert.Contains("month of last year", Lines(section).Single(l => l.Contains("t_october_last_year")));
    }

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var output = Render([Fixtures.Sheet]);
            Assert.Contains("1,000,000", output);
            Assert.DoesNotContain("1.000.000", output);
            Assert.Contains("2024-01-14", output);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Empty_sections_and_untitled_articles_render()
    {
        var output = Render([Fixtures.OtherSheet]);
        Assert.Contains(Fixtures.OtherArticleId, output);
        Assert.Contains("\u2500 Quotes (0)", output);
        Assert.Contains("none", Section(output, "Quotes"));
        Assert.Contains("line 1 (characters 0-39)", output);
        Assert.Contains("[denied] The report is false.", output);
    }

    [Fact]
    public void No_sheets_says_so() => Assert.Contains("No articles.", Render([]));

    [Fact]
    public void Redirected_console_writes_plain_text_within_120_columns()
    {
        var writer = Writer();
        var console = ConsoleFactory.Create(writer, redirected: true);
        Rendering.FactSheetRenderer.Render([Fixtures.Sheet], console);
        var output = writer.ToString();

        Assert.DoesNotContain('\u001b', output);
        Assert.Contains("Minister of Foreign Affairs", output);
        Assert.All(Lines(output), line => Assert.True(line.Length <= ConsoleFactory.RedirectedWidth, $"{line.Length}: {line}"));
        Assert.Contains(Lines(output), line => line.Length == ConsoleFactory.RedirectedWidth);
    }
}
