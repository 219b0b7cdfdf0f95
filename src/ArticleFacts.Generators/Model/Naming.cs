namespace ArticleFacts.Generators.Model;

/// <summary>How ids become C# names: split on '_', drop empty parts, upper-case each part's first character.</summary>
internal static class Naming
{
    /// <summary>The reserved names are in <see cref="FormatFacts"/>.</summary>
    public static string Pascal(string id)
    {
        // One pass into a buffer this thread keeps: a hot path (every id and every reference), so only the name is allocated.
        // (A hostile id longer than the buffer gets an array of its own, so no thread keeps a large one.)
        var name = id.Length > BufferLength ? new char[id.Length] : t_buffer ??= new char[BufferLength];
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

    private const int BufferLength = 256;

    [System.ThreadStatic]
    private static char[]? t_buffer;
}
