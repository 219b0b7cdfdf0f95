using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleFacts.Generators.Declarations;

/// <summary>
/// Reads the classes the user declares with <c>[ArticleFacts.FactsFrom]</c> and <c>[ArticleFacts.FactsCatalogue]</c>
/// into equatable models: the declaration lines to repeat, the attribute's place, and what is wrong with them.
/// </summary>
internal static class DeclarationReader
{
    public const string FactsFromAttribute = "ArticleFacts.FactsFromAttribute";
    public const string FactsCatalogueAttribute = "ArticleFacts.FactsCatalogueAttribute";

    public static bool IsTypeDeclaration(SyntaxNode node, CancellationToken cancellationToken) => node is TypeDeclarationSyntax;

    public static ArticleDeclaration ReadArticle(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var node = (TypeDeclarationSyntax)context.TargetNode;
        var attribute = context.Attributes.FirstOrDefault();
        var path = attribute is not null && attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
        var problem = Problem(node, context.TargetSymbol, requireStatic: true);
        return new ArticleDeclaration(path, Target(node, context.TargetSymbol), AttributeLocation(attribute, node, cancellationToken), problem);
    }

    public static CatalogueDeclaration ReadCatalogue(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var node = (TypeDeclarationSyntax)context.TargetNode;
        var attribute = context.Attributes.FirstOrDefault();
        var problem = Problem(node, context.TargetSymbol, requireStatic: false);
        return new CatalogueDeclaration(Target(node, context.TargetSymbol), AttributeLocation(attribute, node, cancellationToken), problem);
    }

    /// <summary>What to add for the class to hold generated members: <c>static</c>, <c>partial</c>, or a partial containing type.</summary>
    private static string? Problem(TypeDeclarationSyntax node, ISymbol symbol, bool requireStatic)
    {
        var name = node.Identifier.ValueText;
        var shape = requireStatic ? "a static partial class" : "a partial class";
        if (node is not ClassDeclarationSyntax)
        {
            return $"'{name}' is a {Kind(node)}; declare it as {shape}";
        }

        var missing = new List<string>();
        if (requireStatic && !(symbol is INamedTypeSymbol { IsStatic: true }))
        {
            missing.Add("static");
        }

        if (!IsPartial(node))
        {
            missing.Add("partial");
        }

        if (missing.Count > 0)
        {
            return $"'{name}' must be {shape}: add '{string.Join(" ", missing)}' to its declaration";
        }

        var outer = node.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault(t => !IsPartial(t));
        return outer is null ? null : $"'{name}' is nested in '{outer.Identifier.ValueText}', which must be partial too: add 'partial' to its declaration";
    }

    private static bool IsPartial(TypeDeclarationSyntax node) => node.Modifiers.Any(SyntaxKind.PartialKeyword);

    private static TypeTarget Target(TypeDeclarationSyntax node, ISymbol symbol)
    {
        var containing = node.Ancestors().OfType<TypeDeclarationSyntax>().Reverse().Select(Header).ToEquatableArray();
        var ns = symbol.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Substring("global::".Length) : null;
        return new TypeTarget(ns, containing, Header(node), IsReachable(symbol));
    }

    /// <summary>Whether a class elsewhere in the assembly (the catalogue) can name the type: no private or protected and no type parameters on the way.</summary>
    private static bool IsReachable(ISymbol symbol)
    {
        for (var type = symbol as INamedTypeSymbol; type is not null; type = type.ContainingType)
        {
            if (type.Arity > 0 || type.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static TypeHeader Header(TypeDeclarationSyntax node)
    {
        var modifiers = node.Modifiers.Where(m => !m.IsKind(SyntaxKind.PartialKeyword)).Select(m => m.ValueText + " ");
        var typeParameters = node.TypeParameterList is { } list ? "<" + string.Join(", ", list.Parameters.Select(p => p.Identifier.ValueText)) + ">" : string.Empty;
        var name = node.Identifier.ValueText + typeParameters;
        var hintName = node.Identifier.ValueText + (typeParameters.Length == 0 ? string.Empty : "{" + typeParameters.Substring(1, typeParameters.Length - 2).Replace(" ", string.Empty) + "}");
        return new TypeHeader(string.Concat(modifiers) + "partial " + Kind(node) + " " + name, name, hintName);
    }

    private static string Kind(TypeDeclarationSyntax node) => node switch
    {
        RecordDeclarationSyntax record => record.ClassOrStructKeyword.IsKind(SyntaxKind.StructKeyword) ? "record struct" : "record",
        _ => node.Keyword.ValueText,
    };

    private static LocationInfo AttributeLocation(AttributeData? attribute, TypeDeclarationSyntax node, CancellationToken cancellationToken)
    {
        var location = attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? node.Identifier.GetLocation();
        var span = location.GetLineSpan();
        return new LocationInfo(
            span.Path ?? string.Empty,
            location.SourceSpan.Start,
            location.SourceSpan.Length,
            span.StartLinePosition.Line,
            span.StartLinePosition.Character,
            span.EndLinePosition.Line,
            span.EndLinePosition.Character);
    }
}
