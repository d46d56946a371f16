using System.Net;
using System.Net.Sockets;
using Isnad.Corpus.Queue;

namespace Isnad.Corpus.Tests.Queue;

/// <summary>The worker's counters over real HTTP on loopback, in Prometheus text format.</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task Metrics_are_served_in_prometheus_text_format()
    {
        var metrics = new WorkerMetrics();
        for (var i = 0; i < 3; i++)
        {
            metrics.CountProcessed();
        }

        metrics.CountDeadLettered();
        metrics.CountFailed();
        metrics.CountFailed();
        var port = FreePort();
        using var server = new MetricsServer(port, metrics);
        using var http = new HttpClient();

        var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal(
            ["isnad_worker_processed_total 3", "isnad_worker_failed_total 2", "isnad_worker_dead_lettered_total 1", "isnad_worker_returned_total 0"],
            lines.Where(l => l.StartsWith("isnad_worker_", StringComparison.Ordinal) && l.Contains("_total ", StringComparison.Ordinal)));
        Assert.Contains("# TYPE isnad_worker_processed_total counter", lines);
        Assert.Contains("# TYPE isnad_worker_rate gauge", lines);
        var rate = double.Parse(lines.Single(l => l.StartsWith("isnad_worker_rate ", StringComparison.Ordinal))["isnad_worker_rate ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(rate > 0, $"rate {rate}");

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/other"))).StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
