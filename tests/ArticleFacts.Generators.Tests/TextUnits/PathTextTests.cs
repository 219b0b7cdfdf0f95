using ArticleFacts.Generators.Text;
using Xunit;

namespace ArticleFacts.Generators.Tests.TextUnits;

/// <summary>How hovers name a facts file: relative to the project folder.</summary>
public sealed class PathTextTests
{
    [Theory]
    [InlineData("/src/App/data/visit.facts.yaml", "/src/App/", "data/visit.facts.yaml")]
    [InlineData("/src/App/data/visit.facts.yaml", "/src/App", "data/visit.facts.yaml")]
    [InlineData("/src/App/visit.facts.yaml", "/src/App/", "visit.facts.yaml")]
    [InlineData("/repo/data/visit.facts.yaml", "/repo/src/App/", "../../data/visit.facts.yaml")]
    [InlineData("C:\\repo\\data\\visit.facts.yaml", "C:\\repo\\src\\App\\", "../../data/visit.facts.yaml")]
    [InlineData("/src/App/data/visit.facts.yaml", null, "visit.facts.yaml")]
    [InlineData("/src/App/data/visit.facts.yaml", "", "visit.facts.yaml")]
    [InlineData("C:/repo/visit.facts.yaml", "D:/other/", "visit.facts.yaml")]
    [InlineData("/src/AppData/visit.facts.yaml", "/src/App/", "../AppData/visit.facts.yaml")]
    public void RelativeTo_names_the_file_from_the_folder(string path, string? folder, string expected) =>
        Assert.Equal(expected, PathText.RelativeTo(path, folder));
}
