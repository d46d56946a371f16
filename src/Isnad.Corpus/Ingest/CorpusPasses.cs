using Isnad.Corpus.Duplicates;
using Isnad.Corpus.Store;

namespace Isnad.Corpus.Ingest;

/// <summary>
/// The steps over the whole store that follow an ingest or a re-analysis: near-duplicate clusters, then speakers
/// linked across articles. Each is recomputed from what is stored and written in one transaction, so running them
/// again (after a crash, say) gives the same store.
/// </summary>
internal static class CorpusPasses
{
    public static void Run(ICorpusStore store, CancellationToken cancellationToken)
    {
        store.WriteClusters(NearDuplicates.Cluster(store.Signatures(cancellationToken), cancellationToken), cancellationToken);
        store.LinkSpeakers(CorpusSpeakerLinks.Build(store.PersonSpeakers()), cancellationToken);
    }
}
