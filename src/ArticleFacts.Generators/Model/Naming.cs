namespace ArticleFacts.Generators.Model;

/// <summary>How ids become C# names: split on '_', drop empty parts, upper-case each part's first character.</summary>
internal static class Naming
{
    /// <summary>The reserved names are in <see cref="FormatFacts"/>.</summary>
    public static string Pascal(string id)
    {
        // One pass, no intermediate strings: a hot path (every id and every reference).
        var name = new char[id.Length];
        var length = 0;
        var startsPart = true;
        foreach (var c in id)
        {
            if (c == '_')
            {
                startsPart = true;
                continue;
            }

            name[length++] = startsPart ? char.ToUpperInvariant(c) : c;
            startsPart = false;
        }

        return new string(name, 0, length);
    }
}
