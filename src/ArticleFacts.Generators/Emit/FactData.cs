using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ArticleFacts.Generators.Model;

namespace ArticleFacts.Generators.Emit;

/// <summary>
/// Writes the data the runtime's <c>ArticleFacts.Generated.FactTable</c> reads: a header line, then one line per emitted
/// fact (and one for the article), its fields separated by tabs. A line names other facts by id and carries its anchors
/// whole, so it depends on its own fact only: a fact withheld or added elsewhere leaves every other line as it was.
/// </summary>
/// <remarks>
/// The form (kept in step with <c>FactTable</c> and <c>FactRecord</c> of the runtime, which the generator does not
/// reference; <c>FactDataTests</c> reads what this writes through the runtime):
/// <list type="bullet">
/// <item>a text field escapes <c>\</c>, tab, line feed and NUL with a backslash (<c>\\ \t \n \0</c>); a lone NUL is null;</item>
/// <item>enums are their numbers (the generator's copies of the runtime enums have the same order), booleans 0 or 1;</item>
/// <item>dates are ISO (<c>2024</c>, <c>2024-01</c>, <c>2024-W03</c>, <c>2024-01-15</c>), decimals invariant with their scale;</item>
/// <item>an anchor is five fields (start, length, line, column, text), or one NUL when there is none;</item>
/// <item>a list is its count followed by its items.</item>
/// </list>
/// Lines: <c>A</c> article, <c>E</c> entity, <c>D</c> date, <c>N</c> quantity, <c>V</c> event, <c>Q</c> quote, <c>C</c> claim.
/// </remarks>
internal sealed class FactData
{
    /// <summary>The first line; <c>FactTable.Header</c> of the runtime.</summary>
    public const string Header = "ArticleFacts.FactTable 1";

    private const char Null = '\0';

    // One string per line, each small: the whole data, tens of kilobytes per article, is never built as one string (a
    // large-object allocation per article); CodeWriter.LiteralLine escapes the lines straight into the class's text.
    private readonly List<string> _lines = new() { Header + "\n" };
    private readonly StringBuilder _data = new();
    private bool _lineOpen;

    /// <summary>The data written so far, a line a string (each ending with its line feed), the header first.</summary>
    public IReadOnlyList<string> Lines => _lines;

    public void Article(string id, ArticleInfo a)
    {
        Begin('A', id);
        Text(a.Title);
        Ref(a.Publisher);
        Text(a.Published.ToString());
        Text(a.Language);
        Text(a.Url);
        Int(a.Body.Start);
        Int(a.Body.Length);
        Int(a.Body.Line);
        Int(a.Body.Column);
        End();
    }

    public void Entity(EntityModel e)
    {
        Begin('E', e.Id);
        Int((int)e.Type);
        Text(e.Name);
        Int(e.Aliases.Count);
        foreach (var alias in e.Aliases)
        {
            Text(alias);
        }

        Int(e.Roles.Count);
        foreach (var role in e.Roles)
        {
            Text(role.Title);
            Ref(role.Of);
        }

        Ref(e.PartOf);
        Int(e.Mentioned ? 1 : 0);
        End();
    }

    public void Date(DateModel d)
    {
        Begin('D', d.Id);
        Int(d.Value is null ? 1 : 0);
        if (d.Value is not null)
        {
            Text(d.Value.ToString());
        }
        else
        {
            Text(d.Start!.ToString());
            Text(d.End!.ToString());
        }

        Enum(d.Mod is { } mod ? (int)mod : null);
        Enum(d.Rule is { } rule ? (int)rule : null);
        Anchor(d.At);
        End();
    }

    public void Quantity(QuantityModel q)
    {
        Begin('N', q.Id);
        Text(q.Value.ToString(CultureInfo.InvariantCulture));
        Text(q.Unit);
        Int((int)q.Comparator);
        Int(q.Alt is null ? 0 : 1);
        if (q.Alt is not null)
        {
            Text(q.Alt.Value.ToString(CultureInfo.InvariantCulture));
            Text(q.Alt.Unit);
        }

        Anchor(q.At);
        End();
    }

    public void Event(EventModel e)
    {
        Begin('V', e.Id);
        Text(e.Type);
        Int(e.Participants.Count);
        foreach (var participant in e.Participants)
        {
            Ref(participant);
        }

        Ref(e.Place);
        Ref(e.When);
        Enum(e.Tense is { } tense ? (int)tense : null);
        Anchor(e.Trigger);
        End();
    }

    public void Quote(QuoteModel q)
    {
        Begin('Q', q.Id);
        Ref(q.Speaker);
        Int((int)q.Kind);
        Anchor(q.Cue);
        Anchor(q.Anchor);
        End();
    }

    public void Claim(ClaimModel c)
    {
        Begin('C', c.Id);
        Text(c.Statement);
        Ref(c.Source);
        Int(c.IsAuthorVoice ? 1 : 0);
        Int((int)c.Stance);
        Anchor(c.Evidence);
        Ref(c.EvidenceQuote);
        Anchor(c.Cue);
        Ref(c.About);
        Ref(c.Subject);
        Ref(c.Object);
        Text(c.Predicate);
        Ref(c.When);
        Int(c.Quantities.Count);
        foreach (var quantity in c.Quantities)
        {
            Ref(quantity);
        }

        End();
    }

    private void Begin(char tag, string id)
    {
        _data.Clear().Append(tag);
        _lineOpen = true;
        Text(id);
    }

    private void End()
    {
        _lines.Add(_data.Append('\n').ToString());
        _lineOpen = false;
    }

    private void Field()
    {
        if (_lineOpen)
        {
            _data.Append('\t');
        }
    }

    private void Int(int value)
    {
        Field();
        _data.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    private void Enum(int? value)
    {
        if (value is { } number)
        {
            Int(number);
        }
        else
        {
            Field();
            _data.Append(Null);
        }
    }

    private void Ref(FactRef? fact) => Text(fact?.Id);

    private void Anchor(AnchorModel? anchor)
    {
        if (anchor is null)
        {
            Field();
            _data.Append(Null);
            return;
        }

        Int(anchor.Start);
        Int(anchor.Length);
        Int(anchor.Line);
        Int(anchor.Column);
        Text(anchor.Text);
    }

    private void Text(string? value)
    {
        Field();
        if (value is null)
        {
            _data.Append(Null);
            return;
        }

        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => _data.Append("\\\\"),
                '\t' => _data.Append("\\t"),
                '\n' => _data.Append("\\n"),
                Null => _data.Append("\\0"),
                _ => _data.Append(c),
            };
        }
    }
}
