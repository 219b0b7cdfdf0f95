using System.Threading;
using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Text;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Parsing;

/// <summary>What every reader of a facts file shares: positions, diagnostics, cancellation.</summary>
internal sealed class ParseContext
{
    public ParseContext(LineMap lines, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        Lines = lines;
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public LineMap Lines { get; }

    public DiagnosticBag Diagnostics { get; }

    public CancellationToken CancellationToken { get; }

    public LocationInfo Location(YamlNode node) => Lines.Location(node.Start, node.End);

    public Located Located(YamlScalar scalar) => new(scalar.Value, Location(scalar));

    public void Error(string id, LocationInfo location, params string[] arguments) => Diagnostics.Add(id, location, arguments);
}
