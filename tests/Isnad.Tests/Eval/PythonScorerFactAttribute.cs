using System.Diagnostics;
using Xunit;

namespace Isnad.Tests.Eval;

/// <summary>A fact that needs python3 and the reference scorer (../shared/tools/score_attr.py); skipped, with the reason, when either is absent.</summary>
public sealed class PythonScorerFactAttribute : FactAttribute
{
    public PythonScorerFactAttribute()
    {
        if (ReferenceScorer.ScriptPath is null)
        {
            Skip = "reference scorer score_attr.py not found (set ISNAD_SCORER or keep ../shared/tools beside the repository)";
        }
        else if (!ReferenceScorer.PythonAvailable)
        {
            Skip = "python3 not found";
        }
    }
}

internal static class ReferenceScorer
{
    private static readonly Lazy<string?> Script = new(FindScript);
    private static readonly Lazy<bool> Python = new(() => RunProcess("python3", ["--version"]).ExitCode == 0);

    public static string? ScriptPath => Script.Value;

    public static bool PythonAvailable => Python.Value;

    public static (int ExitCode, string Out) RunProcess(string file, IEnumerable<string> args)
    {
        try
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["PYTHONIOENCODING"] = "utf-8";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }

    private static string? FindScript()
    {
        if (Environment.GetEnvironmentVariable("ISNAD_SCORER") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        // ../shared beside the repository; a worktree may sit deeper, so every ancestor is tried.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "shared", "tools", "score_attr.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
