using Isnad.Tests.Cli;
using Xunit;

namespace Isnad.Tests.Robustness;

/// <summary>The readable summary with hostile input: a line of more than a megabyte, control characters, extreme dates.</summary>
public sealed class SummaryRobustnessTests
{
    [Fact]
    public void A_sentence_longer_than_a_megabyte_is_printed_whole_on_one_line()
    {
        // One sentence of 1,100,008 characters: longer than the 2^20 width at which the summary used to hang.
        var sentence = string.Concat(Enumerable.Repeat("كلمةكلمةكلمة ", 84_616)).TrimEnd();
        Assert.Equal(1_100_007, sentence.Length);

        var result = CliRunner.RunWithStdin(CliRunner.Utf8(sentence), "analyze", "-");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Contains("    1  0-1100007  " + sentence, lines);
    }

    [Fact]
    public void Control_characters_of_the_input_are_shown_escaped()
    {
        using var folder = new TempFolder();
        var line = "{\"id\":\"a\\u001b[31mb\",\"outlet\":\"o\\u0007\\u009b\",\"text\":\"قال الوزير \\u001b]0;x\\u0007 إن العمل مستمر.\"}\n";
        var path = folder.File("articles.jsonl", CliRunner.Utf8(line));

        var result = CliRunner.Run("analyze", path);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("a\\u001B[31mb", lines[0]);
        Assert.Equal("  outlet o\\u0007\\u009B  date -", lines[1]);
        Assert.Contains("    1  0-33  قال الوزير \\u001B]0;x\\u0007 إن العمل مستمر.", lines);
        Assert.DoesNotContain(result.Out, c => char.IsControl(c) && c != '\n');
    }

    [Theory]
    [InlineData("9999-12-31", "\"9999-12-30\"", "null")]
    [InlineData("0001-01-01", "null", "\"0001-01-02\"")]
    public void An_extreme_article_date_is_analysed(string date, string yesterday, string tomorrow)
    {
        var result = CliRunner.RunWithStdin(CliRunner.Utf8("وقال المتحدث أمس إن اللجنة ستجتمع غداً."), "analyze", "--date", date, "--jsonl", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains($"\"text\":\"أمس\",\"type\":\"DATE\",\"canonical\":null,\"latin\":null,\"subtype\":null,\"date\":{yesterday}}}", result.Out, StringComparison.Ordinal);
        Assert.Contains($"\"text\":\"غداً\",\"type\":\"DATE\",\"canonical\":null,\"latin\":null,\"subtype\":null,\"date\":{tomorrow}}}", result.Out, StringComparison.Ordinal);
    }
}
