using System.CommandLine;
using System.Globalization;
using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;
using Isnad.Model;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad reanalyze</c>: analyses again, with the running engine, every stored article an older engine (another fingerprint) produced.</summary>
internal static class ReanalyzeCommand
{
    private const int BatchSize = 256;

    public static Command Build(CliContext context)
    {
        var db = StoreOptions.Db();
        var quiet = new Option<bool>("--quiet") { Description = "No summary line." };
        var command = new Command("reanalyze", "Analyse again the stored articles whose engine version, model or lexicons differ from this engine's.") { db, quiet };
        command.SetAction((parse, cancellationToken) =>
        {
            using var store = StoreOptions.Open(parse.GetValue(db), mustExist: true);
            var pipeline = Pipeline.Default;
            var fingerprint = pipeline.Engine.Fingerprint;
            var done = 0;
            foreach (var batch in store.StaleArticles(fingerprint, cancellationToken).Chunk(BatchSize))
            {
                var fresh = batch.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(stored =>
                {
                    var article = new Article(stored.Name, stored.Text,
                        new ArticleMeta(stored.ExternalId, stored.Outlet, JsonLinesArticles.ParseDate(stored.Date)), stored.Title, stored.Author, stored.Url);
                    var analysis = EngineFailure.Analyze(stored.Name, stored.Text, article.Meta, pipeline);
                    return ArticleRecords.Build(article, stored.Id, MatchWords.Split(stored.Text), analysis);
                }).ToList();
                store.Replace(fresh, cancellationToken);
                done += fresh.Count;
            }

            if (done > 0)
            {
                CorpusPasses.Run(store, cancellationToken);
            }

            if (!parse.GetValue(quiet))
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"reanalysed {done:N0} articles made by another engine; {store.Description} now holds only engine {pipeline.Engine.Version} ({fingerprint[..12]})"));
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }
}
