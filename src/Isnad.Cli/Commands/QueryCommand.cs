using System.CommandLine;
using Isnad.Corpus.Queries;
using Isnad.Corpus.Store;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad query sources|anonymity|relays|provenance</c>: the questions asked of a store.</summary>
internal static class QueryCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("query", "Ask a store: who is quoted, how much rests on anonymous sources, who relays whom, where a phrase first appeared.");
        command.Subcommands.Add(Question(context, "sources", "The most-quoted speakers (canonical names), with their counts per outlet.", phrase: false,
            (store, filter, limit, _) =>
            {
                var table = new ResultTable(["attributions", "kind", "per_outlet", "speaker"]);
                foreach (var row in store.Sources(filter, limit))
                {
                    table.Add(row.Attributions, row.Kind, row.PerOutlet, row.Speaker);
                }

                return table;
            }));
        command.Subcommands.Add(Question(context, "anonymity", "Per outlet, the share of attributions resting on anonymous sources.", phrase: false,
            (store, filter, limit, _) =>
            {
                var table = new ResultTable(["outlet", "attributions", "anonymous", "share"]);
                foreach (var row in store.Anonymity(filter).Take(limit))
                {
                    table.Add(row.Outlet.Length == 0 ? "-" : row.Outlet, row.Attributions, row.Anonymous, row.Share);
                }

                return table;
            }));
        command.Subcommands.Add(Question(context, "relays", "The relay network: outlet → outlet and outlet → agency edges from chains (via chain) and from near-duplicate copies (via copy).", phrase: false,
            (store, filter, limit, _) =>
            {
                var table = new ResultTable(["count", "via", "from", "to"]);
                foreach (var edge in store.Relays(filter, limit))
                {
                    table.Add(edge.Count, edge.Via, edge.From.Length == 0 ? "-" : edge.From, edge.To);
                }

                return table;
            }));
        command.Subcommands.Add(Question(context, "provenance", "Every article carrying PHRASE (normalised words, one word may differ), earliest first, with the attribution and chain that carry it.", phrase: true,
            (store, filter, limit, text) =>
            {
                var table = new ResultTable(["date", "outlet", "article", "match", "cluster", "speaker", "chain", "excerpt"]);
                foreach (var row in Provenance.Find(store, text!, filter, limit))
                {
                    table.Add(row.Date, row.Outlet, row.ArticleId, row.Match, row.Cluster, row.Speaker,
                        string.IsNullOrEmpty(row.Chain) ? null : row.Chain, row.Excerpt.ReplaceLineEndings(" "));
                }

                return table;
            }));
        return command;
    }

    private static Command Question(CliContext context, string name, string description, bool phrase, Func<ICorpusStore, QueryFilter, int, string?, ResultTable> ask)
    {
        var phraseArgument = new Argument<string>("PHRASE") { Description = "The words to trace (Arabic; diacritics and letter variants do not matter)." };
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "Print a JSON array of rows." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV with a header line." };
        var outlet = StoreOptions.Outlet();
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var limit = new Option<int>("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 50 };
        var timing = new Option<bool>("--timing") { Description = "Print on stderr how long the question took on the open store (opening not counted)." };
        var command = new Command(name, description) { db, json, csv, outlet, from, to, limit, timing };
        if (phrase)
        {
            command.Arguments.Add(phraseArgument);
        }

        command.SetAction(parse =>
        {
            if (parse.GetValue(json) && parse.GetValue(csv))
            {
                throw new CliError("--json and --csv cannot be used together");
            }

            if (parse.GetValue(limit) < 1)
            {
                throw new CliError("--limit must be at least 1");
            }

            var filter = StoreOptions.Filter(parse, outlet, from, to);
            using var store = StoreOptions.Open(parse.GetValue(db), mustExist: true);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var table = ask(store, filter, parse.GetValue(limit), phrase ? parse.GetValue(phraseArgument) : null);
            clock.Stop();
            table.Write(context.Out, parse.GetValue(json), parse.GetValue(csv));
            if (parse.GetValue(timing))
            {
                context.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"isnad: query {name}: {clock.Elapsed.TotalMilliseconds:F0} ms"));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
