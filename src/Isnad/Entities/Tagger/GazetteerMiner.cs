using Isnad.Model;

namespace Isnad.Entities.Tagger;

/// <summary>
/// Self-training for gazetteers: a first model tags unlabelled news, and the names it finds often and consistently
/// become phrase lists (MINED_PER, …) and word lists (MINED_PER_WORD, …: words that are mostly inside names of a type)
/// for a second model. Names that the labelled data never shows, but the news repeats, thus reach the tagger.
/// </summary>
internal sealed class GazetteerMiner(NerModel model)
{
    public const string Prefix = "MINED_";

    public int MinPhraseCount { get; init; } = 3;

    public double MinPhraseShare { get; init; } = 0.7;

    public int MinWordCount { get; init; } = 5;

    public double MinWordShare { get; init; } = 0.5;

    public List<KeyValuePair<string, string>> Mine(IEnumerable<string[]> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var phraseCounts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var wordInside = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var wordTotal = new Dictionary<string, int>(StringComparer.Ordinal);
        var tags = new byte[512];
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.Length == 0 || sentence.Length > tags.Length)
            {
                continue;
            }

            var keys = sentence.Select(w => TaggerText.Normalize(w)).ToArray();
            foreach (var key in keys)
            {
                wordTotal[key] = wordTotal.GetValueOrDefault(key) + 1;
            }

            model.Tag(sentence, tags);
            foreach (var entity in BioTags.Entities(tags.AsSpan(0, sentence.Length)))
            {
                var phrase = string.Join(' ', keys[entity.FirstWord..(entity.LastWord + 1)]);
                Increment(phraseCounts, phrase, entity.Type);
                for (var i = entity.FirstWord; i <= entity.LastWord; i++)
                {
                    Increment(wordInside, keys[i], entity.Type);
                }
            }
        }

        var mined = new List<KeyValuePair<string, string>>();
        foreach (var (phrase, counts) in phraseCounts)
        {
            var total = counts.Sum();
            var best = Array.IndexOf(counts, counts.Max());
            if (total >= MinPhraseCount && counts[best] >= MinPhraseShare * total && phrase.Any(char.IsLetter))
            {
                mined.Add(new(phrase, Prefix + (EntityType)best));
            }
        }

        foreach (var (word, counts) in wordInside)
        {
            var best = Array.IndexOf(counts, counts.Max());
            if (counts[best] >= MinWordCount && counts[best] >= MinWordShare * wordTotal[word] && word.Any(char.IsLetter))
            {
                mined.Add(new(word, Prefix + (EntityType)best + "_WORD"));
            }
        }

        return mined;
    }

    private static void Increment(Dictionary<string, int[]> counts, string key, EntityType type)
    {
        if (!counts.TryGetValue(key, out var perType))
        {
            perType = new int[4];
            counts.Add(key, perType);
        }

        perType[(int)type]++;
    }
}
