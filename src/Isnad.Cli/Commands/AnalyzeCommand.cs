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
        var explain = new Option<bool>("--explain") { Description = "In the readable summary, print under each attribution the rules that made it: pattern, content, vetoes passed, resolution step." };
        var maxChars = new Option<int>("--max-chars")
        {
            Description = "Refuse (exit code 1) a text longer than N characters: a file, stdin or one JSON Lines article; " +
                          "a file is never read past what N characters can take.",
            DefaultValueFactory = _ => PipelineBuilder.DefaultMaxTextLength,
            HelpName = "N",
        };

        var command = new Command("analyze", "Find attributions, sources, contents and relay chains in Arabic news text.")
        {
            files, json, jsonLines, outlet, date, tokens, explain, maxChars,
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

            var limit = parse.GetValue(maxChars);
            if (limit < 1)
            {
                throw new CliError("--max-chars: must be at least 1");
            }

            var paths = parse.GetValue(files) ?? [];
            return Task.FromResult(Run(context, paths, meta, new OutputFormat(asJson, asLines, new HumanReport.Options(parse.GetValue(tokens), parse.GetValue(explain))), limit, cancellationToken));
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

    private sealed record OutputFormat(bool Json, bool Lines, HumanReport.Options Report);

    private static int Run(CliContext context, string[] paths, ArticleMeta meta, OutputFormat format, int maxChars, CancellationToken cancellationToken)
    {
        var (asJson, asLines, report) = (format.Json, format.Lines, format.Report);
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
                // Read at most what a document of --max-chars can take (JSON Lines on stdin too: raise the limit for more).
                stdin ??= LimitedTextReader.ReadBytes(path, context.OpenStdin, maxChars);
                if (!JsonLinesArticles.LooksLikeJsonLines(stdin) && !plain.ContainsKey(path))
                {
                    plain[path] = LimitedTextReader.Decode(stdin, TextFileReader.DisplayName(path), maxChars);
                }
            }
            else if (!JsonLinesArticles.IsJsonLines(path) && !plain.ContainsKey(path))
            {
                plain[path] = LimitedTextReader.Read(path, context.OpenStdin, maxChars);
            }
        }

        var single = paths.Length == 1 && plain.ContainsKey(paths[0]);
        var shape = asLines ? JsonOutput.Shape.Lines : single ? JsonOutput.Shape.SingleObject : JsonOutput.Shape.Array;
        using var jsonOutput = asJson || asLines ? new JsonOutput(context.Out, shape) : null;
        var human = jsonOutput is null ? new HumanReport(context.Out, context.OutIsTerminal, report) : null;

        // Past the shipped limit the engine itself must be built to accept the longer text.
        var pipeline = maxChars <= PipelineBuilder.DefaultMaxTextLength ? Pipeline.Default : new PipelineBuilder().WithMaxTextLength(maxChars).Build();

        // A bad JSON line is reported with its number and reason; the other articles are still analysed, and the
        // exit code says that something was refused.
        var rejected = 0;
        // Articles are analysed on every core and printed in input order, so the output is the same as one by one.
        var analysed = OrderedParallel.MapAsync(Items(paths, plain, stdin, meta, cancellationToken), (item, _) => Analyze(item, pipeline, maxChars), workers: 0, cancellationToken);
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

            // Each article reaches the reader as soon as it is done, and a reader that has gone (`| head`) is noticed here.
            context.Out.Flush();
        }

        jsonOutput?.Complete();
        return rejected == 0 ? ExitCodes.Success : ExitCodes.UserError;
    }

    /// <summary>Runs the engine on one input; a failure is returned, to be thrown where the article's output would have been.</summary>
    private static (InputItem Item, Analysis? Analysis, Exception? Failure) Analyze(InputItem item, Pipeline pipeline, int maxChars)
    {
        if (item is not Article article)
        {
            return (item, null, null);
        }

        if (article.Text.Length > maxChars)
        {
            return (item, null, LimitedTextReader.TooLong(article.Name, maxChars));
        }

        try
        {
            return (item, EngineFailure.Analyze(article.Name, article.Text, article.Meta, pipeline), null);
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
