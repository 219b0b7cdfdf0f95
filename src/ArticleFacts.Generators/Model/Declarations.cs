using System.Linq;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// One type declaration line of generated code, as the user declared it: its modifiers (but <c>partial</c>), then
/// <c>partial</c>, the kind and the name with its type parameters (<c>internal static partial class Visit</c>).
/// </summary>
/// <param name="Header">The declaration line.</param>
/// <param name="Name">The name as code refers to it, with type parameters (<c>Outer&lt;T&gt;</c>).</param>
/// <param name="HintName">The name as a hint name may hold it (<c>Outer{T}</c>).</param>
internal sealed record TypeHeader(string Header, string Name, string HintName);

/// <summary>Where generated members go: a namespace (none for the global one), the containing types outermost first, the type.</summary>
/// <param name="Reachable">Whether code elsewhere in the assembly can name it (no private or protected, no generic type on the way).</param>
internal sealed record TypeTarget(string? Namespace, EquatableArray<TypeHeader> Containing, TypeHeader Type, bool Reachable)
{
    /// <summary>A top-level class the generator names itself (<c>public static partial class Visit</c>).</summary>
    public static TypeTarget Conventional(string? ns, string accessibility, string name, bool isStatic = true) =>
        new(ns, EquatableArray<TypeHeader>.Empty, new TypeHeader(accessibility + (isStatic ? " static" : string.Empty) + " partial class " + name, name, name), true);

    /// <summary><c>global::Ns.Outer.Visit</c>.</summary>
    public string FullName => "global::" + (Namespace is null ? string.Empty : Namespace + ".") + string.Concat(Containing.Select(c => c.Name + ".")) + Type.Name;

    /// <summary><c>Ns.Outer.Visit</c>, without type parameters' brackets: what a hint name may hold.</summary>
    public string HintStem => HintSafe((Namespace is null ? string.Empty : Namespace + ".") + string.Concat(Containing.Select(c => c.HintName + ".")) + Type.HintName);

    /// <summary>Identifiers may hold characters a hint name may not (formatting characters, <c>@</c>): those become <c>_</c>.</summary>
    private static string HintSafe(string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]) && chars[i] is not ('_' or '.' or ',' or '{' or '}'))
            {
                chars[i] = '_';
            }
        }

        return new string(chars);
    }
}

/// <summary>A class declared with <c>[ArticleFacts.FactsFrom(path)]</c>.</summary>
/// <param name="Path">The path as written in the attribute (null when it is not a string).</param>
/// <param name="Problem">What keeps the declaration from holding the facts (not <c>static partial</c>), or null.</param>
internal sealed record ArticleDeclaration(string? Path, TypeTarget Target, LocationInfo Location, string? Problem);

/// <summary>A class declared with <c>[ArticleFacts.FactsCatalogue]</c>.</summary>
/// <param name="Problem">What keeps the declaration from holding the catalogue (not <c>partial</c>), or null.</param>
internal sealed record CatalogueDeclaration(TypeTarget Target, LocationInfo Location, string? Problem);

/// <summary>A facts file whose class the user declared: its normalised path and where its members go.</summary>
internal sealed record DeclaredArticle(string Path, TypeTarget Target);

/// <summary>What each article's emission needs to know of the others: skipped paths, declared classes.</summary>
internal sealed record ArticlePlacement(EquatableArray<string> SkippedPaths, EquatableArray<DeclaredArticle> Declared)
{
    public TypeTarget? DeclaredTarget(string path)
    {
        foreach (var declared in Declared)
        {
            if (declared.Path == path)
            {
                return declared.Target;
            }
        }

        return null;
    }
}
