using System;
using System.Globalization;
using System.Text;

namespace ArticleFacts.Generated;

/// <summary>
/// Reads the fields of one line of a <see cref="FactTable"/>'s data, left to right. Fields are separated by a tab; in a
/// text field a backslash escapes a tab (<c>\t</c>), a line feed (<c>\n</c>), a NUL (<c>\0</c>) and itself; a field that
/// is a lone NUL character is <c>null</c>.
/// </summary>
internal ref struct FactRecord
{
    public const char Separator = '\t';
    public const char Null = '\0';

    private readonly ReadOnlySpan<char> _line;
    private int _position;

    public FactRecord(ReadOnlySpan<char> line)
    {
        _line = line;
        _position = 0;
    }

    /// <summary>The next field as it is written (escapes kept).</summary>
    public ReadOnlySpan<char> Raw()
    {
        if (_position > _line.Length)
        {
            throw new FormatException("A fact record of the generated data ends too early; rebuild the project.");
        }

        var rest = _line.Slice(_position);
        var end = rest.IndexOf(Separator);
        var field = end < 0 ? rest : rest.Slice(0, end);
        _position += field.Length + 1;
        return field;
    }

    public string? Text()
    {
        var field = Raw();
        if (field.Length == 1 && field[0] == Null)
        {
            return null;
        }

        return field.IndexOf('\\') < 0 ? field.ToString() : Unescape(field);
    }

    public string RequiredText() => Text() ?? throw new FormatException("A required text of the generated data is null; rebuild the project.");

    public int Int() => int.Parse(Raw(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>An enum value written as its number, or null for a lone NUL.</summary>
    public int? OptionalInt()
    {
        var field = Raw();
        return field.Length == 1 && field[0] == Null ? null : int.Parse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    /// <summary>A decimal as the facts file wrote it, its scale kept (<c>12.50</c>).</summary>
    public decimal Decimal() => decimal.Parse(Raw(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public PartialDate Date() => PartialDate.Parse(RequiredText());

    private static string Unescape(ReadOnlySpan<char> field)
    {
        var builder = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            var c = field[i];
            if (c != '\\' || i + 1 == field.Length)
            {
                builder.Append(c);
                continue;
            }

            builder.Append(field[++i] switch
            {
                't' => '\t',
                'n' => '\n',
                '0' => '\0',
                var other => other,
            });
        }

        return builder.ToString();
    }
}
