using System;
using System.Globalization;

namespace ArticleFacts;

/// <summary>An amount the article states, with its unit and how exact it is.</summary>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    public Quantity(string id, decimal value, string unit, Comparator comparator, Amount? alt, Anchor at)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(at);
        (Id, Value, Unit, Comparator, Alt, At) = (id, value, unit, comparator, alt, at);
    }

    /// <summary>The curator's id.</summary>
    public string Id { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The UCUM unit code (<c>km</c>, <c>[mi_i]</c>, <c>{container}</c>).</summary>
    public string Unit { get; }

    /// <summary>How the value relates to the true amount.</summary>
    public Comparator Comparator { get; }

    /// <summary>The same amount in another unit, as the article prints it, if it does.</summary>
    public Amount? Alt { get; }

    /// <summary>The surface text of the quantity.</summary>
    public Anchor At { get; }

    /// <summary>Comparator, value and unit: <c>approx 900 km</c>.</summary>
    public override string ToString() =>
        (Comparator == Comparator.Exact ? string.Empty : Comparator.ToString() + " ") + new Amount(Value, Unit);
}

/// <summary>A value with a UCUM unit.</summary>
public sealed record Amount
{
    /// <summary>Creates an amount.</summary>
    public Amount(decimal value, string unit)
    {
        Value = value;
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
    }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The UCUM unit code.</summary>
    public string Unit { get; }

    /// <summary><c>550 [mi_i]</c>.</summary>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Unit;
}
