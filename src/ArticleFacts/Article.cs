using System;

namespace ArticleFacts;

/// <summary>An article's metadata and its normalised text.</summary>
public sealed record Article
{
    /// <summary>Creates an article.</summary>
    public Article(string id, string? title, Entity publisher, DateOnly published, string language, string? url, string text, Anchor body)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(body);
        (Id, Title, Publisher, Published, Language, Url) = (id, title, publisher, published, language, url);
        (Text, Body) = (text, body);
    }

    /// <summary>The article's id (<c>nk_fm_visit</c>).</summary>
    public string Id { get; }

    /// <summary>The headline, if the curator gave one.</summary>
    public string? Title { get; }

    /// <summary>The publisher.</summary>
    public Entity Publisher { get; }

    /// <summary>The publication date: the document creation time relative dates are read against.</summary>
    public DateOnly Published { get; }

    /// <summary>The BCP 47 language tag.</summary>
    public string Language { get; }

    /// <summary>The canonical address, if given.</summary>
    public string? Url { get; }

    /// <summary>The whole article text, normalised: BOM dropped, every line ending LF.</summary>
    public string Text { get; }

    /// <summary>The body: the part of <see cref="Text"/> the facts are anchored in.</summary>
    public Anchor Body { get; }

    /// <summary>The id and the title.</summary>
    public override string ToString() => Title is null ? Id : $"{Id}: {Title}";
}
