using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleFacts.Generators.Validation;

/// <summary>
/// The numbers written in a piece of text: digit numbers (<c>1,000</c>, <c>12.4</c>, not touching
/// another digit) and runs of English number words (<c>two</c>, <c>twenty-one</c>, <c>one million</c>,
/// <c>a million</c>); a digit number before a scale word multiplies (<c>1.5 million</c>).
/// </summary>
internal static class NumberReader
{
    private static readonly Dictionary<string, int> Small = new(StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
    };

    private static readonly System.Text.RegularExpressions.Regex DigitForm = new(
        "^([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?\\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static List<decimal> Numbers(string text)
    {
        var numbers = new List<decimal>();
        var tokens = Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsDigits)
            {
                var value = token.Value;
                if (i + 1 < tokens.Count && tokens[i + 1].Word is { } next && (Scales.TryGetValue(next, out var scale) || (next == "hundred" && (scale = 100m) > 0)))
                {
                    value *= scale;
                    i++;
                }

                numbers.Add(value);
            }
            else if (token.Word is { } word && IsNumberWord(word, tokens, i))
            {
                var (value, end) = ReadWords(tokens, i);
                numbers.Add(value);
                i = end - 1;
            }
        }

        return numbers;
    }

    private static bool IsNumberWord(string word, List<Token> tokens, int i) =>
        Small.ContainsKey(word) || word == "hundred" || Scales.ContainsKey(word)
        || (word == "a" && i + 1 < tokens.Count && tokens[i + 1].Word is { } next && (next == "hundred" || Scales.ContainsKey(next)));

    /// <summary>Reads a run of number words from <paramref name="start"/>; returns its value and the index after it.</summary>
    private static (decimal Value, int End) ReadWords(List<Token> tokens, int start)
    {
        decimal total = 0;
        decimal current = 0;
        var i = start;
        var end = start;
        while (i < tokens.Count && tokens[i].Word is { } word)
        {
            if (word == "and" && i > start && i + 1 < tokens.Count && tokens[i + 1].Word is { } after && IsNumberWord(after, tokens, i + 1))
            {
                i++;
                continue;
            }

            if (word == "a" && IsNumberWord(word, tokens, i))
            {
                current += 1;
            }
            else if (Small.TryGetValue(word, out var small))
            {
                current += small;
            }
            else if (word == "hundred")
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
            }
            else
            {
                break;
            }

            i++;
            end = i;
        }

        return (total + current, end);
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                var start = i;
                var seenDot = false;
                while (i < text.Length && (IsDigit(text[i]) || (text[i] == ',' && Group(text, i + 1)) || (text[i] == '.' && !seenDot && i + 1 < text.Length && IsDigit(text[i + 1]))))
                {
                    seenDot |= text[i] == '.';
                    i++;
                }

                var raw = text.Substring(start, i - start);
                foreach (var part in DigitForm.IsMatch(raw) ? new[] { raw.Replace(",", string.Empty) } : raw.Split(','))
                {
                    if (decimal.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                    {
                        tokens.Add(new Token(null, value));
                    }
                }
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(text.Substring(start, i - start).ToLowerInvariant(), 0));
            }
            else if (c is ' ' or '-' or '\u00A0')
            {
                i++;
            }
            else
            {
                tokens.Add(new Token("\0", 0));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>Whether exactly three digits follow at <paramref name="at"/> (a thousands group).</summary>
    private static bool Group(string text, int at) =>
        at + 3 <= text.Length && IsDigit(text[at]) && IsDigit(text[at + 1]) && IsDigit(text[at + 2]) && (at + 3 == text.Length || !IsDigit(text[at + 3]));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private readonly struct Token
    {
        public Token(string? word, decimal value)
        {
            Word = word;
            Value = value;
        }

        public string? Word { get; }

        public decimal Value { get; }

        public bool IsDigits => Word is null;
    }
}
