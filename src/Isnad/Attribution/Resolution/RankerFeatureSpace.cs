namespace Isnad.Attributions.Resolution;

/// <summary>
/// The dense feature space of the mention ranker: each template has a fixed number of values and a name, so a feature
/// is an index (no strings or hashing on the hot path) and a model file names every weight («SentenceDistance:Pronoun:2»).
/// </summary>
internal static class RankerFeatureSpace
{
    /// <summary>How the source refers: what the ranker decides for.</summary>
    public static readonly string[] ReferenceNames = ["ProDrop", "Pronoun", "Participle", "Description"];

    /// <summary>Candidate kinds: the five speaker kinds, unknown, and «none» (a description that names a new speaker).</summary>
    public static readonly string[] KindNames = ["Unknown", "Person", "Organization", "Outlet", "Anonymous", "Document", "None"];

    public const int None = 6;

    // Declared before the templates: static fields initialise in textual order.
    private static readonly List<(string Name, int Size, Func<int, string> Value)> Templates = [];

    private static readonly Dictionary<int, int> TemplateSizes = [];

    public static readonly int Kind = PerReference("Kind", KindNames.Length, v => KindNames[v]);
    public static readonly int SentenceDistance = PerReference("SentenceDistance", 6, v => v == 5 ? "6+" : v == 4 ? "4-5" : v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly int RecencyRank = PerReference("RecencyRank", 6, v => v == 5 ? "5+" : v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly int SpeakerRank = PerReference("SpeakerRank", 4, v => v switch { 0 => "last", 1 => "second", 2 => "earlier", _ => "never" });
    public static readonly int RulePick = PerReference("RulePick", 2, Bool);
    public static readonly int GenderAgrees = PerReference("Gender", 3, v => v switch { 0 => "match", 1 => "mismatch", _ => "unknown" });
    public static readonly int NumberAgrees = PerReference("Number", 3, v => v switch { 0 => "match", 1 => "mismatch", _ => "unknown" });
    public static readonly int AcceptsVerb = PerReference("AcceptsVerb", 2, Bool);
    public static readonly int SameHead = PerReference("SameHead", 2, Bool);
    public static readonly int SharedWord = PerReference("SharedWord", 2, Bool);
    public static readonly int Named = PerReference("Named", 2, Bool);
    public static readonly int FirstOfItsKind = PerReference("FirstOfItsKind", 2, Bool);
    public static readonly int InQuotation = PerReference("InQuotation", 2, Bool);
    public static readonly int TimesSpoken = PerReference("TimesSpoken", 4, v => v == 3 ? "3+" : v.ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly int SameSentence = PerReference("SameSentence", 2, Bool);
    public static readonly int SameKind = PerReference("SameKindAsPhrase", 2, Bool);
    public static readonly int Chain = PerReference("Chain", 4, v => v switch { 0 => "same", 1 => "different", 2 => "candidate-only", _ => "none" });
    public static readonly int Mentions = PerReference("TimesMentioned", 3, v => v == 2 ? "3+" : (v + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    public static readonly int InLead = PerReference("InLeadSentence", 2, Bool);
    public static readonly int KindByVerbGender = PerReference("KindByVerbGender", KindNames.Length * 3, v => $"{KindNames[v / 3]}-{(v % 3) switch { 0 => "m", 1 => "f", _ => "unknown" }}");
    public static readonly int OpensSentence = PerReference("OpensSentence", 2, Bool);
    public static readonly int SameHeadExists = PerReference("NoneWhenSameHeadExists", 2, Bool);
    public static readonly int NoneIndefinite = PerReference("NoneWhenIndefinite", 2, Bool);
    public static readonly int Length = PerReference("Words", 4, v => v switch { 0 => "1", 1 => "2-3", 2 => "4-6", _ => "7+" });
    public static readonly int AfterPreposition = PerReference("AfterPreposition", 2, Bool);
    public static readonly int Definite = PerReference("DefiniteFirstWord", 2, Bool);

    /// <summary>The number of weights.</summary>
    public static readonly int Size = Templates.Sum(t => t.Size);

    private static readonly string[] Names = BuildNames();

    private static readonly Dictionary<string, int> ByName = Names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);

    /// <summary>The index of template <paramref name="template"/> with <paramref name="value"/> for <paramref name="reference"/>.</summary>
    public static int Index(int template, int reference, int value) => template + reference * SizeOf(template) + value;

    public static string NameOf(int index) => Names[index];

    public static bool TryIndexOf(string name, out int index) => ByName.TryGetValue(name, out index);

    private static string Bool(int v) => v == 1 ? "yes" : "no";

    private static int PerReference(string name, int size, Func<int, string> value)
    {
        var offset = Templates.Sum(t => t.Size);
        Templates.Add((name, size * ReferenceNames.Length, value));
        TemplateSizes[offset] = size;
        return offset;
    }

    private static int SizeOf(int template) => TemplateSizes[template];

    private static string[] BuildNames()
    {
        var names = new string[Size];
        var offset = 0;
        foreach (var (name, size, value) in Templates)
        {
            var per = size / ReferenceNames.Length;
            for (var r = 0; r < ReferenceNames.Length; r++)
            {
                for (var v = 0; v < per; v++)
                {
                    names[offset + r * per + v] = $"{name}:{ReferenceNames[r]}:{value(v)}";
                }
            }

            offset += size;
        }

        return names;
    }
}
