using Xunit;

// Consumer builds are CPU-heavy (CI has two cores): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>
/// Every test class that runs <c>dotnet build</c> belongs here, so builds never overlap. The packages of
/// <see cref="PackageFeedFixture"/> are packed once, when a test of the collection first asks for them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildCollection : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "dotnet build";
}
