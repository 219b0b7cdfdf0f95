using System.Collections.Immutable;
using System.Linq;
using ArticleFacts.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace ArticleFacts.Generators.Model;

/// <summary>A diagnostic as data: a descriptor id, a location and the message arguments.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(string id, LocationInfo? location, params string[] arguments) =>
        new(id, location, new EquatableArray<string>(ImmutableArray.Create(arguments)));

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticDescriptors.Get(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, args);
    }

    /// <summary>The message with its arguments filled in (for tools outside the compiler).</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, DiagnosticDescriptors.Get(Id).MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), Arguments.AsImmutableArray().ToArray());
}
