using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.ValidationUnits;

/// <summary>The dependency order of entities over part_of and roles' 'of', and the cycles it reports (AF2006).</summary>
public class EntityGraphTests
{
    private static int _offset;

    private static Located At(string text)
    {
        var start = _offset++;
        return new Located(text, new LocationInfo("data/x.facts.yaml", start, text.Length, start, 4, start, 4 + text.Length));
    }

    /// <summary>An entity: <c>a</c>, <c>a&gt;b</c> (part of b), <c>a&gt;b+c</c> (part of b, roles of c).</summary>
    private static EntitySpec Entity(string spec)
    {
        var parts = spec.Split('>');
        var partOf = parts.Length > 1 ? parts[1].Split('+')[0] : string.Empty;
        var roles = parts.Length > 1 ? parts[1].Split('+').Skip(1).ToArray() : Array.Empty<string>();
        return new EntitySpec(
            At(parts[0]),
            At("organization"),
            At(parts[0].ToUpperInvariant()),
            new EquatableArray<Located>(ImmutableArray<Located>.Empty),
            new EquatableArray<RoleSpec>(roles.Select(r => new RoleSpec(At("member"), At(r))).ToImmutableArray()),
            partOf.Length == 0 ? null : At(partOf),
            true);
    }

    private static (Dictionary<string, int>? Order, DiagnosticBag Diagnostics) Order(params string[] specs)
    {
        var entities = specs.Select(Entity).ToList();
        var ids = new HashSet<string>(entities.Select(e => e.Id.Text), StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        return (EntityGraph.Order(entities, ids.Contains, diagnostics), diagnostics);
    }

    private static string Show(Dictionary<string, int>? order) =>
        order is null ? "null" : string.Join(" ", order.OrderBy(p => p.Value).Select(p => p.Key + "=" + p.Value));

    [Theory]
    [InlineData(new[] { "a", "b" }, "a=0 b=1")]
    [InlineData(new[] { "a>b", "b" }, "b=0 a=1")]
    [InlineData(new[] { "a>b", "b>c", "c" }, "c=0 b=1 a=2")]
    [InlineData(new[] { "a>b+c", "b", "c" }, "b=0 c=1 a=2")]
    [InlineData(new[] { "a>+c+b", "b", "c" }, "c=0 b=1 a=2")]
    [InlineData(new[] { "a>b+c", "b>c", "c" }, "c=0 b=1 a=2")]
    [InlineData(new[] { "a>x", "b" }, "a=0 b=1")] // x is no entity: no edge
    [InlineData(new[] { "a>b", "b", "a>b" }, "b=0 a=1")] // a second entity of one id is left out
    public void Referenced_entities_come_first(string[] specs, string expected)
    {
        var (order, diagnostics) = Order(specs);
        Assert.Equal(expected, Show(order));
        Assert.Equal(0, diagnostics.Count);
    }

    [Theory]
    [InlineData(new[] { "a>a" }, "'a' refers to 'a', which closes a cycle of part_of/roles references (a -> a): an entity cannot contain itself")]
    [InlineData(new[] { "a>b", "b>a" }, "'b' refers to 'a', which closes a cycle of part_of/roles references (a -> b -> a): an entity cannot contain itself")]
    [InlineData(new[] { "a>b", "b>c", "c>b" }, "'c' refers to 'b', which closes a cycle of part_of/roles references (b -> c -> b): an entity cannot contain itself")]
    [InlineData(new[] { "a>+b+c", "b", "c>a" }, "'c' refers to 'a', which closes a cycle of part_of/roles references (a -> c -> a): an entity cannot contain itself")]
    [InlineData(new[] { "d", "a>b", "b>a" }, "'b' refers to 'a', which closes a cycle of part_of/roles references (a -> b -> a): an entity cannot contain itself")]
    public void A_cycle_is_reported_once_and_yields_no_order(string[] specs, string message)
    {
        var (order, diagnostics) = Order(specs);
        Assert.Null(order);
        var diagnostic = Assert.Single(diagnostics.ToEquatableArray().AsImmutableArray());
        Assert.Equal(DiagnosticIds.ReferenceCycle, diagnostic.Id);
        Assert.Equal(message, diagnostic.Arguments.AsImmutableArray()[0]);
    }

    [Fact]
    public void Observes_the_cancellation_token()
    {
        var entities = new[] { Entity("a>b"), Entity("b") };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => EntityGraph.Order(entities, _ => true, new DiagnosticBag(), cancelled.Token));
    }
}
