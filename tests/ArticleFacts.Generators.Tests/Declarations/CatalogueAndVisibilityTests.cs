using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Tests.Declarations;

/// <summary><c>ArticleFactsVisibility</c>, <c>ArticleFactsCatalogue</c> and <c>[FactsCatalogue]</c>.</summary>
public sealed class CatalogueAndVisibilityTests
{
    private const string NoSource = "namespace Empty;";

    [Fact]
    public void By_default_the_article_class_and_the_catalogue_Articles_are_public()
    {
        var run = Declared.Run(NoSource);

        run.AssertClean();
        Assert.Equal(Accessibility.Public, Declared.Type(run, "TestProject.Mini").DeclaredAccessibility);
        Assert.Equal(Accessibility.Public, Declared.Type(run, "TestProject.Articles").DeclaredAccessibility);
        Assert.Contains("(1 article)", run.Source("Articles.g.cs"));
    }

    [Fact]
    public void ArticleFactsVisibility_internal_makes_the_conventional_classes_internal()
    {
        var run = Declared.Run(NoSource, Declared.Property("ArticleFactsVisibility", "internal"));

        run.AssertClean();
        Assert.Equal(Accessibility.Internal, Declared.Type(run, "TestProject.Mini").DeclaredAccessibility);
        Assert.Equal(Accessibility.Internal, Declared.Type(run, "TestProject.Articles").DeclaredAccessibility);
    }

    [Theory]
    [InlineData("ArticleFactsVisibility", "private", "The MSBuild property ArticleFactsVisibility is 'private', which is neither 'public' (the default) nor 'internal'")]
    [InlineData("ArticleFactsVisibility", "Internal", "The MSBuild property ArticleFactsVisibility is 'Internal', which is neither 'public' (the default) nor 'internal'")]
    [InlineData("ArticleFactsCatalogue", "My.class", "The MSBuild property ArticleFactsCatalogue is 'My.class', which is not a class name ('Name' or 'Namespace.Name', no keywords) nor 'none'")]
    [InlineData("ArticleFactsCatalogue", "My Articles", "The MSBuild property ArticleFactsCatalogue is 'My Articles', which is not a class name ('Name' or 'Namespace.Name', no keywords) nor 'none'")]
    public void An_invalid_setting_is_AF0009_without_a_location_and_the_default_holds(string property, string value, string message)
    {
        var run = Declared.Run(NoSource, Declared.Property(property, value));

        var diagnostic = Assert.Single(Declared.Only(run, "AF0009"));
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(Accessibility.Public, Declared.Type(run, "TestProject.Articles").DeclaredAccessibility);
    }

    [CompiledCodeFact]
    public void ArticleFactsCatalogue_names_the_catalogue_in_the_generated_namespace_and_Articles_is_left_to_the_user()
    {
        // The README's own layout: an Articles/ folder, so the namespace TestProject.Articles.
        const string userFolder = "namespace TestProject.Articles { public static class Helper { } }";
        var run = Declared.Run(userFolder, Declared.Property("ArticleFactsCatalogue", "MyArticles"));

        run.AssertClean();
        Assert.Equal(TypeKind.Class, Declared.Type(run, "TestProject.MyArticles").TypeKind);
        Assert.Contains("\"mini\" => global::TestProject.Mini.Facts,", run.Source("Articles.g.cs"));

        // Without it, the conventional catalogue and the folder's namespace clash: what the setting is for.
        var clash = Declared.Run(userFolder);
        Assert.Contains(clash.CompilationDiagnostics, d => d.Id == "CS0101");
    }

    [Fact]
    public void ArticleFactsCatalogue_with_a_namespace_puts_it_there()
    {
        var run = Declared.Run(NoSource, Declared.Property("ArticleFactsCatalogue", "Lib.Index.AllArticles"));

        run.AssertClean();
        Assert.Equal(Accessibility.Public, Declared.Type(run, "Lib.Index.AllArticles").DeclaredAccessibility);
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("TestProject.Articles"));
    }

    [Fact]
    public void ArticleFactsCatalogue_none_generates_no_catalogue()
    {
        var run = Declared.Run(NoSource, Declared.Property("ArticleFactsCatalogue", "none"));

        run.AssertClean();
        Assert.Equal(new[] { "Mini.g.cs" }, run.Sources.Keys);
    }

    [Fact]
    public void A_declared_catalogue_gets_All_and_Find_and_wins_over_the_property()
    {
        var run = Declared.Run(
            """
            namespace TestProject.Articles;

            [ArticleFacts.FactsCatalogue]
            internal sealed partial class MyArticles
            {
                public static global::ArticleFacts.FactSheet? Mini => Find("mini");
            }
            """,
            Declared.Property("ArticleFactsCatalogue", "Ignored"));

        run.AssertClean();
        var catalogue = Declared.Type(run, "TestProject.Articles.MyArticles");
        Assert.Equal(Accessibility.Internal, catalogue.DeclaredAccessibility);
        Assert.Equal(new[] { "All", "Find" }, catalogue.GetMembers().Where(m => m.Kind is SymbolKind.Property or SymbolKind.Method && m.IsStatic && !m.IsImplicitlyDeclared && m.Name != "Mini" && !m.Name.StartsWith("get_")).Select(m => m.Name).OrderBy(n => n));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName("TestProject.Ignored"));
        Assert.Contains("sealed partial class MyArticles\n", run.Source("Articles.g.cs"));
    }

    [Fact]
    public void Two_declared_catalogues_are_AF5004_at_the_second()
    {
        var run = Declared.Run("""
            namespace Lib;

            [ArticleFacts.FactsCatalogue]
            public static partial class One;

            [ArticleFacts.FactsCatalogue]
            public static partial class Two;
            """);

        var diagnostic = Assert.Single(Declared.Only(run, "AF5004"));
        MiniArticle.AssertIs(diagnostic, "AF5004", 7, 2, "The catalogue is already declared as 'Lib.One': a compilation has one catalogue", path: "Source0.cs");
        Assert.Contains("static partial class One\n", run.Source("Articles.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void A_declared_catalogue_that_is_not_partial_is_AF5004_and_no_catalogue_is_generated_into_it()
    {
        var run = Declared.Run("""
            [ArticleFacts.FactsCatalogue]
            public class MyArticles { }
            """);

        var diagnostic = Assert.Single(Declared.Only(run, "AF5004"));
        MiniArticle.AssertIs(diagnostic, "AF5004", 2, 2, "'MyArticles' must be a partial class: add 'partial' to its declaration", path: "Source0.cs");
        Assert.Contains("public static partial class Articles\n", run.Source("Articles.g.cs"));
    }

    [Fact]
    public void The_catalogue_doc_comment_counts_the_articles_instead_of_listing_them()
    {
        var run = Declared.Run(NoSource);

        var source = run.Source("Articles.g.cs");
        Assert.Contains("\n        /// The fact sheet of every article, in ordinal order of article id (1 article).\n", source);
        Assert.DoesNotContain("<c>mini</c>", source);
    }
}
