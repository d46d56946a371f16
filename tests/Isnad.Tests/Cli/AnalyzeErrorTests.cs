using Xunit;

namespace Isnad.Tests.Cli;

/// <summary>Every bad input gives exit code 1, nothing on stdout, and exactly one line on stderr naming the file.</summary>
public sealed class AnalyzeErrorTests
{
    private static void AssertUserError(CliRunner.Result result, string expectedLine)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(expectedLine + Environment.NewLine, result.Error);
    }

    [Fact]
    public void Missing_file()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "absent.txt");
        AssertUserError(CliRunner.Run("analyze", path), $"isnad: {path}: no such file");
    }

    [Fact]
    public void Directory_instead_of_a_file()
    {
        using var folder = new TempFolder();
        AssertUserError(CliRunner.Run("analyze", "--json", folder.Path), $"isnad: {folder.Path}: is a directory, not a file");
    }

    [Fact]
    public void Empty_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.txt", []);
        AssertUserError(CliRunner.Run("analyze", path), $"isnad: {path}: empty file");
    }

    [Fact]
    public void Empty_stdin()
    {
        AssertUserError(CliRunner.RunWithStdin([], "analyze", "-"), "isnad: <stdin>: empty file");
    }

    [Fact]
    public void A_bad_file_among_good_ones_fails_before_any_output()
    {
        using var folder = new TempFolder();
        var good = folder.File("good.txt", CliRunner.Utf8("قال سالم إن الجو حار."));
        var missing = Path.Combine(folder.Path, "missing.txt");
        AssertUserError(CliRunner.Run("analyze", "--json", good, missing), $"isnad: {missing}: no such file");
    }

    [Theory]
    [InlineData("2015-02-30")]
    [InlineData("21/07/2015")]
    [InlineData("yesterday")]
    public void Bad_date(string date)
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", CliRunner.Utf8("قال سالم إن الجو حار."));
        AssertUserError(CliRunner.Run("analyze", "--date", date, path), $"isnad: --date: '{date}' is not a date in the form YYYY-MM-DD");
    }

    [Fact]
    public void Json_and_jsonl_together()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", CliRunner.Utf8("قال سالم إن الجو حار."));
        AssertUserError(CliRunner.Run("analyze", "--json", "--jsonl", path), "isnad: --json and --jsonl cannot be used together");
    }

    [Fact]
    public void Malformed_jsonl_line_names_file_and_line()
    {
        using var folder = new TempFolder();
        var path = folder.File("articles.jsonl", CliRunner.Utf8("{\"id\":\"x\",\"text\":\"\"}\n\n{oops\n"));
        var result = CliRunner.Run("analyze", "--jsonl", path);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"isnad: {path}:3: invalid JSON (", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Jsonl_line_without_text_names_file_and_line()
    {
        using var folder = new TempFolder();
        var path = folder.File("articles.jsonl", CliRunner.Utf8("{\"id\":\"x\"}\n"));
        AssertUserError(CliRunner.Run("analyze", "--jsonl", path), $"isnad: {path}:1: no \"text\" field");
    }

    [Fact]
    public void No_file_is_a_usage_error_with_exit_code_1()
    {
        AssertUserError(CliRunner.Run("analyze"), "isnad: Required argument 'FILE' missing for command: 'analyze'. (see 'isnad analyze --help')");
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_1()
    {
        AssertUserError(CliRunner.Run("analyze", "--colour", "x.txt"), "isnad: --colour: unknown option (see 'isnad analyze --help')");
    }
}
