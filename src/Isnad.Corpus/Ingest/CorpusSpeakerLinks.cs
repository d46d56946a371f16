namespace Isnad.Corpus.Ingest;

/// <summary>
/// The linking step across articles: a person named short is the person named in full when the corpus names one
/// such person far more often than any other. A one-word surname links to a name of two or three words that ends with
/// it («أوباما» → «باراك أوباما»), unless it starts with «ال» (family and tribal names such as «الزهراني» are shared
/// by too many people) or the full name holds «بن»; a name of two words or more without «بن» links to the name with
/// the same first and last words and a patronymic inserted («عادل الجبير» → «عادل بن أحمد الجبير»). A lone given name
/// («صالح») is left alone: within an article <see cref="SpeakerLinker"/> already joins it to the full name the article
/// gives, and across articles it names too many people. Checked by hand on 50 links made on SaudiNewsNet (see the
/// README). The chosen full name must be cited at least
/// <see cref="MinimumCount"/> times and at least <see cref="Dominance"/> times as often as the next candidate, so an
/// ambiguous name («محمد») stays as it is. Links are followed to the end.
/// </summary>
internal static class CorpusSpeakerLinks
{
    public const int MinimumCount = 3;
    public const int Dominance = 2;

    public static Dictionary<string, (string Key, string Name)> Build(IReadOnlyList<(string Key, string Name, int Count)> people)
    {
        var named = people.Select(p => (p.Key, p.Name, p.Count, Words: p.Key.Split(' '))).ToList();
        var direct = new Dictionary<string, (string Key, string Name)>(StringComparer.Ordinal);
        foreach (var shortName in named)
        {
            if (shortName.Words.Length == 1 && shortName.Key.Length < 3)
            {
                continue;
            }

            var candidates = named
                .Where(full => full.Words.Length > shortName.Words.Length && Extends(shortName.Words, full.Words))
                .OrderByDescending(full => full.Count)
                .ThenBy(full => full.Key, StringComparer.Ordinal)
                .Take(2)
                .ToList();
            if (candidates.Count == 0 || candidates[0].Count < MinimumCount ||
                (candidates.Count == 2 && candidates[0].Count < Dominance * candidates[1].Count))
            {
                continue;
            }

            direct[shortName.Key] = (candidates[0].Key, candidates[0].Name);
        }

        // Each link points to a strictly longer name, so following them ends.
        var links = new Dictionary<string, (string Key, string Name)>(StringComparer.Ordinal);
        foreach (var key in direct.Keys)
        {
            var target = direct[key];
            while (direct.TryGetValue(target.Key, out var further))
            {
                target = further;
            }

            links[key] = target;
        }

        return links;
    }

    private static bool Extends(string[] shortWords, string[] fullWords)
    {
        if (shortWords.Length == 1)
        {
            var surname = shortWords[0];
            return !surname.StartsWith("ال", StringComparison.Ordinal) && fullWords.Length <= 3 && fullWords[^1] == surname && !fullWords.Any(IsIbn);
        }

        if (shortWords.Any(IsIbn) || fullWords[0] != shortWords[0] || fullWords[^1] != shortWords[^1] || !fullWords.Any(IsIbn))
        {
            return false;
        }

        var next = 0;
        foreach (var word in fullWords)
        {
            if (next < shortWords.Length && word == shortWords[next])
            {
                next++;
            }
        }

        return next == shortWords.Length;
    }

    private static bool IsIbn(string word) => word is "بن" or "ابن";
}
