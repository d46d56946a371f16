using System.Diagnostics;
using System.Threading.Channels;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>
/// Analyses inputs on every core and stores them from one writer. A reader feeds a bounded channel; workers analyse;
/// the writer puts results back in input order and commits them in batches. At most <see cref="InFlight"/> inputs are
/// between the reader and the store at any time, so memory stays flat whatever the corpus size. Writing in input order
/// makes the store the same whatever the timing: when two inputs share a text, the first one is kept, and a run killed
/// at any moment and started again ends with the store a clean run gives.
/// </summary>
internal sealed class CorpusIngest(Pipeline pipeline, ICorpusStore store, int workers = 0, int batchSize = 256)
{
    private readonly int workerCount = workers > 0 ? workers : Environment.ProcessorCount;

    private int InFlight => workerCount * 16;

    public async Task<IngestSummary> RunAsync(IEnumerable<InputItem> inputs, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var known = store.ArticleIds();
        using var slots = new SemaphoreSlim(InFlight);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var work = Channel.CreateBounded<(long Sequence, InputItem Input)>(new BoundedChannelOptions(workerCount * 4) { SingleWriter = true });
        var results = Channel.CreateUnbounded<(long Sequence, Result Result)>(new UnboundedChannelOptions { SingleReader = true });

        var reader = Task.Run(() => ReadAsync(inputs, work.Writer, slots, token), token);
        var analysers = Enumerable.Range(0, workerCount)
            .Select(_ => Task.Run(() => AnalyseAsync(work.Reader, results.Writer, known, token), token))
            .ToArray();
        var closer = Task.WhenAll(analysers).ContinueWith(t => results.Writer.TryComplete(t.Exception), TaskScheduler.Default);

        try
        {
            var summary = await WriteAsync(results.Reader, slots, progress, token).ConfigureAwait(false);
            await reader.ConfigureAwait(false);
            return summary with { Elapsed = clock.Elapsed };
        }
        catch when (reader.IsFaulted && reader.Exception?.InnerException is not OperationCanceledException)
        {
            // The inputs failed (the channels only saw the consequence): report the cause.
            await linked.CancelAsync().ConfigureAwait(false);
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(reader.Exception!.InnerException!);
            throw;
        }
        catch
        {
            await linked.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            try
            {
                await Task.WhenAll(analysers.Append(reader).Append(closer)).ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                // Already reported by the writer's exception.
            }
        }
    }

    private static async Task ReadAsync(IEnumerable<InputItem> inputs, ChannelWriter<(long, InputItem)> work, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        long sequence = 0;
        try
        {
            foreach (var input in inputs)
            {
                await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                await work.WriteAsync((sequence++, input), cancellationToken).ConfigureAwait(false);
            }

            work.TryComplete();
        }
        catch (Exception exception)
        {
            work.TryComplete(exception);
            throw;
        }
    }

    /// <summary>What a worker made of one input.</summary>
    private abstract record Result;

    private sealed record Stored(StoreItem Item) : Result;

    private sealed record Known(string Id) : Result;

    private async Task AnalyseAsync(ChannelReader<(long Sequence, InputItem Input)> work, ChannelWriter<(long, Result)> results, IReadOnlySet<string> known, CancellationToken cancellationToken)
    {
        await foreach (var (sequence, input) in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await results.WriteAsync((sequence, Process(input, known, cancellationToken)), cancellationToken).ConfigureAwait(false);
        }
    }

    private Result Process(InputItem input, IReadOnlySet<string> known, CancellationToken cancellationToken)
    {
        if (input is RejectedInput rejected)
        {
            return new Stored(new StoredRejection(rejected.Name, rejected.Reason));
        }

        var article = (Article)input;
        if (string.IsNullOrWhiteSpace(article.Text))
        {
            return new Stored(new StoredRejection(article.Name, "empty text"));
        }

        if (article.Text.Length > pipeline.MaxTextLength)
        {
            return new Stored(new StoredRejection(article.Name, $"too large ({article.Text.Length:N0} characters; the limit is {pipeline.MaxTextLength:N0})"));
        }

        var words = MatchWords.Split(article.Text);
        if (words.Count == 0)
        {
            return new Stored(new StoredRejection(article.Name, "no words"));
        }

        var id = ArticleIds.FromKeyText(string.Join(' ', words.Select(w => w.Key)));
        if (known.Contains(id))
        {
            return new Known(id);
        }

        try
        {
            var analysis = pipeline.Analyze(article.Text, article.Meta, cancellationToken);
            return new Stored(ArticleRecords.Build(article, id, words, analysis));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new Stored(new StoredRejection(article.Name, $"analysis failed: {exception.GetType().Name}: {InputError.OneLine(exception.Message)}"));
        }
    }

    private async Task<IngestSummary> WriteAsync(ChannelReader<(long Sequence, Result Result)> results, SemaphoreSlim slots, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var pending = new Dictionary<long, Result>();
        var batch = new List<StoreItem>(batchSize);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var rejected = new List<StoredRejection>();
        long next = 0;
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

        while (await results.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (results.TryRead(out var result))
            {
                pending[result.Sequence] = result.Result;
            }

            while (pending.Remove(next, out var inOrder))
            {
                next++;
                read++;
                slots.Release();
                switch (inOrder)
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

                if (batch.Count >= batchSize)
                {
                    Commit();
                }
            }

            if (lastCommit.ElapsedMilliseconds > 1000)
            {
                Commit();
            }
        }

        Commit();
        return new IngestSummary(read, stored, already, rejected, TimeSpan.Zero);
    }
}
