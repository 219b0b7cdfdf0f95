using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Tests.Declarations;

/// <summary><c>[FactsFrom(path)]</c>: the article goes into the declared class, with its name, namespace, accessibility and nesting.</summary>
public sealed class DeclaredArticleTests
{
    [Fact]
    public void An_internal_class_in_its_own_namespace_holds_the_article_and_no_conventional_class_is_generated()
    {
        var run = Declared.Run("""
            namespace Lib.News;

            [ArticleFacts.FactsFrom("data/mini.facts.yaml")]
            internal static partial class Visit;

            internal static class User
            {
                public static string Speaker => Lib.News.Visit.Quotes.All[0].Speaker.Name;
            }
            """);

        run.AssertClean();
        Assert.Equal(new[] { "Articles.g.cs", "Lib.News.Visit.facts.g.cs" }, run.Sources.Keys);
        var visit = Declared.Type(run, "Lib.News.Visit");
        Assert.Equal(Accessibility.Internal, visit.DeclaredAccessibility);
        Assert.True(visit.IsStatic);
        Assert.NotNull(visit.GetTypeMembers("Quotes").SingleOrDefault());
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("TestProject.Mini"));
        Assert.Contains("global::Lib.News.Visit.Facts", run.Source("Articles.g.cs"));
    }

    [Fact]
    public void A_class_nested_in_partial_types_gets_their_declarations_with_kind_and_type_parameters()
    {
        var run = Declared.Run("""
            namespace Lib;

            public partial record Outer
            {
                internal readonly partial struct Middle<TKey, TValue>
                    where TKey : notnull
                {
                    [ArticleFacts.FactsFrom("data/mini.facts.yaml")]
                    private static partial class Visit
                    {
                        public static int Entities2 => Entities.All.Length;
                    }
                }
            }
            """);

        run.AssertClean();
        var source = run.Source("Lib.Outer.Middle{TKey,TValue}.Visit.facts.g.cs");
        Assert.Contains("public partial record Outer\n", source);
        Assert.Contains("internal readonly partial struct Middle<TKey, TValue>\n", source);
        Assert.Contains("private static partial class Visit\n", source);
        var visit = Declared.Type(run, "Lib.Outer+Middle`2+Visit");
        Assert.Equal(Accessibility.Private, visit.DeclaredAccessibility);

        // Private, and in a generic type: nothing outside can name it, so the catalogue leaves it out.
        Assert.DoesNotContain("Visit", run.Source("Articles.g.cs"));
        Assert.Contains("(0 articles)", run.Source("Articles.g.cs"));
    }

    [Theory]
    [InlineData("data/mini.facts.yaml")]
    [InlineData(@"data\\mini.facts.yaml")]
    [InlineData("./data/../data/mini.facts.yaml")]
    [InlineData("Data/Mini.facts.yaml")]
    [InlineData("/proj/data/mini.facts.yaml")]
    public void The_path_is_read_like_an_AdditionalFiles_item(string path)
    {
        var run = Declared.Run($$"""
            [ArticleFacts.FactsFrom("{{path}}")]
            public static partial class Visit;
            """);

        run.AssertClean();
        Assert.Equal(new[] { "Articles.g.cs", "Visit.facts.g.cs" }, run.Sources.Keys);
    }

    [Fact]
    public void A_path_that_matches_no_facts_file_is_AF5001_at_the_attribute_naming_the_nearest_file()
    {
        var run = Declared.Run("""
            namespace Lib;

            [ArticleFacts.FactsFrom("data/mimi.facts.yaml")]
            public static partial class Visit;
            """);

        var diagnostic = Assert.Single(Declared.Only(run, "AF5001"));
        MiniArticle.AssertIs(diagnostic, "AF5001", 4, 2, "No facts file matches 'data/mimi.facts.yaml' (relative to the project): the nearest facts file is 'data/mini.facts.yaml'", path: "Source0.cs");
        Assert.Equal("[ArticleFacts.FactsFrom(\"data/mimi.facts.yaml\")]".Length - 2, diagnostic.Location.SourceSpan.Length);

        // The file is not claimed: it is generated conventionally, as without the declaration.
        Assert.Contains("Mini.g.cs", run.Sources.Keys);
    }

    [Fact]
    public void A_file_declared_twice_is_AF5002_at_the_later_declaration_and_the_first_holds_it()
    {
        var run = Declared.Run("""
            namespace Lib;

            [ArticleFacts.FactsFrom("data/mini.facts.yaml")]
            public static partial class First;

            [ArticleFacts.FactsFrom("data/mini.facts.yaml")]
            public static partial class Second;
            """);

        var diagnostic = Assert.Single(Declared.Only(run, "AF5002"));
        MiniArticle.AssertIs(diagnostic, "AF5002", 7, 2, "The facts file 'data/mini.facts.yaml' is already declared by 'Lib.First' at Source0.cs(4,2)", path: "Source0.cs");
        Assert.Equal(new[] { "Articles.g.cs", "Lib.First.facts.g.cs" }, run.Sources.Keys);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("public partial class Visit;", "'Visit' must be a static partial class: add 'static' to its declaration")]
    [InlineData("public static class Visit { }", "'Visit' must be a static partial class: add 'partial' to its declaration")]
    [InlineData("public class Visit { }", "'Visit' must be a static partial class: add 'static partial' to its declaration")]
    [InlineData("public partial struct Visit;", "'Visit' is a struct; declare it as a static partial class")]
    [InlineData("public partial record Visit;", "'Visit' is a record; declare it as a static partial class")]
    [InlineData("public class Outer { [ArticleFacts.FactsFrom(\"data/mini.facts.yaml\")] public static partial class Visit; }", "'Visit' is nested in 'Outer', which must be partial too: add 'partial' to its declaration")]
    public void A_declaration_that_cannot_hold_the_facts_is_AF5003_and_the_article_is_generated_nowhere(string declaration, string message)
    {
        var source = declaration.Contains("FactsFrom") ? declaration : "[ArticleFacts.FactsFrom(\"data/mini.facts.yaml\")]\n" + declaration;
        var run = Declared.Run(source);

        var diagnostic = Assert.Single(Declared.Only(run, "AF5003"));
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Source0.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.StartsWith("ArticleFacts.FactsFrom", ("#pragma warning disable CS1591\n" + source).Substring(diagnostic.Location.SourceSpan.Start));
        Assert.Equal(new[] { "Articles.g.cs" }, run.Sources.Keys);
    }

    [Fact]
    public void A_declared_class_may_take_the_conventional_name_and_namespace()
    {
        var run = Declared.Run("""
            namespace TestProject;

            [ArticleFacts.FactsFrom("data/mini.facts.yaml")]
            internal static partial class Mini;
            """);

        run.AssertClean();
        Assert.Equal(new[] { "Articles.g.cs", "TestProject.Mini.facts.g.cs" }, run.Sources.Keys);
        Assert.Equal(Accessibility.Internal, Declared.Type(run, "TestProject.Mini").DeclaredAccessibility);
    }

    [Fact]
    public void A_conventional_class_that_a_declaration_already_takes_is_AF2002_at_its_article_id()
    {
        var other = MiniArticle.ValidYaml.Replace("  publisher: acme\n", "  publisher: acme\n  text: mini.txt\n", System.StringComparison.Ordinal);
        var harness = new HarnessOptions
        {
            Sources = new[] { "namespace TestProject { [ArticleFacts.FactsFrom(\"data/mini.facts.yaml\")] internal static partial class Mini { } }" },
        };
        var run = GeneratorHarness.Run(harness, (MiniArticle.YamlPath, MiniArticle.ValidYaml), (MiniArticle.TextPath, MiniArticle.ArticleText), ("data/other.facts.yaml", other));

        var diagnostic = Assert.Single(run.FactsDiagnostics);
        MiniArticle.AssertIs(diagnostic, "AF2002", 3, 7, "The article class 'Mini' is already declared for 'data/mini.facts.yaml' with [FactsFrom]", path: "data/other.facts.yaml");
        Assert.Equal(new[] { "Articles.g.cs", "TestProject.Mini.facts.g.cs" }, run.Sources.Keys);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
