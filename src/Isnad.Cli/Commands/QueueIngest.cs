using System.Globalization;
using Isnad.Corpus.Ingest;
using Isnad.Corpus.Queue;
using Isnad.Model;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad ingest SOURCE… --queue amqp://…</c>: reads the sources and publishes their articles for workers, with publisher confirms.</summary>
internal static class QueueIngest
{
    public static async Task<int> Run(CliContext context, string url, QueueTopology topology, string[] paths, ArticleMeta meta, bool quiet, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("isnad/1 (+https://github.com/isnad)");
        var inputs = new IngestSources(meta, context.OpenStdin, http).Read(paths, cancellationToken);
        PublishSummary summary;
        try
        {
            summary = await new ArticlePublisher(url, topology).RunAsync(inputs, cancellationToken).ConfigureAwait(false);
        }
        catch (QueueError error)
        {
            throw new CliError(error.Message);
        }

        foreach (var refused in summary.Refused)
        {
            context.Error.WriteLine($"isnad: {refused.Name}: {refused.Reason}");
        }

        if (!quiet)
        {
            var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"published {summary.Published:N0} articles in {seconds:F1} s ({summary.Published / seconds:N0}/s) to {topology.Name} on {QueueTopology.Describe(url)}, confirmed by the broker; {summary.Refused.Count:N0} inputs refused"));
        }

        return summary.Refused.Count == 0 ? ExitCodes.Success : ExitCodes.UserError;
    }
}
