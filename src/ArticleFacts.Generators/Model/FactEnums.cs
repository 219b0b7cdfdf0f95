using System;

namespace ArticleFacts.Generators.Model;

// The generator's copies of the runtime enums (the generator does not reference the runtime): the model carries
// values as these, parsed once from the file's snake_case; the emitter writes `global::ArticleFacts.Stance.Alleged`.

internal enum EntityType { Person, Organization, Country, Place, Group }

internal enum Stance { Asserted, Reported, Alleged, Denied }

internal enum Comparator { Exact, Approx, MoreThan, LessThan, AtLeast, AtMost }

internal enum QuoteKind { Direct, Partial }

internal enum Tense { Past, Ongoing, Future }

internal enum DateMod { Start, Mid, End, Approx }

internal enum DateRule { Dct, ThisMonth, ThisYear, LastYear, NextWeek, MonthOfLastYear, LastPastMonth, NextMonthDay, PastWeekday }


internal static class FactEnums
{
    /// <summary>
    /// The value a snake_case spelling of the file names (<c>more_than</c> to <see cref="Comparator.MoreThan"/>), or null
    /// when it names none (the parser reported it: values reach the model only in a valid spelling).
    /// </summary>
    public static T? Parse<T>(string? snake)
        where T : struct, Enum =>
        snake is not null && BySnake<T>.Values.TryGetValue(snake, out var value) ? value : null;

    /// <summary>The file's spelling of a value: <c>MoreThan</c> to <c>more_than</c>.</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum
    {
        var pascal = value.ToString();
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Each value of <typeparamref name="T"/> by its snake_case spelling, built once per enum (a handful of values).</summary>
    private static class BySnake<T>
        where T : struct, Enum
    {
        public static readonly System.Collections.Generic.Dictionary<string, T> Values = Build();

        private static System.Collections.Generic.Dictionary<string, T> Build()
        {
            var values = new System.Collections.Generic.Dictionary<string, T>(StringComparer.Ordinal);
            foreach (T value in Enum.GetValues(typeof(T)))
            {
                values[Snake(value)] = value;
            }

            return values;
        }
    }
}
