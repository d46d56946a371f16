using RabbitMQ.Client;

namespace Isnad.Corpus.Queue;

/// <summary>
/// The queues publisher and workers share, declared identically by both (a declaration with other arguments fails):
/// the work queue, a durable quorum queue, and its dead-letter queue (<c>NAME.dead</c>), also a quorum queue. The
/// worker dead-letters poison messages itself, with the reason in a header; the broker dead-letters a message
/// redelivered <see cref="DeliveryLimit"/> times (one that kills every worker that takes it) into the same queue.
/// </summary>
internal sealed record QueueTopology(string Name)
{
    public const string DefaultName = "isnad.articles";

    /// <summary>Header carrying why a message was dead-lettered.</summary>
    public const string ReasonHeader = "x-isnad-reason";

    public const int DeliveryLimit = 10;

    public string DeadLetterName => Name + ".dead";

    public async Task DeclareAsync(IChannel channel, CancellationToken cancellationToken)
    {
        await channel.QueueDeclareAsync(DeadLetterName, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(Name, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                ["x-delivery-limit"] = DeliveryLimit,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = DeadLetterName,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Connects to an <c>amqp://</c> URL with automatic recovery (reconnect, redeclare, resume consuming).</summary>
    public static async Task<IConnection> ConnectAsync(string url, string clientName, CancellationToken cancellationToken)
    {
        ConnectionFactory factory;
        try
        {
            factory = new ConnectionFactory
            {
                Uri = new Uri(url),
                AutomaticRecoveryEnabled = true,
                TopologyRecoveryEnabled = true,
                NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
                ClientProvidedName = clientName,
            };
        }
        catch (Exception exception) when (exception is UriFormatException or ArgumentException)
        {
            throw new QueueError($"{url}: not a valid amqp:// URL");
        }

        try
        {
            return await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RabbitMQ.Client.Exceptions.BrokerUnreachableException unreachable)
        {
            throw new QueueError($"{Describe(url)}: cannot reach RabbitMQ ({Input.InputError.OneLine(unreachable.InnerException?.Message ?? unreachable.Message)})");
        }
    }

    /// <summary>A URL without its password, for messages.</summary>
    public static string Describe(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Host}:{(uri.Port > 0 ? uri.Port : 5672)}{uri.AbsolutePath}" : url;
}

/// <summary>A queue that cannot be used (bad URL, broker unreachable): the user's problem, reported in one line.</summary>
internal sealed class QueueError(string message) : Exception(message);
