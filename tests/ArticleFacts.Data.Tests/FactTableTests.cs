using System;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using ArticleFacts.Data;
using ArticleFacts.Generated;
using Xunit;

namespace ArticleFacts.Data.Tests;

/// <summary>
/// The runtime side of the emitted data: each fact built once and shared, one anchor per place, reading one fact
/// decoding only what it needs (observed on a fresh copy of the seed assembly, whose statics no other test touched),
/// and the data's escapes and nulls read back.
/// </summary>
public sealed class FactTableTests
{
    private const string Header = FactTable.Header + "\n";

    [Fact]
    public void A_fact_named_by_another_is_the_same_object_and_facts_at_the_same_words_share_their_anchor()
    {
        Assert.Same(NkFmVisit.Quotes.QuoteKcna, NkFmVisit.Claims.CVisitInvitation.EvidenceQuote);
        Assert.Same(NkFmVisit.Entities.Kcna, NkFmVisit.Quotes.QuoteKcna.Speaker);
        Assert.Same(NkFmVisit.Quotes.QuoteKcna.Anchor, NkFmVisit.Claims.CVisitInvitation.Evidence);
        Assert.Same(NkFmVisit.Quotes.QuoteKcna.Cue, NkFmVisit.Claims.CVisitInvitation.Cue);
        // ImmutableArray equality is the same array: the sheet holds the section's All itself.
        Assert.Equal(NkFmVisit.Entities.All, NkFmVisit.Facts.Entities.AsImmutableArray());
    }

    [Fact]
    public void Reading_one_quote_decodes_that_quote_and_the_entities_it_names_and_runs_no_other_section()
    {
        var context = new AssemblyLoadContext("fresh seed", isCollectible: true);
        try
        {
            var seed = context.LoadFromAssemblyPath(typeof(NkFmVisit).Assembly.Location);
            Assert.NotSame(typeof(NkFmVisit).Assembly, seed);
            var quote = (Quote)seed.GetType("ArticleFacts.Data.NkFmVisit+Quotes")!.GetProperty("QuoteKcna")!.GetValue(null)!;
            Assert.Equal("quote_kcna", quote.Id);

            var table = (FactTable)seed.GetType("ArticleFacts.Data.NkFmVisit+__Data")!.GetField("Table", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

            // The Quotes class built both its quotes; the speakers are KCNA, part of North Korea, and the White House,
            // part of the United States. No claim, event, date or quantity was decoded: those sections' initialisers,
            // which read every fact of theirs, did not run, and neither did the Entities class's.
            Assert.Equal(2, table.Decoded('Q'));
            Assert.Equal(4, table.Decoded('E'));
            Assert.Equal(0, table.Decoded('C'));
            Assert.Equal(0, table.Decoded('V'));
            Assert.Equal(0, table.Decoded('D'));
            Assert.Equal(0, table.Decoded('N'));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Concurrent_first_reads_of_one_fact_all_get_the_one_kept_object()
    {
        var table = new FactTable(Header + "E\tacme\t1\tAcme\t0\t0\t\0\t1\nE\tbob\t0\tBob\t0\t1\tchief\tacme\tacme\t1\n");
        var read = new Entity[64];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => read[i] = table.Entity(i % 2 == 0 ? "bob" : "acme"));

        var bob = table.Entity("bob");
        Assert.All(read.Where((_, i) => i % 2 == 0), e => Assert.Same(bob, e));
        Assert.All(read.Where((_, i) => i % 2 == 1), e => Assert.Same(bob.PartOf, e));
        Assert.Same(bob.PartOf, bob.Roles[0].Of);
    }

    [Fact]
    public void Escaped_text_and_nulls_read_back()
    {
        // A name with a tab, a line feed, a NUL and a backslash; an entity with no part_of (a lone NUL).
        var table = new FactTable(Header + "E\todd\t3\tTab\\there\\nnew \\0 and \\\\ back\t1\tA\\tB\t0\t\0\t0\n");
        var odd = table.Entity("odd");

        Assert.IsType<Place>(odd);
        Assert.Equal("Tab\there\nnew \0 and \\ back", odd.Name);
        Assert.Equal(new[] { "A\tB" }, odd.Aliases);
        Assert.Null(odd.PartOf);
        Assert.False(odd.Mentioned);
    }

    [Fact]
    public void Data_of_another_form_or_an_unknown_id_is_a_clear_error()
    {
        var version = Assert.Throws<FormatException>(() => new FactTable("ArticleFacts.FactTable 0\n"));
        Assert.Contains("rebuild the project", version.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => new FactTable(Header).Quote("q_none"));
        Assert.Contains("no quote 'q_none'", missing.Message, StringComparison.Ordinal);
    }
}
