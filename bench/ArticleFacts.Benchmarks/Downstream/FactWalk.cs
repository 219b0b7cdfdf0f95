namespace ArticleFacts.Benchmarks.Downstream;

/// <summary>Touches every fact of an article once (its id and its main text), so nothing lazy is left unmeasured.</summary>
public static class FactWalk
{
    public static int Walk(FactSheet facts)
    {
        var sum = facts.Article.Id.Length + facts.Article.Body.Length;
        foreach (var e in facts.Entities)
        {
            sum += e.Id.Length + e.Name.Length;
        }

        foreach (var e in facts.Events)
        {
            sum += e.Id.Length + e.Trigger.Text.Length;
        }

        foreach (var c in facts.Claims)
        {
            sum += c.Id.Length + c.Evidence.Text.Length;
        }

        foreach (var q in facts.Quotes)
        {
            sum += q.Id.Length + q.Anchor.Text.Length;
        }

        foreach (var q in facts.Quantities)
        {
            sum += q.Id.Length + q.At.Text.Length;
        }

        foreach (var d in facts.Dates)
        {
            sum += d.Id.Length + d.At.Text.Length;
        }

        return sum;
    }

    public static int Walk(FactsDto facts)
    {
        var sum = facts.Article.Id.Length;
        foreach (var (id, e) in facts.Entities)
        {
            sum += id.Length + e.Name.Length;
        }

        foreach (var (id, e) in facts.Events)
        {
            sum += id.Length + (e.Trigger.Exact?.Length ?? 0);
        }

        foreach (var (id, c) in facts.Claims)
        {
            sum += id.Length + (c.Evidence.Exact?.Length ?? 0);
        }

        foreach (var (id, q) in facts.Quotes)
        {
            sum += id.Length + (q.Text.Exact?.Length ?? 0);
        }

        foreach (var (id, q) in facts.Quantities)
        {
            sum += id.Length + (q.At.Exact?.Length ?? 0);
        }

        foreach (var (id, d) in facts.Dates)
        {
            sum += id.Length + (d.At.Exact?.Length ?? 0);
        }

        return sum;
    }
}
