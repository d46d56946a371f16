using Isnad.Model;
using static Isnad.Attributions.Resolution.RankerFeatureSpace;

namespace Isnad.Attributions.Resolution;

/// <summary>
/// Builds the candidates of one resolution and their features, and lets the <see cref="MentionRanker"/> choose. One
/// per article; reads the resolver's mentions and the drafts accepted so far, changes neither.
/// </summary>
internal sealed class MentionRanking(ArticleText doc, IReadOnlyList<SpeakerMention> mentions, MentionRanker? ranker, IResolutionObserver? observer)
{
    /// <summary>How far back (in sentences) a mention is still a candidate; earlier speakers are candidates whatever the distance.</summary>
    private const int SentenceWindow = 10;

    private const int MaxMentions = 20;

    private const int MaxEarlierSpeakers = 10;

    public const int ProDrop = 0;
    public const int Pronoun = 1;
    public const int Participle = 2;
    public const int Description = 3;

    public bool Active => ranker is not null || observer is not null;

    /// <summary>What a description adds to the candidates' features: its kind, head words and other words.</summary>
    public sealed record DescriptionCues(SourceKind Kind, string[] Heads, string[] Words, Func<SpeakerMention, bool> SameOutletType);

    /// <summary>
    /// Weighs the candidates for <paramref name="draft"/> and returns the ranker's choice (null: a new speaker), or
    /// <paramref name="rulePick"/> when no ranker is loaded. <paramref name="chosen"/> says whether the ranker decided.
    /// </summary>
    public SpeakerMention? Choose(Draft draft, IReadOnlyList<Draft> earlier, int reference, Agreement agreement, int position,
        SpeakerMention? rulePick, DescriptionCues? description, out bool chosen)
    {
        chosen = false;
        var candidates = Candidates(draft, earlier, position, rulePick);
        CatchUp(earlier);

        var sameHeadExists = description is not null && candidates.Exists(c => description.Heads.Any(c.WordKeys.Contains) || description.SameOutletType(c));
        var ranked = new List<RankedCandidate>(candidates.Count + 1);
        var rule = -1;
        for (var c = 0; c < candidates.Count; c++)
        {
            var m = candidates[c];
            if (ReferenceEquals(m, rulePick))
            {
                rule = c;
            }

            var features = new List<int>(24);
            void Add(int template, int value) => features.Add(Index(template, reference, value));
            Add(Kind, KindIndex(m.Kind));
            var distance = Math.Max(0, draft.Sentence - doc.SentenceOf[Math.Max(0, m.First)]);
            Add(SentenceDistance, distance switch { <= 3 => distance, <= 5 => 4, _ => 5 });
            Add(RecencyRank, Math.Min(c, 5));
            Add(SpeakerRank, SpeakerRankOf(m));
            Add(RulePick, ReferenceEquals(m, rulePick) ? 1 : 0);
            Add(GenderAgrees, Compare((byte)m.Agreement.Gender, (byte)agreement.Gender));
            Add(NumberAgrees, Compare((byte)m.Agreement.Number, (byte)agreement.Number));
            Add(AcceptsVerb, m.Agreement.AcceptsVerb(agreement) ? 1 : 0);
            Add(Named, m.Entity is not null ? 1 : 0);
            Add(FirstOfItsKind, IsFirstOfItsKind(m) ? 1 : 0);
            Add(InQuotation, m.First >= 0 && m.First < doc.Count && doc.QuotationOf[m.First] >= 0 ? 1 : 0);
            Add(TimesSpoken, Math.Min(spoken.GetValueOrDefault(m), 3));
            Add(SameSentence, distance == 0 ? 1 : 0);
            Add(Chain, ChainRelation(draft, m));
            Add(Mentions, Math.Min(TimesNamed(candidates, m), 3) - 1);
            Add(InLead, m.First >= 0 && m.First < doc.Count && doc.SentenceOf[m.First] <= 1 ? 1 : 0);
            Add(KindByVerbGender, KindIndex(m.Kind) * 3 + GenderIndex(agreement.Gender));
            Add(OpensSentence, m.First >= 0 && m.First < doc.Count && m.First - doc.SentenceStartToken(m.First) <= 1 ? 1 : 0);
            var words = m.End - m.First;
            Add(Length, words switch { <= 1 => 0, <= 3 => 1, <= 6 => 2, _ => 3 });
            Add(AfterPreposition, IsAfterPreposition(m.First) ? 1 : 0);
            Add(Definite, m.First >= 0 && m.First < doc.Count && doc.IsDefinite(m.First) ? 1 : 0);
            if (description is not null)
            {
                Add(SameHead, description.Heads.Any(m.WordKeys.Contains) || description.SameOutletType(m) ? 1 : 0);
                Add(SharedWord, description.Words.Any(m.WordKeys.Contains) ? 1 : 0);
                Add(SameKind, m.Kind == description.Kind ? 1 : 0);
            }

            ranked.Add(new RankedCandidate(m, [.. features], observer is null ? "" : Texts(m)));
        }

        if (description is not null)
        {
            // «A new speaker»: the description is not a reference back (a second group of «مصادر», a first «الوزارة»).
            int[] none = [Index(Kind, reference, RankerFeatureSpace.None), Index(SameHeadExists, reference, sameHeadExists ? 1 : 0),
                Index(RulePick, reference, rulePick is null ? 1 : 0),
                Index(NoneIndefinite, reference, draft.Phrase is { } described && !doc.IsDefinite(described.First) ? 1 : 0)];
            if (rulePick is null)
            {
                rule = ranked.Count;
            }

            ranked.Add(new RankedCandidate(null, none, observer is null ? "" : draft.Phrase is { } p ? doc.Slice(doc.SpanOf(p.First, p.End)) : ""));
        }

        observer?.Decided(new RankedDecision(doc.SpanOf(draft.CueFirst, draft.CueEnd), draft.Content,
            draft.Phrase is { } phrase ? doc.Slice(doc.SpanOf(phrase.First, phrase.End)) : "", reference, ranked, rule));
        if (ranker is null || ranked.Count == 0)
        {
            return rulePick;
        }

        chosen = true;
        var best = ranked[ranker.Best([.. ranked.Select(r => r.Features)])].Mention;
        return best is null || spoken.ContainsKey(best) ? best : SpeakerNamedAs(best, earlier) ?? best;
    }

    // Who has spoken so far, kept up to date as drafts are accepted (the list only grows, and an accepted draft's speaker
    // never changes), so a resolution costs nothing per earlier statement.
    private readonly Dictionary<SpeakerMention, int> spoken = new(ReferenceEqualityComparer.Instance);

    /// <summary>The last three distinct speakers, most recent first.</summary>
    private readonly List<SpeakerMention> recentSpeakers = new(3);

    private int draftsSeen;

    private void CatchUp(IReadOnlyList<Draft> earlier)
    {
        for (; draftsSeen < earlier.Count; draftsSeen++)
        {
            if (earlier[draftsSeen].Speaker is not { } s)
            {
                continue;
            }

            spoken[s] = spoken.GetValueOrDefault(s) + 1;
            recentSpeakers.Remove(s);
            recentSpeakers.Insert(0, s);
            if (recentSpeakers.Count > 3)
            {
                recentSpeakers.RemoveAt(3);
            }
        }
    }

    /// <summary>0 for the last speaker, 1 for the one before, 2 for any earlier one, 3 for a mention that never spoke.</summary>
    private int SpeakerRankOf(SpeakerMention m)
    {
        var rank = recentSpeakers.IndexOf(m);
        return rank >= 0 ? Math.Min(rank, 2) : spoken.ContainsKey(m) ? 2 : 3;
    }

    /// <summary>
    /// The earlier speaker that names the same entity as <paramref name="mention"/> (a full name before, the same name
    /// when it spoke): its mention carries the relays of what it said, which a follow-up keeps.
    /// </summary>
    private static SpeakerMention? SpeakerNamedAs(SpeakerMention mention, IReadOnlyList<Draft> earlier)
    {
        var key = mention.Entity ?? mention.Text;
        for (var n = earlier.Count - 1; n >= 0; n--)
        {
            if (earlier[n].Speaker is { } s && string.Equals(s.Entity ?? s.Text, key, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return null;
    }

    private List<SpeakerMention> Candidates(Draft draft, IReadOnlyList<Draft> earlier, int position, SpeakerMention? rulePick)
    {
        var list = new List<SpeakerMention>(MaxMentions + MaxEarlierSpeakers + 1);
        for (var n = SourceResolver.LastMentionBefore(mentions, position); n >= 0 && list.Count < MaxMentions; n--)
        {
            var m = mentions[n];
            if (m.First >= position)
            {
                continue;
            }

            if (m.First >= 0 && m.First < doc.Count && doc.SentenceOf[m.First] < draft.Sentence - SentenceWindow)
            {
                break;
            }

            if (m.Kind != SourceKind.Unknown)
            {
                list.Add(m);
            }
        }

        for (var n = earlier.Count - 1; n >= 0 && n >= earlier.Count - MaxEarlierSpeakers; n--)
        {
            if (earlier[n].Speaker is { } s && s.First < position && !list.Contains(s, ReferenceEqualityComparer.Instance))
            {
                list.Add(s);
            }
        }

        if (rulePick is not null && !list.Contains(rulePick, ReferenceEqualityComparer.Instance))
        {
            list.Add(rulePick);
        }

        // Most recent first, so equal scores go to the nearest.
        list.Sort((a, b) => b.First.CompareTo(a.First));
        return list;
    }

    /// <summary>«لوكالة …»، «في تصريح لـ…»، «من الوزارة»: a mention governed by a preposition is seldom the speaker.</summary>
    private bool IsAfterPreposition(int first) =>
        first >= 0 && first < doc.Count && ((doc.Tokens[first].Proclitics & (Isnad.Text.Proclitics.Lam | Isnad.Text.Proclitics.Ba | Isnad.Text.Proclitics.Kaf)) != 0
            || first > 0 && FunctionWords.VerbBlockers.Contains(doc.Key(first - 1)));

    private static int KindIndex(SourceKind kind) => kind switch
    {
        SourceKind.Person => 1,
        SourceKind.Organization => 2,
        SourceKind.Outlet => 3,
        SourceKind.Anonymous => 4,
        SourceKind.Document => 5,
        _ => 0,
    };

    private static int GenderIndex(Gender gender) => gender switch { Gender.Masculine => 0, Gender.Feminine => 1, _ => 2 };

    /// <summary>0 equal, 1 different, 2 one of them unknown (value 0).</summary>
    private static int Compare(byte candidate, byte wanted) => candidate == 0 || wanted == 0 ? 2 : candidate == wanted ? 0 : 1;

    private static int ChainRelation(Draft draft, SpeakerMention m)
    {
        if (draft.ExplicitChain)
        {
            return SourceResolver.SameChain(draft.Chain, m.Chain) ? 0 : 1;
        }

        return m.Chain.Count > 0 ? 2 : 3;
    }

    private static int TimesNamed(List<SpeakerMention> candidates, SpeakerMention m)
    {
        var key = m.Entity ?? m.Text;
        var n = 0;
        foreach (var c in candidates)
        {
            if (string.Equals(c.Entity ?? c.Text, key, StringComparison.Ordinal))
            {
                n++;
            }
        }

        return Math.Max(n, 1);
    }

    /// <summary>The first mention of its kind in the article: the lead's protagonist, the article's first body.</summary>
    private bool IsFirstOfItsKind(SpeakerMention m)
    {
        foreach (var mention in mentions)
        {
            if (mention.Kind == m.Kind)
            {
                return ReferenceEquals(mention, m);
            }
        }

        return false;
    }

    private static string Texts(SpeakerMention m) => string.Join(" | ", new[] { m.Text, m.Entity, m.Affiliation }.Where(t => t is not null));
}
