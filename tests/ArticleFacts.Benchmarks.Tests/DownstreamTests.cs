using ArticleFacts.Benchmarks.Downstream;
using ArticleFacts.Data;

namespace ArticleFacts.Benchmarks.Tests;

/// <summary>The alternatives the downstream benchmarks compare against hold the same facts as the generated code.</summary>
public class DownstreamTests
{
    [Fact]
    public void The_embedded_JSON_is_the_seed_facts_file_converted()
    {
        // Regenerate with: dotnet run -c Release --project bench/ArticleFacts.Benchmarks -- json bench/ArticleFacts.Benchmarks/Downstream/nk_fm_visit.facts.json
        Assert.Equal(RuntimeFacts.ToJson(RuntimeFacts.FromYaml()), RuntimeFacts.ToJson(RuntimeFacts.FromJson()));
    }

    [Fact]
    public void Deserialised_facts_have_as_many_facts_of_each_kind_as_the_generated_ones()
    {
        var generated = NkFmVisit.Facts;
        foreach (var facts in new[] { RuntimeFacts.FromYaml(), RuntimeFacts.FromJson() })
        {
            Assert.Equal(generated.Article.Id, facts.Article.Id);
            Assert.Equal(generated.Entities.Count, facts.Entities.Count);
            Assert.Equal(generated.Events.Count, facts.Events.Count);
            Assert.Equal(generated.Claims.Count, facts.Claims.Count);
            Assert.Equal(generated.Quotes.Count, facts.Quotes.Count);
            Assert.Equal(generated.Quantities.Count, facts.Quantities.Count);
            Assert.Equal(generated.Dates.Count, facts.Dates.Count);
            Assert.Equal("Choe Son Hui", facts.Entities["choe_son_hui"].Name);
            Assert.Equal("quote_kcna", facts.Claims["c_visit_invitation"].Evidence.Quote);
            Assert.Equal("News Agency ", facts.Quotes["quote_kcna"].Cue!.Prefix);
        }
    }

    [Theory]
    [InlineData("generated", false)]
    [InlineData("one", false)]
    [InlineData("yaml", true)]
    [InlineData("json", false)]
    public void The_first_access_probe_walks_each_alternative(string alternative, bool utf8Decoded)
    {
        var output = new System.IO.StringWriter();
        FirstAccessProbe.Run(alternative, utf8Decoded, output);
        Assert.Matches("^" + alternative + @": [0-9]+\.[0-9]{2} ms, JIT [0-9]+\.[0-9]{2} ms for [0-9]+ methods \(checksum [1-9][0-9]*\)\n$", output.ToString().Replace("\r\n", "\n", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_access_probe_refuses_an_unknown_alternative()
    {
        Assert.Throws<System.ArgumentException>(() => FirstAccessProbe.Run("xml", utf8Decoded: false, System.IO.TextWriter.Null));
    }
}
