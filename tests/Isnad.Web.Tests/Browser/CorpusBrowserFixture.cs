using Isnad.Web.Tests.Corpus;

namespace Isnad.Web.Tests.Browser;

/// <summary>The browser fixture with a server that asks the invented corpus of <see cref="CorpusFixture"/>.</summary>
public sealed class CorpusBrowserFixture : BrowserFixture
{
    public CorpusFixture Corpus { get; } = new();

    private protected override WebServerOptions ServerOptions() => new() { Db = Corpus.Db };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Corpus.Dispose();
    }
}
