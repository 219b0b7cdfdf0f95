using System;

namespace ArticleFacts;

/// <summary>A named entity of an article: a person, organisation, country, place or group.</summary>
public abstract record Entity
{
    /// <summary>Creates an entity.</summary>
    protected Entity(string id, string name, ValueArray<string> aliases, ValueArray<Role> roles, Entity? partOf, bool mentioned)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(name);
        (Id, Name, Aliases, Roles, PartOf, Mentioned) = (id, name, aliases, roles, partOf, mentioned);
    }

    /// <summary>The curator's id (<c>choe_son_hui</c>).</summary>
    public string Id { get; }

    /// <summary>The canonical name.</summary>
    public string Name { get; }

    /// <summary>Other names the article uses for the entity (<c>Pyongyang</c> for North Korea).</summary>
    public ValueArray<string> Aliases { get; }

    /// <summary>Titles the entity holds, each optionally of another entity.</summary>
    public ValueArray<Role> Roles { get; }

    /// <summary>The entity this one belongs to, if any.</summary>
    public Entity? PartOf { get; }

    /// <summary>Whether the name or an alias occurs in the article body (false for a publisher named only in metadata).</summary>
    public bool Mentioned { get; }

    /// <summary>The kind of entity.</summary>
    public abstract EntityType Type { get; }

    /// <summary>The name and the id: <c>Choe Son Hui (choe_son_hui)</c>.</summary>
    public override string ToString() => $"{Name} ({Id})";
}

/// <summary>A title an entity holds (<c>Minister of Foreign Affairs</c> of North Korea).</summary>
public sealed record Role
{
    /// <summary>Creates a role.</summary>
    public Role(string title, Entity? of)
    {
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Of = of;
    }

    /// <summary>The title as the article gives it.</summary>
    public string Title { get; }

    /// <summary>The entity the title is held in, if any.</summary>
    public Entity? Of { get; }

    /// <summary><c>Title, Of</c>.</summary>
    public override string ToString() => Of is null ? Title : $"{Title}, {Of.Name}";
}

/// <summary>A person.</summary>
public sealed record Person : Entity
{
    /// <summary>Creates a person.</summary>
    public Person(string id, string name, ValueArray<string> aliases, ValueArray<Role> roles, Entity? partOf, bool mentioned)
        : base(id, name, aliases, roles, partOf, mentioned)
    {
    }

    /// <inheritdoc />
    public override EntityType Type => EntityType.Person;

    /// <inheritdoc />
    public override string ToString() => base.ToString();
}

/// <summary>An organisation: an agency, ministry, company or newspaper.</summary>
public sealed record Organization : Entity
{
    /// <summary>Creates an organisation.</summary>
    public Organization(string id, string name, ValueArray<string> aliases, ValueArray<Role> roles, Entity? partOf, bool mentioned)
        : base(id, name, aliases, roles, partOf, mentioned)
    {
    }

    /// <inheritdoc />
    public override EntityType Type => EntityType.Organization;

    /// <inheritdoc />
    public override string ToString() => base.ToString();
}

/// <summary>A country or state.</summary>
public sealed record Country : Entity
{
    /// <summary>Creates a country.</summary>
    public Country(string id, string name, ValueArray<string> aliases, ValueArray<Role> roles, Entity? partOf, bool mentioned)
        : base(id, name, aliases, roles, partOf, mentioned)
    {
    }

    /// <inheritdoc />
    public override EntityType Type => EntityType.Country;

    /// <inheritdoc />
    public override string ToString() => base.ToString();
}

/// <summary>A place: a city, region or geographic feature.</summary>
public sealed record Place : Entity
{
    /// <summary>Creates a place.</summary>
    public Place(string id, string name, ValueArray<string> aliases, ValueArray<Role> roles, Entity? partOf, bool mentioned)
        : base(id, name, aliases, roles, partOf, mentioned)
    {
    }

    /// <inheritdoc />
    public override EntityType Type => EntityType.Place;

    /// <inheritdoc />
    public override string ToString() => base.ToString();
}

/// <summary>A group of people or countries that is not an organisation (officials, allies).</summary>
public sealed record Group : Entity
{
    /// <summary>Creates a group.</summary>
    public Group(string id, string name, ValueArray<string> aliases, ValueArray<Role> roles, Entity? partOf, bool mentioned)
        : base(id, name, aliases, roles, partOf, mentioned)
    {
    }

    /// <inheritdoc />
    public override EntityType Type => EntityType.Group;

    /// <inheritdoc />
    public override string ToString() => base.ToString();
}
