namespace Isnad.Cli;

/// <summary>The engine threw on one article: an internal failure (exit code 2), reported with the article's name.</summary>
internal sealed class EngineFailure(string articleName, Exception inner)
    : Exception($"{articleName}: engine failed: {inner.GetType().Name}: {inner.Message}", inner)
{
    public string ArticleName { get; } = articleName;

    /// <summary>Runs the engine on one article, naming the article if it throws.</summary>
    public static Model.Analysis Analyze(string articleName, string text, Model.ArticleMeta meta, Pipeline? pipeline = null)
    {
        try
        {
            return (pipeline ?? Pipeline.Default).Analyze(text, meta);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new EngineFailure(articleName, exception);
        }
    }
}
