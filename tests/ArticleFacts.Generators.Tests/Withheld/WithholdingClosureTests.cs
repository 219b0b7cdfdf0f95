using System.Collections.Generic;
using System.Linq;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Validation;

namespace ArticleFacts.Generators.Tests.Withheld;

/// <summary>The closure alone: which facts a set of own errors withholds, and what each withheld fact names as its reason.</summary>
public class WithholdingClosureTests
{
    private static readonly LocationInfo At = new("data/x.facts.yaml", 10, 3, 4, 6, 4, 9);

    private static readonly Model.Withholding Misquote = Model.Withholding.Own(DiagnosticInfo.Create("AF1001", At, "x", string.Empty));

    private static FactRef Quote(string id) => FactRef.To(FactKind.Quote, id);

    private static FactRef Claim(string id) => FactRef.To(FactKind.Claim, id);

    private static FactRef Quantity(string id) => FactRef.To(FactKind.Quantity, id);

    private static FactRef Entity(string id) => FactRef.To(FactKind.Entity, id);

    private static FactNode Node(FactRef fact, Model.Withholding? own = null, bool complete = true, params FactRef[] refersTo) =>
        new(fact, own, complete, refersTo, At);

    [Fact]
    public void A_claim_citing_a_withheld_quantity_is_withheld_and_names_it()
    {
        var withheld = WithholdingClosure.Close(new[]
        {
            Node(Quantity("qty_shells"), Misquote, complete: false),
            Node(Claim("c_shells"), refersTo: Quantity("qty_shells")),
        });

        Assert.Same(Misquote, withheld[Quantity("qty_shells")]);
        var claim = withheld[Claim("c_shells")];
        Assert.Equal(Quantity("qty_shells"), claim.Via);
        Assert.Equal(
            "It refers to the quantity 'qty_shells', which is withheld for AF1001 at data/x.facts.yaml(5,7): Anchor \"x\" is not in the article body; the fact is withheld until it is fixed",
            claim.Message);
    }

    [Fact]
    public void An_entity_named_by_a_withheld_quote_is_not_withheld()
    {
        var withheld = WithholdingClosure.Close(new[]
        {
            Node(Entity("kcna")),
            Node(Quote("q_kcna"), Misquote, complete: false, Entity("kcna")),
        });

        Assert.Equal(new[] { Quote("q_kcna") }, withheld.Keys);
    }

    [Fact]
    public void Withholding_is_transitive_and_names_the_nearest_withheld_fact_with_the_first_error()
    {
        // c_b cites q_a's claim c_a; c_a cites q_a, which is misquoted.
        var withheld = WithholdingClosure.Close(new[]
        {
            Node(Claim("c_b"), refersTo: Claim("c_a")),
            Node(Claim("c_a"), refersTo: Quote("q_a")),
            Node(Quote("q_a"), Misquote, complete: false),
            Node(Claim("c_other"), refersTo: Entity("kcna")),
            Node(Entity("kcna")),
        });

        Assert.Equal(new[] { "c_a", "c_b", "q_a" }, withheld.Keys.Select(k => k.Id).OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.Equal(Claim("c_a"), withheld[Claim("c_b")].Via);
        Assert.Equal(Quote("q_a"), withheld[Claim("c_a")].Via);
        Assert.All(withheld.Values, w => Assert.Equal(("AF1001", "data/x.facts.yaml(5,7)"), (w.DiagnosticId, w.Where)));
    }

    [Fact]
    public void A_fact_with_an_own_error_keeps_it_even_when_it_also_cites_a_withheld_fact()
    {
        var own = Model.Withholding.Own(DiagnosticInfo.Create("AF3004", At, "The value 11 is not a number written"));
        var withheld = WithholdingClosure.Close(new[]
        {
            Node(Quote("q_a"), Misquote, complete: false),
            Node(Claim("c_a"), own, complete: false, Quote("q_a")),
        });

        Assert.Same(own, withheld[Claim("c_a")]);
        Assert.Null(withheld[Claim("c_a")].Via);
    }

    [Fact]
    public void A_cycle_through_a_withheld_fact_ends()
    {
        var cycle = Model.Withholding.Own(DiagnosticInfo.Create("AF2006", At, "cycle"));
        var withheld = WithholdingClosure.Close(new[]
        {
            Node(Entity("a"), refersTo: Entity("b")),
            Node(Entity("b"), cycle, complete: false, Entity("a")),
        });

        Assert.Equal(2, withheld.Count);
        Assert.Equal(Entity("b"), withheld[Entity("a")].Via);
    }

    [Fact]
    public void An_incomplete_fact_without_any_error_is_withheld_for_the_syntax_error_or_as_an_internal_failure()
    {
        var nodes = new[] { Node(Claim("c_a"), complete: false), Node(Claim("c_b"), refersTo: Claim("c_a")) };
        var syntax = DiagnosticInfo.Create("AF0001", At, "did not find expected ',' or ']'");

        var afterSyntaxError = WithholdingClosure.Close(nodes, syntax);
        var otherwise = WithholdingClosure.Close(nodes);

        Assert.Equal("AF0001", afterSyntaxError[Claim("c_a")].DiagnosticId);
        Assert.Equal(Claim("c_a"), afterSyntaxError[Claim("c_b")].Via);
        Assert.Equal("AF9999", otherwise[Claim("c_a")].DiagnosticId);
    }

    [Fact]
    public void No_error_withholds_nothing()
    {
        var withheld = WithholdingClosure.Close(new List<FactNode> { Node(Entity("a")), Node(Claim("c"), refersTo: Entity("a")) });

        Assert.Empty(withheld);
    }
}
