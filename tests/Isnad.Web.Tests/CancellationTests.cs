using System.Net.Sockets;
using System.Text;

namespace Isnad.Web.Tests;

/// <summary>A client that goes away stops the analysis it asked for.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task AnalysisStopsWhenTheClientDisconnects()
    {
        await using var server = await TestServer.StartAsync();
        // About 1.9 MB of article: seconds of work for the engine, so the hang-up comes while it runs.
        var paragraph = TestServer.Sample("bridge-opening.txt");
        var text = string.Concat(Enumerable.Repeat(paragraph + "\n\n", 1_900_000 / Encoding.UTF8.GetByteCount(paragraph + "\n\n")));
        var body = Encoding.UTF8.GetBytes(text);

        using (var socket = new TcpClient())
        {
            await socket.ConnectAsync(server.Address.Host, server.Address.Port);
            var stream = socket.GetStream();
            var head = $"POST /api/analyze HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(body);
            await stream.FlushAsync();
            await Task.Delay(300);
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.Server.Counters.Cancelled == 0 && server.Server.Counters.Completed == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(1, server.Server.Counters.Cancelled);
        Assert.Equal(0, server.Server.Counters.Completed);
    }
}
