using System;
using System.Collections.Immutable;

namespace ArticleFacts.Data.Tests;

/// <summary>The runtime model compares by value, collections included, and prints ISO dates.</summary>
public class RuntimeModelTests
{
    [Fact]
    public void Entities_with_equal_collections_are_equal()
    {
        var a = new Country("x", "X", ValueArray.Create("Ex"), ValueArray<Role>.Empty, null, true);
        var b = new Country("x", "X", ImmutableArray.Create("Ex"), ValueArray<Role>.Empty, null, true);
        var c = new Country("x", "X", ValueArray.Create("Other"), ValueArray<Role>.Empty, null, true);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual<Entity>(a, new Place("x", "X", ValueArray.Create("Ex"), ValueArray<Role>.Empty, null, true));
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-01")]
    [InlineData("2024-01-14")]
    [InlineData("2024-W03")]
    public void Partial_dates_round_trip_their_iso_form(string iso)
    {
        Assert.Equal(iso, PartialDate.Parse(iso).ToString());
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("2023-W53")]
    [InlineData("Jan 2024")]
    public void Impossible_or_malformed_partial_dates_are_rejected(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PartialDate.Parse(text));
    }

    [Fact]
    public void Week_dates_cover_monday_to_sunday()
    {
        var week = PartialDate.OfWeek(2024, 3);
        Assert.Equal(new DateOnly(2024, 1, 15), week.FirstDay);
        Assert.Equal(new DateOnly(2024, 1, 21), week.LastDay);
    }

    [Fact]
    public void Anchor_end_is_start_plus_length()
    {
        var anchor = new Anchor(10, 5, 2, 3, "hello");
        Assert.Equal(15, anchor.End);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Anchor(-1, 5, 1, 1, "hello"));
    }
}
