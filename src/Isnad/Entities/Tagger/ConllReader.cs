namespace Isnad.Entities.Tagger;

/// <summary>
/// Reads CoNLL-style NER files: "word TAG" a line (the tag is the last field), a blank line between sentences. Tags
/// of ANERcorp (PERS, MISC) and AQMAR (PER, MIS) are mapped to PER, ORG, LOC, MISC.
/// </summary>
public static class ConllReader
{
    public static List<TaggedSentence> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<TaggedSentence>();
        var words = new List<string>();
        var tags = new List<byte>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var label = line.AsSpan().Trim(" \t\r\u200E\u200F\u00A0");
            if (label.IsEmpty)
            {
                Flush();
                continue;
            }

            var split = label.LastIndexOfAny(' ', '\t');
            var word = split < 0 ? "" : label[..split].Trim(" \t").ToString();
            label = split < 0 ? label : label[(split + 1)..].Trim("\u200E\u200F");
            if (!BioTags.TryParse(label, out var tag))
            {
                throw new FormatException($"{sourceName}:{lineNumber}: unknown tag '{label}'.");
            }

            words.Add(word);
            tags.Add(tag);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new TaggedSentence([.. words], [.. tags]));
                words.Clear();
                tags.Clear();
            }
        }
    }

    public static List<TaggedSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }
}
