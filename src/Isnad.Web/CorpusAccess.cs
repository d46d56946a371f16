using Isnad.Corpus.Store;

namespace Isnad.Web;

/// <summary>The store the corpus endpoints ask, if the server was given one; owned (and closed) by the server.</summary>
internal sealed class CorpusAccess(ICorpusStore? store) : IDisposable
{
    public ICorpusStore? Store { get; } = store;

    /// <summary>Opens the store <paramref name="db"/> names (null: none); a store that cannot be opened stops the server from starting.</summary>
    public static CorpusAccess Open(string? db)
    {
        if (db is null)
        {
            return new CorpusAccess(null);
        }

        try
        {
            return new CorpusAccess(CorpusStores.OpenExisting(db));
        }
        catch (StoreError error)
        {
            throw new WebServerConfigurationException($"--db: {error.Message}");
        }
    }

    public void Dispose() => Store?.Dispose();
}
