using System.CommandLine;
using System.Globalization;
using Isnad.Corpus.Input;
using Isnad.Corpus.Parallel;
using Isnad.Cli.Output;
using Isnad.Model;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad analyze FILE…</c>: runs the engine on text files, stdin or JSON Lines articles.</summary>
internal static class AnalyzeCommand
{
    public static Command Build(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Text files to analyse (UTF-8, UTF-16 with BOM or windows-1256); '-' reads stdin. " +
                          "A .jsonl or .jsonl.gz file is read as articles, one JSON object a line with id, text, outlet, date.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the isnad/1 JSON: an object for one file, an array for several." };
        var jsonLines = new Option<bool>("--jsonl") { Description = "Print one compact isnad/1 JSON object per line, one line per article." };
        var outlet = new Option<string?>("--outlet") { Description = "The article's own outlet (never counted as a relay).", HelpName = "NAME" };
        var date = new Option<string?>("--date") { Description = "The article's date, used to resolve relative dates.", HelpName = "YYYY-MM-DD" };
        var tokens = new Option<bool>("--tokens") { Description = "In the readable summary, list each sentence's tokens with their clitics split off." };

        var command = new Command("analyze", "Find attributions, sources, contents and relay chains in Arabic news text.")
        {
            files, json, jsonLines, outlet, date, tokens,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var meta = new ArticleMeta(null, parse.GetValue(outlet), ParseDate(parse.GetValue(date)));
            var asJson = parse.GetValue(json);
            var asLines = parse.GetValue(jsonLines);
            if (asJson && asLines)
            {
                throw new CliError("--json and --jsonl cannot be used together");
            }

            var paths = parse.GetValue(files) ?? [];
            return Task.FromResult(Run(context, paths, meta, asJson, asLines, parse.GetValue(tokens), cancellationToken));
        });
        return command;
    }

    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new CliError($"--date: '{value}' is not a date in the form YYYY-MM-DD");
    }

    private static int Run(CliContext context, string[] paths, ArticleMeta meta, bool asJson, bool asLines, bool listTokens, CancellationToken cancellationToken)
    {
        // Every path is checked, then plain files are read and decoded, before anything is printed, so a bad file
        // fails cleanly without half an output.
        foreach (var path in paths.Where(p => p != TextFileReader.StdinName))
        {
            // The parser takes an unknown "--option" as a file name; a file really named so can be given as ./--name.
            if (path.StartsWith('-'))
            {
                throw new CliError($"{path}: unknown option (see 'isnad analyze --help')");
            }

            TextFileReader.CheckFile(path);
        }

        // Stdin is read once; it holds JSON Lines when it starts with '{' or is gzip data.
        byte[]? stdin = null;
        var plain = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == TextFileReader.StdinName)
            {
                stdin ??= TextFileReader.ReadBytes(path, context.OpenStdin);
                if (!JsonLinesArticles.LooksLikeJsonLines(stdin) && !plain.ContainsKey(path))
                {
                    plain[path] = TextFileReader.Decode(stdin, TextFileReader.DisplayName(path));
                }
            }
            else if (!JsonLinesArticles.IsJsonLines(path) && !plain.ContainsKey(path))
            {
                plain[path] = TextFileReader.Read(path, context.OpenStdin);
            }
        }

        var single = paths.Length == 1 && plain.ContainsKey(paths[0]);
        var shape = asLines ? JsonOutput.Shape.Lines : single ? JsonOutput.Shape.SingleObject : JsonOutput.Shape.Array;
        using var jsonOutput = asJson || asLines ? new JsonOutput(context.Out, shape) : null;
        var human = jsonOutput is null ? new HumanReport(context.Out, context.OutIsTerminal, listTokens) : null;

        // A bad JSON line is reported with its number and reason; the other articles are still analysed, and the
        // exit code says that something was refused.
        var rejected = 0;
        // Articles are analysed on every core and printed in input order, so the output is the same as one by one.
        var analysed = OrderedParallel.MapAsync(Items(paths, plain, stdin, meta, cancellationToken), Analyze, workers: 0, cancellationToken);
        foreach (var (item, analysis, failure) in analysed.ToBlockingEnumerable(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item is RejectedInput bad)
            {
                context.Error.WriteLine($"isnad: {bad.Name}: {bad.Reason}");
                rejected++;
                continue;
            }

            if (failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
            }

            if (jsonOutput is not null)
            {
                jsonOutput.Write(analysis!);
            }
            else
            {
                human!.Write((Article)item, analysis!);
            }
        }

        jsonOutput?.Complete();
        return rejected == 0 ? ExitCodes.Success : ExitCodes.UserError;
    }

    /// <summary>Runs the engine on one input; a failure is returned, to be thrown where the article's output would have been.</summary>
    private static (InputItem Item, Analysis? Analysis, Exception? Failure) Analyze(InputItem item, CancellationToken cancellationToken)
    {
        if (item is not Article article)
        {
            return (item, null, null);
        }

        try
        {
            return (item, EngineFailure.Analyze(article.Name, article.Text, article.Meta), null);
        }
        catch (EngineFailure failure)
        {
            return (item, null, failure);
        }
    }

    private static IEnumerable<InputItem> Items(string[] paths, Dictionary<string, string> plain, byte[]? stdin, ArticleMeta meta, CancellationToken cancellationToken)
    {
        foreach (var path in paths)
        {
            if (plain.TryGetValue(path, out var text))
            {
                var name = TextFileReader.DisplayName(path);
                yield return new Article(name, text, meta with { Id = path == TextFileReader.StdinName ? null : Path.GetFileName(path) });
                continue;
            }

            var lines = path == TextFileReader.StdinName
                ? JsonLinesArticles.ReadItems(new MemoryStream(stdin!), TextFileReader.DisplayName(path), meta, cancellationToken)
                : JsonLinesArticles.ReadItems(path, meta, cancellationToken);
            foreach (var item in lines)
            {
                yield return item;
            }
        }
    }
}
