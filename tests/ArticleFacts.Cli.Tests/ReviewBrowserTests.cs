using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace ArticleFacts.Cli.Tests;

/// <summary>The review page in a real browser: Debian's Chromium, driven by Playwright.</summary>
public class ReviewBrowserTests
{
    static ReviewBrowserTests()
    {
        // Playwright must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    }

    [ChromiumFact]
    public async Task Highlights_are_visible_a_click_shows_the_fact_and_nothing_in_the_facts_runs()
    {
        using var dir = new TempDir();
        dir.WriteHarbour();
        Assert.Equal(0, Cli.Run("review", dir.Path, "-o", dir["review.html"]).ExitCode);
        await using var session = await Session.OpenAsync(dir["review.html"]);
        var page = session.Page;

        // Every kind present is painted with its own colour.
        Assert.Equal("rgb(255, 224, 138)", await page.EvalOnSelectorAsync<string>(".m.k-quote", "e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(185, 228, 255)", await page.EvalOnSelectorAsync<string>(".m.k-claim", "e => getComputedStyle(e).backgroundColor"));
        Assert.True(await page.Locator(".m.k-quantity").First.IsVisibleAsync());

        await page.Locator(".m", new() { HasText = "will reopen with" }).ClickAsync();
        var detail = await page.Locator("#detail").InnerTextAsync();
        Assert.Contains("quote q_harbour", detail, StringComparison.Ordinal);
        Assert.Contains("Anna Berg-Olsen", detail, StringComparison.Ordinal);
        Assert.Contains(Samples.ScriptStatement, detail, StringComparison.Ordinal); // the claim of the same words, as text

        var link = page.Locator("#facts a", new() { HasText = "The plan was late." });
        var fact = await link.GetAttributeAsync("data-fact");
        await link.ClickAsync();
        detail = await page.Locator("#detail").InnerTextAsync();
        Assert.Contains("denied", detail, StringComparison.Ordinal);
        Assert.Contains("The council", detail, StringComparison.Ordinal);
        // Every run of the fact is outlined, and only those.
        Assert.Equal(await page.Locator($".m[data-facts~='{fact}']").CountAsync(), await page.Locator(".m.selected").CountAsync());
        Assert.All(await page.Locator(".m.selected").EvaluateAllAsync<string[]>("ms => ms.map(m => m.getAttribute('data-facts'))"), f => Assert.Contains(fact!, f.Split(' ')));
        Assert.Equal("denied that the <script>alert(1)</script> plan was late", string.Concat(await page.Locator($".m[data-facts~='{fact}']").AllInnerTextsAsync()));

        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        Assert.Empty(session.Dialogs);
        Assert.Empty(session.Errors);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Browser.ArtifactsDirectory(), "review-harbour.png"), FullPage = true });
    }

    [ChromiumFact]
    public async Task The_list_scrolls_to_a_fact_among_a_thousand()
    {
        using var dir = new TempDir();
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => $"Line {i} says {i} kg.\n"));
        var yaml = "schema: articlefacts/1\narticle: {id: many, publisher: pub, published: \"2024-01-01\"}\n"
            + "entities:\n  pub: {type: organization, name: Pub, mentioned: false}\nquantities:\n"
            + string.Concat(Enumerable.Range(0, 1000).Select(i => $"  q{i}: {{at: \"Line {i} says {i} kg\", value: {i}, unit: kg}}\n"));
        dir.Write("many.txt", text);
        dir.Write("many.facts.yaml", yaml);
        var result = Cli.Run("review", dir.Path, "-o", dir["review.html"]);
        Assert.Equal((0, "1 file, 0 errors, 0 warnings\n"), (result.ExitCode, result.Stderr));
        await using var session = await Session.OpenAsync(dir["review.html"]);
        var page = session.Page;
        Assert.Equal(1000, await page.Locator("#facts li").CountAsync());
        var last = page.Locator(".m[data-facts~='999']");
        Assert.False(await InViewAsync(last));
        await page.Locator("#facts a[data-fact='999']").ClickAsync();
        Assert.True(await InViewAsync(last));
        Assert.Contains("q999", await page.Locator("#detail").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("#fact-999", page.Url, StringComparison.Ordinal);
        Assert.Empty(session.Errors);

        // A link to a fact opens the page on it.
        await using var linked = await Session.OpenAsync(dir["review.html"], "#fact-500");
        Assert.True(await InViewAsync(linked.Page.Locator(".m[data-facts~='500']")));
        Assert.Contains("q500", await linked.Page.Locator("#detail").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(linked.Errors);
    }

    private static Task<bool> InViewAsync(ILocator locator) =>
        locator.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); const m = document.querySelector('main').getBoundingClientRect(); return r.top >= m.top && r.bottom <= m.bottom; }");

    /// <summary>Chromium with one page on a file, recording console errors, page errors and dialogs.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private IPlaywright _playwright = null!;
        private IBrowser _browser = null!;

        public IPage Page { get; private set; } = null!;

        public List<string> Errors { get; } = new();

        public List<string> Dialogs { get; } = new();

        public static async Task<Session> OpenAsync(string file, string fragment = "")
        {
            var session = new Session { _playwright = await Playwright.CreateAsync() };
            session._browser = await session._playwright.Chromium.LaunchAsync(new() { ExecutablePath = Browser.ExecutablePath, Headless = true, Args = ["--no-sandbox"] });
            session.Page = await session._browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
            session.Page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    session.Errors.Add(message.Type + ": " + message.Text);
                }
            };
            session.Page.PageError += (_, error) => session.Errors.Add("page error: " + error);
            session.Page.Dialog += (_, dialog) =>
            {
                session.Dialogs.Add(dialog.Message);
                _ = dialog.DismissAsync();
            };
            await session.Page.GotoAsync(new Uri(file).AbsoluteUri + fragment);
            return session;
        }

        public async ValueTask DisposeAsync()
        {
            await _browser.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
