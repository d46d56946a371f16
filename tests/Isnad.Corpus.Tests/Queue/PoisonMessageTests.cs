using System.Text;
using Isnad.Corpus.Queue;
using RabbitMQ.Client;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>
/// Poison messages against a real broker and store: every one ends in the dead-letter queue with its reason, the worker
/// neither crashes nor stalls on them, and the good article between them is stored.
/// </summary>
public sealed class PoisonMessageTests
{
    private const string Good = "{\"v\":1,\"id\":\"\",\"name\":\"good\",\"text\":\"قال المهندس نادر العتيبي إن جسر الوادي الجديد سيفتح في الصيف.\",\"meta\":{\"outlet\":\"wadi\",\"date\":\"2024-05-02\"}}";

    [SkippableFact]
    public async Task Poison_messages_end_in_the_dead_letter_queue_with_their_reason()
    {
        Skip.If(QueueServers.SkipReason is not null, QueueServers.SkipReason);
        await using var servers = new QueueServers();
        var db = servers.Database("poison");
        var poison = new (byte[] Body, string Reason)[]
        {
            (Bytes("not json at all"), "undecodable: 'not json at all' is an invalid JSON literal. Expected the literal 'null'. LineNumber: 0 | BytePositionInLine: 1."),
            (Bytes("[1,2]"), "undecodable: not a JSON object"),
            (Bytes("{\"v\":2,\"text\":\"نص\"}"), "undecodable: not an article message of version 1"),
            (Bytes("{\"v\":1,\"name\":\"no-text\"}"), "undecodable: no \"text\""),
            (Bytes("{\"v\":1,\"text\":42}"), "undecodable: \"text\" is not a string"),
            (Bytes("{\"v\":1,\"text\":\"نص\",\"meta\":{\"date\":\"2024-13-40\"}}"), "undecodable: date '2024-13-40' is not YYYY-MM-DD"),
            (Bytes("{\"v\":1,\"name\":\"blank\",\"text\":\"   \"}"), "empty text"),
            (Bytes("{\"v\":1,\"name\":\"marks\",\"text\":\"!!! ... ؟؟\"}"), "no words"),
            ([0xFF, 0xFE, 0x7B], "undecodable: '0xFF' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0."),
            (Bytes("{\"v\":1,\"name\":\"big\",\"text\":\"" + new string('ب', 2_100_000) + "\"}"), "too large (4,200,030 bytes; the limit is 4,194,304)"),
            (Bytes("{\"v\":1,\"name\":\"nul\",\"text\":\"قال الوزير\\u0000 إن المشروع بدأ.\"}"), "refused by the store: invalid byte sequence for encoding \"UTF8\": 0x00"),
        };

        await using (var connection = await servers.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true)))
        {
            await servers.Topology.DeclareAsync(channel, CancellationToken.None);
            foreach (var (body, _) in poison.Take(6))
            {
                await channel.BasicPublishAsync("", servers.Topology.Name, body);
            }

            await channel.BasicPublishAsync("", servers.Topology.Name, Bytes(Good));
            foreach (var (body, _) in poison.Skip(6))
            {
                await channel.BasicPublishAsync("", servers.Topology.Name, body);
            }
        }

        using var worker = servers.StartWorker(db, "--stop-when-idle", "1");
        var log = worker.StandardError.ReadToEndAsync();
        await worker.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(worker.ExitCode == 0, await log);

        Assert.Equal(poison.Select(p => p.Reason).Order(StringComparer.Ordinal), (await DeadLetterReasons(servers)).Order(StringComparer.Ordinal));
        Assert.Equal(0u, await servers.CountAsync(servers.Topology.Name));
        Assert.Equal(1, QueueServers.Scalar(db, "SELECT COUNT(*) FROM articles WHERE name = 'good' AND outlet = 'wadi' AND date = '2024-05-02'"));
        Assert.Equal(1, QueueServers.Scalar(db, "SELECT COUNT(*) FROM articles"));
        Assert.Contains("\"event\":\"stopped\",\"processed\":1,\"dead_lettered\":11,\"failed\":0,\"returned\":0}", await log, StringComparison.Ordinal);
    }

    private static async Task<List<string>> DeadLetterReasons(QueueServers servers)
    {
        await using var connection = await servers.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var reasons = new List<string>();
        while (await channel.BasicGetAsync(servers.Topology.DeadLetterName, autoAck: true) is { } message)
        {
            var header = message.BasicProperties.Headers?[QueueTopology.ReasonHeader];
            reasons.Add(header is byte[] bytes ? Encoding.UTF8.GetString(bytes) : $"(no reason header: {header})");
        }

        return reasons;
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
