using System.Collections.Immutable;
using ArticleFacts.Generators.Declarations;
using ArticleFacts.Generators.Model;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators;

/// <summary>
/// Turns each <c>NAME.facts.yaml</c> and its article text (AdditionalFiles) into a static class of
/// typed, immutable facts, after checking every fact against the text; a fact that fails its checks is
/// withheld. The pipeline only: the steps live in <see cref="Pipeline"/>, the stages in Parsing/,
/// Validation/ and Emit/. The checks' diagnostics are reported by <see cref="FactsAnalyzer"/>.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.AdditionalTextsProvider
            .Where(static file => Pipeline.IsFactsFile(file.Path))
            .Select(static (file, ct) => (File: Pipeline.Read(file, ct), file.Path))
            .WithTrackingName(TrackingNames.FactsFiles)
            .Select(static (file, ct) => Pipeline.Parse(file.File, file.Path, ct))
            .WithTrackingName(TrackingNames.Parsed);

        var texts = context.AdditionalTextsProvider
            .Where(static file => Pipeline.IsTextFile(file.Path))
            .Select(static (file, ct) => Pipeline.Read(file, ct))
            .WithTrackingName(TrackingNames.TextFiles)
            .Collect()
            .Select(static (files, _) => Pipeline.IndexTexts(files))
            .WithTrackingName(TrackingNames.TextIndex);

        // Each article looks its text up by path: a changed text re-validates only its own article.
        var validated = parsed
            .Combine(texts)
            .Select(static (pair, _) => Pipeline.Pair(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Paired)
            .Select(static (input, ct) => Pipeline.Validate(input, ct))
            .WithTrackingName(TrackingNames.Validated);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratorSettings.From(options.GlobalOptions))
            .Combine(context.ParseOptionsProvider.Select(static (options, _) => GeneratorSettings.HasUtf8Literals(options)))
            .Select(static (pair, _) => pair.Left with { Utf8Literals = pair.Right })
            .WithTrackingName(TrackingNames.Settings);

        // Classes the user declared: [FactsFrom(path)] for an article, [FactsCatalogue] for the catalogue.
        var declarations = context.SyntaxProvider
            .ForAttributeWithMetadataName(DeclarationReader.FactsFromAttribute, DeclarationReader.IsTypeDeclaration, DeclarationReader.ReadArticle)
            .WithTrackingName(TrackingNames.Declarations)
            .Collect();
        var catalogues = context.SyntaxProvider
            .ForAttributeWithMetadataName(DeclarationReader.FactsCatalogueAttribute, DeclarationReader.IsTypeDeclaration, DeclarationReader.ReadCatalogue)
            .WithTrackingName(TrackingNames.CatalogueDeclarations)
            .Collect();

        // The catalogue reads a small summary of each article: an edit that changes no id, class name or fact sheet
        // leaves the summaries equal, and the catalogue and every article's placement cached.
        var catalogue = validated
            .Select(static (result, _) => ArticleSummary.Of(result))
            .WithTrackingName(TrackingNames.Summarized)
            .Collect()
            .Combine(declarations)
            .Combine(catalogues)
            .Combine(settings)
            .Select(static (input, _) => Pipeline.Catalogue(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
            .WithTrackingName(TrackingNames.Catalogue);

        var emitted = validated
            .Combine(catalogue.Select(static (c, _) => c.Placement))
            .Combine(settings)
            .Select(static (input, ct) => Pipeline.EmitArticle(input.Left.Left, input.Left.Right, input.Right, ct))
            .WithTrackingName(TrackingNames.Emitted);

        // What is wrong with a facts file is reported by FactsAnalyzer from the same checks: after a generator's error the
        // compiler would compile no method body, and so never show the CS0619 at a use of a withheld fact.
        context.RegisterSourceOutput(emitted, static (spc, source) =>
        {
            if (source?.Problem is { } problem)
            {
                spc.ReportDiagnostic(problem.ToDiagnostic());
            }
            else if (source is not null)
            {
                spc.AddSource(source.HintName, source.Text);
            }
        });
        context.RegisterSourceOutput(catalogue.Combine(settings), static (spc, input) =>
        {
            Report(spc, input.Left.Diagnostics);
            if (input.Left.HasFactsFiles)
            {
                if (input.Right.Problem is { } problem)
                {
                    spc.ReportDiagnostic(problem.ToDiagnostic());
                }

                Report(spc, input.Right.Problems);
            }

            if (Pipeline.EmitCatalogue(input.Left, input.Right) is { } source)
            {
                spc.AddSource(source.HintName, source.Text);
            }
        });
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
