namespace ArticleFacts.TestData;

/// <summary>
/// The small valid article every test project breaks one thing at a time: the article text and its facts.
/// One copy, compiled into each test project (tests/Directory.Build.props).
/// </summary>
internal static class MiniArticleSource
{
    /// <summary>Line 1 is the body; line 3 is a footer that the valid facts cut off with end_before.</summary>
    public const string ArticleText =
        "Alice Smith said the plan was \"ready to go.\" Acme Corp agreed on Monday.\n" +
        "Acme Corp shipped 12 crates to Alice Smith.\n" +
        "Subscribe to Acme News for the plan.\n";

    /// <summary>A valid facts file for <see cref="ArticleText"/>: every section, every kind of value.</summary>
    public const string ValidYaml = """
        schema: articlefacts/1
        article:
          id: mini
          publisher: acme
          published: "2024-01-14"
          body:
            end_before: Subscribe to
        entities:
          acme:
            type: organization
            name: Acme Corp
          alice:
            type: person
            name: Alice Smith
            roles:
              - title: customer
                of: acme
        events:
          ev_shipment:
            type: delivery
            trigger: shipped 12 crates
            participants: [acme, alice]
            when: d_monday
            tense: past
        claims:
          c_ready:
            statement: The plan is ready.
            source: alice
            stance: reported
            evidence: {quote: q_ready}
            cue: said
          c_shipped:
            statement: Acme shipped twelve crates to Alice.
            source: author
            stance: asserted
            evidence: Acme Corp shipped 12 crates to Alice Smith
            quantities: [qty_crates]
        quotes:
          q_ready:
            text: ready to go
            speaker: alice
            kind: partial
        quantities:
          qty_crates:
            at: 12 crates
            value: 12
            unit: "{crate}"
        dates:
          d_monday:
            at: Monday
            value: "2024-01-08"
            rule: past_weekday
        """;
}
