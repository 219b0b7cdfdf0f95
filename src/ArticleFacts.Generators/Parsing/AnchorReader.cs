using ArticleFacts.Generators.Diagnostics;
using ArticleFacts.Generators.Model;
using ArticleFacts.Generators.Yaml;

namespace ArticleFacts.Generators.Parsing;

/// <summary>Reads an anchor: <c>"text"</c> is shorthand for <c>{exact: "text"}</c>.</summary>
internal static class AnchorReader
{
    private static readonly string[] Keys = { "exact", "prefix", "suffix" };

    public static AnchorSpec? Read(ParseContext context, YamlNode node, LocationInfo keyLocation, string key)
    {
        if (node is YamlScalar scalar)
        {
            if (scalar.Value.Length == 0)
            {
                context.Error(DiagnosticIds.MalformedValue, keyLocation, key, "an anchor must not be empty: give the exact words of the article");
                return null;
            }

            return new AnchorSpec(context.Located(scalar), null, null);
        }

        if (node is not YamlMapping)
        {
            context.Error(DiagnosticIds.MalformedValue, context.Location(node), key, "an anchor is text or a mapping of exact, prefix and suffix, not " + node.KindName);
            return null;
        }

        var fields = FieldReader.Open(context, node, keyLocation, $"the anchor '{key}'", Keys);
        var exact = fields.Text("exact", required: true);
        var prefix = fields.Text("prefix", required: false);
        var suffix = fields.Text("suffix", required: false);
        return exact is null ? null : new AnchorSpec(exact, prefix, suffix);
    }
}
