using Isnad.Corpus.Store;

namespace Isnad.Corpus.Duplicates;

/// <summary>
/// Groups reprints and wire copies: locality-sensitive hashing over MinHash signatures (16 bands of 4 positions: two
/// articles become candidates when one band agrees), kept when their estimated Jaccard similarity of 5-word shingles
/// is at least <see cref="Threshold"/>, then joined transitively. Within a cluster the earliest article (by date, then
/// by id) is the probable origin and names the cluster.
/// </summary>
internal static class NearDuplicates
{
    public const double Threshold = 0.7;
    private const int Bands = 16;
    private const int Rows = MinHash.Size / Bands;

    /// <summary>Article id → cluster id (its origin's id), for every article in a cluster of two or more.</summary>
    public static Dictionary<string, string> Cluster(IEnumerable<(string Id, string? Date, string Name, ulong[] Signature)> articles, CancellationToken cancellationToken)
    {
        var list = articles.ToList();
        var parent = Enumerable.Range(0, list.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        for (var band = 0; band < Bands; band++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var buckets = new Dictionary<(ulong, ulong, ulong, ulong), int>();
            for (var i = 0; i < list.Count; i++)
            {
                var s = list[i].Signature;
                var key = (s[band * Rows], s[(band * Rows) + 1], s[(band * Rows) + 2], s[(band * Rows) + 3]);
                if (!buckets.TryAdd(key, i))
                {
                    var first = buckets[key];
                    if (Find(first) != Find(i) && MinHash.Similarity(list[first].Signature, s) >= Threshold)
                    {
                        parent[Find(i)] = Find(first);
                    }
                }
            }
        }

        var clusterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, list.Count).GroupBy(Find).Where(g => g.Count() > 1))
        {
            var origin = group.Select(i => list[i])
                .OrderBy(a => a.Date is null)
                .ThenBy(a => a.Date, StringComparer.Ordinal)
                .ThenBy(a => a.Id, StringComparer.Ordinal)
                .First();
            foreach (var i in group)
            {
                clusterOf[list[i].Id] = origin.Id;
            }
        }

        return clusterOf;
    }
}
