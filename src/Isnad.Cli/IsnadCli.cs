using System.CommandLine;
using System.Text;
using Isnad.Cli.Commands;
using Isnad.Cli.Output;

namespace Isnad.Cli;

/// <summary>The command tree and the one place where failures become exit codes and one-line messages.</summary>
internal static class IsnadCli
{
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "Isnad: who said it, and through whom. Finds attributions (cue, source, content, form) and their relay " +
            "chains in Arabic news text and prints them readably or as isnad/1 JSON. Exit codes: 0 success, 1 bad input " +
            "or usage (one line on stderr naming the file and the problem), 2 internal failure.")
        {
            AnalyzeCommand.Build(context),
            EvalCommand.Build(context),
            BenchCommand.Build(context),
            TrainNerCommand.Build(),
            TrainRankerCommand.Build(context),
            EvalNerCommand.Build(),
            NerClustersCommand.Build(),
            IngestCommand.Build(context),
            QueryCommand.Build(context),
            ExportCommand.Build(context),
            ReanalyzeCommand.Build(context),
            ServeCommand.Build(context),
            WorkerCommand.Build(context),
        };
        root.HelpName = "isnad";
        return root;
    }

    /// <summary>Runs with the real console: UTF-8 out, buffered, decorated only on a terminal.</summary>
    public static int RunOnConsole(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(StdoutStream.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var context = new CliContext(stdout, stderr, !Console.IsOutputRedirected, Console.OpenStandardInput);
        try
        {
            return Run(args, context);
        }
        finally
        {
            try
            {
                stdout.Dispose();
            }
            catch (StdoutClosedException)
            {
                // The reader went away (e.g. `| head`): nothing left to tell it.
            }
        }
    }

    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, like every other user error, instead of the parser's full help text.
            var command = parsed.CommandResult.Command;
            var helpHint = command is RootCommand ? "isnad --help" : $"isnad {command.Name} --help";
            context.Error.WriteLine($"isnad: {OneLine(parsed.Errors[0].Message)} (see '{helpHint}')");
            return ExitCodes.UserError;
        }

        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return parsed.Invoke(invocation);
        }
        catch (CliError error)
        {
            context.Error.WriteLine($"isnad: {error.Message}");
            return ExitCodes.UserError;
        }
        catch (Corpus.Input.InputError error)
        {
            context.Error.WriteLine($"isnad: {error.Message}");
            return ExitCodes.UserError;
        }
        catch (StdoutClosedException)
        {
            return ExitCodes.Success;
        }
        catch (EngineFailure failure)
        {
            context.Error.WriteLine($"isnad: {OneLine(failure.Message)}");
            WriteDebug(context, failure.InnerException!);
            return ExitCodes.InternalError;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("isnad: cancelled");
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // The top level must turn every failure into exit code 2 with a readable line.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            context.Error.WriteLine($"isnad: internal error: {exception.GetType().Name}: {OneLine(exception.Message)}");
            WriteDebug(context, exception);
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The stack trace, only when asked for with ISNAD_DEBUG=1.</summary>
    private static void WriteDebug(CliContext context, Exception exception)
    {
        if (Environment.GetEnvironmentVariable("ISNAD_DEBUG") is { Length: > 0 })
        {
            context.Error.WriteLine(exception.ToString());
        }
    }

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
