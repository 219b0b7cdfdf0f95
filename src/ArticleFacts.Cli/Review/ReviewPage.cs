using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ArticleFacts.Generators.Tools;

namespace ArticleFacts.Cli.Review;

/// <summary>One file of a review: its path, article text (null when not read), fact sheet (null when it has none) and findings.</summary>
internal sealed record ReviewFile(string Path, string? TextPath, string? Text, FactSheet? Sheet, IReadOnlyList<CheckFinding> Findings);

/// <summary>
/// Writes the review page: one self-contained HTML file (inline CSS and script, a Content-Security-Policy that
/// allows no network) with each article's text, every anchor highlighted by kind, the text outside the body greyed,
/// the findings, and a list of the facts. Every text is HTML-escaped; the facts travel as JSON in a data block.
/// </summary>
internal static class ReviewPage
{
    /// <summary>The kinds of highlight, in legend order.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["quote", "claim", "quantity", "date", "event", "entity", "diagnostic"];

    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase) { "ar", "arc", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi" };

    public static string Write(IReadOnlyList<ReviewFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var facts = new ReviewFacts();
        var html = new StringBuilder();
        var title = "Review: " + string.Join(", ", files.Select(f => f.Sheet?.Article.Id ?? Path.GetFileName(f.Path)));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").Append(Escape(title)).Append("</title>\n<style>\n")
            .Append(Resource("review.css")).Append("</style>\n</head>\n<body>\n<header><h1>").Append(Escape(title)).Append("</h1><p class=\"legend\">");
        foreach (var kind in Kinds)
        {
            html.Append("<span class=\"k-").Append(kind).Append("\">").Append(kind).Append("</span>");
        }

        html.Append("</p></header>\n<div class=\"layout\">\n<main>\n");
        foreach (var file in files)
        {
            Article(html, file, facts);
        }

        html.Append("</main>\n<aside>\n<div id=\"detail\" aria-live=\"polite\"><p class=\"hint\">Hover or click a highlight to see its fact; click a fact below to find it in the text.</p></div>\n")
            .Append("<h2>Facts <span class=\"count\">(").Append(facts.Facts.Count.ToString(CultureInfo.InvariantCulture)).Append(")</span></h2>\n<ol id=\"facts\">\n");
        for (var i = 0; i < facts.Facts.Count; i++)
        {
            var fact = facts.Facts[i];
            var index = i.ToString(CultureInfo.InvariantCulture);
            html.Append("<li><a href=\"#fact-").Append(index).Append("\" class=\"k-").Append(fact.Kind).Append("\" data-fact=\"").Append(index).Append("\">")
                .Append(Escape(fact.Kind)).Append(": ").Append(Escape(fact.Title)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</aside>\n</div>\n<script type=\"application/json\" id=\"fact-data\">")
            .Append(JsonSerializer.Serialize(facts.Facts.Select(f => new { k = f.Kind, id = f.Id, t = f.Title, r = f.Rows.Select(r => new[] { r.Key, r.Value }) })))
            .Append("</script>\n<script>\n").Append(Resource("review.js")).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Article(StringBuilder html, ReviewFile file, ReviewFacts facts)
    {
        var sheet = file.Sheet;
        html.Append("<section class=\"article\" data-path=\"").Append(Escape(file.Path)).Append("\">\n<h2>")
            .Append(Escape(sheet is null ? file.Path : sheet.Article.Id + (sheet.Article.Title is null ? string.Empty : " \u2014 " + sheet.Article.Title)))
            .Append(" <span class=\"count\">").Append(Escape(file.Path)).Append("</span></h2>\n");
        if (file.Findings.Count > 0)
        {
            html.Append("<ul class=\"findings\">\n");
            foreach (var finding in file.Findings)
            {
                html.Append("<li class=\"").Append(finding.Severity == CheckSeverity.Error ? "error" : "warning").Append("\">").Append(Escape(finding.ToString())).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        var text = sheet?.Article.Text ?? file.Text;
        if (text is null)
        {
            html.Append("<p class=\"missing\">The article text could not be read.</p>\n</section>\n");
            return;
        }

        var marks = sheet is null ? new List<ReviewMark>() : facts.Add(sheet);
        if (file.TextPath is not null)
        {
            marks.AddRange(facts.Add(file.Findings, file.TextPath, text));
        }

        var (bodyStart, bodyEnd) = sheet is null ? (0, text.Length) : (sheet.Article.Body.Start, sheet.Article.Body.End);
        var language = sheet?.Article.Language ?? "en";
        var direction = RightToLeft.Contains(language.Split('-')[0]) ? "rtl" : "auto";
        html.Append("<div class=\"text\" lang=\"").Append(Escape(language)).Append("\" dir=\"").Append(direction).Append("\">");
        Range(html, text, 0, bodyStart, marks, outside: true);
        Range(html, text, bodyStart, bodyEnd, marks, outside: false);
        Range(html, text, bodyEnd, text.Length, marks, outside: true);
        html.Append("</div>\n</section>\n");
    }

    private static void Range(StringBuilder html, string text, int from, int to, List<ReviewMark> marks, bool outside)
    {
        if (from >= to)
        {
            return;
        }

        if (outside)
        {
            html.Append("<span class=\"outside\" title=\"outside the article body\">");
        }

        foreach (var segment in Segmenter.Split(text, from, to, marks))
        {
            var content = Escape(text[segment.Start..segment.End]);
            if (segment.Marks.Count == 0)
            {
                html.Append(content);
                continue;
            }

            var inner = segment.Marks[0];
            html.Append("<span class=\"m k-").Append(inner.Kind).Append(segment.Marks.Count > 1 ? " multi" : string.Empty)
                .Append("\" data-facts=\"").Append(string.Join(' ', segment.Marks.Select(m => m.Fact.ToString(CultureInfo.InvariantCulture))))
                .Append("\" data-kinds=\"").Append(string.Join(' ', segment.Marks.Select(m => m.Kind)))
                .Append("\" data-o=\"").Append(segment.Start.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(content).Append("</span>");
        }

        if (outside)
        {
            html.Append("</span>");
        }
    }

    /// <summary>Text for an HTML text node or a quoted attribute.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    private static string Resource(string name)
    {
        using var stream = typeof(ReviewPage).Assembly.GetManifestResourceStream("ArticleFacts.Cli.Review." + name)
            ?? throw new InvalidOperationException("missing resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
