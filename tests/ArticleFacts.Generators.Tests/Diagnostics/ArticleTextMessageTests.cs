using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF0005 in full for each reason an article text is unavailable; AF1004 naming start_after.</summary>
public class ArticleTextMessageTests
{
    [Fact]
    public void AF0005_a_missing_sibling_text_explains_the_build_targets() =>
        Single(
            Run(ValidYaml, text: null),
            "AF0005",
            2,
            1,
            "The article text 'data/mini.txt' is not among the AdditionalFiles (the sibling NAME.txt of NAME.facts.yaml is added by the ArticleFacts build targets when it exists): create it, or add <AdditionalFiles Include=\"data/mini.txt\" /> to the project");

    [Fact]
    public void AF0005_a_missing_named_txt_text_has_no_explanation() =>
        Single(
            Run(With("  id: mini\n", "  id: mini\n  text: other.txt\n"), text: null),
            "AF0005",
            4,
            9,
            "The article text 'data/other.txt' is not among the AdditionalFiles: create it, or add <AdditionalFiles Include=\"data/other.txt\" /> to the project");

    [Fact]
    public void AF0005_a_named_text_that_is_no_txt_file_must_be_renamed() =>
        Single(
            Run(With("  id: mini\n", "  id: mini\n  text: other.md\n"), text: null),
            "AF0005",
            4,
            9,
            "The article text 'data/other.md' is not among the AdditionalFiles (article texts are read from .txt files only: rename it): create it, or add <AdditionalFiles Include=\"data/other.md\" /> to the project");

    [Fact]
    public void AF1004_a_start_after_marker_not_found_is_named() =>
        Single(
            Run(With("    end_before: Subscribe to", "    start_after: Breaking news\n    end_before: Subscribe to")),
            "AF1004",
            7,
            18,
            "Body marker start_after \"Breaking news\" is not found in the article text; copy the words exactly from the article; no anchor of this article is checked until it is fixed");
}
