using Isnad.Corpus.Input;
using Isnad.Corpus.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Isnad.Corpus.Queue;

/// <summary>What a publish run did: inputs read, messages the broker confirmed, inputs refused before publishing.</summary>
internal sealed record PublishSummary(int Read, int Published, IReadOnlyList<RejectedInput> Refused, TimeSpan Elapsed);

/// <summary>
/// Publishes articles to the work queue as persistent messages with publisher confirms. Up to <c>window</c> messages
/// are in flight; one the broker nacks, returns or never confirms (connection lost) is published again, so when
/// <see cref="RunAsync"/> returns every article is in the queue, and a publisher killed part-way loses nothing that
/// was confirmed (running it again only adds redeliveries the store ignores).
/// </summary>
internal sealed class ArticlePublisher(string url, QueueTopology topology, int window = 256, int attempts = 8)
{
    public async Task<PublishSummary> RunAsync(IEnumerable<InputItem> inputs, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var connection = await QueueTopology.ConnectAsync(url, "isnad-ingest", cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken).ConfigureAwait(false);
        await topology.DeclareAsync(channel, cancellationToken).ConfigureAwait(false);

        var refused = new List<RejectedInput>();
        var inFlight = new List<Task>(window);
        int read = 0, published = 0;
        foreach (var input in inputs)
        {
            read++;
            if (input is RejectedInput rejected)
            {
                refused.Add(rejected);
                continue;
            }

            var article = (Article)input;
            inFlight.Add(PublishAsync(channel, Body(article), article.Name, cancellationToken));
            if (inFlight.Count >= window)
            {
                await Task.WhenAll(inFlight).ConfigureAwait(false);
                published += inFlight.Count;
                inFlight.Clear();
            }
        }

        await Task.WhenAll(inFlight).ConfigureAwait(false);
        published += inFlight.Count;
        return new PublishSummary(read, published, refused, clock.Elapsed);
    }

    private static byte[] Body(Article article)
    {
        var words = MatchWords.Split(article.Text);
        var id = words.Count > 0 ? ArticleIds.FromKeyText(string.Join(' ', words.Select(w => w.Key))) : "";
        return ArticleMessage.Encode(id, article);
    }

    private async Task PublishAsync(IChannel channel, byte[] body, string name, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties { Persistent = true, ContentType = "application/json", Type = "isnad.article" };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // With confirmation tracking on, this completes when the broker has confirmed the message and throws when it did not.
                await channel.BasicPublishAsync("", topology.Name, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (attempt < attempts && exception is PublishException or AlreadyClosedException or OperationInterruptedException)
            {
                // Not confirmed: wait for the connection to recover and publish it again.
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is PublishException or AlreadyClosedException or OperationInterruptedException)
            {
                throw new QueueError($"{name}: the broker did not confirm the message after {attempts} attempts ({InputError.OneLine(exception.Message)})");
            }
        }
    }
}
