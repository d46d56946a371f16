using System.Text.Json;
using Xunit;

namespace Isnad.Tests.Cli;

public sealed class AnalyzeOutputTests
{
    // Tokens: قال سالم إن " الجو حار " . | وأضاف أن الطريق مغلق . — 13; two sentences; one closed quotation.
    private const string Passage = "قال سالم إن \"الجو حار\". وأضاف أن الطريق مغلق.";

    [Fact]
    public void Json_is_one_isnad1_object_with_exact_text_layer_counts_and_meta()
    {
        using var folder = new TempFolder();
        var path = folder.File("passage.txt", CliRunner.Utf8(Passage));

        var result = CliRunner.Run("analyze", "--json", "--outlet", "wahat", "--date", "2015-07-21", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("isnad/1", root.GetProperty("schema").GetString());
        Assert.Equal(Passage, root.GetProperty("text").GetString());
        Assert.Equal("""{"id":"passage.txt","outlet":"wahat","date":"2015-07-21"}""", Compact(root.GetProperty("meta")));
        Assert.Equal(13, root.GetProperty("tokens").GetArrayLength());
        Assert.Equal("""[{"start":0,"end":23},{"start":24,"end":45}]""", Compact(root.GetProperty("sentences")));
        Assert.Equal("""[{"start":12,"end":22,"closed":true}]""", Compact(root.GetProperty("quotations")));
        Assert.Contains("\n  \"schema\": \"isnad/1\",", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_give_an_array_and_jsonl_one_line_each()
    {
        using var folder = new TempFolder();
        var first = folder.File("a.txt", CliRunner.Utf8(Passage));
        var second = folder.File("b.txt", CliRunner.Utf8("وقال المدير إن العمل بدأ."));

        var array = CliRunner.Run("analyze", "--json", first, second);
        var lines = CliRunner.Run("analyze", "--jsonl", first, second);

        Assert.Equal(0, array.ExitCode);
        using var parsed = JsonDocument.Parse(array.Out);
        Assert.Equal(["a.txt", "b.txt"], parsed.RootElement.EnumerateArray().Select(a => a.GetProperty("meta").GetProperty("id").GetString()));
        Assert.Equal(0, lines.ExitCode);
        var split = lines.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, split.Length);
        Assert.Equal(Compact(parsed.RootElement[1]), split[1]);
    }

    [Fact]
    public void Jsonl_articles_are_analysed_with_their_own_meta()
    {
        using var folder = new TempFolder();
        var path = folder.File("articles.jsonl", CliRunner.Utf8(
            "{\"id\":\"x1\",\"outlet\":\"sabq\",\"date\":\"2015-07-22 10:00:00\",\"text\":\"قال سالم إن الجو حار.\"}\n" +
            "{\"id\":\"x2\",\"text\":\"وأضاف أن الطريق مغلق.\"}\n"));

        var result = CliRunner.Run("analyze", "--jsonl", "--outlet", "fallback", path);

        Assert.Equal(0, result.ExitCode);
        var metas = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("meta").GetRawText());
        Assert.Equal(
            [
                """{"id":"x1","outlet":"sabq","date":"2015-07-22"}""",
                """{"id":"x2","outlet":"fallback","date":null}""",
            ],
            metas);
    }

    [Fact]
    public void Stdin_is_read_with_a_dash()
    {
        var result = CliRunner.RunWithStdin(CliRunner.Utf8(Passage), "analyze", "--jsonl", "-");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("meta").GetProperty("id").ValueKind);
        Assert.Equal(13, json.RootElement.GetProperty("tokens").GetArrayLength());
    }

    [Fact]
    public void Piped_summary_is_plain_text_with_counts()
    {
        using var folder = new TempFolder();
        var path = folder.File("passage.txt", CliRunner.Utf8(Passage));

        var result = CliRunner.Run("analyze", "--tokens", path);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out);
        var lines = result.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(path, lines[0]);
        Assert.StartsWith("  13 tokens, 2 sentences, 1 quotations, ", lines[1], StringComparison.Ordinal);
        Assert.Contains("    1  12-22 closed  \"الجو حار\"", lines);
        Assert.Contains("    2  24-45  وأضاف أن الطريق مغلق.", lines);
    }

    [Fact]
    public void Windows_1256_sample_gives_the_same_analysis_as_its_utf8_twin()
    {
        var utf8 = CliRunner.Run("analyze", "--jsonl", Sample("book-fair.txt"));
        var cp1256 = CliRunner.Run("analyze", "--jsonl", Sample("book-fair-cp1256.txt"));

        Assert.Equal(0, cp1256.ExitCode);
        Assert.Equal(
            utf8.Out.Replace("\"id\":\"book-fair.txt\"", "", StringComparison.Ordinal),
            cp1256.Out.Replace("\"id\":\"book-fair-cp1256.txt\"", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Binary_junk_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var result = CliRunner.Run("analyze", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal($"isnad: {path}: not text (binary data: NUL bytes)" + Environment.NewLine, result.Error);
    }

    [Fact]
    public void Undecodable_bytes_are_refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("latin1.txt", [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)' ', (byte)'c', (byte)'r', 0xE8, (byte)'m', (byte)'e']);

        var result = CliRunner.Run("analyze", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(
            $"isnad: {path}: not valid UTF-8, and not plausible windows-1256 Arabic text either (unknown encoding or binary data)" + Environment.NewLine,
            result.Error);
    }

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element, Relaxed);

    internal static string Sample(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "samples", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("sample not found", name);
    }
}
