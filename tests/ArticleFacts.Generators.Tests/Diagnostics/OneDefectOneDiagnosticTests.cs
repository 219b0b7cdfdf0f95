using System.Globalization;
using System.Linq;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>A defect is reported once: nothing that depends on it is reported again.</summary>
public class OneDefectOneDiagnosticTests
{
    [Fact]
    public void Alias_standing_for_a_whole_fact_is_one_AF0007()
    {
        var yaml = With("  alice:\n    type: person\n    name: Alice Smith\n    roles:\n      - title: customer\n        of: acme", "  alice: *someone");
        Single(Run(yaml), "AF0007", 12, 10, "the alias '*someone'");
    }

    [Fact]
    public void Alias_as_a_key_is_one_AF0007()
    {
        Single(Run(With("    name: Acme Corp", "    name: Acme Corp\n    *k : x")), "AF0007", 12, 5, "the alias '*k'");
    }

    [Fact]
    public void Invalid_mentioned_is_not_also_a_missing_mention()
    {
        Single(Run(With("    name: Acme Corp", "    name: Acme News Network\n    mentioned: no")), "AF0004", 12, 16, "'no' is not one of true, false");
    }

    [Fact]
    public void AF1004_touching_markers_leave_an_empty_body()
    {
        var yaml = With("    end_before: Subscribe to", "    start_after: \"Alice Smith \"\n    end_before: said the plan");
        Single(Run(yaml), "AF1004", 8, 17, "the body would be empty");
    }

    [Fact]
    public void AF1002_suggestions_never_span_a_line_break()
    {
        var text = ArticleText.Replace("Acme Corp shipped", "Monday.\nAcme Corp shipped");
        var d = Single(Run(With("at: Monday", "at: Monday"), text.Replace("\nSubscribe", " Monday later.\nSubscribe")), "AF1002", 50, 9, "matches 3 times");
        Assert.DoesNotContain("\n", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Uppercase_url_scheme_is_accepted()
    {
        Run(With("  published: \"2024-01-14\"", "  published: \"2024-01-14\"\n  url: HTTPS://example.com/a")).AssertClean();
    }
}
