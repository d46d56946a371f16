using System.Diagnostics;
using Isnad.Tests.Cli;
using Xunit;

namespace Isnad.Tests.Robustness;

/// <summary><c>{ echo A; isnad analyze …; echo B; } &gt; out</c>: the command writes where the file's shared offset is, so nothing is overwritten.</summary>
public sealed class SharedStdoutFileTests
{
    [UnixFact]
    public void Output_to_a_file_shared_with_other_writers_keeps_their_order()
    {
        using var folder = new TempFolder();
        var input = folder.File("article.txt", CliRunner.Utf8("قال سالم إن الجو حار."));
        var output = Path.Combine(folder.Path, "out.txt");
        var cli = Path.Combine(AppContext.BaseDirectory, "Isnad.Cli.dll");
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("{ echo before; dotnet \"$0\" analyze --jsonl \"$1\"; echo after; } > \"$2\"");
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add(input);
        start.ArgumentList.Add(output);

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "analyze did not finish");

        Assert.Equal("", error);
        var lines = File.ReadAllLines(output);
        Assert.Equal(3, lines.Length);
        Assert.Equal("before", lines[0]);
        Assert.StartsWith("{\"schema\":\"isnad/1\",\"text\":\"قال سالم إن الجو حار.\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("after", lines[2]);
    }
}
