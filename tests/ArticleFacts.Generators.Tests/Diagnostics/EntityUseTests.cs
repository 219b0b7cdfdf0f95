using Microsoft.CodeAnalysis;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF4001: part_of and roles[].of do not count as uses of an entity (docs/diagnostics/AF4001.md); a role may have no 'of'.</summary>
public class EntityUseTests
{
    private const string Unused = "The entity 'corp' is used by no fact (event, claim, quote or article.publisher; part_of and roles do not count): use it in a fact, or remove it";

    private static string WithCorp(string old, string replacement) =>
        With(old, replacement).Replace("  alice:\n", "  corp:\n    type: organization\n    name: Acme\n  alice:\n");

    [Fact]
    public void AF4001_an_entity_only_named_by_part_of_is_unused() =>
        Single(Run(WithCorp("    name: Acme Corp\n", "    name: Acme Corp\n    part_of: corp\n")), "AF4001", 13, 3, Unused, DiagnosticSeverity.Warning);

    [Fact]
    public void AF4001_an_entity_only_named_by_a_role_is_unused() =>
        Single(Run(WithCorp("        of: acme", "        of: corp")), "AF4001", 12, 3, Unused, DiagnosticSeverity.Warning);

    [Fact]
    public void A_role_without_of_is_valid() =>
        Run(With("      - title: customer\n        of: acme\n", "      - title: customer\n")).AssertClean();
}
