using Microsoft.Playwright;

namespace Isnad.Web.Tests.Browser;

/// <summary>The corpus views in real Chromium against a real SQLite store: search and open an article, speakers, anonymity, relays, provenance.</summary>
public sealed class CorpusPageTests(CorpusBrowserFixture fixture) : IClassFixture<CorpusBrowserFixture>
{
    private const string Valley = Corpus.CorpusFixture.Valley;
    private const string Coast = Corpus.CorpusFixture.Coast;

    private async Task<(IPage Page, List<string> Errors)> OpenPage()
    {
        var page = await fixture.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                errors.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync(fixture.Address.ToString());
        return (page, errors);
    }

    /// <summary>How many pixels of a canvas are painted (a drawn chart or graph has thousands).</summary>
    private const string PaintedPixels = """
        (selector) => {
          const canvas = document.querySelector(selector);
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) painted++;
          return painted;
        }
        """;

    private static Task<string[]> Rows(IPage page, string table) => page.EvaluateAsync<string[]>(
        $"() => [...document.querySelectorAll('#{table} tbody tr')].map(tr => [...tr.cells].map(td => td.textContent).join(' | '))");

    [ChromiumFact]
    public async Task SearchListsStoredArticlesAndOneOpensInTheAnalysisView()
    {
        var (page, errors) = await OpenPage();
        await page.ClickAsync(".tabs .tab[data-view='search']");
        await page.WaitForSelectorAsync("#article-list li >> nth=4");

        Assert.Equal("عدد المقالات: ٥ · الصفحة ١ من ١", await page.Locator("#search-summary").TextContentAsync());
        Assert.Equal(["park", "repairs", "bridge-copy", "coast-bridge", "bridge"], await page.Locator("#article-list .article-open").AllTextContentsAsync());
        Assert.Equal($"{Coast} · 2023-04-03 · الأقوال: ١", await page.Locator("#article-list .article-meta").Nth(3).TextContentAsync());

        await page.FillAsync("#search-q", "الجسر");
        await page.FillAsync("#filter-outlet", Coast);
        await page.ClickAsync("#search-form button[type='submit']");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#article-list li').length === 2");
        Assert.Equal(["bridge-copy", "coast-bridge"], await page.Locator("#article-list .article-open").AllTextContentsAsync());

        await page.ClickAsync("#article-list .article-open >> text=coast-bridge");
        await page.WaitForSelectorAsync("#view-analysis:not([hidden]) #text-view mark");
        var text = Corpus.CorpusFixture.Articles.Single(a => a.Name == "coast-bridge").Text;
        Assert.Equal(text, await page.Locator("#text-view").TextContentAsync());
        Assert.Equal(text, await page.InputValueAsync("#article-input"));
        Assert.Equal(["المهندس كريم العطار"], await page.Locator(".statement .source-name").AllTextContentsAsync());
        Assert.Equal(["القارئ", Coast, "وكالة أنباء الساحل", "كريم العطار"], await page.Locator("svg.chain[data-id='a1'] g.node text").AllTextContentsAsync());
        Assert.Equal("مقال من المدونة: ١ من الأقوال المنسوبة.", await page.Locator("#status").TextContentAsync());
        Assert.True(await page.Locator("#view-corpus").IsHiddenAsync());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task SpeakersAnonymityRelaysAndProvenanceShowTheStoresAnswers()
    {
        var (page, errors) = await OpenPage();

        await page.ClickAsync(".tabs .tab[data-view='speakers']");
        await page.WaitForSelectorAsync("#speakers-body tr >> nth=1");
        Assert.Equal(
            [$"كريم العطار | شخص | ٥ | {Coast}: ٣، {Valley}: ٢", $"بلدية المدينة | جهة | ١ | {Coast}: ١"],
            await Rows(page, "speakers-table"));

        await page.ClickAsync(".tabs .tab[data-view='anonymity']");
        await page.WaitForSelectorAsync("#anonymity-body tr >> nth=1");
        Assert.Equal([$"{Valley} | ٣ | ١ | ٣٣٫٣٪", $"{Coast} | ٤ | ٠ | ٠٪"], await Rows(page, "anonymity-table"));
        // The chart is drawn: the canvas has painted pixels.
        Assert.True(await page.EvaluateAsync<int>(PaintedPixels, "#anonymity-chart") > 1000);

        await page.ClickAsync(".tabs .tab[data-view='relays']");
        await page.WaitForSelectorAsync("#relays-body tr >> nth=1");
        Assert.Equal([$"{Coast} | ينسخ مقالاً من | {Valley} | ١", $"{Coast} | ينقل عن | وكالة أنباء الساحل | ١"], await Rows(page, "relays-table"));
        Assert.Equal($"{Coast}|{Valley}|وكالة أنباء الساحل", await page.GetAttributeAsync("#relay-graph", "data-nodes"));
        Assert.True(await page.EvaluateAsync<int>(PaintedPixels, "#relay-graph canvas:last-of-type") > 1000);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("corpus-relays.png"), FullPage = true });

        await page.ClickAsync(".tabs .tab[data-view='anonymity']");
        await page.WaitForSelectorAsync("#anonymity-body tr >> nth=1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("corpus-anonymity.png"), FullPage = true });

        await page.ClickAsync(".tabs .tab[data-view='provenance']");
        await page.FillAsync("#provenance-phrase", "الجسر الجديد سيفتح أمام السيارات");
        await page.ClickAsync("#provenance-form button[type='submit']");
        await page.WaitForSelectorAsync("#provenance-timeline li >> nth=2");
        Assert.Equal(
            [
                $"2023-04-02 | {Valley} | الجسر الجديد سيفتح أمام السيارات | كريم العطار",
                $"2023-04-03 | {Coast} | الجسر الجديد سيفتح أمام السيارات | كريم العطار عبر وكالة أنباء الساحل",
                $"2023-04-04 | {Coast} | الجسر الجديد سيفتح أمام السيارات | كريم العطار",
            ],
            await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('#provenance-timeline li')].map(li => [...li.children].slice(0, 4).map(c => c.textContent).join(' | '))"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("corpus-provenance.png"), FullPage = true });

        await page.ClickAsync(".tabs .tab[data-view='speakers']");
        await page.WaitForSelectorAsync("#speakers-body tr >> nth=1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("corpus-speakers.png"), FullPage = true });

        // A speaker's name lists the articles quoting it.
        await page.ClickAsync("#speakers-body .speaker-name >> text=كريم العطار");
        await page.WaitForSelectorAsync("#view-search:not([hidden]) #article-list li >> nth=2");
        Assert.Equal("كريم العطار", await page.InputValueAsync("#search-source"));
        Assert.Equal(["bridge-copy", "coast-bridge", "bridge"], await page.Locator("#article-list .article-open").AllTextContentsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("corpus-search.png"), FullPage = true });
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        await page.CloseAsync();
    }
}
