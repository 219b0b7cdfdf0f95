using ArticleFacts.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ArticleFacts.IntegrationTests;

/// <summary>The generated code sits quietly in a consumer that turns every warning on and makes it an error.</summary>
[Collection(BuildCollection.Name)]
public sealed class StrictConsumerTests
{
    private readonly ITestOutputHelper _output;

    public StrictConsumerTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Valid_article_builds_without_a_single_warning_under_all_analyzers()
    {
        using var project = ConsumerProject.Create(new ConsumerOptions
        {
            TreatWarningsAsErrors = true,
            ExtraProperties = """
                <AnalysisLevel>latest-all</AnalysisLevel>
                <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
                <WarningLevel>9999</WarningLevel>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                """,
        });
        var build = project.Build();
        _output.WriteLine(build.ToString());

        Assert.True(build.Succeeded, $"The generated code trips the analyzers:\n{build}");
        Assert.True(build.WarningLines.Count == 0, "Warnings:\n" + string.Join("\n", build.WarningLines));
    }
}
