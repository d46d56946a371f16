using System.Diagnostics;
using System.Text;
using Isnad.Tests.Cli;
using Xunit;

namespace Isnad.Tests.Robustness;

/// <summary><c>isnad analyze … | head</c>: once the reader has gone, the command stops (exit 0) instead of running to the end.</summary>
public sealed class ClosedPipeTests
{
    [UnixFact]
    public void Analyze_stops_when_its_reader_closes_the_pipe()
    {
        using var folder = new TempFolder();
        // 400 articles, then a line that is not JSON: reaching it would end the run with exit code 1 and a message.
        var article = "{\"id\":\"n\",\"text\":\"" + string.Concat(Enumerable.Repeat("قال المتحدث إن اللجنة اجتمعت صباحاً لمناقشة الخطة. ", 30)) + "\"}\n";
        var path = folder.File("articles.jsonl", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(article, 400)) + "not json\n"));
        var cli = Path.Combine(AppContext.BaseDirectory, "Isnad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "analyze", "--jsonl", path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var first = process.StandardOutput.ReadLine();
        process.StandardOutput.Close();
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "analyze did not exit after its reader went away");

        Assert.StartsWith("{\"schema\":\"isnad/1\"", first, StringComparison.Ordinal);
        Assert.Equal("", error);
        Assert.Equal(0, process.ExitCode);
    }
}
