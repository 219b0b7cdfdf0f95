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

    /// <summary>The errors reported while reading each fact or the article block (see <see cref="ParseDefect"/>).</summary>
    public System.Collections.Generic.List<ParseDefect> Defects { get; } = new();

    public DiagnosticBag Diagnostics { get; }

    public CancellationToken CancellationToken { get; }

    public LocationInfo Location(YamlNode node) => Lines.Location(node.Start, node.End);

    public Located Located(YamlScalar scalar) => new(scalar.Value, Location(scalar));

    /// <summary>Runs <paramref name="read"/> and records the withholding errors it reports as defects of the fact at <paramref name="idStart"/>.</summary>
    public T Attributed<T>(int idStart, System.Func<T> read)
    {
        var mark = Diagnostics.Mark;
        var result = read();
        foreach (var defect in Diagnostics.WithholdingSince(mark))
        {
            Defects.Add(new ParseDefect(idStart, defect));
        }

        return result;
    }

    public void Error(string id, LocationInfo location, params string[] arguments) => Diagnostics.Add(id, location, arguments);
}
