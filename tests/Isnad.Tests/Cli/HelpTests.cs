using Xunit;

namespace Isnad.Tests.Cli;

public sealed class HelpTests
{
    [Fact]
    public void Root_help_lists_every_command()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  isnad [command] [options]", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        foreach (var command in new[] { "analyze <FILE>", "eval", "bench" })
        {
            Assert.Contains("  " + command + " ", result.Out, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("analyze", new[] { "--json", "--jsonl", "--outlet <NAME>", "--date <YYYY-MM-DD>", "--tokens" })]
    [InlineData("eval", new[] { "--gold <DIR> (REQUIRED)", "--corpus <PATH>", "--texts <DIR>", "--system <DIR>" })]
    [InlineData("bench", new[] { "--corpus <PATH>", "--articles <N>", "--rounds <N>", "--full" })]
    public void Command_help_explains_every_option(string command, string[] options)
    {
        var result = CliRunner.Run(command, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in options)
        {
            Assert.Contains("  " + option + " ", result.Out, StringComparison.Ordinal);
        }
    }
}
