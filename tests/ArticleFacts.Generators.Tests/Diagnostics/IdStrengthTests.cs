using System;
using System.Globalization;
using System.Linq;
using ArticleFacts.Generators.Tests.Infrastructure;
using static ArticleFacts.Generators.Tests.MiniArticle;

namespace ArticleFacts.Generators.Tests.Diagnostics;

/// <summary>AF2001-AF2004 in detail: duplicates of each kind, malformed ids, full messages, the nearest id of an undefined reference.</summary>
public class IdStrengthTests
{
    private const string ExtraDate = "\n  {0}:\n    at: Monday\n    value: \"2024-01-08\"";

    private static string WithDate(string id) => ValidYaml + string.Format(CultureInfo.InvariantCulture, ExtraDate, id);

    private static string When(string reference, string yaml) => yaml.Replace("when: d_monday", "when: " + reference);

    private static void Exactly(GeneratorRun run, string id, int line, int column, string message)
    {
        var diagnostic = Single(run, id, line, column, message);
        Assert.Equal(message, diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("acme", "9:3 (an entity)")]
    [InlineData("ev_shipment", "19:3 (an event)")]
    [InlineData("c_ready", "26:3 (a claim)")]
    [InlineData("c_shipped", "32:3 (a claim)")]
    [InlineData("q_ready", "39:3 (a quote)")]
    [InlineData("qty_crates", "44:3 (a quantity)")]
    [InlineData("d_monday", "49:3 (a date)")]
    public void AF2001_duplicate_of_each_kind_names_the_first_definition(string id, string first)
    {
        Exactly(Run(WithDate(id)), "AF2001", 53, 3, $"Duplicate id '{id}': it is already defined at {first}");
    }

    [Fact]
    public void AF2001_the_first_definition_is_the_first_in_the_file_whatever_its_section()
    {
        // The claims section moved to the end, after a date with the id of a claim.
        var start = ValidYaml.IndexOf("claims:\n", StringComparison.Ordinal);
        var end = ValidYaml.IndexOf("quotes:\n", StringComparison.Ordinal);
        var claims = ValidYaml.Substring(start, end - start);
        var yaml = ValidYaml.Remove(start, end - start) + string.Format(CultureInfo.InvariantCulture, ExtraDate, "c_ready") + "\n" + claims;
        var dateLine = LineOf(yaml, "\n  c_ready:\n    at:");
        var claimLine = LineOf(yaml, "\n  c_ready:\n    statement:");
        Assert.True(dateLine < claimLine);
        Exactly(Run(yaml), "AF2001", claimLine, 3, $"Duplicate id 'c_ready': it is already defined at {dateLine}:3 (a date)");
    }

    private static int LineOf(string yaml, string marker) => yaml.Substring(0, yaml.IndexOf(marker, StringComparison.Ordinal) + 1).Count(c => c == '\n') + 1;

    [Fact]
    public void AF0004_malformed_id_in_full()
    {
        Exactly(Run(WithDate("monday2_X")), "AF0004", 53, 3, "Malformed 'id': 'monday2_X' is not an id: a lower-case letter, then lower-case letters, digits or '_' (^[a-z][a-z0-9_]*$)");
    }

    [Fact]
    public void AF0004_malformed_id_is_not_also_checked_for_its_generated_name()
    {
        // 'D_monday' would become DMonday, the name of d_monday: only the malformed id is reported.
        Exactly(Run(WithDate("D_monday")), "AF0004", 53, 3, "Malformed 'id': 'D_monday' is not an id: a lower-case letter, then lower-case letters, digits or '_' (^[a-z][a-z0-9_]*$)");
    }

    [Fact]
    public void AF2002_reserved_member_name_in_full()
    {
        Exactly(
            Run(WithDate("get_hash_code")),
            "AF2002",
            53,
            3,
            "Id 'get_hash_code' becomes the name 'GetHashCode', which is reserved in Dates (reserved: Dates, All, Equals, GetHashCode, GetType, ToString, ReferenceEquals, MemberwiseClone): choose another id");
    }

    [Theory]
    [InlineData("q_ready", "'q_ready' is a quote, but the 'when' of event 'ev_shipment' must name a date")]
    [InlineData("c_ready", "'c_ready' is a claim, but the 'when' of event 'ev_shipment' must name a date")]
    [InlineData("qty_crates", "'qty_crates' is a quantity, but the 'when' of event 'ev_shipment' must name a date")]
    [InlineData("alice", "'alice' is an entity, but the 'when' of event 'ev_shipment' must name a date")]
    public void AF2004_each_kind_named_in_the_message(string reference, string message)
    {
        Exactly(Run(When(reference, ValidYaml)), "AF2004", 23, 11, message);
    }

    [Theory]
    [InlineData("xyz", "")] // nothing near, nothing it starts or that starts it
    [InlineData("d_monxay", "; did you mean 'd_monday'?")] // one edit
    [InlineData("d_mxnxayz", "; did you mean 'd_monday'?")] // nine characters allow three edits
    [InlineData("d_m", "; did you mean 'd_monday'?")] // three characters start d_monday
    [InlineData("d_", "")] // two characters are too few to start an id
    [InlineData("d_monday_in_the_morning", "; did you mean 'd_monday'?")] // d_monday starts it
    public void AF2003_nearest_date_id(string reference, string hint)
    {
        Exactly(Run(When(reference, ValidYaml)), "AF2003", 23, 11, $"'{reference}' is not defined: the 'when' of event 'ev_shipment' must name a date id{hint}");
    }

    [Theory]
    [InlineData("d_monday_in_the_morning", "d_monday_in", "; did you mean 'd_monday_in'?")] // the closer in length of two that start it
    [InlineData("d_mon", "d_monxyz", "; did you mean 'd_monday'?")] // of two as long, the first in ordinal order
    [InlineData("d_mon", "d_mon_a", "; did you mean 'd_mon_a'?")] // two edits beat a longer id it starts
    public void AF2003_nearest_of_several_date_ids(string reference, string extra, string hint)
    {
        Exactly(Run(When(reference, WithDate(extra))), "AF2003", 23, 11, $"'{reference}' is not defined: the 'when' of event 'ev_shipment' must name a date id{hint}");
    }
}
