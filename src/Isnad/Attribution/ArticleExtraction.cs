using Isnad.Attributions.Cues;
using Isnad.Attributions.Resolution;
using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// One pass over one article. Cues are taken in text order; each finds its source phrase (verb–subject, subject–verb,
/// pro-drop, relay «نقل X عن Y», prepositional «بحسب X»), its content (after إن/أن/بأن, a colon, or a quotation before
/// or after the cue), and its chain; sources are resolved against the mentions seen so far.
/// </summary>
internal sealed class ArticleExtraction
{
    private const int ProDropSentenceWindow = 3;

    private readonly ArticleText doc;
    private readonly ReportingLexicon lexicon;
    private readonly PhraseReader phrases;
    private readonly SourceResolver resolver;
    private readonly ChainBuilder chains;
    private readonly List<Draft> drafts = [];
    private readonly IReadOnlyList<CueVeto> vetoes = CueVetoes.Default;
    private readonly CueSite site;

    /// <summary>The speaker of the last stance cue (not reported itself), for a participle that continues it.</summary>
    private (int Sentence, SpeakerMention? Speaker)? stanceSpeaker;

    /// <summary>Relays named before a statement in the same sentence («وفقاً لوكالة X، قالت مصادر …»).</summary>
    private (int Sentence, List<Relay> Relays)? pendingRelays;

    public ArticleExtraction(ArticleText doc, ReportingLexicon lexicon, ArticleMeta meta, MentionRanker? ranker = null, IResolutionObserver? observer = null)
    {
        this.doc = doc;
        this.lexicon = lexicon;
        phrases = new PhraseReader(doc, lexicon);
        resolver = new SourceResolver(doc, phrases, ranker, observer);
        chains = new ChainBuilder(doc, lexicon, phrases, meta) { Resolver = resolver };
        site = new CueSite(doc, lexicon, chains, ReportedClauseMarker);
    }

    public IReadOnlyList<Attribution> Run()
    {
        resolver.CollectMentions();
        var i = 0;
        while (i < doc.Count)
        {
            if (doc.IsWord(i) && phrases.MatchCue(i, out var cue, out var length) && Passes(i, cue, length, out var consulted))
            {
                var draft = cue.Class switch
                {
                    CueClass.Verb or CueClass.Document or CueClass.Knowing => FromVerb(i, length, cue),
                    CueClass.Relay => FromRelay(i, length, cue),
                    CueClass.Participle => FromParticiple(i, length, cue),
                    CueClass.Prep => FromPreposition(i, length, cue),
                    CueClass.Stance => RememberStanceSpeaker(i, length),
                    _ => null,
                };
                if (draft is not null)
                {
                    draft.Vetoes = consulted;
                    Accept(draft);
                    i = Math.Max(i + length, draft.CueEnd);
                    continue;
                }
            }

            i++;
        }

        return Finish();
    }

    // ---------------------------------------------------------------- cue filters

    /// <summary>Asks the vetoes in order; false at the first that applies. <paramref name="consulted"/> names those passed.</summary>
    private bool Passes(int at, CueEntry cue, int length, out List<string> consulted)
    {
        consulted = [];
        foreach (var veto in vetoes)
        {
            if (!veto.Consults(cue))
            {
                continue;
            }

            if (veto.Applies(site, at, cue, length))
            {
                return false;
            }

            consulted.Add(veto.Name);
        }

        return true;
    }

    private int ReportedClauseMarker(int from, int sentenceEnd)
    {
        return FindContentStart(from, sentenceEnd, out var marker, out _) < 0 ? -1 : marker;
    }

    // ---------------------------------------------------------------- cue kinds

    private Draft? FromVerb(int cueFirst, int cueLength, CueEntry cue)
    {
        var cueEnd = cueFirst + cueLength;
        if (cue.Class is CueClass.Verb or CueClass.Relay or CueClass.Document && (FunctionWords.VerbBlockers.Contains(doc.Key(cueFirst - 1))
            || doc.Key(cueFirst - 1) is "او" && doc.Tokens[cueFirst].Proclitics != Proclitics.None))
        {
            return null; // «أشار إلى توقع انكسار …»، «أو فرد»: after a preposition or «أو» the word is a noun
        }

        // «حسبما أفاد X»، «بحسب ما ذكرت X»: the prepositional cue reports; its verb is no second attribution.
        if (doc.BareKey(cueFirst - 1) is "حسبما" or "بحسبما" or "وفقما"
            || doc.Key(cueFirst - 1) is "ما" or "لما" && doc.BareKey(cueFirst - 2) is "بحسب" or "حسب" or "وفق" or "وفقا" or "طبقا" or "ل" or "لـ")
        {
            return null;
        }

        var sentenceEnd = doc.SentenceEndToken(cueFirst);
        var contentStart = FindContentStart(cueEnd, sentenceEnd, out var marker, out var contentKind);
        var limit = marker < 0 ? sentenceEnd : marker; // where the speaker's phrase must end
        if (doc.BareKey(cueFirst) is "بين" && marker > cueEnd && !phrases.IsTitleOrHead(cueEnd, bare: true)
            && Enumerable.Range(cueEnd + 1, Math.Min(3, marker - cueEnd - 1)).Any(k => doc.StartsWithConjunction(k) && !doc.IsClauseMark(k - 1)))
        {
            return null; // «بين مطرقة … وسندان …»: the preposition «between», not «بيّن»
        }

        if (marker == cueEnd && cue.Class == CueClass.Knowing && doc.BareKey(cueFirst) is "علما")
        {
            return null; // «علماً بأن …» is the article's own voice («knowing that»), not a report
        }

        if (cue.Class == CueClass.Knowing && doc.Key(cueEnd) is "عليه" or "عليها" or "عليهم" or "عليهما")
        {
            return null; // «وثيقة اطلعت عليها الصحيفة»: a relative clause about the outlet seeing a document
        }

        // Subject after the verb, unless the content or a frame follows at once, or «وكانت X دعت …» put it before (the
        // subject found before the verb also serves, further down, when none follows it).
        SpeakerPhrase? phrase = null;
        var j = cueEnd;
        var before = SubjectBefore(cueFirst);
        var pattern = Patterns.VerbSubject;
        if (before is not null && doc.BareKey(before.First - 1) is "كان" or "كانت")
        {
            phrase = before;
            pattern = Patterns.KanaQadSubject;
        }
        else if (marker != cueEnd)
        {
            j = SkipAdverbials(j, limit);
            if (doc.Key(j) is "به" or "بها" && j + 1 < limit && doc.Key(cueFirst - 1) is "ما" or "حسبما" or "بحسبما" or "كما" or "وفقما")
            {
                j++; // «وبحسب ما أفاد به المتحدث …»: the relative's pronoun, then the subject
            }
            if (cue.Class == CueClass.Document && doc.Key(j) is "فيه" or "فيها")
            {
                // «أصدرت الرئاسة بياناً جاء فيه: …»: the statement's issuer speaks.
                var issuer = resolver.Mentions.LastOrDefault(m => m.First < cueFirst && doc.SentenceOf[m.First] == doc.SentenceOf[cueFirst]
                    && m.Kind is SourceKind.Organization or SourceKind.Person);
                if (issuer is not null)
                {
                    phrase = phrases.Classify(issuer.First, issuer.End);
                    pattern = Patterns.DocumentIssuer;
                }

                j++;
            }

            if (cue.Class == CueClass.Document && doc.Key(j) is "في")
            {
                j++; // وجاء في البيان
            }
            else if (cue.Class == CueClass.Document && doc.Key(j) is "علي" or "عن" && doc.Key(j + 1) is "لسان")
            {
                j += 2; // «وجاء على لسان المدير أن …»: the speaker follows
            }

            if (cue.Class == CueClass.Knowing)
            {
                return FromKnowing(cueFirst, cueEnd, cue, j, sentenceEnd);
            }

            // «أكد لـ"الاقتصادية" مصدر عسكري …»: the medium spoken to may come before the subject.
            if (phrase is null && phrases.IsRelayPreposition(j))
            {
                var afterRelay = chains.RelayEnd(j, limit);
                if (afterRelay > j)
                {
                    // «وقال لـ"الاقتصادية"، أمس، مصدر مطلع إن …»: commas and time words may sit between.
                    var subject = afterRelay;
                    while (subject < limit && (doc.IsComma(subject) ? subject + 1 : SkipAdverbials(subject, limit)) is var next && next > subject)
                    {
                        subject = next;
                    }

                    if (phrases.IsTitleOrHead(subject, bare: true))
                    {
                        j = subject;
                    }
                }
            }

            // «قال لي قائد الفريق …»، «قال له المدير …»: the addressee's pronoun, then the subject.
            while (phrase is null && j + 1 < limit && (IsPronounObject(j) || doc.Key(j) is "لي" or "لنا" or "لك" or "لكم"
                || doc.Key(j) is "احدهم" or "احداهن" or "احدهما" or "احداهما" && doc.IsWord(j + 1) && !doc.IsPhraseBreaker(j + 1)))
            {
                j++; // «وأكد أحدهم فلان …»: «one of them», then the name
            }

            if (phrase is null && !phrases.IsRelayPreposition(j) && !IsPronounObject(j))
            {
                phrase = phrases.ReadWithApposition(j, limit);
                if (phrase is not null)
                {
                    phrase = phrases.ExtendToName(phrase, limit);
                    phrase = phrases.WithAuthor(phrase, limit);
                }

                // «دعا العمري المتقدمين إلى …»: a family name (الـ…ي), then the object.
                if (phrase is { Kind: SourceKind.Unknown } && phrase.End - phrase.First == 2 && doc.BareKey(phrase.First) is { Length: >= 5 } surnameKey
                    && surnameKey.StartsWith("ال", StringComparison.Ordinal) && surnameKey.EndsWith('ي') && doc.IsDefinite(phrase.First + 1))
                {
                    phrase = phrases.Classify(phrase.First, phrase.First + 1);
                }

                // «أكد البرقي أهمية التدريب»: a family name known from earlier, then the object.
                if (phrase is { Kind: SourceKind.Unknown } && phrases.Classify(phrase.First, phrase.First + 1) is var surname
                    && resolver.IsKnownSurname(surname, cueFirst))
                {
                    phrase = surname;
                }

                // «وقال الرويلي والشراري»، «وأكد رئيس البلدية فلان ومدير الشرطة فلان»: two people speak together.
                if (phrase is not null)
                {
                    phrase = phrases.Coordinated(phrase, limit,
                        p => p.Kind == SourceKind.Person && phrases.StartsWithSingularTitle(p) || p.Kind is SourceKind.Person or SourceKind.Unknown && resolver.IsKnownSurname(p, cueFirst));
                }

                // «دعا … ببعض المعلقين»: a phrase governed by ب or ك is an object or a manner, never the subject.
                if (phrase is { Kind: SourceKind.Anonymous or SourceKind.Organization or SourceKind.Document } && (doc.Tokens[phrase.First].Proclitics & (Proclitics.Ba | Proclitics.Kaf)) != 0)
                {
                    phrase = null;
                }

                // «وقال للجنة الشؤون الخارجية …»: a phrase with لـ is the one spoken to, never the subject.
                if (phrase is not null && (doc.Tokens[phrase.First].Proclitics & Proclitics.Lam) != 0 && phrase.Kind != SourceKind.Outlet
                    && (phrase.End - phrase.First > 1 || (doc.Tokens[phrase.First].Proclitics & Proclitics.Article) != 0)) // not «لوجران»
                {
                    phrase = null;
                }

                // Not a speaker's phrase: too long, a pronoun, or a prepositional adverbial («وتوصلت بنسبة كبيرة إلى أن»،
                // «بالقول»; a lone word may be a family name that begins with ب: «وقال بوخضور»).
                if (phrase is { Kind: SourceKind.Unknown } && (phrase.End - phrase.First > 3 || phrases.HasPronoun(phrase.First)
                    || (doc.Tokens[phrase.First].Proclitics & (Proclitics.Ba | Proclitics.Kaf)) != 0
                        && (phrase.End - phrase.First > 1 || (doc.Tokens[phrase.First].Proclitics & Proclitics.Article) != 0
                            || FunctionWords.MannerWords.Contains(doc.Key(phrase.First)) || doc.Key(phrase.First).StartsWith("بم", StringComparison.Ordinal))))
                {
                    phrase = null; // not a speaker's phrase: the verb's subject is dropped
                }
            }
        }

        // Subject before the verb: «وكان الوزير قد قال»، «الوزير أكد أن».
        if (phrase is null && before is not null)
        {
            phrase = before;
            pattern = AmaSubject(cueFirst) is not null ? Patterns.AmaTopic : Patterns.FrontedSubject;
        }

        if (phrase is null && SubjectPronoun(doc.Key(cueFirst - 1)) is { } pronoun)
        {
            // «لكنه قال إن …»: a pronoun subject before the verb.
            phrase = new SpeakerPhrase(cueFirst - 1, cueFirst, SourceKind.Unknown, pronoun, Reference.Pronoun, "", null, -1, -1, null);
            pattern = Patterns.PronounBeforeVerb;
        }

        if (phrase is null)
        {
            pattern = Patterns.ProDropVerb;
        }
        else if (cue.Class == CueClass.Document && pattern == Patterns.VerbSubject)
        {
            pattern = Patterns.DocumentLocus;
        }

        // «وذكرت قناة X نقلاً عن مصادر أن …»: the subject relays the source named after «نقلاً عن».
        List<Relay> leadingRelays = [];
        if (phrase is not null)
        {
            var n = phrase.End;
            while (n < sentenceEnd && doc.IsComma(n))
            {
                n++;
            }

            if (doc.BareKey(n) is "نقلا" && doc.Key(n + 1) is "عن" && phrases.Read(n + 2, limit) is { } relayed)
            {
                leadingRelays = chains.RelayOf(phrase);
                phrase = phrases.ExtendToName(relayed, limit);
                pattern = Patterns.NaqlanAn;
            }
        }

        if (contentStart < 0)
        {
            // The quotation came first: «"…"، قال المسؤول».
            var quote = QuotationBefore(cueFirst);
            if (quote < 0 && NominalContent(cueFirst, cueEnd, cue, ref phrase, sentenceEnd) is { } nominal)
            {
                var draftN = NewDraft(cueFirst, cueEnd, cue, nominal, pattern, Contents.Nominal);
                draftN.Phrase = phrase;
                draftN.Chain = [.. leadingRelays];
                draftN.ExplicitChain = draftN.Chain.Count > 0;
                return draftN;
            }

            if (quote < 0 || (phrase is null && cue.Class != CueClass.Verb))
            {
                return null;
            }

            var q = doc.Quotations[quote];
            var draftQ = NewDraft(cueFirst, cueEnd, cue, new TextSpan(q.InnerStart, q.InnerEnd), pattern, Contents.QuotationBefore);
            draftQ.Phrase = phrase;
            draftQ.Chain = chains.RelaysBetween(phrase?.End ?? cueEnd, sentenceEnd);
            draftQ.ExplicitChain = draftQ.Chain.Count > 0;
            return draftQ;
        }

        var draft = NewDraft(cueFirst, cueEnd, cue, ContentFrom(contentStart, contentKind, sentenceEnd), pattern, ContentName(contentKind));
        draft.Phrase = phrase;
        draft.Chain = [.. leadingRelays, .. chains.RelaysBetween(cueEnd, phrase is not null && phrase.First > cueEnd ? phrase.First : cueEnd),
            .. chains.RelaysBetween(phrase?.End ?? cueEnd, marker)];
        draft.ExplicitChain = draft.Chain.Count > 0;
        return draft;
    }

    /// <summary>«وعلمت الصحيفة من مصادر مطلعة أن …»: the subject is the relay, the phrase after من the source.</summary>
    private Draft? FromKnowing(int cueFirst, int cueEnd, CueEntry cue, int j, int sentenceEnd)
    {
        var contentStart = FindContentStart(j, sentenceEnd, out var marker, out var contentKind);
        if (contentStart < 0)
        {
            return null;
        }

        var outlet = phrases.Read(j, marker);
        var from = outlet is null ? j : outlet.End;
        while (from < marker && doc.Key(from) is not "من")
        {
            from++;
        }

        var source = from < marker ? phrases.Read(from + 1, marker) : null;
        var draft = NewDraft(cueFirst, cueEnd, cue, ContentFrom(contentStart, contentKind, sentenceEnd), Patterns.KnowingFrom, ContentName(contentKind));
        draft.Phrase = source ?? outlet;
        if (source is not null && outlet is not null)
        {
            draft.Chain = chains.RelayOf(outlet);
            draft.ExplicitChain = true;
        }

        return draft;
    }

    /// <summary>«نقلت صحيفة X عن مصدر قوله إن …»، «نقل موقع X عن وكالة Y عن مصادر أن …».</summary>
    private Draft? FromRelay(int cueFirst, int cueLength, CueEntry cue)
    {
        var cueEnd = cueFirst + cueLength;
        var sentenceEnd = doc.SentenceEndToken(cueFirst);
        var j = SkipAdverbials(cueEnd, sentenceEnd);
        var first = doc.Key(j) is "عن" ? null : phrases.Read(j, sentenceEnd);
        var k = first?.End ?? j;
        k = SkipAdverbials(k, sentenceEnd);
        if (doc.Key(k) is not ("عن" or "عنه" or "عنها" or "عنهم" or "عنهما"))
        {
            // No «عن»: the verb reports its subject's own words (وأوردت الوكالة أن …).
            return FromVerb(cueFirst, cueLength, cue with { Class = CueClass.Verb });
        }

        var relays = new List<SpeakerPhrase>();
        if (first is not null)
        {
            relays.Add(first);
        }

        SpeakerPhrase? source = null;
        var pronounSource = -1;
        while (k < sentenceEnd && doc.Key(k) is "عن" or "عنه" or "عنها" or "عنهم" or "عنهما")
        {
            if (doc.Key(k) is not "عن")
            {
                pronounSource = k;
                source = null;
                k++;
                break;
            }

            if (source is not null)
            {
                relays.Add(source);
            }

            source = phrases.Read(k + 1, sentenceEnd);
            if (source is null)
            {
                return null;
            }

            var next = FindContentStart(source.End, sentenceEnd, out var sourceMarker, out _);
            if (next >= 0 && doc.Key(source.End) is not "عن")
            {
                source = phrases.ExtendToName(source, sourceMarker);
            }

            k = SkipAdverbials(source.End, sentenceEnd);
        }

        var contentStart = FindContentStart(k, sentenceEnd, out var marker, out var contentKind);
        if (contentStart < 0 || marker - k > 8)
        {
            return null;
        }

        var draft = NewDraft(cueFirst, cueEnd, cue, ContentFrom(contentStart, contentKind, sentenceEnd), Patterns.RelayAn, ContentName(contentKind));
        draft.Phrase = source;
        if (pronounSource >= 0)
        {
            draft.Phrase = new SpeakerPhrase(pronounSource, pronounSource + 1, SourceKind.Unknown,
                PronounAgreement(doc.Key(pronounSource)), Reference.Pronoun, "", null, -1, -1, null);
        }

        draft.Chain = [.. relays.SelectMany(chains.RelayOf), .. chains.RelaysBetween(k, marker)];
        draft.ExplicitChain = draft.Chain.Count > 0;
        return draft;
    }

    /// <summary>
    /// «وأعربت السفيرة فلانة عن سعادتها، مشيرة إلى …»: a stance is not reported, but its speaker is the one a following
    /// participle continues.
    /// </summary>
    private Draft? RememberStanceSpeaker(int cueFirst, int cueLength)
    {
        var sentenceEnd = doc.SentenceEndToken(cueFirst);
        var phrase = phrases.ReadWithApposition(cueFirst + cueLength, sentenceEnd);
        if (phrase is null || phrase.Kind == SourceKind.Unknown)
        {
            return null;
        }

        var probe = NewDraft(cueFirst, cueFirst + cueLength, new CueEntry("", "", CueClass.Stance, Agreement.Unknown, ""), default, Patterns.Stance, Contents.Clause);
        probe.Phrase = phrases.ExtendToName(phrase, sentenceEnd);
        resolver.Resolve(probe, drafts, ProDropSentenceWindow);
        stanceSpeaker = (probe.Sentence, probe.Speaker);
        return null;
    }

    /// <summary>مؤكداً أن …، مشيراً إلى أن …: the same speaker as the statement before.</summary>
    private Draft? FromParticiple(int cueFirst, int cueLength, CueEntry cue)
    {
        var cueEnd = cueFirst + cueLength;
        var sentenceEnd = doc.SentenceEndToken(cueFirst);
        var previous = drafts.Count > 0 ? drafts[^1] : null;
        if ((previous is null || previous.Sentence < doc.SentenceOf[cueFirst]) && stanceSpeaker is { Speaker: not null } stance
            && stance.Sentence == doc.SentenceOf[cueFirst] && doc.QuotationOf[cueFirst] < 0)
        {
            // The participle follows a stance in its own sentence: «أعربت … عن سعادتها، مشيرة إلى …».
            var contentFrom = cueEnd;
            while (contentFrom < sentenceEnd && !doc.IsWord(contentFrom))
            {
                contentFrom++;
            }

            var start = FindContentStart(cueEnd, sentenceEnd, out var m, out var k);
            var span = start >= 0 && m - cueEnd <= 2 ? ContentFrom(start, k, sentenceEnd) : ContentFrom(contentFrom, ContentKind.Clause, sentenceEnd);
            if (span.Length < 4)
            {
                return null;
            }

            var afterStance = NewDraft(cueFirst, cueEnd, cue, span, Patterns.ParticipleAfterStance, start >= 0 && m - cueEnd <= 2 ? ContentName(k) : Contents.Clause);
            afterStance.Speaker = stance.Speaker;
            afterStance.Resolved = true;
            afterStance.Resolution = Resolutions.StanceSpeaker;
            afterStance.Chain = [.. stance.Speaker.Chain];
            return afterStance;
        }

        if (previous is null || doc.SentenceOf[cueFirst] - previous.Sentence > 1 || doc.QuotationOf[cueFirst] >= 0)
        {
            return null;
        }

        // A participle continues a statement: it follows a clause mark or the end of the previous content.
        var after = doc.IsClauseMark(cueFirst - 1) || doc.IsQuoteMark(cueFirst - 1) || doc.StartsWithConjunction(cueFirst)
            || doc.Tokens[cueFirst].Start >= previous.Content.End && doc.Tokens[cueFirst].Start - previous.Content.End <= 3;
        if (!after)
        {
            return null;
        }

        var clauseAfterParticiple = false;
        var contentStart = FindContentStart(cueEnd, sentenceEnd, out var marker, out var contentKind);
        if (contentStart < 0 || marker - cueEnd > 2)
        {
            // «داعياً المنظمات إلى …»: the rest of the clause is the content.
            contentStart = cueEnd;
            while (contentStart < sentenceEnd && !doc.IsWord(contentStart) && doc.Tokens[contentStart].Kind == TokenKind.Symbol)
            {
                contentStart++; // «مشيرة ً إلى …»: a tanween typed apart
            }

            contentKind = ContentKind.Clause;
            clauseAfterParticiple = true;
            if (ClauseEnd(contentStart, sentenceEnd) - contentStart < 2 || !doc.IsWord(contentStart))
            {
                return null;
            }
        }

        var draft = NewDraft(cueFirst, cueEnd, cue, ContentFrom(contentStart, contentKind, sentenceEnd), Patterns.Participle,
            clauseAfterParticiple ? Contents.Clause : ContentName(contentKind));
        draft.Speaker = previous.Speaker;
        draft.Phrase = null;
        draft.Resolved = previous.Speaker is not null;
        draft.Resolution = previous.Speaker is not null ? Resolutions.PreviousStatement : Resolutions.None;
        draft.Chain = previous.Chain;
        return draft;
    }

    /// <summary>بحسب X، وفقاً لـ X، نقلاً عن X، حسبما أفاد X، على حد قوله.</summary>
    private Draft? FromPreposition(int cueFirst, int cueLength, CueEntry cue)
    {
        // Inside a quotation «وفق» and «حسب» are the speaker's own words («وفق فترة العقد»), not a cue of the article.
        if (doc.QuotationOf[cueFirst] >= 0)
        {
            return null;
        }

        var cueEnd = cueFirst + cueLength;
        var sentenceStart = doc.SentenceStartToken(cueFirst);
        var sentenceEnd = doc.SentenceEndToken(cueFirst);
        var j = cueEnd;
        var relative = doc.BareKey(cueEnd - 1) is "ما" or "لما" or "حسبما" or "بحسبما" or "وفقما";
        while (j < sentenceEnd && doc.Key(j) is "ل" or "لـ" or "الي" or "عن" or "ما" or "لما")
        {
            relative |= doc.Key(j) is "ما" or "لما";
            j++;
        }

        // «وفقاً لما صرفت من أجله»: «ما» with a verb that reports nothing is no source.
        if (relative && !phrases.MatchCue(j, out _, out _))
        {
            return null;
        }

        // «وأكد المصدر وفقاً لموقع X أن …»: a relay between a statement's cue and its content belongs to that statement.
        if (drafts.Count > 0 && drafts[^1] is var last && last.Sentence == doc.SentenceOf[cueFirst] && last.CueFirst < cueFirst
            && doc.Tokens[cueFirst].End <= last.Content.Start)
        {
            return null;
        }

        // «بحسب ما ذكرت الوكالة»، «حسبما أفاد المتحدث»: the verb's subject speaks.
        var innerVerb = -1;
        var afterInnerVerb = -1;
        var innerAgreement = Agreement.Unknown;
        if (j < sentenceEnd && phrases.MatchCue(j, out var inner, out var innerLength) && inner.Class is CueClass.Verb or CueClass.Relay or CueClass.Document)
        {
            innerVerb = j;
            innerAgreement = inner.Agreement;
            j += innerLength;
            afterInnerVerb = j;
            if (doc.Key(j) is "في" or "به" or "بها")
            {
                j++; // «بحسب ما أفاد به المتحدث»
            }
        }

        SpeakerPhrase? phrase;
        if (cue.Agreement.IsKnown)
        {
            // على حد قوله: the pronoun is the speaker.
            phrase = new SpeakerPhrase(cueFirst, cueEnd, SourceKind.Unknown, cue.Agreement, Reference.Pronoun, "", null, -1, -1, null);
        }
        else
        {
            phrase = phrases.ReadWithApposition(j, sentenceEnd);
            if (phrase is not null)
            {
                phrase = phrases.ExtendToName(phrase, sentenceEnd);
            }

            if ((phrase is null || phrase.Kind == SourceKind.Unknown && phrases.HasPronoun(phrase.First))
                && innerVerb >= 0 && innerAgreement.IsKnown && IsNonSubjectAfterVerb(afterInnerVerb)
                && !(doc.Key(afterInnerVerb) is "به" or "بها" && doc.IsWord(afterInnerVerb + 1)))
            {
                // «بحسب ما أعلنت في حسابها»: the verb after «ما» has no subject of its own; it speaks for the one before.
                phrase = new SpeakerPhrase(innerVerb, innerVerb + 1, SourceKind.Unknown, innerAgreement, Reference.Pronoun, "", null, -1, -1, null);
            }
            else if (phrase is null || phrase.Kind == SourceKind.Unknown && !resolver.IsKnownSurname(phrase, cueFirst))
            {
                return null; // «وفقاً لمراجعة البيانات»: not a source
            }
        }

        phrase = phrases.WithAuthor(phrase, sentenceEnd);
        string contentRule;
        var atClauseStart = cueFirst == sentenceStart || doc.IsPunct(cueFirst - 1, ':') || doc.IsPunct(cueFirst - 1, '.');
        TextSpan content;
        if (atClauseStart)
        {
            var start = phrase.Reference == Reference.Pronoun ? cueEnd : phrase.End;
            var next = start;
            while (next < sentenceEnd && doc.IsComma(next))
            {
                next++;
            }

            // «وفقاً لوكالة X، أوضحت مصادر أن …»: the outlet relays the statement that follows.
            if ((phrase.Kind == SourceKind.Outlet || phrase.Outlet is not null) && phrases.MatchCue(next, out var following, out _)
                && following.Class is CueClass.Verb or CueClass.Relay or CueClass.Knowing)
            {
                pendingRelays = (doc.SentenceOf[cueFirst], chains.RelayOf(phrase));
                return null;
            }

            while (start < sentenceEnd && (doc.IsComma(start) || doc.Key(start) is "فان" or "ان" or "فانه" or "فانها" or "فقد" or "قد"))
            {
                start++;
            }

            if (ClauseEnd(start, sentenceEnd) - start < 2)
            {
                // «… تصريحها الأمني. حسب فرانس برس.»: a source standing alone closes the sentence before.
                if (cueFirst == sentenceStart && PreviousSentenceContent(cueFirst) is { } before)
                {
                    content = before;
                    contentRule = Contents.PreviousSentence;
                    goto Found;
                }

                return null;
            }

            content = ContentFrom(start, ContentKind.Clause, sentenceEnd);
            contentRule = Contents.ClauseAfter;
        }
        else
        {
            // The prepositional cue closes the statement before it.
            var previous = drafts.Count > 0 ? drafts[^1] : null;
            if (previous is not null && previous.Sentence == doc.SentenceOf[cueFirst] && previous.Content.End <= doc.Tokens[cueFirst].End)
            {
                // «… بحسب ما نقلت القناة»: a trailing relay of that statement, if an outlet.
                if (phrase.Kind == SourceKind.Outlet || phrase.Outlet is not null)
                {
                    // The outlet named last is the one the earlier relay took the report from: «وفقاً لموقع X …،
                    // بحسب ما أفادت صحيفة Y» → [X, Y]; with no relay yet it is the only one.
                    previous.Chain = [.. previous.Chain, .. chains.RelayOf(phrase)];
                    previous.ExplicitChain = true;
                    if (previous.Speaker is not null)
                    {
                        previous.Speaker.Chain = previous.Chain; // carried over to the speaker's sequels
                    }
                }

                return null;
            }

            var start = ClauseStart(cueFirst, sentenceStart);
            var end = cueFirst;
            while (end > start && (doc.IsComma(end - 1) || doc.IsPunct(end - 1, '(')))
            {
                end--;
            }

            if (end - start < 2)
            {
                return null;
            }

            content = doc.SpanOf(start, end);
            contentRule = Contents.ClauseBefore;
        }

    Found:
        var draft = NewDraft(cueFirst, cueEnd, cue, content, Patterns.Prepositional, contentRule);
        draft.Phrase = phrase;
        draft.Chain = chains.RelaysBetween(phrase.End, Math.Min(sentenceEnd, phrase.End + 6));
        draft.ExplicitChain = draft.Chain.Count > 0;
        return draft;
    }

    // ---------------------------------------------------------------- content

    /// <summary>
    /// The sentence before the one that starts at <paramref name="sentenceStart"/>, as content, when no statement was
    /// found in it (one that was keeps its own source); null when there is none or it is too short to be a statement.
    /// </summary>
    private TextSpan? PreviousSentenceContent(int sentenceStart)
    {
        var previousEnd = sentenceStart;
        while (previousEnd > 0 && !doc.IsWord(previousEnd - 1))
        {
            previousEnd--;
        }

        if (previousEnd == 0 || doc.SentenceOf[previousEnd - 1] < 0)
        {
            return null;
        }

        var sentence = doc.SentenceOf[previousEnd - 1];
        if (drafts.Count > 0 && drafts[^1].Sentence == sentence)
        {
            return null;
        }

        var first = doc.SentenceStartToken(previousEnd - 1);
        while (first < previousEnd && !doc.IsWord(first))
        {
            first++;
        }

        return previousEnd - first >= MinPreviousSentenceWords ? doc.SpanOf(first, previousEnd) : null;
    }

    /// <summary>A sentence shorter than this (a dateline, a title) is not what a lone «حسب X» closes.</summary>
    private const int MinPreviousSentenceWords = 4;

    /// <summary>
    /// «وأكد المصدر مقتل خمسة جنود»، «وأشارت المصادر إلى سقوط إصابات»، «مؤكدة على ضرورة …»: a verbal noun as the
    /// reported content, for verbs that take one. Not for acts told as events («أعلنت الشركة إفلاسها»، «أعلنت إطلاق»).
    /// The speaker's phrase, when it ran on into the object, is cut after the name's family word.
    /// </summary>
    private TextSpan? NominalContent(int cueFirst, int cueEnd, CueEntry cue, ref SpeakerPhrase? phrase, int sentenceEnd)
    {
        if (!FunctionWords.NominalContentLemmas.Contains(cue.LemmaKey) || doc.QuotationOf[cueFirst] >= 0)
        {
            return null;
        }

        var candidate = phrase;
        if (candidate is { Kind: SourceKind.Person, Honorific: not null } && phrases.NameStart(candidate.First, candidate.End) is var name && name >= 0)
        {
            for (var k = name + 1; k < candidate.End; k++)
            {
                if (doc.IsDefinite(k) || doc.Key(k).StartsWith("ال", StringComparison.Ordinal))
                {
                    if (k + 1 < candidate.End)
                    {
                        candidate = phrases.Classify(candidate.First, k + 1);
                    }

                    break;
                }
            }
        }

        // «وأفادت مصادر محلية بوقوع أضرار»: a ب-word that names no body ran into the phrase; the content starts there.
        if (candidate is not null && cue.Class == CueClass.Verb)
        {
            for (var k = candidate.First + 1; k < candidate.End; k++)
            {
                if ((doc.Tokens[k].Proclitics & Proclitics.Ba) != 0 && !doc.IsDefinite(k) && !phrases.IsBodyOrMediumHead(k) && !phrases.TryOutlet(k, k + 1, out _)
                    && !FunctionWords.NameConnectors.Contains(doc.Key(k)))
                {
                    candidate = phrases.Classify(candidate.First, k);
                    break;
                }
            }
        }

        // «وأكد الفريق تأهله»: an object with a pronoun ran into the phrase; the verb reports no content.
        for (var k = candidate?.First ?? cueEnd; k < (candidate?.End ?? cueEnd); k++)
        {
            if (k > candidate!.First && phrases.HasPronoun(k))
            {
                return null;
            }
        }

        var start = SkipAdverbials(Math.Max(candidate?.End ?? cueEnd, cueEnd), sentenceEnd);
        while (start < sentenceEnd && lexicon.Frames.TryMatch(doc.Key(start), o => doc.Key(start + o), out var frame, out var frameLength) && frame == FrameKind.Statement)
        {
            start = SkipAdverbials(start + frameLength, sentenceEnd);
        }

        // «وأفادت مهمة الأمم المتحدة في مالي عن وجود …»: a place after the speaker, then the preposition.
        if (doc.Key(start) is "في" && doc.IsWord(start + 1) && doc.Key(start + 2) is "الي" or "علي" or "عن")
        {
            start += 2;
        }

        if (doc.Key(start) is "الي" or "علي" or "عن" or "من" && doc.IsPhraseBreaker(start))
        {
            start++;
        }

        if (start >= sentenceEnd || !doc.IsWord(start) || phrases.HasPronoun(start) || doc.IsPhraseBreaker(start)
            || FunctionWords.Performatives.Contains(PhraseReader.StripArticle(doc.LookupKey(start))) || phrases.MatchCue(start, out _, out _)
            || FunctionWords.IsComplementizer(doc.Key(start)))
        {
            return null;
        }

        var end = ClauseEnd(start, sentenceEnd);
        if (end - start < 3)
        {
            return null;
        }

        phrase = candidate;
        return doc.SpanOf(start, end);
    }

    private enum ContentKind { Clause, Quotation, AfterColon }

    /// <summary>
    /// Where the content starts after position <paramref name="from"/>: after إن/أن/بأن (also «إلى أن»), after a colon,
    /// or at an opening quotation mark. Returns -1 when none is found before another cue or the sentence end.
    /// <paramref name="marker"/> is the token of the complementizer, colon or quotation mark.
    /// </summary>
    private int FindContentStart(int from, int sentenceEnd, out int marker, out ContentKind kind)
    {
        kind = ContentKind.Clause;
        for (var k = from; k < sentenceEnd && k - from < 24; k++)
        {
            var key = doc.Key(k);
            if (FunctionWords.IsComplementizer(key) && doc.IsWord(k) && doc.Key(k - 1) is "قبل" or "بعد" or "دون" or "بدون" or "منذ")
            {
                continue; // «قبل أن يحكم»: a time or manner clause, not what was said
            }

            if (FunctionWords.IsComplementizer(key) && doc.IsWord(k))
            {
                marker = k;
                var start = k + 1;
                if (doc.IsQuoteMark(start) && QuotationStartingAt(start) is var q && q >= 0 && QuotationReachesClauseEnd(q, sentenceEnd))
                {
                    kind = ContentKind.Quotation;
                }

                return start < doc.Count ? start : -1;
            }

            if (doc.IsPunct(k, ':'))
            {
                marker = k;
                kind = doc.IsQuoteMark(k + 1) && QuotationStartingAt(k + 1) >= 0 ? ContentKind.Quotation : ContentKind.AfterColon;
                return k + 1 < doc.Count ? k + 1 : -1;
            }

            if (doc.IsQuoteMark(k) && QuotationStartingAt(k) is var quote && quote >= 0 && doc.Quotations[quote].InnerEnd - doc.Quotations[quote].InnerStart > 0)
            {
                var qq = doc.Quotations[quote];
                // A short quoted name or title (صحيفة «الوطن»، البرنامج "مهارات حل المشكلات") is not content; a quotation of
                // three words or more that follows no naming noun is («وتابع الحداد "نريد شراكة قوية"»).
                if (TokensIn(qq) > 6 || LooksLikeSpeech(qq) || TokensIn(qq) >= MinQuotedWords && !IsQuotedName(qq) && !FollowsHead(k) && !ReportedClauseFollows(qq, sentenceEnd))
                {
                    marker = k;
                    kind = ContentKind.Quotation;
                    return k;
                }

                k = LastTokenBefore(qq.End);
                continue;
            }

            if (k > from && !chains.IsMonitoringVerb(k) && !FunctionWords.VerbBlockers.Contains(doc.Key(k - 1))
                && (phrases.MatchCue(k, out var other, out _) && other.Class is CueClass.Verb or CueClass.Participle or CueClass.Relay))
            {
                break;
            }

            // A full stop, or a contrast that opens a new clause («إلا أن»، «لكن»), ends the search.
            if (doc.IsPunct(k, '.') || doc.IsPunct(k, '؟') || k > from && doc.Key(k) is "الا" or "لكن" or "ولكن")
            {
                break;
            }
        }

        marker = -1;
        return -1;
    }

    /// <summary>Words a quotation with no colon before it needs to be taken for speech rather than a name.</summary>
    private const int MinQuotedWords = 3;

    /// <summary>
    /// «صحيفة "…"»، «حملة "…"»، «لشبكة "…"»، «بـ"…"»: a quotation right after the head of a body or medium, a naming noun
    /// or a preposition names or describes something; after a verb, a person's title or a name it may be speech.
    /// </summary>
    private bool FollowsHead(int quoteMark)
    {
        var before = quoteMark - 1;
        if (before < 0 || !doc.IsWord(before))
        {
            return !doc.IsComma(before) && before >= 0 && !doc.IsPunct(before, ':');
        }

        return phrases.IsBodyOrMediumHead(before) || FunctionWords.NamingNouns.Contains(PhraseReader.StripArticle(doc.LookupKey(before)))
            || (doc.Tokens[before].Proclitics & (Proclitics.Lam | Proclitics.Ba | Proclitics.Kaf)) != 0 || doc.Key(before).Length <= 2
            || FunctionWords.VerbBlockers.Contains(doc.BareKey(before)) || doc.IsPhraseBreaker(before);
    }

    /// <summary>«وذكرت صحيفتا "…" و"…" أن …»: a complementizer or a colon soon after the quotation says the content comes there.</summary>
    private bool ReportedClauseFollows(Quotation q, int sentenceEnd)
    {
        var after = doc.FirstTokenFrom(q.End);
        for (var k = after; k < sentenceEnd && k - after < MaxNameTokensAfterQuotation; k++)
        {
            if (FunctionWords.IsComplementizer(doc.Key(k)) || doc.IsPunct(k, ':'))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxNameTokensAfterQuotation = 8;

    private bool LooksLikeSpeech(Quotation q) => doc.Text.AsSpan(q.InnerStart, q.InnerEnd - q.InnerStart).IndexOfAny('.', '،') >= 0;

    private int TokensIn(Quotation q)
    {
        var n = 0;
        for (var i = doc.FirstTokenFrom(q.InnerStart); i < doc.Count && doc.Tokens[i].Start < q.InnerEnd; i++)
        {
            if (doc.IsWord(i))
            {
                n++;
            }
        }

        return n;
    }

    private int LastTokenBefore(int offset) => doc.FirstTokenEndingAfter(offset) - 1;

    private int QuotationStartingAt(int token)
    {
        var start = doc.Tokens[token].Start;
        for (var q = 0; q < doc.Quotations.Length; q++)
        {
            if (doc.Quotations[q].Start == start)
            {
                return q;
            }
        }

        return -1;
    }

    private bool QuotationReachesClauseEnd(int q, int sentenceEnd)
    {
        var after = doc.FirstTokenFrom(doc.Quotations[q].End);

        // Only punctuation (or nothing) between the closing mark and the clause end.
        for (var k = after; k < doc.Count && k < Math.Max(sentenceEnd, after); k++)
        {
            if (doc.IsWord(k))
            {
                return doc.IsComma(k - 1) && StartsNewStatement(k);
            }
        }

        return true;
    }

    /// <summary>The content span from its first token: a whole quotation, or the clause up to its end.</summary>
    private TextSpan ContentFrom(int start, ContentKind kind, int sentenceEnd)
    {
        if (kind == ContentKind.Quotation && doc.IsQuoteMark(start) && QuotationStartingAt(start) is var q && q >= 0)
        {
            var quotation = doc.Quotations[q];
            return TrimSpan(new TextSpan(quotation.InnerStart, quotation.InnerEnd));
        }

        var end = ClauseEnd(start, sentenceEnd);
        if (end <= start)
        {
            end = Math.Min(start + 1, doc.Count);
        }

        // A stray closing mark at the end that opened nowhere inside the content is not part of it.
        var marks = 0;
        for (var k = start; k < end; k++)
        {
            marks += doc.IsQuoteMark(k) ? 1 : 0;
        }

        if (end - 1 > start && doc.IsQuoteMark(end - 1) && marks % 2 == 1)
        {
            end--;
        }

        return doc.SpanOf(start, end);
    }

    private TextSpan TrimSpan(TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && char.IsWhiteSpace(doc.Text[s]))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(doc.Text[e - 1]) || doc.Text[e - 1] is '.' or '،' || ArticleText.IsQuoteChar(doc.Text[e - 1])))
        {
            e--; // also a stray closing mark of another kind: «الخطة جاهزة للتنفيذ"
        }

        return new TextSpan(s, e);
    }

    /// <summary>
    /// The token after the clause that starts at <paramref name="start"/>: the sentence end, or before a comma that opens a
    /// new statement (a participle, a trailing «بحسب …», a «وأضاف»), or before a sequel verb «وأضاف أن».
    /// </summary>
    private int ClauseEnd(int start, int sentenceEnd)
    {
        var end = sentenceEnd;
        for (var k = start; k < sentenceEnd; k++)
        {
            if (doc.QuotationOf[k] >= 0)
            {
                continue; // Nothing inside a quotation ends the clause.
            }

            var afterMark = k + 1 < sentenceEnd && doc.Key(k + 1) is "فيما" or "بينما" or "كما" or "حيث" or "ثم" ? k + 2 : k + 1;
            if (k > start && doc.IsClauseMark(k) && (doc.IsComma(k) || doc.IsPunct(k, '؛') || doc.IsPunct(k, '-')) && afterMark < sentenceEnd && StartsNewStatement(afterMark))
            {
                end = k;
                break;
            }

            if (k > start + 1 && doc.IsWord(k) && phrases.MatchCue(k, out var participle, out var participleLength) && participle.Class == CueClass.Participle
                && (FindContentStart(k + participleLength, sentenceEnd, out var participleMarker, out _) >= 0 && participleMarker - (k + participleLength) <= 1
                    || doc.Key(k + participleLength) is "الي" or "علي" && doc.IsWord(k + participleLength + 1)))
            {
                end = k; // «… مضيفاً إن …» without a comma
                break;
            }

            if (k > start + 1 && doc.IsWord(k) && doc.StartsWithConjunction(k) && StartsNewStatement(k) && phrases.MatchCue(k, out var c, out _) && c.Class is CueClass.Verb or CueClass.Relay)
            {
                end = k;
                break;
            }
        }

        while (end > start && (doc.IsPunct(end - 1, '.') || doc.IsComma(end - 1) || doc.IsPunct(end - 1, '؟') || doc.IsPunct(end - 1, '!') || doc.IsPunct(end - 1, '؛')))
        {
            end--;
        }

        return end;
    }

    /// <summary>Whether a new attribution starts at token k (a participle or prepositional cue, or a sequel verb with content).</summary>
    private bool StartsNewStatement(int k)
    {
        if (!phrases.MatchCue(k, out var cue, out var length))
        {
            return false;
        }

        return cue.Class switch
        {
            CueClass.Participle or CueClass.Stance => true,
            CueClass.Prep => true,
            CueClass.Verb or CueClass.Relay => FindContentStart(k + length, doc.SentenceEndToken(k), out _, out _) >= 0
                || doc.StartsWithConjunction(k) && phrases.Read(k + length, doc.SentenceEndToken(k)) is { Kind: not SourceKind.Unknown, Reference: not Reference.Full } ,
            _ => false,
        };
    }

    private int ClauseStart(int cueFirst, int sentenceStart)
    {
        // Back to the sentence start or a semicolon or colon; brackets and commas stay inside the clause.
        var k = cueFirst - 1;
        while (k > sentenceStart && !(doc.IsPunct(k - 1, '؛') || doc.IsPunct(k - 1, ';') || doc.IsPunct(k - 1, ':')))
        {
            k--;
        }

        return Math.Max(k, sentenceStart);
    }

    // ---------------------------------------------------------------- sources

    /// <summary>
    /// Frames and time adverbials between the verb and its subject or content: «وقال اليوم الوزير»، «أعلن الشهر
    /// الماضي أن»، «أكد مساء أمس أن».
    /// </summary>
    private int SkipAdverbials(int j, int limit)
    {
        while (j < limit)
        {
            var time = FunctionWords.TimeAdverbialEnd(doc.Key, j);
            if (time > j)
            {
                j = Math.Min(time, limit);
            }
            else if (doc.Key(j) is "ايضا" or "كذلك" or "بدوره" or "بدورها" or "بدورهم" or "مساء" or "صباح" or "اول"
                || doc.IsPunct(j, '(') || doc.IsPunct(j, ')'))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    /// <summary>What may follow a verb that has no subject of its own: a preposition («في حسابها»)، a pronoun object, the end.</summary>
    private bool IsNonSubjectAfterVerb(int j) => !doc.IsWord(j) || doc.IsPhraseBreaker(j) || IsPronounObject(j) || phrases.HasPronoun(j) && (doc.Tokens[j].Proclitics & (Proclitics.Ba | Proclitics.Lam)) != 0;

    private bool IsPronounObject(int j) => doc.Key(j) is "عنه" or "عنها" or "عنهم" or "له" or "لها" or "لهم";

    private static Agreement PronounAgreement(string key) =>
        key.EndsWith("هما", StringComparison.Ordinal) ? new Agreement(Gender.Masculine, GrammaticalNumber.Dual)
        : key.EndsWith("هم", StringComparison.Ordinal) ? new Agreement(Gender.Masculine, GrammaticalNumber.Plural)
        : key.EndsWith("هن", StringComparison.Ordinal) ? new Agreement(Gender.Feminine, GrammaticalNumber.Plural)
        : key.EndsWith("ها", StringComparison.Ordinal) ? new Agreement(Gender.Feminine, GrammaticalNumber.Singular)
        : new Agreement(Gender.Masculine, GrammaticalNumber.Singular);

    /// <summary>The agreement of a pronoun subject before a verb: لكنه، وهو (he); لكنها، وهي (she); لكنهم، وهم (they).</summary>
    private static Agreement? SubjectPronoun(string key) => key switch
    {
        "لكنه" or "ولكنه" or "وهو" or "فهو" => new Agreement(Gender.Masculine, GrammaticalNumber.Singular),
        "لكنها" or "ولكنها" or "وهي" or "فهي" => new Agreement(Gender.Feminine, GrammaticalNumber.Singular),
        "لكنهم" or "وهم" => new Agreement(Gender.Masculine, GrammaticalNumber.Plural),
        _ => null,
    };

    /// <summary>A subject before the verb in the same clause: «وكان الوزير قد قال»، «الوزير أكد أن».</summary>
    private SpeakerPhrase? SubjectBefore(int cueFirst)
    {
        if (AmaSubject(cueFirst) is { } topic)
        {
            return topic;
        }

        var start = cueFirst - 1;
        if (doc.Key(start) is "قد" or "فقد")
        {
            start--;
        }

        var clauseStart = start;
        while (clauseStart >= 0 && doc.IsWord(clauseStart) && cueFirst - clauseStart <= 12 && !OpensSubjectClause(clauseStart))
        {
            clauseStart--;
        }

        var first = clauseStart + 1;
        if (clauseStart >= 0 && OpensSubjectClause(clauseStart))
        {
            first = clauseStart + 1;
        }
        else if (clauseStart >= 0 && doc.IsWord(clauseStart))
        {
            return null;
        }
        else if (clauseStart >= 0 && !doc.IsClauseMark(clauseStart))
        {
            return null;
        }

        if (first > start)
        {
            return null;
        }

        var phrase = phrases.Read(first, start + 1);
        if (phrase is not null)
        {
            phrase = phrases.ExtendToName(phrase, start + 1);
        }

        if (phrase is not null && phrase.End - phrase.First == 1 && doc.Key(phrase.First).Length <= 1)
        {
            return null; // a stray «و» before the verb
        }

        // A bare family name counts when it names someone mentioned before: «وكان الفارس قد أعلن»; and in «وكان X (قد)
        // أكد» the frame itself says X is the subject, whatever X is («وكانت المقاومة الشعبية قد أكدت»، «وكانت التحقيقات
        // كشفت»).
        var framed = clauseStart >= 0 && doc.BareKey(clauseStart) is "كان" or "كانت"
            && phrase is not null && phrase.End - phrase.First <= 4 && !phrases.HasPronoun(phrase.First);
        return phrase is not null && phrase.End == start + 1 && (phrase.Kind != SourceKind.Unknown || resolver.IsKnownSurname(phrase, cueFirst) || framed) ? phrase : null;
    }

    /// <summary>
    /// «أما ريتا حكيم، التي انتخبت …، فقد أكدت»: with «فقد»/«فـ» before the verb, the topic after «أما» earlier in the
    /// sentence is the subject, however long the clause between.
    /// </summary>
    private SpeakerPhrase? AmaSubject(int cueFirst)
    {
        var fa = doc.Key(cueFirst - 1) is "فقد" || (doc.Tokens[cueFirst].Proclitics & Proclitics.Fa) != 0;
        if (!fa)
        {
            return null;
        }

        var sentence = doc.SentenceOf[cueFirst];
        for (var k = cueFirst - 2; k >= 0 && cueFirst - k <= 30 && doc.SentenceOf[k] == sentence; k--)
        {
            if (doc.Key(k) is "اما" or "واما")
            {
                var limit = doc.Key(cueFirst - 1) is "فقد" ? cueFirst - 1 : cueFirst;
                var phrase = phrases.Read(k + 1, limit);
                phrase = phrase is null ? null : phrases.ExtendToName(phrase, limit);
                if (phrase is null || phrases.HasPronoun(phrase.First))
                {
                    return null;
                }

                // An unknown topic counts when it looks like a name («أما راشد الدخيل فقال»), or sits right before
                // the verb; «أما الفراعنة، فيرجح أنهم …» is a topic the speaker talks about.
                var adjacent = phrase.End == limit;
                var nameLike = !doc.BareKey(phrase.First).StartsWith("ال", StringComparison.Ordinal);
                return phrase.Kind != SourceKind.Unknown || phrase.End - phrase.First <= 3 && (adjacent || nameLike) ? phrase : null;
            }
        }

        return null;
    }

    /// <summary>Words before a fronted subject: «وكان الوزير قد قال»، «أما المدير فقد أوضح»، «فيما الوزير أكد»، «لكن الشركة قالت».</summary>
    private bool OpensSubjectClause(int i) => doc.Key(i) is "كان" or "وكان" or "كانت" or "وكانت" or "فيما" or "بينما" or "حيث" or "اما" or "واما" or "لكن" or "ولكن";

    private int QuotationBefore(int cueFirst)
    {
        var k = cueFirst - 1;
        while (k >= 0 && (doc.IsComma(k) || doc.IsPunct(k, '-') || doc.IsPunct(k, '–')))
        {
            k--;
        }

        if (k < 0 || !doc.IsQuoteMark(k))
        {
            return -1;
        }

        var end = doc.Tokens[k].End;
        for (var q = 0; q < doc.Quotations.Length; q++)
        {
            if (doc.Quotations[q].End == end && doc.Quotations[q].Closed)
            {
                return q;
            }
        }

        return -1;
    }

    // ---------------------------------------------------------------- assembling

    private static string ContentName(ContentKind kind) => kind switch
    {
        ContentKind.Quotation => Contents.Quotation,
        ContentKind.AfterColon => Contents.Colon,
        _ => Contents.Complementizer,
    };

    private Draft NewDraft(int cueFirst, int cueEnd, CueEntry cue, TextSpan content, string pattern, string contentRule) => new()
    {
        Pattern = pattern,
        ContentRule = contentRule,
        CueFirst = cueFirst,
        CueEnd = cueEnd,
        Cue = cue,
        Content = content,
        Sentence = Math.Max(0, doc.SentenceOf[cueFirst]),
    };

    private void Accept(Draft draft)
    {
        if (draft.Content.IsEmpty)
        {
            return;
        }

        if (pendingRelays is { } pending && pending.Sentence == draft.Sentence && draft.Cue.Class != CueClass.Prep)
        {
            draft.Chain = [.. pending.Relays, .. draft.Chain];
            draft.ExplicitChain = true;
            pendingRelays = null;
        }

        // Speaking to the article's own outlet is no relay, and must not make a source look like a new one.
        draft.Chain = chains.DropOwnOutlet(draft.Chain);
        draft.ExplicitChain = draft.Chain.Count > 0;

        // A report inside the previous statement's reported clause (not quoted) is part of that content.
        if (drafts.Count > 0 && drafts[^1] is var last && last.Content.Contains(doc.SpanOf(draft.CueFirst, draft.CueEnd)) && doc.QuotationOf[draft.CueFirst] < 0)
        {
            return;
        }

        if (draft.Speaker is null)
        {
            resolver.Resolve(draft, drafts, ProDropSentenceWindow);
        }
        else if (draft.Pattern == Patterns.Participle)
        {
            resolver.RerankParticiple(draft, drafts);
        }

        if (!draft.ExplicitChain && draft.Resolved && draft.Speaker is not null)
        {
            draft.Chain = [.. draft.Speaker.Chain]; // carried over from the speaker's earlier statements
        }
        else if (draft.Speaker is not null && draft.ExplicitChain)
        {
            draft.Speaker.Chain = draft.Chain;
        }

        if (draft.Speaker is not null)
        {
            draft.Speaker.IsSpeaker = true;
            draft.Speaker.LastSpokeSentence = draft.Sentence;
            if (!draft.ExplicitChain && !draft.Resolved)
            {
                draft.Speaker.Chain = draft.Chain;
            }
        }

        draft.Chain = chains.DropOwnOutlet(draft.Chain);
        drafts.Add(draft);
    }

    private List<Attribution> Finish()
    {
        // Nested: a cue inside another attribution's quoted content.
        var result = new List<Attribution>(drafts.Count);
        var ids = new Dictionary<Draft, string>();
        for (var n = 0; n < drafts.Count; n++)
        {
            ids[drafts[n]] = "a" + (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var kept = new List<Draft>();
        foreach (var d in drafts)
        {
            var cueSpan = doc.SpanOf(d.CueFirst, d.CueEnd);
            var outer = drafts.FirstOrDefault(o => !ReferenceEquals(o, d) && o.Content.Contains(cueSpan) && o.Content.Length > d.Content.Length);
            if (outer is not null)
            {
                if (doc.QuotationOf[d.CueFirst] < 0)
                {
                    continue; // an indirect report inside another's reported clause is part of that content
                }

                d.NestedIn = ids[outer];
            }

            kept.Add(d);
        }

        foreach (var d in kept)
        {
            result.Add(Build(d, ids[d]));
        }

        return result;
    }

    private Attribution Build(Draft d, string id)
    {
        var cueSpan = doc.SpanOf(d.CueFirst, DisplayedCueEnd(d));
        var cue = new Cue(cueSpan, doc.Slice(cueSpan), d.Cue.Lemma);
        var content = new Content(d.Content, doc.Slice(d.Content), FormOf(d.Content, cueSpan));
        return new Attribution(id, cue, resolver.BuildSource(d), content, d.Chain, d.NestedIn)
        {
            Rule = new RuleTrace(d.Pattern, d.ContentRule, d.Vetoes, d.Resolution),
        };
    }

    /// <summary>«بحسب ما»، «بحسب تعبيره»: the cue shown is the first word when that word is a cue by itself.</summary>
    private int DisplayedCueEnd(Draft d)
    {
        if (d.CueEnd - d.CueFirst > 1 && doc.Key(d.CueFirst + 1) is "ما" or "لما" && phrases.MatchCue(d.CueFirst, out var single, out var length) && length == d.CueEnd - d.CueFirst)
        {
            var key = doc.BareKey(d.CueFirst);
            if (lexicon.Cues.TryMatch(key, _ => null, out single, out _) || lexicon.Cues.TryMatch(doc.Key(d.CueFirst), _ => null, out single, out _))
            {
                return d.CueFirst + 1;
            }
        }

        return d.CueEnd;
    }

    /// <summary>
    /// A short quoted name after the noun it names («جبل "منيف"»، «عملية "السهم الذهبي"»، «برنامج "مهارات"»): marks
    /// a name, not the speaker's words, so it does not make indirect content mixed.
    /// </summary>
    private bool IsQuotedName(Quotation q)
    {
        var before = doc.FirstTokenFrom(q.Start) - 1;
        return TokensIn(q) <= 3 && before >= 0
            && FunctionWords.NamingNouns.Contains(PhraseReader.StripArticle(doc.BareKey(before)));
    }

    private ContentForm FormOf(TextSpan content, TextSpan cue)
    {
        var inside = false;
        var outside = false;
        foreach (var q in doc.Quotations)
        {
            if (q.Inner.Contains(cue))
            {
                continue; // a nested statement: the quotation around its cue is the outer speaker's
            }

            if (q.Inner.Contains(content) || (q.InnerStart <= content.Start + 1 && q.InnerEnd >= content.End - 1 && q.Inner.Overlaps(content)))
            {
                return ContentForm.Direct;
            }

            if (q.Span.Overlaps(content) && !IsQuotedName(q))
            {
                inside = true;
            }
        }

        if (!inside)
        {
            return ContentForm.Indirect;
        }

        // Words of the content outside any quotation make it mixed.
        for (var i = doc.FirstTokenFrom(content.Start); i < doc.Count && doc.Tokens[i].Start < content.End; i++)
        {
            if (doc.IsWord(i) && doc.QuotationOf[i] < 0)
            {
                outside = true;
                break;
            }
        }

        return outside ? ContentForm.Mixed : ContentForm.Direct;
    }
}
