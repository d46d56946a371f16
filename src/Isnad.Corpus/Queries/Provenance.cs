using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;

namespace Isnad.Corpus.Queries;

/// <summary>
/// Quotation provenance: every stored article carrying a phrase, earliest first. Matching is on normalised words
/// (diacritics, letter variants and spacing do not matter) and tolerates a small edit: a phrase of four words or more
/// matches a passage missing one of them. Each hit names the attribution whose content holds the passage, with its
/// speaker and chain.
/// </summary>
internal static class Provenance
{
    private const int CandidateLimit = 2000;

    public static IReadOnlyList<ProvenanceRow> Find(ICorpusStore store, string phrase, QueryFilter filter, int limit)
    {
        var keys = MatchWords.Split(phrase).Select(w => w.Key).ToList();
        if (keys.Count == 0)
        {
            throw new InputError($"'{phrase}': the phrase has no words");
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var needed = distinct.Count >= 4 ? distinct.Count - 1 : distinct.Count;
        var rows = new List<ProvenanceRow>();
        foreach (var candidate in store.PhraseCandidates(keys, filter, CandidateLimit))
        {
            var text = store.ArticleText(candidate.Id);
            var words = MatchWords.Split(text);
            if (BestWindow(words, distinct) is not { } window || window.Found < needed)
            {
                continue;
            }

            var start = words[window.First].Start;
            var end = words[window.Last].End;
            var carrier = store.AttributionsOf(candidate.Id)
                .Where(a => a.ContentStart < end && start < a.ContentEnd)
                .OrderBy(a => a.ContentStart <= start ? 0 : 1)
                .FirstOrDefault();
            rows.Add(new ProvenanceRow(candidate.Id, candidate.Date, candidate.Outlet, candidate.Title, candidate.Name,
                (double)window.Found / distinct.Count, text[start..end], carrier?.Speaker,
                carrier is null ? null : string.Join(" ← ", carrier.Chain.Select(r => r.Name)), candidate.Cluster));
            if (rows.Count == limit)
            {
                break;
            }
        }

        return rows;
    }

    /// <summary>The window of the phrase's length plus two words holding the most distinct phrase words.</summary>
    private static (int First, int Last, int Found)? BestWindow(List<MatchWord> words, List<string> phrase)
    {
        var wanted = phrase.ToHashSet(StringComparer.Ordinal);
        var size = phrase.Count + 2;
        (int First, int Last, int Found)? best = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!wanted.Contains(words[i].Key))
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var last = i;
            for (var j = i; j < Math.Min(words.Count, i + size); j++)
            {
                if (wanted.Contains(words[j].Key) && seen.Add(words[j].Key))
                {
                    last = j;
                }
            }

            if (best is null || seen.Count > best.Value.Found)
            {
                best = (i, last, seen.Count);
            }

            if (seen.Count == phrase.Count)
            {
                break;
            }
        }

        return best;
    }
}
