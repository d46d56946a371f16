using Isnad.Attributions.Resolution;
using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// Keeps the article's mentions of possible speakers and resolves pronouns, pro-drop verbs, honorifics and bare
/// descriptions to the most recent compatible one.
/// </summary>
internal sealed class SourceResolver
{
    private readonly ArticleText doc;
    private readonly PhraseReader phrases;
    private readonly MentionRanking ranking;

    public SourceResolver(ArticleText doc, PhraseReader phrases, MentionRanker? ranker = null, IResolutionObserver? observer = null)
    {
        this.doc = doc;
        this.phrases = phrases;
        ranking = new MentionRanking(doc, mentions, ranker, observer);
    }

    /// <summary>Which titles an honorific pronoun prefers: سموه → الأمير، سمو; معاليه → الوزير، معالي …</summary>
    private static readonly Dictionary<string, string[]> HonorificTitles = new(StringComparer.Ordinal)
    {
        ["سموه"] = ["سمو", "امير", "الامير", "ولي", "الملكي"],
        ["سموها"] = ["سمو", "اميره", "الاميره"],
        ["معاليه"] = ["معالي", "وزير", "رئيس", "مدير", "امين", "نائب", "محافظ", "سفير", "مستشار"],
        ["معاليها"] = ["معالي", "وزيره", "رئيسه", "مديره"],
        ["فضيلته"] = ["فضيله", "شيخ", "مفتي", "امام", "قاضي", "خطيب"],
        ["سماحته"] = ["سماحه", "شيخ", "مفتي", "امام"],
        ["دولته"] = ["دوله", "رئيس"],
        ["فخامته"] = ["فخامه", "رئيس"],
        ["جلالته"] = ["جلاله", "ملك", "الملك"],
        ["سعادته"] = ["سعاده", "سفير", "مدير", "رئيس", "وكيل", "دكتور"],
        ["سعادتها"] = ["سعاده", "سفيره", "مديره", "دكتوره"],
    };

    /// <summary>Singular and plural of the same anonymous head: «المصدر» may point back to «مصادر مطلعة».</summary>
    private static readonly Dictionary<string, string[]> HeadVariants = new(StringComparer.Ordinal)
    {
        ["مصدر"] = ["مصدر", "مصادر"],
        ["مصادر"] = ["مصادر", "مصدر"],
        ["مسؤول"] = ["مسؤول", "مسؤولون", "مسؤولين"],
        ["شاهد"] = ["شاهد", "شهود"],
    };

    private readonly List<SpeakerMention> mentions = [];

    public IReadOnlyList<SpeakerMention> Mentions => mentions;

    /// <summary>Collects named people, bodies, outlets and qualified anonymous sources anywhere in the article.</summary>
    public void CollectMentions()
    {
        var i = 0;
        while (i < doc.Count)
        {
            if (doc.IsWord(i) && (phrases.IsTitleOrHead(i, bare: true) || phrases.TryOutlet(i, i + 1, out _)))
            {
                var phrase = phrases.Read(i, doc.SentenceEndToken(i));
                if (phrase is not null)
                {
                    phrase = phrases.ExtendToName(phrases.WithAuthor(phrase, doc.SentenceEndToken(i)), doc.SentenceEndToken(i));
                }

                if (phrase is not null && phrase.Reference == Reference.Full && phrase.Kind != SourceKind.Unknown)
                {
                    mentions.Add(NewMention(phrase));
                    i = phrase.End;
                    continue;
                }
            }

            i++;
        }
    }

    public SpeakerMention NewMention(SpeakerPhrase phrase)
    {
        var span = doc.SpanOf(phrase.First, phrase.End);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var k = phrase.First; k < phrase.End; k++)
        {
            if (doc.IsWord(k))
            {
                keys.Add(PhraseReader.StripArticle(doc.BareKey(k)));
                keys.Add(doc.Key(k));
            }
        }

        return new SpeakerMention
        {
            First = phrase.First,
            End = phrase.End,
            Span = span,
            Text = doc.Slice(span),
            Kind = phrase.Kind,
            Agreement = phrase.Agreement,
            WordKeys = keys,
            Honorific = phrase.Honorific,
            Outlet = phrase.Outlet,
            Entity = phrase.Outlet?.Canonical ?? NameIn(phrase),
            Affiliation = phrase.AffiliationFirst >= 0 ? doc.Slice(doc.SpanOf(phrase.AffiliationFirst, phrase.AffiliationEnd)) : null,
        };
    }

    /// <summary>Sets the draft's speaker: a new mention for a full phrase, or the antecedent of a referring one.</summary>
    public void Resolve(Draft draft, IReadOnlyList<Draft> earlier, int sentenceWindow)
    {
        var phrase = draft.Phrase;
        var position = draft.CueFirst;
        if (phrase is not null && phrase.First < position)
        {
            position = phrase.First;
        }

        if (phrase is null || phrase.Reference == Reference.Pronoun)
        {
            var agreement = phrase?.Agreement ?? draft.Cue.Agreement;
            var step = Resolutions.RecentSpeaker;
            var antecedent = RecentSpeaker(earlier, agreement, draft.Sentence, sentenceWindow);
            if (antecedent is null && agreement.Number == GrammaticalNumber.Dual && draft.Cue.Class == CueClass.Verb)
            {
                antecedent = JointMention(position);
                step = Resolutions.JointPair;
            }

            if (antecedent is null)
            {
                antecedent = RecentMention(position, m => m.Kind is SourceKind.Person or SourceKind.Organization or SourceKind.Outlet or SourceKind.Anonymous
                    && m.Agreement.AcceptsVerb(agreement) && doc.SentenceOf[m.First] >= draft.Sentence - sentenceWindow);
                step = Resolutions.RecentMention;
            }

            if (ranking.Active)
            {
                var reference = phrase is null ? MentionRanking.ProDrop : MentionRanking.Pronoun;
                var ranked = ranking.Choose(draft, earlier, reference, agreement, position, antecedent, null, out var chosen);
                if (chosen)
                {
                    antecedent = ranked;
                    step = Resolutions.Ranker;
                }
            }

            draft.Speaker = antecedent;
            draft.Resolved = antecedent is not null;
            draft.Resolution = antecedent is not null ? step : Resolutions.None;
            return;
        }

        if (phrase.Reference == Reference.Same)
        {
            var last = earlier.Count > 0 ? earlier[^1].Speaker : null;
            draft.Speaker = last ?? NewMention(phrase);
            draft.Resolved = last is not null;
            draft.Resolution = last is not null ? Resolutions.SameSpeaker : Resolutions.Explicit;
            return;
        }

        if (phrase.Reference == Reference.Honorific)
        {
            var honorific = PhraseReader.StripArticle(doc.BareKey(phrase.First));
            var preferred = HonorificTitles.GetValueOrDefault(honorific) ?? [];
            var exact = preferred.Take(1).ToArray(); // the honorific title itself: معاليه → معالي
            // Named people first: «صاحب السمو الأمير فلان» rather than a passing «وسمو ولي العهد»; one who already spoke,
            // else the article's protagonist (the first so titled), as Gulf news uses honorifics for its main figure.
            var antecedent = RecentMention(position, m => m.Kind == SourceKind.Person && m.Entity is not null && m.IsSpeaker && exact.Any(m.WordKeys.Contains))
                ?? mentions.FirstOrDefault(m => m.First < position && m.Kind == SourceKind.Person && m.Entity is not null && exact.Any(m.WordKeys.Contains))
                ?? RecentMention(position, m => m.Kind == SourceKind.Person && m.Entity is not null && preferred.Any(m.WordKeys.Contains))
                ?? RecentMention(position, m => m.Kind == SourceKind.Person && exact.Any(m.WordKeys.Contains))
                ?? RecentMention(position, m => m.Kind == SourceKind.Person && preferred.Any(m.WordKeys.Contains))
                ?? RecentSpeaker(earlier, phrase.Agreement, draft.Sentence, int.MaxValue, SourceKind.Person)
                ?? mentions.FirstOrDefault(m => m.First < position && m.Kind == SourceKind.Person && m.Agreement.AcceptsVerb(phrase.Agreement));
            draft.Speaker = antecedent ?? NewMention(phrase);
            draft.Resolved = antecedent is not null;
            draft.Resolution = antecedent is not null ? Resolutions.Honorific : Resolutions.Explicit;
            return;
        }

        // «وقال الوزيران»، «المسؤولان»: the two people named together before.
        if (phrase.Reference == Reference.Description && phrase.Kind == SourceKind.Person && phrase.Agreement.Number == GrammaticalNumber.Dual
            && JointMention(position) is { } pair)
        {
            draft.Speaker = pair;
            draft.Resolved = true;
            draft.Resolution = Resolutions.JointPair;
            return;
        }

        if (phrase.Reference == Reference.Description)
        {
            var head = phrase.HeadKey;
            // A longer description shares a word beyond its head with the antecedent: «وزير الخارجية» is not «وزير
            // الدفاع», but «مدير مهرجان أبها» is «مدير إدارة المهرجان».
            var words = Enumerable.Range(phrase.First, phrase.End - phrase.First).Where(doc.IsWord)
                .Select(k => PhraseReader.StripArticle(doc.LookupKey(k))).Where(w => !string.Equals(w, head, StringComparison.Ordinal)).ToArray();
            var heads = HeadVariants.GetValueOrDefault(head) ?? [head];
            // «المتحدث»، «المسؤول» after «قال المتحدث باسم الوزارة فلان»: an unnamed head may point back to a named
            // speaker whose definite description had that head (not to «دبلوماسي أميركي …», an unnamed source itself).
            var step = Resolutions.Description;
            var antecedent = RecentMention(position, m => (m.Kind == phrase.Kind || phrase.Kind == SourceKind.Document && m.Kind == SourceKind.Organization
                    || phrase.Kind == SourceKind.Anonymous && m.Kind == SourceKind.Person && m.Entity is not null && m.IsSpeaker
                        && doc.BareKey(m.First).StartsWith("ال", StringComparison.Ordinal))
                && m.First < phrase.First && (heads.Any(m.WordKeys.Contains) || SameOutletType(m, head))
                && (phrase.Kind != SourceKind.Person || words.Length == 0 || words.Any(m.WordKeys.Contains)));
            if (antecedent is { Kind: SourceKind.Document, Affiliation: null } && phrase.Kind == SourceKind.Document
                && RecentMention(antecedent.First, m => m.Kind == SourceKind.Organization && doc.SentenceOf[m.First] == doc.SentenceOf[antecedent.First]) is { } issuer)
            {
                // «نشرت الهيئة نتائج الاختبارات … وأظهرت النتائج»: the document is the body's that published it.
                antecedent = issuer;
                step = Resolutions.DocumentIssuer;
            }
            else if ((antecedent is null || antecedent.Kind == SourceKind.Document) && phrase.Kind == SourceKind.Document)
            {
                // «وجاء في البيان» after a body spoke: the statement is that body's.
                var body = RecentSpeaker(earlier, Agreement.Unknown, draft.Sentence, sentenceWindow, SourceKind.Organization)
                    ?? RecentMention(position, m => m.Kind == SourceKind.Organization && doc.SentenceOf[m.First] >= draft.Sentence - sentenceWindow);
                if (body is not null)
                {
                    antecedent = body;
                    step = Resolutions.BodySpoke;
                }
            }
            // A second «المصادر» heard through a new relay is a new group.
            if (antecedent is not null && draft.ExplicitChain && phrase.Agreement.Number == GrammaticalNumber.Plural && !SameChain(antecedent.Chain, draft.Chain))
            {
                antecedent = null;
                step = Resolutions.NewGroup;
            }

            // A document's description stays with the rules: its issuer is certain when the text names it.
            if (ranking.Active && phrase.Kind != SourceKind.Document)
            {
                var cues = new MentionRanking.DescriptionCues(phrase.Kind, heads, words, m => SameOutletType(m, head));
                var ranked = ranking.Choose(draft, earlier, MentionRanking.Description, phrase.Agreement, position, antecedent, cues, out var chosen);
                if (chosen)
                {
                    antecedent = ranked;
                    step = Resolutions.Ranker;
                }
            }

            draft.Speaker = antecedent ?? NewMention(phrase);
            draft.Resolved = antecedent is not null;
            draft.Resolution = antecedent is not null ? step : step is Resolutions.NewGroup or Resolutions.Ranker ? step : Resolutions.Explicit;
            return;
        }

        // «وأضاف الحداد»: a family name alone refers to the person named in full earlier.
        if (phrase.Kind == SourceKind.Unknown)
        {
            var agreement = draft.Cue.Class == CueClass.Verb ? draft.Cue.Agreement : Agreement.Unknown;
            var named = BySurname(phrase, position, agreement);
            if (named is not null)
            {
                draft.Speaker = named;
                draft.Resolved = true;
                draft.Resolution = Resolutions.Surname;
                return;
            }
        }

        // A verb before its subject agrees with it in gender: «وقالت الليفتنانت كولونيل فلانة» is a woman whatever the
        // title's usual gender.
        if (draft.Cue.Class == CueClass.Verb && phrase.First >= draft.CueEnd && phrase.Kind == SourceKind.Person
            && phrase.Agreement.Number == GrammaticalNumber.Singular && draft.Cue.Agreement is { Number: GrammaticalNumber.Singular, Gender: not Gender.Unknown } verb
            && phrase.Agreement.Gender != verb.Gender)
        {
            phrase = phrase with { Agreement = verb };
        }

        var existing = mentions.FindIndex(m => m.First == phrase.First && m.End == phrase.End);
        if (existing >= 0 && mentions[existing].Agreement != phrase.Agreement && phrase.Kind == mentions[existing].Kind)
        {
            mentions[existing] = NewMention(phrase); // the verb told its gender
        }

        draft.Speaker = existing >= 0 ? mentions[existing] : AddMention(phrase);
        draft.Resolved = false;
        draft.Resolution = existing >= 0 ? Resolutions.KnownMention : Resolutions.Explicit;
    }

    /// <summary>
    /// «مؤكداً أن …»: a participle continues the previous statement's speaker by rule; the ranker may prefer another
    /// candidate (the subject of a verb that reported nothing, «قدّم المدير الدرع، مؤكداً …»).
    /// </summary>
    public void RerankParticiple(Draft draft, IReadOnlyList<Draft> earlier)
    {
        if (!ranking.Active)
        {
            return;
        }

        var ranked = ranking.Choose(draft, earlier, MentionRanking.Participle, draft.Cue.Agreement, draft.CueFirst, draft.Speaker, null, out var chosen);
        if (chosen && ranked is not null)
        {
            draft.Speaker = ranked;
            draft.Resolved = true;
            draft.Resolution = Resolutions.Ranker;
        }
    }

    /// <summary>
    /// The two people most recently named together before <paramref name="before"/>: a joint phrase already read as
    /// one, or two person mentions joined by «و» («وزير الخارجية فلان ونظيره العماني فلان»).
    /// </summary>
    private SpeakerMention? JointMention(int before)
    {
        for (var n = mentions.Count - 1; n >= 0; n--)
        {
            var second = mentions[n];
            if (second.First >= before || second.Kind != SourceKind.Person)
            {
                continue;
            }

            if (second.Agreement.Number == GrammaticalNumber.Dual && second.Entity is not null)
            {
                return second;
            }

            if (n > 0 && mentions[n - 1] is { Kind: SourceKind.Person } first && second.First == first.End && doc.StartsWithConjunction(second.First))
            {
                var keys = new HashSet<string>(first.WordKeys, StringComparer.Ordinal);
                keys.UnionWith(second.WordKeys);
                var span = doc.SpanOf(first.First, second.End);
                var feminine = first.Agreement.Gender == Gender.Feminine && second.Agreement.Gender == Gender.Feminine;
                return new SpeakerMention
                {
                    First = first.First,
                    End = second.End,
                    Span = span,
                    Text = doc.Slice(span),
                    Kind = SourceKind.Person,
                    Agreement = new Agreement(feminine ? Gender.Feminine : Gender.Masculine, GrammaticalNumber.Dual),
                    WordKeys = keys,
                    Entity = first.Entity is { } a && second.Entity is { } b ? a + " و" + b : null,
                };
            }
        }

        return null;
    }

    /// <summary>Whether an unknown phrase is the family name of a person named before (بحسب الحداد).</summary>
    public bool IsKnownSurname(SpeakerPhrase phrase, int before) => BySurname(phrase, before, Agreement.Unknown) is not null;

    private SpeakerMention? BySurname(SpeakerPhrase phrase, int before, Agreement agreement)
    {
        if (phrase.End - phrase.First > 2)
        {
            return null;
        }

        // «والشراري»: the conjunction is no part of the name.
        var words = Enumerable.Range(phrase.First, phrase.End - phrase.First).Where(doc.IsWord).Select(doc.BareKey).ToArray();
        return words.Length == 0 ? null
            : RecentMention(before, m => m.Kind == SourceKind.Person && m.Entity is not null && words.All(m.WordKeys.Contains) && m.Agreement.AcceptsVerb(agreement));
    }

    private SpeakerMention AddMention(SpeakerPhrase phrase)
    {
        var mention = NewMention(phrase);
        var at = mentions.FindIndex(m => m.First > mention.First);
        mentions.Insert(at < 0 ? mentions.Count : at, mention);
        return mention;
    }

    /// <summary>The earlier mention a relay given as a description (الوكالة، المصادر) refers to.</summary>
    public SpeakerMention? RelayAntecedent(SpeakerPhrase phrase) =>
        phrase.Reference == Reference.Description
            ? OutletAntecedent(phrase) ?? RecentMention(phrase.First, m => m.Kind == phrase.Kind && m.First < phrase.First && m.WordKeys.Contains(phrase.HeadKey))
            : null;

    /// <summary>The outlet an outlet description (الوكالة، الصحيفة) refers to, for a relay.</summary>
    public SpeakerMention? OutletAntecedent(SpeakerPhrase phrase) =>
        phrase.Reference == Reference.Description
            ? RecentMention(phrase.First, m => m.Kind == SourceKind.Outlet && m.First < phrase.First && (m.WordKeys.Contains(phrase.HeadKey) || SameOutletType(m, phrase.HeadKey)))
            : null;

    private static bool SameOutletType(SpeakerMention m, string head) => m.Outlet is { } o && (head, o.Type) switch
    {
        ("وكاله", "agency") => true,
        ("صحيفه" or "جريده", "newspaper") => true,
        ("قناه" or "فضائيه", "channel") => true,
        ("موقع", "site") => true,
        ("اذاعه", "radio") => true,
        ("مجله", "magazine") => true,
        _ => false,
    };

    /// <summary>Whether two chains name the same relays in the same order.</summary>
    internal static bool SameChain(IReadOnlyList<Relay> a, IReadOnlyList<Relay> b) =>
        a.Count == b.Count && a.Zip(b).All(p => string.Equals(p.First.Entity ?? p.First.Text, p.Second.Entity ?? p.Second.Text, StringComparison.Ordinal));

    private SpeakerMention? RecentSpeaker(IReadOnlyList<Draft> earlier, Agreement agreement, int sentence, int window, SourceKind? kind = null)
    {
        for (var n = earlier.Count - 1; n >= 0; n--)
        {
            var d = earlier[n];
            if (sentence - d.Sentence > window)
            {
                break;
            }

            if (d.Speaker is { } s && s.Agreement.AcceptsVerb(agreement) && (kind is null || s.Kind == kind))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>
    /// The index of the last mention that starts before token <paramref name="before"/>, or -1. Mentions are kept sorted
    /// by their first token, so a look-up costs a binary search, not a walk over every later mention of a long text.
    /// </summary>
    internal static int LastMentionBefore(IReadOnlyList<SpeakerMention> mentions, int before)
    {
        int low = 0, high = mentions.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (mentions[middle].First < before)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private SpeakerMention? RecentMention(int before, Func<SpeakerMention, bool> accept)
    {
        for (var n = LastMentionBefore(mentions, before); n >= 0; n--)
        {
            var m = mentions[n];
            if (m.First < before && accept(m))
            {
                return m;
            }
        }

        return null;
    }

    public Source BuildSource(Draft d)
    {
        var phrase = d.Phrase;
        var span = phrase is not null ? doc.SpanOf(phrase.First, phrase.End) : doc.SpanOf(d.CueFirst, d.CueEnd);
        var text = doc.Slice(span);
        var speaker = d.Speaker;
        Mention? resolved = d.Resolved && speaker is not null ? new Mention(speaker.Span, speaker.Text) : null;
        var kind = speaker?.Kind ?? phrase?.Kind ?? SourceKind.Unknown;
        var affiliation = speaker?.Affiliation
            ?? (phrase is { AffiliationFirst: >= 0 } p ? doc.Slice(doc.SpanOf(p.AffiliationFirst, p.AffiliationEnd)) : null);
        return new Source(span, text, kind, resolved, speaker?.Entity, affiliation);
    }

    /// <summary>The personal name at the end of a person's phrase («وزير النقل اليمني بدر محمد» → «بدر محمد»).</summary>
    private string? NameIn(SpeakerPhrase phrase)
    {
        if (phrase.Kind != SourceKind.Person)
        {
            return null;
        }

        var start = phrases.NameStart(phrase.First, phrase.End);
        if (start < 0)
        {
            return null;
        }

        // A name first ends where the office begins: «أنطوان لوجران | رئيس البعثة».
        var end = start + 1;
        while (end < phrase.End && !phrases.IsTitleOrHead(end, bare: true) && doc.IsWord(end))
        {
            end++;
        }

        return doc.Slice(doc.SpanOf(start, end));
    }
}
