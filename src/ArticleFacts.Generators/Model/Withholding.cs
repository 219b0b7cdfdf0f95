using System.Globalization;

namespace ArticleFacts.Generators.Model;

/// <summary>
/// Why a fact is withheld: the error that withholds it (its own, or that of the fact it refers to) and, when it is
/// withheld for another fact's error, that fact. The emitter puts <see cref="Message"/> in the withheld member's
/// <c>[Obsolete(..., error: true)]</c>, so a use of it gets one compiler error naming the AF id and the YAML place.
/// </summary>
/// <param name="DiagnosticId">The AF id of the error.</param>
/// <param name="Where">Where the error is, as the compiler prints it: <c>data/visit.facts.yaml(42,11)</c>.</param>
/// <param name="Reason">The error's message.</param>
/// <param name="Via">The withheld fact this one refers to (null when the error is the fact's own).</param>
internal sealed record Withholding(string DiagnosticId, string Where, string Reason, FactRef? Via)
{
    public static Withholding Own(DiagnosticInfo diagnostic) => new(diagnostic.Id, Place(diagnostic.Location), diagnostic.Message, null);

    /// <summary>The withholding of a fact that refers to <paramref name="referee"/>, withheld for <paramref name="cause"/>.</summary>
    public static Withholding Through(FactRef referee, Withholding cause) => cause with { Via = referee };

    public string Message => Via is null
        ? $"{DiagnosticId} at {Where}: {Reason}; the fact is withheld until it is fixed"
        : $"It refers to {Via.Describe()}, which is withheld for {DiagnosticId} at {Where}: {Reason}; the fact is withheld until it is fixed";

    private static string Place(LocationInfo? location) => location is null
        ? "(no location)"
        : location.FilePath + "(" + (location.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (location.Column + 1).ToString(CultureInfo.InvariantCulture) + ")";
}
