using Isnad.Corpus.Text;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>
/// Names one speaker the same way across its mentions in an article: the gazetteer's canonical name where the engine
/// gives one (titles already stripped: «خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز» → «سلمان بن عبدالعزيز», «وكالة
/// الأنباء السعودية» → «واس»), else the mention it resolves to, else its text; then a short name that begins a
/// longer person name of the same article («سلمان» in an article naming «سلمان بن عبدالعزيز») takes the longer one.
/// </summary>
internal sealed class SpeakerLinker
{
    private readonly List<(string Name, string Key)> fullNames;

    public SpeakerLinker(Analysis analysis)
    {
        fullNames = analysis.Entities.Where(e => e.Type == EntityType.PER).Select(e => e.Canonical ?? e.Text)
            .Concat(analysis.Attributions.Where(a => a.Source.Kind == SourceKind.Person).Select(a => a.Source.Entity ?? a.Source.Resolved?.Text ?? a.Source.Text))
            .Select(name => (Name: name, Key: NameKey(name)))
            .Where(n => n.Key.Contains(' ', StringComparison.Ordinal))
            .DistinctBy(n => n.Key, StringComparer.Ordinal)
            .OrderByDescending(n => n.Key.Length)
            .ThenBy(n => n.Key, StringComparer.Ordinal)
            .ToList();
    }

    public (string Name, string Key) Speaker(Source source)
    {
        if (source.Kind == SourceKind.Anonymous)
        {
            return (source.Text, NameKey(source.Text));
        }

        var name = source.Entity ?? source.Resolved?.Text ?? source.Text;
        var key = NameKey(name);
        if (source.Kind == SourceKind.Person && key.Length > 0)
        {
            foreach (var full in fullNames)
            {
                if (full.Key.Length > key.Length && full.Key.StartsWith(key + " ", StringComparison.Ordinal))
                {
                    return full;
                }
            }
        }

        return (name, key);
    }

    /// <summary>
    /// A name's matching key: its normalised words, one space between them, with «عبد» joined to the word after it
    /// when that starts with «ال» («عبد العزيز» and «عبدالعزيز» are one name).
    /// </summary>
    public static string NameKey(string name) => MatchWords.KeyText(name).Replace("عبد ال", "عبدال", StringComparison.Ordinal);
}
