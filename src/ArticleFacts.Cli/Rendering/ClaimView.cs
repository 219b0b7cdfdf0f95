using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArticleFacts.Cli.Rendering;

/// <summary>The claims as a tree grouped by source, author-voice claims first under the publisher.</summary>
internal static class ClaimView
{
    public static IRenderable Build(FactSheet sheet)
    {
        var tree = new Tree("[bold]Claims by source[/]").Guide(TreeGuide.Line);
        foreach (var group in Group(sheet.Claims))
        {
            var first = group[0];
            var label = first.IsAuthorVoice
                ? $"[bold]{Markup.Escape(sheet.Article.Publisher.Name)}[/] [italic](author voice)[/]"
                : "[bold]" + Cells.EntityMarkup(first.Source) + "[/]";
            var node = tree.AddNode(label);
            foreach (var claim in group)
            {
                AddClaim(node, claim);
            }
        }

        return tree;
    }

    /// <summary>Groups by source (author voice as one group), groups and claims in file order.</summary>
    public static IReadOnlyList<IReadOnlyList<Claim>> Group(IEnumerable<Claim> claims) =>
        claims
            .GroupBy(c => c.IsAuthorVoice ? "\0author" : c.Source.Id)
            .Select(g => (IReadOnlyList<Claim>)g.ToList())
            .ToList();

    private static void AddClaim(TreeNode parent, Claim claim)
    {
        var node = parent.AddNode(
            $"[{StanceColor(claim.Stance)}][[{Markup.Escape(claim.Stance.ToString().ToLowerInvariant())}]][/] {Markup.Escape(claim.Statement)} [grey]({Markup.Escape(claim.Id)})[/]");
        node.AddNode(Evidence(claim));
        var details = Details(claim);
        if (details.Length > 0)
        {
            node.AddNode(new Markup($"[grey]{Markup.Escape(details)}[/]"));
        }
    }

    private static IRenderable Evidence(Claim claim)
    {
        var cue = claim.Cue is null
            ? string.Empty
            : $" [grey]cue {Markup.Escape(Cells.Quoted(claim.Cue.Text))} at {Format.Position(claim.Cue)}[/]";
        return new Markup($"[grey]evidence {Format.Position(claim.Evidence)}[/] {Markup.Escape(Cells.Quoted(claim.Evidence.Text))}{cue}");
    }

    private static string Details(Claim claim)
    {
        var parts = new List<string>();
        if (claim.Predicate is not null)
        {
            parts.Add(string.Join(" ", new[] { claim.Subject?.Name, claim.Predicate, claim.Object?.Name }.Where(p => p is not null)));
        }

        if (claim.About is not null)
        {
            parts.Add("about " + claim.About.Id);
        }

        if (claim.When is not null)
        {
            parts.Add("when " + Format.Iso(claim.When));
        }

        if (claim.EvidenceQuote is not null)
        {
            parts.Add("quote " + claim.EvidenceQuote.Id);
        }

        if (!claim.Quantities.IsEmpty)
        {
            parts.Add("quantities " + string.Join(", ", claim.Quantities.Select(q => q.Id)));
        }

        return string.Join("; ", parts);
    }

    private static string StanceColor(Stance stance) => stance switch
    {
        Stance.Asserted => "green",
        Stance.Reported => "blue",
        Stance.Alleged => "yellow",
        Stance.Denied => "red",
        _ => "default",
    };
}
