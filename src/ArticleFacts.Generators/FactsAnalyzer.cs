using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleFacts.Generators;

/// <summary>
/// Reports what is wrong with each facts file: every diagnostic of parsing and checking an article (AF0xxx-AF4xxx, and
/// AF9999 when that fails), at its YAML or text location.
/// </summary>
/// <remarks>
/// <para>
/// These are reported here, not by <see cref="FactsGenerator"/>, because the compiler compiles no method body once a
/// generator has reported an error: a real build would then show the AF error alone and never the CS0619 at the C# line
/// that uses the withheld fact. An analyzer's diagnostics are collected beside the compiler's own, so a build shows both,
/// as the IDE does. The generator still decides from the same checks what it withholds, and reports only what concerns
/// the project as a whole (name collisions, declarations, settings, a text too long to compile).
/// </para>
/// <para>
/// Each facts file is checked in an additional-file action: the IDE checks the file being edited, a build checks them
/// all. The article texts are read once per compilation.
/// </para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FactsAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported = DiagnosticDescriptors.All.ToImmutableArray();

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var files = start.Options.AdditionalFiles;
            if (!files.Any(static f => Pipeline.IsFactsFile(f.Path)))
            {
                return;
            }

            var cancellationToken = start.CancellationToken;
            var texts = new Lazy<TextIndex>(
                () => Pipeline.IndexTexts(files.Where(static f => Pipeline.IsTextFile(f.Path)).Select(f => Pipeline.Read(f, cancellationToken)).ToImmutableArray()),
                LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => Analyze(file, texts));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, Lazy<TextIndex> texts)
    {
        var path = context.AdditionalFile.Path;
        if (!Pipeline.IsFactsFile(path))
        {
            return;
        }

        foreach (var diagnostic in Check(context.AdditionalFile, texts.Value, context.CancellationToken))
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    /// <summary>The diagnostics of one facts file, checked against its text among <paramref name="texts"/>: what the generator withholds by.</summary>
    internal static EquatableArray<DiagnosticInfo> Check(AdditionalText facts, TextIndex texts, CancellationToken cancellationToken)
    {
        var parsed = Pipeline.Parse(Pipeline.Read(facts, cancellationToken), facts.Path, cancellationToken);
        return Pipeline.Validate(Pipeline.Pair(parsed, texts), cancellationToken).Diagnostics;
    }
}
