using System.Text;
using Isnad.Cli;

namespace Isnad.Tests.Cli;

/// <summary>Runs the CLI's command tree in-process with captured stdout and stderr (never a terminal).</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => RunWithStdin([], args);

    public static Result RunWithStdin(byte[] stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(output, error, OutIsTerminal: false, () => new MemoryStream(stdin));
        var code = IsnadCli.Run(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
