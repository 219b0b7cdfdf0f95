using System.Collections.Generic;

namespace ArticleFacts.Benchmarks.Downstream;

// What a user would write without the generator: plain classes for the facts file, deserialised at run
// time (from YAML with YamlDotNet, or from JSON with System.Text.Json). Every value stays text, references
// stay ids, and nothing is checked against the article.
#pragma warning disable CA2227, CA1002 // Mutable collections are what deserialisers fill.

public sealed class FactsDto
{
    public string Schema { get; set; } = "";

    public ArticleDto Article { get; set; } = new();

    public Dictionary<string, EntityDto> Entities { get; set; } = new();

    public Dictionary<string, EventDto> Events { get; set; } = new();

    public Dictionary<string, ClaimDto> Claims { get; set; } = new();

    public Dictionary<string, QuoteDto> Quotes { get; set; } = new();

    public Dictionary<string, QuantityDto> Quantities { get; set; } = new();

    public Dictionary<string, DateDto> Dates { get; set; } = new();
}

public sealed class ArticleDto
{
    public string Id { get; set; } = "";

    public string? Text { get; set; }

    public string? Title { get; set; }

    public string Publisher { get; set; } = "";

    public string Published { get; set; } = "";

    public string? Language { get; set; }

    public string? Url { get; set; }

    public BodyDto? Body { get; set; }
}

public sealed class BodyDto
{
    public AnchorDto? StartAfter { get; set; }

    public AnchorDto? EndBefore { get; set; }
}

/// <summary>An anchor (<c>exact</c>, <c>prefix</c>, <c>suffix</c>), or a claim's evidence given as <c>{quote: id}</c>.</summary>
public sealed class AnchorDto
{
    public string? Exact { get; set; }

    public string? Prefix { get; set; }

    public string? Suffix { get; set; }

    public string? Quote { get; set; }
}

public sealed class EntityDto
{
    public string Type { get; set; } = "";

    public string Name { get; set; } = "";

    public List<string>? Aliases { get; set; }

    public List<RoleDto>? Roles { get; set; }

    public string? PartOf { get; set; }

    public bool? Mentioned { get; set; }
}

public sealed class RoleDto
{
    public string Title { get; set; } = "";

    public string? Of { get; set; }
}

public sealed class EventDto
{
    public string Type { get; set; } = "";

    public AnchorDto Trigger { get; set; } = new();

    public List<string>? Participants { get; set; }

    public string? Place { get; set; }

    public string? When { get; set; }

    public string? Tense { get; set; }
}

public sealed class ClaimDto
{
    public string Statement { get; set; } = "";

    public string Source { get; set; } = "";

    public string Stance { get; set; } = "";

    public AnchorDto Evidence { get; set; } = new();

    public AnchorDto? Cue { get; set; }

    public string? About { get; set; }

    public string? Subject { get; set; }

    public string? Object { get; set; }

    public string? Predicate { get; set; }

    public string? When { get; set; }

    public List<string>? Quantities { get; set; }
}

public sealed class QuoteDto
{
    public AnchorDto Text { get; set; } = new();

    public string Speaker { get; set; } = "";

    public string? Kind { get; set; }

    public AnchorDto? Cue { get; set; }
}

public sealed class QuantityDto
{
    public AnchorDto At { get; set; } = new();

    public string Value { get; set; } = "";

    public string Unit { get; set; } = "";

    public string? Comparator { get; set; }

    public AmountDto? Alt { get; set; }
}

public sealed class AmountDto
{
    public string Value { get; set; } = "";

    public string Unit { get; set; } = "";
}

public sealed class DateDto
{
    public AnchorDto At { get; set; } = new();

    public string? Value { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public string? Mod { get; set; }

    public string? Rule { get; set; }
}
