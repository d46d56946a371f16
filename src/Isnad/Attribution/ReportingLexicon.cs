using Isnad.Lexicon;
using Isnad.Text;

namespace Isnad.Attributions;

internal enum CueClass : byte
{
    Verb,
    Participle,
    Noun,
    Prep,
    Relay,
    Knowing,
    Document,
    Stance,
}

internal sealed record CueEntry(string Form, string Lemma, CueClass Class, Agreement Agreement, string Note)
{
    /// <summary>Matching keys, computed once: the checks on every cue compare keys.</summary>
    public string FormKey { get; } = ArabicNormalizer.Key(Form);

    public string LemmaKey { get; } = ArabicNormalizer.Key(Lemma);
}

internal enum FrameKind : byte { Statement, RelayTo, OwnChannel }

internal enum TitleClass : byte { Honorific, HonorificTitle, Title, Office, Group }

internal sealed record TitleEntry(string Form, TitleClass Class, Agreement Agreement);

internal enum HeadKind : byte { Organization, Document, Outlet, Person, Group, Anonymous }

internal sealed record HeadEntry(string Form, HeadKind Kind, Agreement Agreement);

internal sealed record OutletEntry(string Canonical, string Latin, string Type, bool Ambiguous);

/// <summary>
/// The reporting lexicons (embedded text files, see their headers): cues, statement frames, non-reporting senses,
/// titles and honorifics, heads of anonymous sources, kinds of head nouns, and outlets. Loaded once, then read-only.
/// </summary>
internal sealed class ReportingLexicon
{
    private static readonly Lazy<ReportingLexicon> DefaultInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ReportingLexicon Default => DefaultInstance.Value;

    public PhraseTable<CueEntry> Cues { get; } = new();

    public PhraseTable<FrameKind> Frames { get; } = new();

    public PhraseTable<TitleEntry> Titles { get; } = new();

    public PhraseTable<HeadEntry> Heads { get; } = new();

    public PhraseTable<Agreement> AnonymousHeads { get; } = new();

    public HashSet<string> AnonymousQualifiers { get; } = new(StringComparer.Ordinal);

    public PhraseTable<OutletEntry> Outlets { get; } = new();

    /// <summary>Latin keys of outlets (as in a corpus's «outlet» field, lower case) → canonical Arabic name.</summary>
    public Dictionary<string, string> OutletKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Lemma key → keys of words that, right after the cue, make it a non-reporting sense.</summary>
    public Dictionary<string, HashSet<string>> NonReporting { get; } = new(StringComparer.Ordinal);

    public static string[] KeysOf(string phrase) =>
        phrase.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
              .Select(w => ArabicNormalizer.Key(w))
              .Where(k => k.Length > 0)
              .ToArray();

    private static ReportingLexicon Load()
    {
        var lexicon = new ReportingLexicon();
        foreach (var row in Rows("cues.txt"))
        {
            if (row.Length < 3 || !TryParseCueClass(row[2], out var cls))
            {
                continue;
            }

            var entry = new CueEntry(row[0], row[1], cls, Agreement.Parse(Column(row, 3)), Column(row, 4));
            lexicon.Cues.Add(KeysOf(row[0]), entry);
        }

        foreach (var row in Rows("frames.txt"))
        {
            var kind = Column(row, 1) switch
            {
                "statement" => FrameKind.Statement,
                "relay-to" => FrameKind.RelayTo,
                "own-channel" => FrameKind.OwnChannel,
                _ => (FrameKind?)null,
            };
            if (kind is { } k)
            {
                lexicon.Frames.Add(KeysOf(row[0]), k);
            }
        }

        foreach (var row in Rows("nonreporting.txt"))
        {
            if (row.Length < 2)
            {
                continue;
            }

            var lemma = ArabicNormalizer.Key(row[0]);
            if (!lexicon.NonReporting.TryGetValue(lemma, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                lexicon.NonReporting[lemma] = set;
            }

            foreach (var alt in row[1].Split(['|', '/', '،', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var keys = KeysOf(alt);
                if (keys.Length > 0)
                {
                    set.Add(keys[0]);
                }
            }
        }

        foreach (var row in Rows("titles.txt"))
        {
            var cls = Column(row, 1) switch
            {
                "honorific" => TitleClass.Honorific,
                "honorific-title" => TitleClass.HonorificTitle,
                "title" => TitleClass.Title,
                "office" => TitleClass.Office,
                "group" => TitleClass.Group,
                _ => (TitleClass?)null,
            };
            if (cls is { } c)
            {
                lexicon.Titles.Add(KeysOf(row[0]), new TitleEntry(row[0], c, Agreement.Parse(Column(row, 2))));
            }
        }

        foreach (var row in Rows("anonymous.txt"))
        {
            // Rows noted as documents (تقرير، وثيقة، إحصاءات) name texts, not people: they are document heads.
            if (Column(row, 2).StartsWith("document", StringComparison.Ordinal) || Column(row, 2).Contains("source kind document", StringComparison.Ordinal))
            {
                lexicon.Heads.Add(KeysOf(row[0]), new HeadEntry(row[0], HeadKind.Document, Agreement.Parse(Column(row, 1))));
                continue;
            }

            lexicon.AnonymousHeads.Add(KeysOf(row[0]), Agreement.Parse(Column(row, 1)));
        }

        foreach (var row in Rows("anonymous-qualifiers.txt"))
        {
            // Single words only: the words of «تحفظ على ذكر اسمه» are not qualifiers one by one.
            if (KeysOf(row[0]) is [var key])
            {
                lexicon.AnonymousQualifiers.Add(key);
            }
        }

        foreach (var row in Rows("heads.txt"))
        {
            var kind = Column(row, 1) switch
            {
                "organization" => HeadKind.Organization,
                "document" => HeadKind.Document,
                "outlet" => HeadKind.Outlet,
                "person" => HeadKind.Person,
                "group" => HeadKind.Group,
                _ => (HeadKind?)null,
            };
            if (kind is { } k)
            {
                lexicon.Heads.Add(KeysOf(row[0]), new HeadEntry(row[0], k, Agreement.Parse(Column(row, 2))));
            }
        }

        foreach (var row in Rows("outlets.txt"))
        {
            if (row.Length < 3)
            {
                continue;
            }

            var ambiguous = row.Skip(4).Any(c => string.Equals(c.Trim(), "yes", StringComparison.OrdinalIgnoreCase));
            var entry = new OutletEntry(row[0], Column(row, 1), Column(row, 2), ambiguous);
            lexicon.Outlets.Add(KeysOf(row[0]), entry);
            foreach (var alias in Column(row, 3).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                lexicon.Outlets.Add(KeysOf(alias), entry);
            }
        }

        foreach (var row in Rows("outlet-keys.txt"))
        {
            if (row.Length >= 2)
            {
                lexicon.OutletKeys[row[0].Trim().ToLowerInvariant()] = row[1].Trim();
            }
        }

        foreach (var row in Rows("outlets.txt"))
        {
            var latin = Column(row, 1);
            if (latin.Length > 0)
            {
                lexicon.OutletKeys.TryAdd(latin.ToLowerInvariant(), row[0]);
            }
        }

        return lexicon;
    }

    private static bool TryParseCueClass(string text, out CueClass cls)
    {
        switch (text.Trim())
        {
            case "verb": cls = CueClass.Verb; return true;
            case "participle": cls = CueClass.Participle; return true;
            case "noun": cls = CueClass.Noun; return true;
            case "prep": cls = CueClass.Prep; return true;
            case "relay": cls = CueClass.Relay; return true;
            case "knowing": cls = CueClass.Knowing; return true;
            case "document": cls = CueClass.Document; return true;
            case "stance": cls = CueClass.Stance; return true;
            default: cls = default; return false;
        }
    }

    private static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    /// <summary>Rows of an embedded lexicon as trimmed columns; a malformed file fails with its name and line.</summary>
    private static IEnumerable<string[]> Rows(string fileName) =>
        LexiconReader.Exists(fileName)
            ? LexiconReader.Read(fileName).Select(row => row.Columns.Select(c => c.Trim()).ToArray())
            : [];
}
