using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Isnad.Corpus.Parallel;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order. A reader feeds a bounded channel, workers
/// map, and the consumer puts results back in order. At most <c>workers × 16</c> items are between the reader and the
/// consumer at any time, so memory stays flat whatever the input's length, and a slow item holds back only that many.
/// A failure of the input or of the mapping ends the sequence with that exception.
/// </summary>
internal static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> MapAsync<TIn, TOut>(
        IEnumerable<TIn> inputs,
        Func<TIn, CancellationToken, TOut> map,
        int workers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        workers = workers > 0 ? workers : Environment.ProcessorCount;
        using var slots = new SemaphoreSlim(workers * 16);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = linked.Token;
        var work = Channel.CreateBounded<(long Sequence, TIn Input)>(new BoundedChannelOptions(workers * 4) { SingleWriter = true });
        var results = Channel.CreateUnbounded<(long Sequence, TOut Output)>(new UnboundedChannelOptions { SingleReader = true });

        var reader = Task.Run(() => ReadAsync(inputs, work.Writer, slots, token), token);
        var mappers = Enumerable.Range(0, workers).Select(_ => Task.Run(() => MapAllAsync(work.Reader, results.Writer, map, token), token)).ToArray();
        var closer = Task.WhenAll(mappers).ContinueWith(t => results.Writer.TryComplete(t.Exception?.InnerException), TaskScheduler.Default);

        var pending = new Dictionary<long, TOut>();
        long next = 0;
        try
        {
            while (await WaitToReadAsync(results.Reader, reader, token).ConfigureAwait(false))
            {
                while (results.Reader.TryRead(out var result))
                {
                    pending[result.Sequence] = result.Output;
                }

                while (pending.Remove(next, out var output))
                {
                    next++;
                    slots.Release();
                    yield return output;
                }
            }
        }
        finally
        {
            await linked.CancelAsync().ConfigureAwait(false);
            try
            {
                await Task.WhenAll(mappers.Append(reader).Append(closer)).ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                // Stopped on purpose (the consumer left early or failed); the cause is already on its way up.
            }
        }
    }

    /// <summary>Waits for results; when the input failed (the channels only saw the consequence), rethrows the input's own exception.</summary>
    private static async Task<bool> WaitToReadAsync<T>(ChannelReader<T> results, Task reader, CancellationToken cancellationToken)
    {
        try
        {
            return await results.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch when (reader.IsFaulted && reader.Exception?.InnerException is { } cause and not OperationCanceledException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cause);
            throw;
        }
    }

    private static async Task ReadAsync<TIn>(IEnumerable<TIn> inputs, ChannelWriter<(long, TIn)> work, SemaphoreSlim slots, CancellationToken cancellationToken)
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

    private static async Task MapAllAsync<TIn, TOut>(ChannelReader<(long Sequence, TIn Input)> work, ChannelWriter<(long, TOut)> results, Func<TIn, CancellationToken, TOut> map, CancellationToken cancellationToken)
    {
        await foreach (var (sequence, input) in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await results.WriteAsync((sequence, map(input, cancellationToken)), cancellationToken).ConfigureAwait(false);
        }
    }
}
