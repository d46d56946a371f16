using System.Diagnostics;
using Isnad.Corpus.Input;
using Isnad.Corpus.Parallel;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>
/// Analyses inputs on every core (<see cref="OrderedParallel"/>) and stores them from one writer, in input order, in
/// batched transactions (a batch every <c>batchSize</c> results or every second). Memory stays flat whatever the
/// corpus size. Writing in input order makes the store the same whatever the timing: when two inputs share a text, the
/// first one is kept, and a run killed at any moment and started again ends with the store a clean run gives.
/// </summary>
internal sealed class CorpusIngest(Pipeline pipeline, ICorpusStore store, int workers = 0, int batchSize = 256)
{
    private readonly int workerCount = workers > 0 ? workers : Environment.ProcessorCount;

    public async Task<IngestSummary> RunAsync(IEnumerable<InputItem> inputs, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var known = store.ArticleIds();
        var batch = new List<StoreItem>(batchSize);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<StoredRejection>();
        int read = 0, stored = 0, already = 0;
        var lastCommit = Stopwatch.StartNew();

        void Commit()
        {
            if (batch.Count > 0)
            {
                store.Write(batch, cancellationToken);
                stored += batch.Count(item => item is StoredArticle);
                batch.Clear();
            }

            lastCommit.Restart();
            progress?.Report(new IngestProgress(read, stored, already, rejected.Count));
        }

        var results = OrderedParallel.MapAsync(inputs, (input, token) => Process(input, known, token), workerCount, cancellationToken);
        await foreach (var result in results.ConfigureAwait(false))
        {
            read++;
            switch (result)
            {
                case Known:
                    already++;
                    break;
                case Stored { Item: StoredArticle article } when !written.Add(article.Id):
                    // The same text earlier in this run: the first one is kept.
                    already++;
                    break;
                case Stored { Item: var item }:
                    batch.Add(item);
                    if (item is StoredRejection rejection)
                    {
                        rejected.Add(rejection);
                    }

                    break;
            }

            if (batch.Count >= batchSize || lastCommit.ElapsedMilliseconds > 1000)
            {
                Commit();
            }
        }

        Commit();
        return new IngestSummary(read, stored, already, rejected, clock.Elapsed);
    }

    /// <summary>What a worker made of one input.</summary>
    private abstract record Result;

    private sealed record Stored(StoreItem Item) : Result;

    private sealed record Known(string Id) : Result;

    private Result Process(InputItem input, IReadOnlySet<string> known, CancellationToken cancellationToken)
    {
        if (input is RejectedInput rejected)
        {
            return new Stored(new StoredRejection(rejected.Name, rejected.Reason));
        }

        return Analyse(pipeline, (Article)input, known, cancellationToken) is { } item ? new Stored(item) : new Known(((Article)input).Name);
    }

    /// <summary>
    /// Checks and analyses one article: a <see cref="StoredArticle"/>, a <see cref="StoredRejection"/> saying why it
    /// cannot be stored (empty, too large, no words, failing analysis), or null when its id is in <paramref name="known"/>.
    /// The queue worker uses the same checks, so a queue-fed store equals an in-process one.
    /// </summary>
    internal static StoreItem? Analyse(Pipeline pipeline, Article article, IReadOnlySet<string> known, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return new StoredRejection(article.Name, "empty text");
        }

        if (article.Text.Length > pipeline.MaxTextLength)
        {
            return new StoredRejection(article.Name, $"too large ({article.Text.Length:N0} characters; the limit is {pipeline.MaxTextLength:N0})");
        }

        var words = MatchWords.Split(article.Text);
        if (words.Count == 0)
        {
            return new StoredRejection(article.Name, "no words");
        }

        var id = ArticleIds.FromKeyText(string.Join(' ', words.Select(w => w.Key)));
        if (known.Contains(id))
        {
            return null;
        }

        try
        {
            var analysis = pipeline.Analyze(article.Text, article.Meta, cancellationToken);
            return ArticleRecords.Build(article, id, words, analysis);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new StoredRejection(article.Name, $"analysis failed: {exception.GetType().Name}: {InputError.OneLine(exception.Message)}");
        }
    }
}
