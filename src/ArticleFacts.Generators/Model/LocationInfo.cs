using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// A place in a file, as plain data (a <see cref="Location"/> must not live in pipeline models).
/// Offsets are UTF-16 code units into the normalised file text; lines and columns are 0-based here,
/// as Roslyn's <see cref="LinePosition"/> counts them, and shown 1-based by the compiler.
/// </summary>
internal sealed record LocationInfo(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    public Location ToLocation() => Location.Create(
        FilePath,
        new TextSpan(Start, Length),
        new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));

    /// <summary>1-based <c>line:column</c>, as a curator reads it.</summary>
    public string Display => Text.MessageText.Position(Line, Column);
}
