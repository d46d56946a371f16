using Isnad.Corpus.Ingest;
using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;

namespace Isnad.Corpus.Queries;

/// <summary>
/// Finding stored articles: by words (normalised as the store indexes them, so diacritics and letter variants do not
/// matter), by a speaker they quote (named as the questions name speakers) and by the usual filters, a page at a time.
/// </summary>
internal static class ArticleSearch
{
    public const int PageSize = 20;

    /// <summary>More words than this add nothing to a search and only slow the index down.</summary>
    private const int MaxWords = 12;

    public static ArticlePage Find(ICorpusStore store, string? words, string? speaker, QueryFilter filter, int page)
    {
        if (page < 1)
        {
            throw new InputError($"page: {page} is not a page number (the first page is 1)");
        }

        var keys = string.IsNullOrWhiteSpace(words) ? [] : MatchWords.Split(words).Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();
        if (!string.IsNullOrWhiteSpace(words) && keys.Count == 0)
        {
            throw new InputError($"q: '{words}' has no words to search for");
        }

        if (keys.Count > MaxWords)
        {
            throw new InputError($"q: {keys.Count} words; search with at most {MaxWords}");
        }

        var speakerKey = string.IsNullOrWhiteSpace(speaker) ? null : SpeakerLinker.NameKey(speaker);
        var offset = (long)(page - 1) * PageSize;
        if (offset > int.MaxValue)
        {
            throw new InputError($"page: {page} is past any store's last page");
        }

        return store.SearchArticles(keys, speakerKey, filter, (int)offset, PageSize);
    }
}
