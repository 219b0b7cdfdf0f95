using System;
using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Declarations;

/// <summary>Picks the class declared with <c>[FactsCatalogue]</c>: the first usable one in source order; the others are AF5004.</summary>
internal static class CatalogueChoice
{
    public static TypeTarget? Choose(ImmutableArray<CatalogueDeclaration> declarations, DiagnosticBag diagnostics)
    {
        CatalogueDeclaration? chosen = null;
        foreach (var declaration in declarations.OrderBy(d => d.Location.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.Start))
        {
            if (declaration.Problem is not null)
            {
                diagnostics.Add(DiagnosticIds.CatalogueDeclaration, declaration.Location, declaration.Problem);
            }
            else if (chosen is not null)
            {
                diagnostics.Add(
                    DiagnosticIds.CatalogueDeclaration,
                    declaration.Location,
                    $"The catalogue is already declared as '{chosen.Target.FullName.Substring("global::".Length)}': a compilation has one catalogue; remove one of the [FactsCatalogue] attributes");
            }
            else
            {
                chosen = declaration;
            }
        }

        return chosen?.Target;
    }
}
