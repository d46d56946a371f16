using System.Net;
using System.Net.Sockets;
using System.Text;
using Isnad.Web;

namespace Isnad.Web.Tests;

/// <summary>A client that goes away stops the analysis it asked for; a full queue is refused, not grown.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task AnalysisStopsWhenTheClientDisconnects()
    {
        await using var server = await TestServer.StartAsync();
        using (var socket = await SendLongArticle(server))
        {
            await WaitFor(() => server.Server.Counters.Running == 1);
        }

        await WaitFor(() => server.Server.Counters.Cancelled + server.Server.Counters.Completed > 0);
        Assert.Equal(1, server.Server.Counters.Cancelled);
        Assert.Equal(0, server.Server.Counters.Completed);
        Assert.Equal(0, server.Server.Counters.Running);
    }

    [Fact]
    public async Task WhenEverySlotIsTakenAndNoneMayWaitTheServerAnswers503()
    {
        await using var server = await TestServer.StartAsync(new WebServerOptions { MaxConcurrentAnalyses = 1, MaxWaitingAnalyses = 0 });
        using var socket = await SendLongArticle(server);
        await WaitFor(() => server.Server.Counters.Running == 1);

        using var response = await server.Client.PostAsync("/api/analyze", new StringContent("وقال الوزير إن الاجتماع انتهى.", Encoding.UTF8, "text/plain"));
        await ProblemAssert.Is(response, HttpStatusCode.ServiceUnavailable, "too many analyses are waiting; try again in a moment");
        Assert.Equal("1", response.Headers.RetryAfter?.ToString());
    }

    /// <summary>About 1.9 MB of article on a raw socket: seconds of work for the engine, so a test can act while it runs.</summary>
    private static async Task<TcpClient> SendLongArticle(TestServer server)
    {
        var paragraph = TestServer.Sample("bridge-opening.txt") + "\n\n";
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(paragraph, 1_900_000 / Encoding.UTF8.GetByteCount(paragraph))));
        var socket = new TcpClient();
        await socket.ConnectAsync(server.Address.Host, server.Address.Port);
        var stream = socket.GetStream();
        var head = $"POST /api/analyze HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
        return socket;
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(condition(), "timed out after 30 s");
    }
}
