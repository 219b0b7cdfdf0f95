using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace ArticleFacts.Generators.Tests.Schema;

/// <summary>
/// One-defect mutations of a facts file's JSON: each node replaced (by a list, a mapping, a bad value,
/// quoted empty text, an empty value), each key removed, an unknown key added. Nodes of the same shape
/// (the same path but for the ids of facts and list indexes: <c>$.entities.*.aliases[]</c>) are
/// mutated once, at their first occurrence: the schema and the generator treat them alike.
/// </summary>
internal static class Mutations
{
    private static readonly string[] Sections = ArticleFacts.Generators.Tools.FactsText.Sections.ToArray();

    /// <summary>A description and the mutated copy, for every mutation of <paramref name="root"/>.</summary>
    public static IEnumerable<(string Description, JsonNode? Mutated)> Of(JsonNode root)
    {
        var shapes = new HashSet<string>();
        foreach (var path in Paths(root, "$").Where(p => shapes.Add(Shape(p.Steps))))
        {
            var node = Find(root, path.Steps);
            if (node is JsonObject mapping)
            {
                yield return ($"{path.Text}: an unknown key", Mutate(root, path.Steps, o => ((JsonObject)o!).Add("bogus_key", "x")));
                foreach (var key in mapping.Select(p => p.Key).ToList())
                {
                    yield return ($"{path.Text}.{key} removed", Mutate(root, path.Steps, o => ((JsonObject)o!).Remove(key)));
                }
            }

            if (path.Steps.Count == 0)
            {
                continue;
            }

            foreach (var (what, replacement) in Replacements())
            {
                yield return ($"{path.Text} {what}", Replace(root, path.Steps, replacement));
            }
        }
    }

    /// <summary>The path with the ids of facts as <c>*</c> and list indexes as <c>[]</c>.</summary>
    private static string Shape(List<object> steps) => string.Concat(steps.Select((step, i) =>
        step is int ? "[]" : i == 1 && Sections.Contains(steps[0]) ? ".*" : "." + step));

    private static IEnumerable<(string What, JsonNode? Node)> Replacements()
    {
        yield return ("as a list", new JsonArray("x"));
        yield return ("as a mapping", new JsonObject { ["x"] = "y" });
        yield return ("as a bad value", JsonValue.Create("Bogus Value!"));
        yield return ("as quoted empty text", JsonValue.Create(string.Empty));
        yield return ("left empty", null);
    }

    private sealed record NodePath(string Text, List<object> Steps);

    private static IEnumerable<NodePath> Paths(JsonNode? node, string text, List<object>? steps = null)
    {
        steps ??= new List<object>();
        yield return new NodePath(text, steps);
        if (node is JsonObject mapping)
        {
            foreach (var (key, value) in mapping)
            {
                foreach (var path in Paths(value, text + "." + key, new List<object>(steps) { key }))
                {
                    yield return path;
                }
            }
        }
        else if (node is JsonArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                foreach (var path in Paths(list[i], $"{text}[{i}]", new List<object>(steps) { i }))
                {
                    yield return path;
                }
            }
        }
    }

    private static JsonNode? Find(JsonNode? node, List<object> steps)
    {
        foreach (var step in steps)
        {
            node = step is string key ? node![key] : node![(int)step];
        }

        return node;
    }

    private static JsonNode? Mutate(JsonNode root, List<object> steps, System.Action<JsonNode?> change)
    {
        var copy = root.DeepClone();
        change(Find(copy, steps));
        return copy;
    }

    private static JsonNode? Replace(JsonNode root, List<object> steps, JsonNode? replacement)
    {
        var copy = root.DeepClone();
        var parent = Find(copy, steps.Take(steps.Count - 1).ToList());
        var last = steps[^1];
        if (last is string key)
        {
            parent![key] = replacement?.DeepClone();
        }
        else
        {
            parent![(int)last] = replacement?.DeepClone();
        }

        return copy;
    }
}
