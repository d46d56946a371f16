using Isnad.Corpus.Input;
using Isnad.Model;

namespace Isnad.Corpus.Tests.Input;

public sealed class JsonLinesArticlesTests
{
    [Fact]
    public void Reads_fields_and_keeps_title_author_url()
    {
        var item = JsonLinesArticles.Parse(
            """{"id":"n1","outlet":"sabq","date":"2016-03-04 10:11:12","title":"عنوان","author":"كاتب","url":"http://x/1","text":"قال سالم إن الجو حار."}""",
            "f:1", ArticleMeta.None);
        var article = Assert.IsType<Article>(item);
        Assert.Equal(new Article("n1", "قال سالم إن الجو حار.", new ArticleMeta("n1", "sabq", new DateOnly(2016, 3, 4)), "عنوان", "كاتب", "http://x/1"), article);
    }

    [Theory]
    [InlineData("""{"text":123}""", "\"text\" is a number, not a string")]
    [InlineData("""{"text":"نص","outlet":["a"]}""", "\"outlet\" is an array, not a string")]
    [InlineData("""{"text":"نص","id":true}""", "\"id\" is a boolean, not a string")]
    [InlineData("""{"id":"x"}""", "no \"text\" field")]
    [InlineData("""{"text":null}""", "no \"text\" field")]
    [InlineData("""[1,2]""", "not a JSON object but an array")]
    [InlineData("""{"text":"نص","date":"2016-13-01"}""", "date: '2016-13-01' is not a date in the form YYYY-MM-DD")]
    [InlineData("""{"text":"نص","date":"04/03/2016"}""", "date: '04/03/2016' is not a date in the form YYYY-MM-DD")]
    [InlineData("""{"text":"نص","date":"2016-03-04x"}""", "date: '2016-03-04x' is not a date in the form YYYY-MM-DD")]
    public void Bad_line_is_rejected_with_its_reason(string line, string reason)
    {
        Assert.Equal(new RejectedInput("f:7", reason), JsonLinesArticles.Parse(line, "f:7", ArticleMeta.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_date_is_no_date(string date)
    {
        var article = Assert.IsType<Article>(JsonLinesArticles.Parse($$"""{"id":"n2","text":"نص","date":"{{date}}"}""", "f:3", ArticleMeta.None));
        Assert.Null(article.Meta.Date);
    }

    [Fact]
    public void Invalid_json_names_the_problem()
    {
        var rejected = Assert.IsType<RejectedInput>(JsonLinesArticles.Parse("{oops", "f:2", ArticleMeta.None));
        Assert.StartsWith("invalid JSON (", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_goes_on_after_a_bad_line()
    {
        var bytes = CliRunner.Utf8("{\"id\":\"a\",\"text\":\"أ\"}\n{\"text\":5}\n\n{\"id\":\"b\",\"text\":\"ب\"}\n");
        var items = JsonLinesArticles.ReadItems(new MemoryStream(bytes), "in", ArticleMeta.None, CancellationToken.None).ToList();
        Assert.Equal(["a", "in:2", "b"], items.Select(i => i.Name));
        Assert.IsType<RejectedInput>(items[1]);
    }

    [Fact]
    public void Gzip_stream_is_sniffed()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(CliRunner.Utf8("{\"id\":\"z\",\"text\":\"ز\"}\n"));
        }

        Assert.True(JsonLinesArticles.LooksLikeJsonLines(compressed.ToArray()));
        compressed.Position = 0;
        var item = Assert.Single(JsonLinesArticles.ReadItems(compressed, "in", ArticleMeta.None, CancellationToken.None));
        Assert.Equal("ز", Assert.IsType<Article>(item).Text);
    }

    [Theory]
    [InlineData("  {\"text\":\"x\"}", true)]
    [InlineData("\uFEFF{\"text\":\"x\"}", true)]
    [InlineData("قال سالم", false)]
    [InlineData("", false)]
    public void Json_lines_are_recognised_on_stdin(string head, bool expected)
    {
        Assert.Equal(expected, JsonLinesArticles.LooksLikeJsonLines(CliRunner.Utf8(head)));
    }
}
