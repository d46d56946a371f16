

namespace Isnad.Corpus.Tests.Input;

/// <summary><c>isnad analyze</c> on JSON Lines with bad lines: each is reported, the others analysed, exit code 1.</summary>
public sealed class AnalyzeJsonLinesTests
{
    private const string Lines =
        "{\"id\":\"a\",\"text\":\"قال سالم إن الجو حار.\"}\n" +
        "{\"id\":\"b\",\"text\":123}\n" +
        "{broken\n" +
        "{\"id\":\"c\",\"text\":\"نص\",\"date\":\"2016-02-30\"}\n" +
        "{\"id\":\"d\",\"text\":\"وأكدت الوزارة أن العمل مستمر.\"}\n";

    [Fact]
    public void Bad_lines_are_reported_and_the_others_analysed()
    {
        using var folder = new TempFolder();
        var path = folder.File("in.jsonl", CliRunner.Utf8(Lines));
        var result = CliRunner.Run("analyze", "--jsonl", path);

        Assert.Equal(1, result.ExitCode);
        var errors = ErrorLines(result);
        Assert.Equal(3, errors.Length);
        Assert.Equal($"isnad: {path}:2: \"text\" is a number, not a string", errors[0]);
        Assert.StartsWith($"isnad: {path}:3: invalid JSON (", errors[1], StringComparison.Ordinal);
        Assert.Equal($"isnad: {path}:4: date: '2016-02-30' is not a date in the form YYYY-MM-DD", errors[2]);
        var ids = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("meta").GetProperty("id").GetString());
        Assert.Equal(["a", "d"], ids);
    }

    [Fact]
    public void Json_lines_come_from_stdin()
    {
        var result = CliRunner.RunWithStdin(CliRunner.Utf8(Lines), "analyze", "--jsonl", "-");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("isnad: <stdin>:2: \"text\" is a number, not a string", ErrorLines(result)[0]);
        Assert.Equal(2, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Clean_json_lines_exit_0()
    {
        using var folder = new TempFolder();
        var path = folder.File("ok.jsonl", CliRunner.Utf8("{\"id\":\"a\",\"text\":\"قال سالم إن الجو حار.\"}\n"));
        var result = CliRunner.Run("analyze", "--jsonl", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
    }

    private static string[] ErrorLines(CliRunner.Result result) => result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
