using Xunit;

// Consumer builds are CPU-heavy (CI has two cores): one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace ArticleFacts.IntegrationTests.Infrastructure;

/// <summary>Every test class that runs <c>dotnet build</c> belongs here, so builds never overlap.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BuildCollection
{
    public const string Name = "dotnet build";
}
