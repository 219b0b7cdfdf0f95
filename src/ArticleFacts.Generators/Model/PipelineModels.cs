using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ArticleFacts.Generators.Model;

/// <summary>An additional file's path and normalised text.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>A parsed facts file: the document (null when unreadable), its diagnostics, and the path of its article text.</summary>
internal sealed record ParsedFacts(string Path, FactsDocument? Document, string TextPath, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A facts file with its article text (null when the text is not among the AdditionalFiles).</summary>
internal sealed record ArticleInput(ParsedFacts Facts, SourceFile? Text);

/// <summary>The outcome of checking one article: a model to emit when it has no errors, and every diagnostic.</summary>
internal sealed record ArticleResult(string Path, string? ClassName, LocationInfo? IdLocation, ArticleModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// The article texts of the compilation by path, built once each time a text changes. Pairing a facts
/// file with its text is then one lookup, so a changed text costs every article an O(1) lookup and an
/// equality check by reference, and only its own article is validated again.
/// </summary>
internal sealed class TextIndex : IEquatable<TextIndex>
{
    private readonly ImmutableArray<SourceFile> _files;
    private readonly Dictionary<string, SourceFile> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceFile> _byPathIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    private TextIndex(ImmutableArray<SourceFile> files)
    {
        _files = files;
        foreach (var file in files)
        {
            // The first file of a path wins, as the compiler's order of AdditionalFiles has it.
            if (!_byPath.ContainsKey(file.Path))
            {
                _byPath.Add(file.Path, file);
            }

            // Ignoring case, the ordinally first path wins, whatever the order of the files (determinism).
            if (!_byPathIgnoringCase.TryGetValue(file.Path, out var other) || string.CompareOrdinal(file.Path, other.Path) < 0)
            {
                _byPathIgnoringCase[file.Path] = file;
            }
        }
    }

    public static TextIndex From(ImmutableArray<SourceFile?> texts)
    {
        var files = ImmutableArray.CreateBuilder<SourceFile>(texts.Length);
        foreach (var text in texts)
        {
            if (text is not null)
            {
                files.Add(text);
            }
        }

        return new TextIndex(files.ToImmutable());
    }

    /// <summary>The text at exactly <paramref name="path"/>, else the first whose path differs only in case, else null.</summary>
    public SourceFile? Find(string path) =>
        _byPath.TryGetValue(path, out var file) || _byPathIgnoringCase.TryGetValue(path, out file) ? file : null;

    /// <summary>Equal when it holds equal texts in the same order (unchanged texts are the same objects: compared by reference).</summary>
    public bool Equals(TextIndex? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._files.Length != _files.Length)
        {
            return false;
        }

        for (var i = 0; i < _files.Length; i++)
        {
            if (!_files[i].Equals(other._files[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as TextIndex);

    public override int GetHashCode() => _files.Length;

    public override string ToString() => $"{_files.Length} texts";
}
