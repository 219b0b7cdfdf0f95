using System.Linq;
using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF0001-AF0007: the file as YAML and as the format's keys and values.</summary>
public class SyntaxDiagnosticsTests
{
    [Fact]
    public void AF0001_unclosed_flow_list_is_a_syntax_error()
    {
        var run = Run(With("participants: [acme, alice]", "participants: [acme, alice"));
        Assert.True(run.FactsDiagnostics.Length == 1 && run.FactsDiagnostics[0].Id == "AF0001", Infrastructure.DiagnosticText.FormatAll(run.FactsDiagnostics));
        var d = run.FactsDiagnostics[0];
        Assert.Equal("AF0001", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(YamlPath, d.Location.GetLineSpan().Path);
        Assert.InRange(d.Location.GetLineSpan().StartLinePosition.Line + 1, 22, 24);

        // The facts complete before the error are generated; the event it cut off is withheld for it.
        Assert.Equal(new[] { "Articles.g.cs", "Mini.g.cs" }, run.Sources.Keys);
        var source = run.Source("Mini.g.cs");
        Assert.Contains("public static global::ArticleFacts.Organization Acme { get; } = ", source, System.StringComparison.Ordinal);
        Assert.Contains("public static global::ArticleFacts.Person Alice { get; } = ", source, System.StringComparison.Ordinal);
        Assert.Contains("[global::System.Obsolete(\"AF0001 at data/mini.facts.yaml(", source, System.StringComparison.Ordinal);
        Assert.Contains("public static global::ArticleFacts.Event EvShipment => throw", source, System.StringComparison.Ordinal);
        Assert.Empty(run.GeneratedCodeDiagnostics);
    }

    [Fact]
    public void AF0001_raw_control_character_is_reported_where_it_is()
    {
        Single(Run(With("name: Acme Corp", "name: Acme\u0001 Corp")), "AF0001", 11, 15, "control character U+0001");
    }

    [Fact]
    public void AF0001_near_miss_escaped_control_character_is_fine()
    {
        var run = Run(With("statement: The plan is ready.", "statement: \"The plan\\0 is ready.\""));
        run.AssertClean();
        // The data escapes the NUL (\0), as it escapes a tab and a line feed; the runtime reads it back (FactTableTests).
        Assert.Contains("\tThe plan\\0 is ready.\t", Infrastructure.EmittedData.Data(run.Source("Mini.g.cs")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF0001_nesting_deeper_than_32_levels_is_rejected()
    {
        var deep = new string('[', 40) + new string(']', 40);
        Single(Run(With("participants: [acme, alice]", "participants: " + deep)), "AF0001", 22, 48, "deeper than 32");
    }

    [Fact]
    public void AF0002_misspelt_key_names_the_nearest_and_is_not_also_missing()
    {
        Single(Run(With("    type: organization", "    tpye: organization")), "AF0002", 10, 5, "did you mean 'type'?");
    }

    [Fact]
    public void AF0002_unknown_key_far_from_any_lists_the_keys()
    {
        var run = Run(With("    type: organization", "    type: organization\n    website: acme.example"));
        Single(run, "AF0002", 11, 5, "the keys here are type, name, aliases, roles, part_of, mentioned");
    }

    [Fact]
    public void AF0003_missing_required_key_is_reported_at_its_parent_key()
    {
        Single(Run(With("    name: Acme Corp\n", string.Empty)), "AF0003", 9, 3, "entities.acme is missing the required key 'name'");
    }

    [Fact]
    public void AF0003_missing_article_section_is_reported_at_the_file_start()
    {
        var yaml = "schema: articlefacts/1\nentities:\n  acme:\n    type: organization\n    name: Acme Corp\n";
        Single(Run(yaml), "AF0003", 1, 1, "the facts file is missing the required key 'article'");
    }

    [Fact]
    public void AF0004_invalid_enum_lists_the_allowed_values()
    {
        Single(Run(With("stance: reported", "stance: claimed")), "AF0004", 29, 13, "'claimed' is not one of asserted, reported, alleged, denied");
    }

    [Fact]
    public void AF0004_malformed_date_lists_the_forms()
    {
        Single(Run(With("value: \"2024-01-08\"", "value: Jan 2024")), "AF0004", 51, 12, "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www");
    }

    [Fact]
    public void AF0004_number_with_separators_is_malformed()
    {
        Single(Run(With("value: 12", "value: 1,2")), "AF0004", 46, 12, "without separators");
    }

    [Fact]
    public void AF0004_malformed_id()
    {
        Single(Run(With("  qty_crates:\n", "  Qty-Crates:\n").Replace("[qty_crates]", "[Qty-Crates]")), "AF0004", 44, 3, "'Qty-Crates' is not an id");
    }

    [Fact]
    public void AF0004_id_ending_in_a_newline_is_malformed()
    {
        // A regular expression's '$' also matches before a final newline: the id check must not take "qty_crates\n".
        Single(Run(With("  qty_crates:\n", "  \"qty_crates\\n\":\n").Replace("[qty_crates]", "[\"qty_crates\\n\"]")), "AF0004", 44, 3, "is not an id");
    }

    [Fact]
    public void AF0004_near_miss_yaml_1_1_booleans_and_dates_stay_text()
    {
        var run = Run(With("statement: The plan is ready.", "statement: no").Replace("value: 12", "value: 012"));
        run.AssertClean();
        // The statement is the text "no", not false; 012 is twelve.
        Assert.Contains("\tno\t", Infrastructure.EmittedData.Data(run.Source("Mini.g.cs")), System.StringComparison.Ordinal);
        Assert.StartsWith("N\tqty_crates\t12\t", Infrastructure.EmittedData.LineOf(run.Source("Mini.g.cs"), "Quantity", "qty_crates"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void AF0005_missing_article_text_points_at_the_article()
    {
        Single(Run(ValidYaml, text: null), "AF0005", 2, 1, "'data/mini.txt' is not among the AdditionalFiles");
    }

    [Fact]
    public void AF0005_text_named_by_article_text_is_resolved_relative_to_the_yaml()
    {
        var yaml = With("  id: mini\n", "  id: mini\n  text: ../texts/mini-article.txt\n");
        var missing = Run(yaml, text: null);
        Single(missing, "AF0005", 4, 9, "'texts/mini-article.txt'");
        var found = Infrastructure.GeneratorHarness.Run((YamlPath, yaml), ("texts/mini-article.txt", ArticleText));
        found.AssertClean();
    }

    [Fact]
    public void AF0006_unsupported_schema()
    {
        Single(Run(With("schema: articlefacts/1", "schema: articlefacts/2")), "AF0006", 1, 9, "'articlefacts/2'");
    }

    [Fact]
    public void AF0007_yaml_anchor_is_rejected()
    {
        Single(Run(With("name: Acme Corp", "name: &n Acme Corp")), "AF0007", 11, 11, "the anchor '&n'");
    }

    [Fact]
    public void AF0007_alias_is_rejected_without_expansion()
    {
        var run = Run(With("    name: Alice Smith", "    name: *n"));
        var ids = run.FactsDiagnostics.Select(d => d.Id).ToList();
        Single(run, "AF0007", 14, 11, "the alias '*n'");
    }

    [Fact]
    public void AF0007_tag_is_rejected()
    {
        Single(Run(With("value: 12", "value: !!int 12")), "AF0007", 46, 12, "the tag");
    }

    [Fact]
    public void AF0007_second_document_is_rejected()
    {
        Single(Run(ValidYaml + "\n---\nschema: articlefacts/1\n"), "AF0007", 53, 1, "a second YAML document");
    }

    [Fact]
    public void AF0007_near_miss_single_leading_document_marker_is_fine()
    {
        Run("---\n" + ValidYaml).AssertClean();
    }

    [Fact]
    public void AF0007_duplicate_key_is_reported_at_the_later_one()
    {
        Single(Run(With("    name: Acme Corp", "    name: Acme Corp\n    name: Acme")), "AF0007", 12, 5, "the duplicate key 'name'");
    }
}
