using System.Text;
using Isnad.Web;
using Microsoft.Playwright;

namespace Isnad.Web.Tests.Browser;

/// <summary>The page in real Chromium: paste an article, see its highlights, click a source, read a chain, stay safe.</summary>
public sealed class PageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string Article = TestServer.Sample("bridge-opening.txt");

    /// <summary>The highlighted runs of the text view (adjacent marks of one role joined), as "role start-end text".</summary>
    private const string HighlightRuns = """
        () => {
          const runs = [];
          for (const m of document.querySelectorAll('#text-view mark')) {
            const role = m.dataset.role + (m.classList.contains('anon') ? ':anon' : '');
            const start = Number(m.dataset.start), end = Number(m.dataset.end);
            const last = runs[runs.length - 1];
            if (last && last.role === role && last.end === start) { last.end = end; last.text += m.textContent; }
            else runs.push({ role, start, end, text: m.textContent });
          }
          return runs.map(r => `${r.role} ${r.start}-${r.end} ${r.text}`);
        }
        """;

    [ChromiumFact]
    public async Task APastedArticleShowsEveryAttributionHighlighted()
    {
        var page = await AnalyzedPage(Article);

        Assert.Equal(Article, await page.Locator("#text-view").TextContentAsync());
        Assert.Equal(
            [
                "entity 73-79 النخيل",
                "cue 96-100 وقال",
                "source 101-133 رئيس البلدية المهندس خالد العمري",
                "content 138-174 الجسر سيختصر طريق الطلاب إلى المدارس",
                "cue 178-183 وأوضح",
                "source 184-190 العمري",
                "content 194-227 أعمال الإنارة ستكتمل الشهر المقبل",
                "cue 230-235 ونقلت",
                "relay 236-247 صحيفة الضحى",
                "source:anon 251-266 مصدر في البلدية",
                "content 275-311 المشروع كلف أقل من الميزانية المقررة",
            ],
            await page.EvaluateAsync<string[]>(HighlightRuns));
        Assert.Equal(["أ١", "أ٢", "أ٣"], await page.Locator(".statement .statement-id").AllTextContentsAsync());
        Assert.Equal(
            ["رئيس البلدية المهندس خالد العمري", "رئيس البلدية المهندس خالد العمري", "مصدر في البلدية"],
            await page.Locator(".statement .source-name").AllTextContentsAsync());
        Assert.Equal(["خالد العمري", "خالد العمري"], await page.Locator(".statement .canonical").AllTextContentsAsync());
        Assert.Equal(["شخص", "شخص", "مصدر مجهول"], await page.Locator(".statement .badge.kind").AllTextContentsAsync());
        Assert.Equal("عُثر على ٣ من الأقوال المنسوبة.", await page.Locator("#status").TextContentAsync());
        Assert.Equal("الأقوال: ٣ · المصادر: ٢ · عبر ناقل: ١ · من مصدر مجهول: ١", await page.Locator("#summary").TextContentAsync());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task EachStatementHasItsChainDrawnFromTheSourceToTheReader()
    {
        var page = await AnalyzedPage(Article);

        Assert.Equal(["القارئ", "المقال", "خالد العمري"], await page.Locator("svg.chain[data-id='a1'] g.node text").AllTextContentsAsync());
        Assert.Equal(
            ["القارئ", "المقال", "صحيفة الضحى", "مصدر في البلدية"],
            await page.Locator("svg.chain[data-id='a3'] g.node text").AllTextContentsAsync());
        Assert.Equal(["reader", "article", "relay", "source"], await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll(\"svg.chain[data-id='a3'] g.node\")].map(g => g.dataset.role)"));
        Assert.Equal(3, await page.Locator("svg.chain[data-id='a3'] line.edge").CountAsync());
        Assert.Equal(1, await page.Locator("svg.chain[data-id='a3'] g.node.source.anon").CountAsync());

        // Right to left: the reader's box is the rightmost, the source's the leftmost, each arrow ends at the box to its right.
        var xs = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll(\"svg.chain[data-id='a3'] g.node rect\")].map(r => r.getBoundingClientRect().x)");
        Assert.Equal(4, xs.Length);
        Assert.True(xs[0] > xs[1] && xs[1] > xs[2] && xs[2] > xs[3], string.Join(", ", xs));
        var boxes = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll(\"svg.chain[data-id='a3'] g.node rect\")].map(r => r.getBBox().width)");
        Assert.All(boxes, width => Assert.True(width >= 44, $"box width {width}"));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task ClickingASourceHighlightsAllItsStatementsAndMentions()
    {
        var page = await AnalyzedPage(Article);

        // The second statement's speaker is «العمري», resolved to the full name given in the first.
        await page.Locator(".statement[data-id='a2'] .source-name").ClickAsync();
        Assert.Equal(["a1", "a2"], await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.statement.selected')].map(c => c.dataset.id)"));
        Assert.Equal(
            ["رئيس البلدية المهندس خالد العمري", "العمري"],
            await page.EvaluateAsync<string[]>("""
                () => {
                  const runs = [];
                  let last = null;
                  for (const m of document.querySelectorAll('#text-view mark.mention-selected')) {
                    if (last && Number(last.dataset.end) === Number(m.dataset.start)) runs[runs.length - 1] += m.textContent;
                    else runs.push(m.textContent);
                    last = m;
                  }
                  return runs;
                }
                """));
        Assert.Equal("true", await page.Locator(".statement[data-id='a1'] .source-name").GetAttributeAsync("aria-pressed"));

        // A click on the anonymous source in the text selects it alone.
        await page.Locator("#text-view mark.source.anon").First.ClickAsync();
        Assert.Equal(["a3"], await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.statement.selected')].map(c => c.dataset.id)"));
        Assert.Equal(["مصدر في البلدية"], await page.Locator("#text-view mark.mention-selected").AllTextContentsAsync());

        await page.Locator(".statement[data-id='a2'] .source-name").ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("page-source-selected.png"), FullPage = true });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task TheRuleTraceOpensOnDemand()
    {
        var page = await AnalyzedPage(Article);
        var trace = page.Locator(".statement[data-id='a2'] details.trace");

        Assert.Equal(0, await trace.Locator("dd").CountAsync());
        await trace.Locator("summary").ClickAsync();
        Assert.Equal(
            [
                "VerbSubject — فعل ثم فاعل (وقال الوزير)",
                "Complementizer — بعد إنّ أو أنّ",
                "MonitoringVerb، BetweenPreposition، Future، Impersonal، Whoever، Modal، Negated، NonReportingSense",
                "Surname — اسم العائلة لمن سبق ذكره",
            ],
            await trace.Locator("dl.rule dd").AllTextContentsAsync());
        var evidence = await trace.Locator("dl.evidence dd").AllTextContentsAsync();
        Assert.Equal("وأوضح [178–183] ← أوضح", evidence[0]);
        Assert.Equal("العمري [184–190]", evidence[1]);
        Assert.Equal("رئيس البلدية المهندس خالد العمري [101–133]", evidence[2]);
        Assert.Equal("مباشر، بلا ناقل", evidence[5]);

        var relayTrace = page.Locator(".statement[data-id='a3'] details.trace");
        await relayTrace.Locator("summary").ClickAsync();
        Assert.Equal("RelayAn — «نقل … عن»", await relayTrace.Locator("dl.rule dd").First.TextContentAsync());
        Assert.Equal("صحيفة الضحى (وسيلة إعلام)", (await relayTrace.Locator("dl.evidence dd").AllTextContentsAsync())[5]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("page-rule-trace.png"), FullPage = true });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task ScriptAndEventHandlerPayloadsInAnArticleStayText()
    {
        var dialogs = 0;
        var article =
            "وقال المتحدث إن \"<script>window.__xss = 1</script>\" ليس نصاً برمجياً.\n\n" +
            "<img src=x onerror=\"window.__xss = 2\"> <b onmouseover=\"window.__xss = 3\">عريض</b> <svg onload=alert(1)>\n";
        var page = await fixture.Browser.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await Analyze(page, article);

        Assert.Equal(article, await page.Locator("#text-view").TextContentAsync());
        Assert.Equal(["MARK"], await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('#text-view *')].map(e => e.tagName))]"));
        Assert.Equal(0, await page.Locator("img, script:not([src]), b, svg:not(.chain)").CountAsync());
        await page.Locator("#text-view").HoverAsync();
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        Assert.Equal("\"<script>window.__xss = 1</script>\" ليس نصاً برمجياً", await page.Locator(".statement[data-id='a1'] q").TextContentAsync());

        // And the Content-Security-Policy refuses inline script even if some got into the DOM.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s); }");
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__inline"));
        Assert.Equal(0, dialogs);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("page-xss-as-text.png"), FullPage = true });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task ExportsGiveCsvAndBratStandoff()
    {
        var page = await AnalyzedPage(Article);

        var csv = await Download(page, "#export-csv");
        var lines = csv.Split("\r\n");
        Assert.Equal(
            "\uFEFFid,cue,cue_lemma,source,source_kind,source_entity,resolved,affiliation,content,form,chain,nested_in," +
            "cue_start,cue_end,source_start,source_end,content_start,content_end,rule_pattern,rule_content,rule_resolution", lines[0]);
        Assert.Equal("a1,وقال,قال,رئيس البلدية المهندس خالد العمري,person,خالد العمري,,,الجسر سيختصر طريق الطلاب إلى المدارس,direct,,,96,100,101,133,138,174,VerbSubject,Quotation,KnownMention", lines[1]);
        Assert.Equal("a3,ونقلت,نقل,مصدر في البلدية,anonymous,,,البلدية,المشروع كلف أقل من الميزانية المقررة,indirect,صحيفة الضحى,,230,235,251,266,275,311,RelayAn,Complementizer,KnownMention", lines[3]);
        Assert.Equal([""], lines[4..]);

        var ann = await Download(page, "#export-brat-ann");
        Assert.Equal(
            """
            T1	Cue 96 100	وقال
            T2	Source 101 133	رئيس البلدية المهندس خالد العمري
            T3	Content 138 174	الجسر سيختصر طريق الطلاب إلى المدارس
            R1	SaidBy Arg1:T1 Arg2:T2
            R2	Says Arg1:T1 Arg2:T3
            A1	SourceKind T2 person
            A2	Form T3 direct
            T4	Cue 178 183	وأوضح
            T5	Source 184 190	العمري
            T6	Mention 101 133	رئيس البلدية المهندس خالد العمري
            T7	Content 194 227	أعمال الإنارة ستكتمل الشهر المقبل
            R3	SaidBy Arg1:T4 Arg2:T5
            R4	Says Arg1:T4 Arg2:T7
            R5	RefersTo Arg1:T5 Arg2:T6
            A3	SourceKind T5 person
            A4	Form T7 indirect
            T8	Cue 230 235	ونقلت
            T9	Source 251 266	مصدر في البلدية
            T10	Content 275 311	المشروع كلف أقل من الميزانية المقررة
            R6	SaidBy Arg1:T8 Arg2:T9
            R7	Says Arg1:T8 Arg2:T10
            A5	SourceKind T9 anonymous
            A6	Form T10 indirect
            T11	Relay 236 247	صحيفة الضحى
            R8	RelayedBy Arg1:T8 Arg2:T11
            #1	AnnotatorNotes T11	chain position 1 of 1, statement a3

            """.ReplaceLineEndings("\n"),
            ann);
        Assert.Equal(Article, await Download(page, "#export-brat-txt"));

        var json = await Download(page, "#export-json");
        Assert.StartsWith("{\n  \"schema\": \"isnad/1\",\n  \"text\": ", json, StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task TheArticlesOwnOutletIsTheFirstLinkAndNeverARelay()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Address.ToString());
        await page.Locator("#outlet-input").FillAsync("الضحى");
        await Analyze(page, Article);

        Assert.Equal(
            ["القارئ", "الضحى", "مصدر في البلدية"],
            await page.Locator("svg.chain[data-id='a3'] g.node text").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator("#text-view mark.relay").CountAsync());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task TheSampleButtonAnalysesTheBuiltInArticle()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Address.ToString());
        await page.Locator("#load-sample").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.statement').length === 4");

        Assert.Equal(
            ["هيئة الأرصاد", "المتحدثة باسم الهيئة الدكتورة سلمى الراشد", "المتحدثة باسم الهيئة الدكتورة سلمى الراشد", "مسؤول في الدفاع المدني"],
            await page.Locator(".statement .source-name").AllTextContentsAsync());
        Assert.Equal(
            ["القارئ", "المقال", "إذاعة الساحل", "مسؤول في الدفاع المدني"],
            await page.Locator("svg.chain[data-id='a4'] g.node text").AllTextContentsAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserFixture.ScreenshotPath("page-sample.png"), FullPage = true });
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task AnUploadedHtmlFileIsReducedToItsArticleAndAnalysed()
    {
        var paragraphs = Article.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var html = "<html><head><script>window.__xss = 1</script></head><body><nav>الرئيسية</nav><article>" +
                   string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article><footer>حقوق</footer></body></html>";
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Address.ToString());
        await page.Locator("#file-input").SetInputFilesAsync(new FilePayload
        {
            Name = "bridge.html", MimeType = "text/html", Buffer = Encoding.UTF8.GetBytes(html),
        });
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.statement').length === 3");

        Assert.Equal(string.Join("\n\n", paragraphs), await page.Locator("#article-input").InputValueAsync());
        Assert.Equal(["وقال", "وأوضح", "ونقلت"], await page.Locator("#text-view mark.cue").AllTextContentsAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task WithATokenThePageOpensOnceWithItAndThenWorks()
    {
        await using var guarded = await TestServer.StartAsync(new WebServerOptions { Token = "page-token-42" });
        var page = await fixture.Browser.NewPageAsync();

        var refused = await page.GotoAsync(guarded.Address.ToString());
        Assert.Equal(401, refused?.Status);

        var opened = await page.GotoAsync($"{guarded.Address}?token=page-token-42");
        Assert.Equal(200, opened?.Status);
        Assert.Equal(guarded.Address.ToString(), page.Url);
        await Analyze(page, Article);
        Assert.Equal(3, await page.Locator(".statement").CountAsync());
        Assert.Equal(1, guarded.Server.Counters.Completed);
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task AnEmptyArticleIsRefusedWithAMessage()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Address.ToString());
        await page.Locator("#analyze").ClickAsync();
        Assert.Equal("الصق نص مقال أولاً، أو ارفع ملفاً.", await page.Locator("#status.error").TextContentAsync());
        Assert.True(await page.Locator("#result").IsHiddenAsync());
        await page.CloseAsync();
    }

    [ChromiumFact]
    public async Task WithoutAStoreTheCorpusViewsSaySo()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Address.ToString());
        await page.ClickAsync(".tabs .tab[data-view='speakers']");
        await page.WaitForSelectorAsync("#corpus-status.error");
        Assert.Equal("لا توجد مدونة مخزّنة: شغّل الخادم مع \u200e--db\u200e أو حيث يوجد isnad.db.", await page.Locator("#corpus-status").TextContentAsync());
        Assert.Equal(0, await page.Locator("#speakers-body tr").CountAsync());
        await page.ClickAsync(".tabs .tab[data-view='analysis']");
        Assert.True(await page.Locator("#view-corpus").IsHiddenAsync());
        Assert.True(await page.Locator("#article-input").IsVisibleAsync());
        await page.CloseAsync();
    }

    private async Task<IPage> AnalyzedPage(string article)
    {
        var page = await fixture.Browser.NewPageAsync();
        await Analyze(page, article);
        return page;
    }

    private async Task Analyze(IPage page, string article)
    {
        if (page.Url == "about:blank")
        {
            await page.GotoAsync(fixture.Address.ToString());
        }

        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        await page.Locator("#article-input").FillAsync(article);
        await page.Locator("#analyze").ClickAsync();
        await page.WaitForFunctionAsync("() => !document.getElementById('result').hidden && !document.getElementById('analyze').disabled");
        // The Arabic font is the page's own, loaded from this server.
        Assert.True(await page.EvaluateAsync<bool>("async () => { await document.fonts.ready; return [...document.fonts].some(f => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded'); }"));
    }

    private static async Task<string> Download(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(button).ClickAsync());
        var path = await download.PathAsync();
        // Decoded by hand so that a byte-order mark stays visible to the test.
        return Encoding.UTF8.GetString(await File.ReadAllBytesAsync(path));
    }
}
