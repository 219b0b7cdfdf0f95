using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ArticleFacts.Generators.Tests")]
[assembly: InternalsVisibleTo("ArticleFacts.Benchmarks")]
[assembly: InternalsVisibleTo("ArticleFacts.Generators.PropertyTests")]
