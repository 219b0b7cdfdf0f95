using System.Globalization;
using System.Text;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// How long an article text the generated code can hold, per form of its literal (measured: docs/format.md,
/// "How long a text can be").
/// </summary>
internal static class TextLimits
{
    /// <summary>
    /// The most UTF-8 bytes of a text emitted as <c>"..."u8</c> (C# 11 on). Such data lies outside the user-string
    /// heap and has no limit of its own, but the compiler holds about 160 bytes of memory per byte of it while it
    /// emits: 40,000,000 bytes were measured to build (with 6.4 GiB), which is where this limit is put.
    /// </summary>
    public const int MaxUtf8Bytes = 40_000_000;

    /// <summary>
    /// The most UTF-16 characters of a text emitted as a string literal (before C# 11, or for a text with an unpaired
    /// surrogate). All string literals of an assembly share a heap of 2^24 bytes of UTF-16 (CS8103): measured, one
    /// literal of 8,388,604 ASCII characters followed by any other literal fails; the rest is left for the other
    /// literals (ids, names) and the project's own.
    /// </summary>
    public const int MaxStringLiteralChars = 8_000_000;

    /// <summary>Why <paramref name="text"/> of <paramref name="path"/> cannot be compiled in, or null when it can.</summary>
    public static string? Problem(string path, string text)
    {
        if (CSharpText.HasUtf8Form(text))
        {
            var bytes = Encoding.UTF8.GetByteCount(text);
            return bytes <= MaxUtf8Bytes ? null
                : $"The article text '{path}' is too long to compile into an assembly: it has {N(bytes)} bytes of UTF-8, and a text is compiled in as UTF-8 data (\"...\"u8) of at most {N(MaxUtf8Bytes)} bytes (the compiler needs some 160 bytes of memory per byte of it); split the article";
        }

        return text.Length <= MaxStringLiteralChars ? null
            : $"The article text '{path}' is too long to compile into an assembly: it holds an unpaired surrogate, which UTF-8 cannot encode, so it is compiled in as a string literal, and the string literals of one assembly share 16 MB of UTF-16 (CS8103), room for about {N(MaxStringLiteralChars)} characters of text; it has {N(text.Length)}: remove the unpaired surrogate or split the article";
    }

    /// <summary>Whether a project without UTF-8 literals (before C# 11) cannot compile <paramref name="text"/> in.</summary>
    public static bool NeedsUtf8Literals(string text) => text.Length > MaxStringLiteralChars;

    /// <summary>Why a text of an article cannot be compiled in by a project without UTF-8 literals (before C# 11), or null.</summary>
    public static string? ProblemWithoutUtf8Literals(string articleId, string text) =>
        !NeedsUtf8Literals(text) ? null
            : $"The text of article '{articleId}' is too long for this project's C# version: before C# 11 a text is compiled in as a string literal, and the string literals of one assembly share 16 MB of UTF-16 (CS8103), room for about {N(MaxStringLiteralChars)} characters of text; it has {N(text.Length)}: set <LangVersion> to 11 or later, or split the article";

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
