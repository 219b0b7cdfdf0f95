using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF2001-AF2004, AF2006: ids are unique, name distinct members, references point at facts of the right kind and entities form no cycle.</summary>
public class IdDiagnosticsTests
{
    private const string ExtraDate = "\n  {0}:\n    at: Monday\n    value: \"2024-01-08\"";

    private static string WithDate(string id) => ValidYaml + string.Format(System.Globalization.CultureInfo.InvariantCulture, ExtraDate, id);

    [Fact]
    public void AF2001_id_defined_in_two_sections_is_reported_at_the_later_one()
    {
        Single(Run(WithDate("alice")), "AF2001", 53, 3, "Duplicate id 'alice': it is already defined at 12:3 (an entity)");
    }

    [Fact]
    public void AF2001_id_twice_in_one_section()
    {
        Single(Run(WithDate("d_monday")), "AF2001", 53, 3, "already defined at 49:3 (a date)");
    }

    [Fact]
    public void AF2001_duplicate_is_not_also_a_name_collision()
    {
        var run = Run(WithDate("d_monday"));
        MiniArticle.None(run, "AF2002");
    }

    [Fact]
    public void AF2002_reserved_member_name()
    {
        Single(Run(WithDate("to_string")), "AF2002", 53, 3, "becomes the name 'ToString', which is reserved in Dates");
    }

    [Fact]
    public void AF2002_all_and_the_class_name_are_reserved()
    {
        Single(Run(WithDate("all")), "AF2002", 53, 3, "'All'");
        Single(Run(WithDate("dates")), "AF2002", 53, 3, "'Dates'");
    }

    [Fact]
    public void AF2002_two_ids_with_one_generated_name()
    {
        Single(Run(WithDate("d__monday")), "AF2002", 53, 3, "becomes the name 'DMonday' in Dates, like 'd_monday' at 49:3");
    }

    [Fact]
    public void AF2002_near_miss_same_name_in_different_classes_is_fine()
    {
        Run(WithDate("monday").Replace("  alice:\n    type: person", "  alice:\n    type: person")).AssertClean();
        Run(ValidYaml.Replace("d_monday", "q_ready_date")).AssertClean();
    }

    [Fact]
    public void AF2002_reserved_article_class_name()
    {
        Single(Run(With("id: mini", "id: entities")), "AF2002", 3, 7, "becomes the class name 'Entities', which is reserved");
    }

    [Fact]
    public void AF2002_entity_id_author_is_reserved()
    {
        var yaml = ValidYaml.Replace("alice", "author").Replace("source: author\n    stance: reported", "source: author\n    stance: reported");
        var run = Run(yaml);
        var d = run.FactsDiagnostics.First(x => x.Id == "AF2002");
        MiniArticle.AssertIs(d, "AF2002", 12, 3, "'author' is reserved");
    }

    [Fact]
    public void AF2002_two_articles_with_one_class_name_generate_the_first_only()
    {
        var other = ValidYaml;
        var run = GeneratorHarness.Run((YamlPath, ValidYaml), (TextPath, ArticleText), ("data/b/mini.facts.yaml", other), ("data/b/mini.txt", ArticleText));
        var d = Assert.Single(run.FactsDiagnostics);
        MiniArticle.AssertIs(d, "AF2002", 3, 7, "already taken by 'data/b/mini.facts.yaml' (the first in path order)", path: YamlPath);
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void AF2003_undefined_reference_names_the_nearest_id()
    {
        Single(Run(With("speaker: alice", "speaker: alcie")), "AF2003", 41, 14, "'alcie' is not defined: the speaker of quote 'q_ready' must name an entity id; did you mean 'alice'?");
    }

    [Fact]
    public void AF2003_undefined_publisher()
    {
        Single(Run(With("publisher: acme", "publisher: acme_corp")), "AF2003", 4, 14, "did you mean 'acme'?");
    }

    [Fact]
    public void AF2004_reference_to_a_fact_of_another_kind()
    {
        Single(Run(With("speaker: alice", "speaker: ev_shipment")), "AF2004", 41, 14, "'ev_shipment' is an event, but the speaker of quote 'q_ready' must name an entity");
    }

    [Fact]
    public void AF2004_place_as_speaker()
    {
        var yaml = With("    type: person", "    type: place");
        var run = Run(yaml);
        var d = run.FactsDiagnostics.First(x => x.Id == "AF2004");
        MiniArticle.AssertIs(d, "AF2004", 41, 14, "'alice' is a place, but the speaker of quote 'q_ready' must be a person or organization or country or group");
    }

    [Fact]
    public void AF2004_invalid_entity_type_does_not_make_references_wrong_kind()
    {
        var run = Run(With("    type: person", "    type: human"));
        Assert.Equal(new[] { "AF0004" }, run.FactsDiagnostics.Select(d => d.Id));
    }

    [Fact]
    public void AF2006_part_of_cycle_is_reported_at_the_reference_that_closes_it()
    {
        var d = Single(Run(With("    name: Acme Corp", "    name: Acme Corp\n    part_of: alice")), "AF2006", 18, 13, "'alice' refers to 'acme'");
        Assert.Equal("'alice' refers to 'acme', which closes a cycle of part_of/roles references (acme -> alice -> acme): an entity cannot contain itself", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AF2006_near_miss_a_chain_with_a_shared_target_is_no_cycle()
    {
        // alice is part of acme and a customer of it; acme is part of a holding: every path ends, one target is named twice.
        var yaml = With("    name: Acme Corp", "    name: Acme Corp\n    part_of: holding")
            .Replace("        of: acme", "        of: acme\n    part_of: acme")
            .Replace("\nevents:", "\n  holding:\n    type: group\n    name: Acme Holding\n    mentioned: false\nevents:");
        var run = Run(yaml);
        Single(run, "AF4001", 20, 3, "The entity 'holding' is used by no fact", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
    }
}
