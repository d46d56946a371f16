using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Model;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Isnad.Corpus.Queue;

/// <summary>How a worker runs: its queue, prefetch limit, consumer threads, and whether it stops once the queue is empty.</summary>
internal sealed record WorkerSettings(string Url, QueueTopology Topology, ushort Prefetch = 16, int Threads = 1, TimeSpan? StopWhenIdle = null);

/// <summary>
/// Takes articles from the work queue, analyses them and writes them to the store, acknowledging each message only
/// after its transaction committed. The store keys articles on their id (<c>ON CONFLICT DO NOTHING</c>), so a message
/// delivered twice (a worker killed before its ack, a broker restart) changes nothing. Poison messages go to the
/// dead-letter queue with the reason in <see cref="QueueTopology.ReasonHeader"/>; a passing failure (the store
/// unreachable) requeues the message after a pause. On cancellation the worker stops consuming, finishes the message
/// in hand, hands back the ones it holds unstarted, and closes (the broker requeues anything unacknowledged).
/// </summary>
internal sealed class QueueWorker(WorkerSettings settings, Func<ICorpusStore> openStore, Pipeline pipeline, WorkerLog log, WorkerMetrics metrics)
{
    private static readonly IReadOnlySet<string> NothingKnown = new HashSet<string>(StringComparer.Ordinal);

    private readonly Lock storeGate = new();
    private ICorpusStore? store;
    private volatile bool stopping;
    private int inHand;
    private long lastDelivery = Environment.TickCount64;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        store = openStore();
        try
        {
            await using var connection = await QueueTopology.ConnectAsync(settings.Url, "isnad-worker", cancellationToken).ConfigureAwait(false);
            connection.ConnectionShutdownAsync += (_, args) =>
            {
                if (!stopping)
                {
                    log.Warn("connection_lost", ("reason", args.ReplyText));
                }

                return Task.CompletedTask;
            };
            connection.RecoverySucceededAsync += (_, _) =>
            {
                log.Info("connection_recovered");
                return Task.CompletedTask;
            };
            await using var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true,
                    consumerDispatchConcurrency: (ushort)Math.Max(1, settings.Threads)), cancellationToken).ConfigureAwait(false);
            await settings.Topology.DeclareAsync(channel, cancellationToken).ConfigureAwait(false);
            await channel.BasicQosAsync(0, settings.Prefetch, false, cancellationToken).ConfigureAwait(false);

            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery);
            var tag = await channel.BasicConsumeAsync(settings.Topology.Name, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
            log.Info("started", ("queue", settings.Topology.Name), ("store", store.Description), ("prefetch", (int)settings.Prefetch), ("threads", settings.Threads));

            await WaitAsync(channel, cancellationToken).ConfigureAwait(false);

            stopping = true;
            log.Info("stopping", ("in_hand", Volatile.Read(ref inHand)));
            try
            {
                await channel.BasicCancelAsync(tag, noWait: false, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is AlreadyClosedException or OperationInterruptedException)
            {
                // The broker is gone: it requeues what this worker held.
            }

            // Finish the message in hand before closing: its ack must reach the broker.
            while (Volatile.Read(ref inHand) > 0)
            {
                await Task.Delay(20, CancellationToken.None).ConfigureAwait(false);
            }

            await channel.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            await connection.CloseAsync(CancellationToken.None).ConfigureAwait(false);
            log.Info("stopped", ("processed", metrics.Processed), ("dead_lettered", metrics.DeadLettered), ("failed", metrics.Failed), ("returned", metrics.Returned));
        }
        finally
        {
            lock (storeGate)
            {
                store?.Dispose();
                store = null;
            }
        }
    }

    /// <summary>Until cancelled, or (with <see cref="WorkerSettings.StopWhenIdle"/>) until the queue is empty and nothing arrived for that long.</summary>
    private async Task WaitAsync(IChannel channel, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
                if (settings.StopWhenIdle is not { } idle || Volatile.Read(ref inHand) > 0
                    || Environment.TickCount64 - Interlocked.Read(ref lastDelivery) < idle.TotalMilliseconds)
                {
                    continue;
                }

                try
                {
                    var declared = await channel.QueueDeclarePassiveAsync(settings.Topology.Name, cancellationToken).ConfigureAwait(false);
                    if (declared.MessageCount == 0 && Volatile.Read(ref inHand) == 0)
                    {
                        log.Info("idle", ("seconds", idle.TotalSeconds));
                        return;
                    }
                }
                catch (Exception exception) when (exception is AlreadyClosedException or OperationInterruptedException or TimeoutException)
                {
                    // Recovering: ask again later.
                }
            }
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or Ctrl+C: stop gracefully.
        }
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        Interlocked.Increment(ref inHand);
        Interlocked.Exchange(ref lastDelivery, Environment.TickCount64);
        try
        {
            if (stopping)
            {
                await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).ConfigureAwait(false);
                metrics.CountReturned();
                return;
            }

            await ProcessAsync(channel, delivery).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AlreadyClosedException or OperationInterruptedException or PublishException)
        {
            // The connection went away before the ack: the broker delivers the message again, and the store ignores the repeat.
            log.Warn("ack_lost", ("delivery", (long)delivery.DeliveryTag), ("reason", InputError.OneLine(exception.Message)));
        }
#pragma warning disable CA1031 // A consumer must never die on one message: the failure is logged and the message requeued.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Unforeseen: requeue. A message that fails this way every time reaches the queue's delivery limit and the
            // broker dead-letters it, so it cannot block the queue.
            metrics.CountFailed();
            log.Error("failed", ("delivery", (long)delivery.DeliveryTag), ("reason", $"{exception.GetType().Name}: {InputError.OneLine(exception.Message)}"));
            await RequeueAsync(channel, delivery).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref inHand);
        }
    }

    private static async Task RequeueAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is AlreadyClosedException or OperationInterruptedException)
        {
            // The channel is gone: the broker requeues the message itself.
        }
    }

    private async Task ProcessAsync(IChannel channel, BasicDeliverEventArgs delivery)
    {
        Article article;
        StoreItem? item;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            article = ArticleMessage.Decode(delivery.Body);
            item = CorpusIngest.Analyse(pipeline, article, NothingKnown, CancellationToken.None);
            if (item is StoredRejection rejection)
            {
                throw new PoisonMessage(rejection.Reason);
            }
        }
        catch (PoisonMessage poison)
        {
            await DeadLetterAsync(channel, delivery, poison.Message).ConfigureAwait(false);
            return;
        }

        var stored = (StoredArticle)item!;
        var analysed = clock.Elapsed;
        try
        {
            Write(stored);
        }
        catch (PostgresException data) when (data.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            // A data exception (e.g. a NUL character PostgreSQL text cannot hold): this message will never be stored.
            await DeadLetterAsync(channel, delivery, $"refused by the store: {InputError.OneLine(data.MessageText)}").ConfigureAwait(false);
            return;
        }
        catch (Exception exception) when (exception is NpgsqlException or StoreError or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            metrics.CountFailed();
            log.Warn("store_failed", ("id", stored.Id), ("reason", InputError.OneLine(exception.Message)));
            ReopenStore();
            await RequeueAsync(channel, delivery).ConfigureAwait(false);
            return;
        }

        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
        metrics.CountProcessed();
        log.Info("stored", ("id", stored.Id), ("name", stored.Name), ("attributions", stored.Attributions.Count), ("redelivered", delivery.Redelivered),
            ("analysis_ms", Math.Round(analysed.TotalMilliseconds, 1)), ("write_ms", Math.Round((clock.Elapsed - analysed).TotalMilliseconds, 1)));
    }

    private void Write(StoredArticle article)
    {
        lock (storeGate)
        {
            store ??= openStore();
            store.Write([article], CancellationToken.None);
        }
    }

    private void ReopenStore()
    {
        lock (storeGate)
        {
            try
            {
                store?.Dispose();
            }
            catch (Exception exception) when (exception is NpgsqlException or InvalidOperationException)
            {
                // A broken connection may fail to close; it is dropped all the same.
            }

            store = null;
        }
    }

    private async Task DeadLetterAsync(IChannel channel, BasicDeliverEventArgs delivery, string reason)
    {
        var headers = new Dictionary<string, object?>(StringComparer.Ordinal) { [QueueTopology.ReasonHeader] = reason };
        var properties = new BasicProperties { Persistent = true, Headers = headers, ContentType = delivery.BasicProperties.ContentType };
        // Confirmed before the original is acknowledged: a poison message is never lost, at worst dead-lettered twice.
        await channel.BasicPublishAsync("", settings.Topology.DeadLetterName, mandatory: true, properties, delivery.Body).ConfigureAwait(false);
        await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
        metrics.CountDeadLettered();
        log.Warn("dead_lettered", ("reason", reason), ("body", ArticleMessage.Preview(delivery.Body)));
    }
}
