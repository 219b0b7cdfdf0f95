using ArticleFacts.Generators.Tests.Infrastructure;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>
/// AF2004 names the field that holds a reference of the wrong kind, for each reference field of entities,
/// events and claims; and AF1004 names end_before when the markers are in the wrong order.
/// </summary>
public class ReferenceRoleTests
{
    [Theory]
    [InlineData("        of: acme", "        of: d_monday", 17, 13, "'d_monday' is a date, but a role's 'of' of 'alice' must name an entity")]
    [InlineData("    name: Acme Corp", "    name: Acme Corp\n    part_of: d_monday", 12, 14, "'d_monday' is a date, but the part_of of 'acme' must name an entity")]
    [InlineData("    participants: [acme, alice]", "    participants: [acme, d_monday]", 22, 26, "'d_monday' is a date, but the participants of event 'ev_shipment' must name an entity")]
    [InlineData("    when: d_monday", "    when: acme", 23, 11, "'acme' is an entity, but the 'when' of event 'ev_shipment' must name a date")]
    [InlineData("    tense: past", "    tense: past\n    place: d_monday", 25, 12, "'d_monday' is a date, but the place of event 'ev_shipment' must name an entity")]
    [InlineData("    source: alice", "    source: d_monday", 28, 13, "'d_monday' is a date, but the source of claim 'c_ready' must name an entity")]
    [InlineData("{quote: q_ready}", "{quote: acme}", 30, 23, "'acme' is an entity, but the evidence of claim 'c_ready' must name a quote")]
    [InlineData("    cue: said", "    cue: said\n    about: acme", 32, 12, "'acme' is an entity, but the 'about' of claim 'c_ready' must name an event")]
    [InlineData("    cue: said", "    cue: said\n    subject: d_monday", 32, 14, "'d_monday' is a date, but the subject of claim 'c_ready' must name an entity")]
    [InlineData("    cue: said", "    cue: said\n    object: d_monday", 32, 13, "'d_monday' is a date, but the object of claim 'c_ready' must name an entity")]
    [InlineData("    cue: said", "    cue: said\n    when: acme", 32, 11, "'acme' is an entity, but the 'when' of claim 'c_ready' must name a date")]
    [InlineData("[qty_crates]", "[acme]", 37, 18, "'acme' is an entity, but the quantities of claim 'c_shipped' must name a quantity")]
    public void AF2004_names_the_field_of_the_reference(string old, string replacement, int line, int column, string message) =>
        Single(Run(With(old, replacement)), "AF2004", line, column, message);

    [Fact]
    public void AF1004_end_before_ahead_of_start_after_names_end_before_and_both_places() =>
        Single(
            Run(With("    end_before: Subscribe to", "    start_after: agreed on Monday.\n    end_before: the plan was")),
            "AF1004",
            8,
            17,
            "Body marker end_before \"the plan was\" at 1:18 comes before the end of start_after at 1:73: the body would be empty; no anchor of this article is checked until it is fixed");
}
