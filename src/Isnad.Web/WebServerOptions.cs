namespace Isnad.Web;

/// <summary>How <c>isnad serve</c> runs: where it listens, the token it asks for, and how large a request may be.</summary>
internal sealed record WebServerOptions
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>2 MiB: a long news article is a few tens of kilobytes; a whole page of HTML rarely passes 1 MiB.</summary>
    public const long DefaultMaxBodyBytes = 2L * 1024 * 1024;

    /// <summary>Addresses to listen on, Kestrel's <c>--urls</c> syntax (several separated by <c>;</c>).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The token every request must carry; null means none (allowed only on loopback).</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted; a larger one gets 413.</summary>
    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;

    /// <summary>Analyses run at once (the engine is CPU-bound: one per core).</summary>
    public int MaxConcurrentAnalyses { get; init; } = Environment.ProcessorCount;

    /// <summary>Requests that may wait for an analysis slot; more get 503.</summary>
    public int MaxWaitingAnalyses { get; init; } = 1024;

    /// <summary>The store the corpus endpoints ask (<c>--db</c>: a SQLite path or a postgres:// URL); null: none, they answer 404.</summary>
    public string? Db { get; init; }

    /// <summary>The folder the page is served from; by default <c>wwwroot</c> beside the assembly.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
