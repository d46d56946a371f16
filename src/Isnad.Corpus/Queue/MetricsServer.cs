using System.Net;
using System.Text;

namespace Isnad.Corpus.Queue;

/// <summary>Serves <c>GET /metrics</c> (Prometheus text format) on loopback only; every other path is a 404.</summary>
internal sealed class MetricsServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly WorkerMetrics metrics;

    public MetricsServer(int port, WorkerMetrics metrics)
    {
        this.metrics = metrics;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        try
        {
            listener.Start();
        }
        catch (HttpListenerException exception)
        {
            throw new QueueError($"--metrics-port {port}: cannot listen ({exception.Message})");
        }

        _ = Task.Run(ServeAsync);
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            using var response = context.Response;
            if (context.Request.Url?.AbsolutePath == "/metrics")
            {
                var body = Encoding.UTF8.GetBytes(metrics.Prometheus());
                response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
                response.ContentLength64 = body.Length;
                await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
            }
            else
            {
                response.StatusCode = 404;
            }
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
    }
}
