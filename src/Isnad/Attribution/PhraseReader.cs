using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>Reads and classifies speakers' noun phrases: where one ends, what it names, how it refers.</summary>
internal sealed class PhraseReader(ArticleText doc, ReportingLexicon lexicon)
{
    private const int MaxPhraseTokens = 14;

    /// <summary>A cue starting at token i (trying the key, then the key without a leading و/ف).</summary>
    public bool MatchCue(int i, out CueEntry entry, out int length)
    {
        entry = default!;
        length = 0;
        if (!doc.IsWord(i))
        {
            return false;
        }

        string? KeyAfter(int offset) => doc.Key(i + offset);
        if (lexicon.Cues.TryMatch(doc.Key(i), KeyAfter, out entry, out length))
        {
            return true;
        }

        var key = doc.Key(i);
        return key.Length >= 3 && key[0] is 'و' or 'ف' && lexicon.Cues.TryMatch(key[1..], KeyAfter, out entry, out length);
    }

    /// <summary>Reads a speaker's phrase starting at <paramref name="first"/>, ending before <paramref name="limit"/>.</summary>
    public SpeakerPhrase? Read(int first, int limit)
    {
        if (first >= limit || !doc.IsWord(first) && !doc.IsQuoteMark(first) || IsSpeechWord(first))
        {
            return null;
        }

        var end = first;
        var allowPrepositionOnce = false;
        var usedPreposition = false;
        var titled = IsTitle(first);
        while (end < limit && end - first < MaxPhraseTokens)
        {
            if (doc.IsQuoteMark(end))
            {
                // A short quoted name (صحيفة «الوطن») belongs to the phrase; a long quotation does not.
                var close = end + 1;
                while (close < limit && close - end <= 5 && !doc.IsQuoteMark(close))
                {
                    close++;
                }

                if (close < limit && close - end <= 5 && close > end + 1 && doc.IsQuoteMark(close))
                {
                    end = close + 1;
                    continue;
                }

                break;
            }

            if (!doc.IsWord(end))
            {
                break;
            }

            var key = doc.Key(end);
            if (end > first && MatchCue(end, out _, out _) && !IsTitleOrHead(end) && !LooksLikeGivenName(end))
            {
                break;
            }

            // «العلماء الأميركيين قاموا …»: a plural past verb ends the phrase.
            if (end > first && key.Length >= 4 && key.EndsWith("وا", StringComparison.Ordinal) && !doc.IsDefinite(end))
            {
                break;
            }

            if (doc.IsPhraseBreaker(end))
            {
                // «مصدر في وزارة الداخلية»، «القيادي في الحركة»: the affiliation belongs to the phrase.
                if (allowPrepositionOnce && !usedPreposition && key is "في" or "من" or "ب" or "داخل" or "لدي" && end + 1 < limit && doc.IsWord(end + 1)
                    && !lexicon.Frames.TryMatch(key, o => doc.Key(end + o), out _, out _))
                {
                    usedPreposition = true;
                    end++;
                    continue;
                }

                break;
            }

            // An affiliation is one body: «مصدر في وزارة الدفاع | مقتل …» ends where an indefinite word follows a definite one
            // (unless a title precedes it: «مستشفى الملك فهد»).
            if (usedPreposition && end > first + 1 && !doc.IsDefinite(end) && !key.StartsWith("ال", StringComparison.Ordinal)
                && (doc.Tokens[end].Proclitics & Proclitics.Lam) == 0
                && doc.IsDefinite(end - 1) && !IsTitle(end - 1))
            {
                break;
            }

            if (end > first && StartsPrepositionalPhrase(end) && allowPrepositionOnce && !usedPreposition)
            {
                usedPreposition = true; // «مصادر مطلعة بصندوق الموارد البشرية»
                end++;
                continue;
            }

            if (end > first && (IsRelayPreposition(end) || StartsPrepositionalPhrase(end)))
            {
                break;
            }

            // «وقال وزير النقل سالم الحداد للصحفيين»: right after a person's name (no office between: «قرقاش وزير الدولة
            // للشؤون الخارجية» goes on), a word with لـ is the one spoken to.
            if (end > first + 1 && (doc.Tokens[end].Proclitics & Proclitics.Lam) != 0 && titled && NameStart(first, end) is var name && name >= 0 && end - name >= 2
                && !Enumerable.Range(name, end - name).Any(k => IsTitleOrHead(k, bare: true)))
            {
                break;
            }

            if (end > first && (doc.Tokens[end].Proclitics & Proclitics.Waw) != 0 && doc.Key(end).Length > 2)
            {
                // Coordination continues the phrase only for a second title or body («ومدير الشرطة») or a second
                // adjective («الاقتصادية والاستراتيجية»).
                var adjective = doc.IsDefinite(end) && doc.IsDefinite(end - 1);
                if (!IsTitleOrHead(end, bare: true) && !adjective)
                {
                    break;
                }

                // After a name, «ومدير …» is a second person: a joint source, read as two phrases (see Coordinated).
                if (IsSingularTitle(end) && !adjective && NameStart(first, end) >= 0)
                {
                    break;
                }
            }

            // «شركة الواحة الزراعية تدرس …»: a body's name is complete after its definite words; an indefinite word
            // after them is the next clause (unless a title brings a name: «جامعة الملك سعود»).
            if (end > first + 1 && IsOrganizationHead(first) && doc.IsWord(end) && !doc.IsDefinite(end) && doc.IsDefinite(end - 1)
                && !IsTitle(end - 1) && !IsTitleOrHead(end, bare: true) && (doc.Tokens[end].Proclitics & Proclitics.Lam) == 0)
            {
                break;
            }

            // «ونظيره العماني سالم الحارثي جلسة مباحثات»: a person's name ends with its family name.
            if (end > first + 2 && titled && doc.IsWord(end) && !doc.IsPhraseBreaker(end) && !IsTitleOrHead(end, bare: true)
                && NameStart(first, end) is var nameFirst and >= 0 && !IsTitleOrHead(nameFirst, bare: true)
                && !doc.Key(nameFirst).StartsWith("ال", StringComparison.Ordinal) && AfterFamilyName(nameFirst, end))
            {
                break;
            }

            if (end == first || !allowPrepositionOnce)
            {
                allowPrepositionOnce = IsAnonymousHead(end) || IsAffiliatedTitle(end);
            }

            end++;
        }

        if (end == first)
        {
            return null;
        }

        // Do not end on a dangling connector.
        while (end > first + 1 && doc.Key(end - 1) is "في" or "من" or "بن" or "ابو" or "عبد")
        {
            end--;
        }

        return Classify(first, end);
    }

    /// <summary>
    /// A joint source: <paramref name="phrase"/> and a second person after «و» («رئيس البلدية فلان ومدير الشرطة فلان»،
    /// «الرويلي والشراري»), as one phrase of two people (dual), or <paramref name="phrase"/> alone. A bare family name
    /// counts as a person when <paramref name="isPerson"/> says so.
    /// </summary>
    public SpeakerPhrase Coordinated(SpeakerPhrase phrase, int limit, Func<SpeakerPhrase, bool> isPerson)
    {
        var k = phrase.End;
        if (k >= limit || !doc.StartsWithConjunction(k) || phrase.Reference != Reference.Full)
        {
            return phrase;
        }

        var second = Read(k, limit);
        if (second is null || second.Reference != Reference.Full)
        {
            return phrase;
        }

        second = ExtendToName(second, limit);
        if (!isPerson(phrase) || !isPerson(second))
        {
            return phrase;
        }

        var feminine = phrase.Agreement.Gender == Gender.Feminine && second.Agreement.Gender == Gender.Feminine;
        return new SpeakerPhrase(phrase.First, second.End, SourceKind.Person, new Agreement(feminine ? Gender.Feminine : Gender.Masculine, GrammaticalNumber.Dual),
            Reference.Full, phrase.HeadKey, null, -1, -1, null);
    }

    /// <summary>
    /// Reads a phrase and an apposition after a comma that runs up to the content: «مدير المركز، الدكتور سالم الحداد، أن».
    /// </summary>
    public SpeakerPhrase? ReadWithApposition(int first, int limit)
    {
        var phrase = Read(first, limit);
        if (phrase is null || !doc.IsComma(phrase.End) || phrase.End + 1 >= limit)
        {
            return phrase;
        }

        var apposition = Read(phrase.End + 1, limit);
        if (apposition is null)
        {
            return phrase;
        }

        var rest = apposition.End;
        while (rest < limit && (doc.IsComma(rest) || doc.IsPunct(rest, '(') || doc.IsPunct(rest, ')')))
        {
            rest++;
        }

        var startsWithTitle = IsTitleOrHead(phrase.End + 1, bare: true);
        var named = apposition.Kind is SourceKind.Person or SourceKind.Unknown && apposition.End - apposition.First <= 5;
        var atContent = rest == limit || FunctionWords.IsComplementizer(doc.Key(rest)) || doc.IsPunct(rest, ':');
        if (atContent && (startsWithTitle || named))
        {
            var merged = Classify(first, apposition.End);
            if (merged.Kind == SourceKind.Unknown && startsWithTitle && apposition.Kind == SourceKind.Person && phrase.Kind is SourceKind.Unknown or SourceKind.Person)
            {
                // «سالم الحذيفي، وزير الداخلية، إن»: a name, then its office.
                merged = apposition with { First = first };
            }

            return merged with { Reference = Reference.Full };
        }

        return phrase;
    }

    private bool SameWord(int i, params string[] keys) => doc.IsWord(i) && keys.Contains(doc.Key(i), StringComparer.Ordinal);

    /// <summary>
    /// A document's author right after it: «بيان لمكتب المحافظ»، «بيان صادر عن الوزارة»، «تقرير الوزارة». Returns the phrase
    /// extended over the author, with the author as its affiliation, or the phrase as it was.
    /// </summary>
    private bool IsAuthorVerb(int k) =>
        doc.Key(k) is "اجرتها" or "اجراه" or "اجرته" or "اعدها" or "اعده" or "اعدته" or "اصدرها" or "اصدره" or "اصدرته" or "نشرها" or "نشره" or "نشرته";

    public SpeakerPhrase WithAuthor(SpeakerPhrase phrase, int limit)
    {
        if (phrase.Kind != SourceKind.Document)
        {
            return phrase;
        }

        var k = phrase.End;
        if (doc.Key(k) is "الصادر" or "صادر" or "الصادره" or "صادره")
        {
            k++;
        }

        // The phrase may already run over the verb and its author.
        for (var inside = phrase.First + 1; inside < phrase.End; inside++)
        {
            if (IsAuthorVerb(inside))
            {
                k = inside;
                break;
            }
        }

        // «دراسة أجرتها جامعة …»، «تقرير أعده المركز …»، «استطلاع أجراه …»: the author follows the verb.
        if (IsAuthorVerb(k))
        {
            var doer = Read(k + 1, limit);
            if (doer is not null && doer.Kind is SourceKind.Organization or SourceKind.Person or SourceKind.Outlet)
            {
                return phrase with { End = doer.End, Kind = SourceKind.Organization, AffiliationFirst = doer.First, AffiliationEnd = doer.End, Reference = Reference.Full };
            }
        }

        var authorFirst = k;
        if (doc.Key(k) is "عن" or "من")
        {
            authorFirst = k + 1;
        }
        else if ((doc.Tokens.ElementAtOrDefault(k).Proclitics & Proclitics.Lam) == 0 || k >= limit)
        {
            return phrase;
        }

        var author = Read(authorFirst, limit);
        if (author is null && authorFirst == k && k < limit)
        {
            // «لمكتب المحافظ»: read the body after its preposition.
            author = Classify(k, Math.Min(limit, ReadEnd(k + 1, limit)));
        }

        if (author is null || author.Kind is SourceKind.Unknown or SourceKind.Document)
        {
            return phrase;
        }

        return phrase with { End = author.End, Kind = SourceKind.Organization, AffiliationFirst = author.First, AffiliationEnd = author.End, Reference = Reference.Full };
    }

    private int ReadEnd(int from, int limit) => Read(from, limit)?.End ?? from;

    /// <summary>
    /// A word that is also a cue but here starts a name: a family name in ـي follows it («أمل الدوسري»، «سعد الشهري»).
    /// </summary>
    private bool LooksLikeGivenName(int i)
    {
        var next = doc.Key(i + 1);
        return doc.IsWord(i + 1) && next.Length > 4 && next.StartsWith("ال", StringComparison.Ordinal) && next.EndsWith('ي')
            && !doc.StartsWithConjunction(i);
    }

    /// <summary>A participle or verb of speech cannot start a speaker's phrase («ومضى قائلاً»).</summary>
    private bool IsSpeechWord(int i) =>
        MatchCue(i, out var cue, out _) && cue.Class is CueClass.Participle or CueClass.Verb or CueClass.Stance && !IsTitleOrHead(i, bare: true);

    /// <summary>«بالقيام»: the preposition ب attached to a word (other than «باسم») ends the phrase.</summary>
    private bool StartsPrepositionalPhrase(int i)
    {
        var t = doc.Tokens[i];
        var key = doc.Key(i);
        if ((t.Proclitics & Proclitics.Ba) != 0 && !key.StartsWith("باسم", StringComparison.Ordinal))
        {
            return true;
        }

        return false;
    }

    /// <summary>«لوكالة»، «لصحيفة»، «لـ»: speaking to a medium, which ends the speaker's phrase.</summary>
    public bool IsRelayPreposition(int i)
    {
        var key = doc.Key(i);
        if (lexicon.Frames.TryMatch(key, o => doc.Key(i + o), out var kind, out _) && kind == FrameKind.RelayTo)
        {
            return true;
        }

        return key is "ل" or "لـ";
    }

    public bool IsAnonymousHead(int i) =>
        lexicon.AnonymousHeads.TryMatch(StripArticle(doc.BareKey(i)), o => doc.Key(i + o), out _, out _)
        || lexicon.AnonymousHeads.TryMatch(doc.BareKey(i), o => doc.Key(i + o), out _, out _);

    private bool IsAffiliatedTitle(int i)
    {
        var k = StripArticle(doc.BareKey(i));
        return k is "قيادي" or "عضو" or "مسؤول" or "ناشط" or "مصدر" or "مصادر" or "متحدث" or "ناطق" or "قائد";
    }

    public bool IsTitleOrHead(int i, bool bare = false)
    {
        var key = bare ? doc.BareKey(i) : doc.Key(i);
        string? Next(int o) => doc.Key(i + o);
        return lexicon.Titles.TryMatch(key, Next, out _, out _)
            || lexicon.Titles.TryMatch(StripArticle(key), Next, out _, out _)
            || lexicon.Heads.TryMatch(key, Next, out _, out _)
            || lexicon.AnonymousHeads.TryMatch(key, Next, out _, out _)
            || lexicon.AnonymousHeads.TryMatch(StripArticle(key), Next, out _, out _);
    }

    /// <summary>Whether the word (without a preposition) is the head of a body or a medium (وزارة، صحيفة، حملة), not a person's title.</summary>
    public bool IsBodyOrMediumHead(int i)
    {
        var key = doc.LookupKey(i);
        string? Next(int o) => doc.Key(i + o);
        return lexicon.Heads.TryMatch(key, Next, out var head, out _) && head.Kind is HeadKind.Organization or HeadKind.Outlet
            || lexicon.Heads.TryMatch(StripArticle(key), Next, out head, out _) && head.Kind is HeadKind.Organization or HeadKind.Outlet;
    }

    public static string StripArticle(string key) =>
        key.Length > 3 && key.StartsWith("ال", StringComparison.Ordinal) ? key[2..]
        : key.Length > 3 && key.StartsWith("لل", StringComparison.Ordinal) ? key[2..]
        : key;

    /// <summary>What the phrase [first, end) names and how it refers.</summary>
    public SpeakerPhrase Classify(int first, int end)
    {
        if (doc.Key(first) is "نفس" or "ذات" && end - first >= 2)
        {
            return Classify(first + 1, end) with { First = first, Reference = Reference.Same }; // «نفس المصدر»
        }

        var phrase = ClassifyWith(doc.BareKey(first), first, end); // «ومدير»: the conjunction is no part of the title
        if (phrase.Kind == SourceKind.Unknown && !string.Equals(doc.LookupKey(first), doc.Key(first), StringComparison.Ordinal))
        {
            var again = ClassifyWith(doc.LookupKey(first), first, end);
            if (again.Kind != SourceKind.Unknown)
            {
                phrase = again;
            }
        }

        // «المصدر نفسه»، «نفس المصدر»: whoever spoke last.
        if (phrase.Reference is Reference.Description or Reference.Full && (SameWord(end, "نفسه", "ذاته", "نفسها", "ذاتها") || SameWord(first - 1, "نفس", "ذات")))
        {
            phrase = phrase with { Reference = Reference.Same };
        }

        return phrase;
    }

    private SpeakerPhrase ClassifyWith(string key, int first, int end)
    {
        string? Next(int o) => doc.Key(first + o);
        var length = end - first;
        var definite = key.StartsWith("ال", StringComparison.Ordinal);
        var hasTitle = lexicon.Titles.TryMatch(key, Next, out var title, out var titleLength) || lexicon.Titles.TryMatch(StripArticle(key), Next, out title, out titleLength);
        var hasAnonymousHead = lexicon.AnonymousHeads.TryMatch(key, Next, out var anon, out var anonLength) || lexicon.AnonymousHeads.TryMatch(StripArticle(key), Next, out anon, out anonLength);
        var (affiliationFirst, _) = AffiliationOf(first, end);
        var named = NameStart(first, affiliationFirst > 0 ? affiliationFirst - 1 : end) >= 0 || affiliationFirst > 0 && EndsWithName(affiliationFirst, end)
            || HasNasab(first, end);

        // Honorific pronoun: سموه، معاليه.
        if (hasTitle && title.Class == TitleClass.Honorific)
        {
            return new SpeakerPhrase(first, end, SourceKind.Person, Gendered(title.Agreement), Reference.Honorific, key, TitleClass.Honorific, -1, -1, null);
        }

        // Anonymous sources, unless a name follows: مصدر مطلع، مصادر أمنية، المصدر، مسؤول في الوزارة.
        // «المسؤولان» is two people named before (a dual group title), not an anonymous pair.
        var pair = hasTitle && title.Class == TitleClass.Group && title.Agreement.Number == GrammaticalNumber.Dual && definite;
        // An indefinite head without a name is unnamed even when a longer office matches: «متحدث باسم الشركة».
        if (hasAnonymousHead && !named && (!(hasTitle && titleLength > anonLength) || !definite && NameStart(first, end) < 0) && !pair)
        {
            var (af, ae) = AffiliationOf(first, end);
            // «المصدر»، «المصدر الأمني المصري»: a definite anonymous source refers back to one introduced earlier.
            var reference = definite ? Reference.Description : Reference.Full;
            return new SpeakerPhrase(first, end, SourceKind.Anonymous, anon, reference, StripArticle(key), null, af, ae, null);
        }

        if (hasTitle)
        {
            var agreement = Gendered(title.Agreement);
            if (title.Class == TitleClass.Group)
            {
                return new SpeakerPhrase(first, end, SourceKind.Person, agreement, length == titleLength ? Reference.Description : Reference.Full, StripArticle(key), null, -1, -1, null);
            }

            // «الوزير»، «مدرب الهلال»، «وزير الخارجية» without a name point back to the person named before.
            var construct = !definite && length > titleLength;
            var reference = (definite || construct) && !named ? Reference.Description : Reference.Full;
            var (af, ae) = OfficeBody(first + titleLength, end) is { } body ? body : AffiliationOf(first, end);
            return new SpeakerPhrase(first, end, SourceKind.Person, agreement, reference, StripArticle(key), title.Class, af, ae, null);
        }

        if (hasAnonymousHead)
        {
            var (af, ae) = AffiliationOf(first, end);
            return new SpeakerPhrase(first, end, SourceKind.Person, anon, Reference.Full, StripArticle(key), TitleClass.Office, af, ae, null);
        }

        // Outlets by name: رويترز، وكالة الأنباء السعودية.
        if (TryOutlet(first, end, out var outlet))
        {
            return new SpeakerPhrase(first, end, SourceKind.Outlet, new Agreement(Gender.Feminine, GrammaticalNumber.Singular), Reference.Full, StripArticle(key), null, -1, -1, outlet);
        }

        if (lexicon.Heads.TryMatch(key, Next, out var head, out var headLength) || lexicon.Heads.TryMatch(StripArticle(key), Next, out head, out headLength))
        {
            var kind = head.Kind switch
            {
                HeadKind.Organization => SourceKind.Organization,
                HeadKind.Document => SourceKind.Document,
                HeadKind.Outlet => SourceKind.Outlet,
                HeadKind.Anonymous => SourceKind.Anonymous,
                _ => SourceKind.Person,
            };
            var bare = length <= headLength || (definite && length <= headLength + 1 && IsAdjectiveLike(first + headLength));
            var reference = bare && definite ? Reference.Description : Reference.Full;
            if (kind == SourceKind.Document && !definite && length > headLength
                && (doc.IsDefinite(first + headLength) || lexicon.Heads.TryMatch(doc.Key(first + headLength), o => doc.Key(first + headLength + o), out var bodyHead, out _) && bodyHead.Kind == HeadKind.Organization))
            {
                // «بيان الوزارة»، «تقرير الأمم المتحدة»، «بيان الزاملي»: an indefinite head before a definite word is
                // in construct with its author.
                var author = Classify(first + headLength, end);
                // «نتائج الاختبارات الوطنية»: several words that name no body or person are the document's topic.
                if (author.Kind is not SourceKind.Unknown || end - (first + headLength) == 1)
                {
                    return new SpeakerPhrase(first, end, author.Kind is SourceKind.Person or SourceKind.Organization ? author.Kind : SourceKind.Organization,
                        head.Agreement, Reference.Full, StripArticle(key), null, first + headLength, end, null);
                }
            }

            return new SpeakerPhrase(first, end, kind, head.Agreement, reference, StripArticle(key), null, -1, -1, null);
        }

        // A bare name: no article, no attached pronoun, not a function word, a few words. Otherwise unknown.
        var bareName = !definite && doc.IsWord(first) && !HasPronoun(first)
            && (length <= 5 || doc.IsWord(first + 1) && !doc.IsDefinite(first + 1))
            && !doc.IsPhraseBreaker(first) && (doc.Tokens[first].Proclitics & (Proclitics.Ba | Proclitics.Lam | Proclitics.Kaf)) == 0;
        var gender = key.EndsWith('ه') && !bareName ? Gender.Feminine : Gender.Masculine;
        return new SpeakerPhrase(first, end, bareName ? SourceKind.Person : SourceKind.Unknown,
            new Agreement(gender, GrammaticalNumber.Singular), Reference.Full, StripArticle(key), null, -1, -1, null);
    }

    /// <summary>
    /// Extends a title's phrase that stopped at a preposition over the rest of the office up to the name right before
    /// the content: «رئيس الغرفة التجارية | في القصيم حمد الجربوع | إن»، «المدير التنفيذي | لشركة الواحة عادل البقمي | إلى أن».
    /// </summary>
    public SpeakerPhrase ExtendToName(SpeakerPhrase phrase, int limit)
    {
        // Only an office or an anonymous head waits for a name; a bare name is complete, and a frame («في تصريحات …»)
        // or a relay right after the phrase is no part of it.
        if (phrase.Kind is not (SourceKind.Person or SourceKind.Anonymous) || phrase.Reference is Reference.Honorific or Reference.Pronoun
            || phrase.Kind == SourceKind.Person && phrase.Honorific is null
            || NameStart(phrase.First, phrase.End) >= 0 || IsRelayPreposition(phrase.End)
            || lexicon.Frames.TryMatch(doc.Key(phrase.End), o => doc.Key(phrase.End + o), out _, out _))
        {
            return phrase;
        }

        var stop = limit;
        while (stop > phrase.End && (doc.Key(stop - 1) is "الي" || doc.IsComma(stop - 1)))
        {
            stop--;
        }

        for (var k = phrase.End; k < stop; k++)
        {
            var key = doc.Key(k);
            var ends = !doc.IsWord(k) || MatchCue(k, out _, out _) || FunctionWords.IsComplementizer(key)
                || doc.IsPhraseBreaker(k) && key is not ("في" or "من" or "لدي" or "فيها" or "فيه" or "بها")
                || k > phrase.End && (lexicon.Frames.TryMatch(key, o => doc.Key(k + o), out _, out _) || IsRelayPreposition(k))
                || AfterFamilyName(phrase.End, k);
            if (ends)
            {
                stop = k; // the name ends where a comma, «في تصريح»، «لوكالة», a verb or a time word begins
                break;
            }
        }

        if (stop <= phrase.End || stop - phrase.End > 8 || NameStart(phrase.First, stop) < 0)
        {
            return phrase;
        }

        return Classify(phrase.First, stop) with { Reference = Reference.Full };
    }

    /// <summary>
    /// Whether a name read from <paramref name="nameFirst"/> ended before <paramref name="k"/>: a family name with the
    /// article («سالم الحارثي») closes an Arabic name, so an indefinite noun in ة after it («… جلسة مباحثات») is the
    /// verb's object, not part of the name.
    /// </summary>
    private bool AfterFamilyName(int nameFirst, int k) =>
        k >= nameFirst + 2 && doc.IsWord(k) && doc.IsWord(k - 1) && doc.IsWord(k - 2)
        && doc.Key(k - 1).StartsWith("ال", StringComparison.Ordinal) && doc.Key(k - 1).Length > 3 && !IsTitleOrHead(k - 1, bare: true)
        && !doc.Key(k - 2).StartsWith("ال", StringComparison.Ordinal) && !IsTitleOrHead(k - 2, bare: true) && !doc.IsPhraseBreaker(k - 2)
        && !doc.Key(k).StartsWith("ال", StringComparison.Ordinal) && !FunctionWords.NameConnectors.Contains(doc.Key(k))
        && !IsTitle(k) && !doc.IsPhraseBreaker(k)
        && doc.Key(k).Length >= 4 && doc.Key(k).EndsWith('ه') // a noun in ة (جلسة، مذكرة), not a next given name
        && doc.Tokens[k].Proclitics == Proclitics.None; // «بالمنطقة» begins a prepositional phrase, read on

    /// <summary>
    /// Where the personal name at the end of a phrase starts: after the last definite word (or title, or word with a
    /// preposition) that an indefinite word follows («وزير النقل اليمني بدر محمد» → «بدر»); -1 when there is none.
    /// </summary>
    public int NameStart(int first, int end)
    {
        // A name first, then the office: «أنطوان لوجران رئيس البعثة».
        if (doc.IsWord(first) && !IsNonNameWord(first) && !doc.IsPhraseBreaker(first) && !HasPronoun(first) && !IsSpeechWord(first)
            && end - first >= 2 && Enumerable.Range(first + 1, end - first - 1).Any(k => IsTitleOrHead(k, bare: true)))
        {
            return first;
        }

        // A name right after a rank or title wins: «الرائد زيد القحطاني الناطق باسم شرطة منطقة عسير».
        for (var k = first; k < end - 1; k++)
        {
            if (IsTitle(k) && !IsBareOffice(k)
                && (lexicon.Titles.TryMatch(doc.BareKey(k), _ => null, out var rank, out _) || lexicon.Titles.TryMatch(StripArticle(doc.BareKey(k)), _ => null, out rank, out _))
                && rank.Class is TitleClass.Title or TitleClass.HonorificTitle
                && doc.IsWord(k + 1) && !IsNonNameWord(k + 1) && !doc.IsPhraseBreaker(k + 1) && !HasPronoun(k + 1))
            {
                return k + 1;
            }
        }

        var start = -1;
        for (var k = first; k < end - 1; k++)
        {
            // After an office word without the article («مدير مهرجان …») comes its complement, not a name; after a
            // definite word, a title (الأمير، الدكتور) or a place after في a name may follow.
            var definite = IsNonNameWord(k) && !IsBareOffice(k) || doc.Key(k - 1) is "في" or "من" or "لدي" || doc.Key(k) is "فيها" or "فيه" or "بها";
            if (definite && doc.IsWord(k + 1) && !doc.Key(k + 1).StartsWith("ال", StringComparison.Ordinal) && !IsNonNameWord(k + 1)
                && !doc.IsPhraseBreaker(k + 1) && !IsQualifier(k + 1))
            {
                start = k + 1;
            }
        }

        if (start < 0 || HasPronoun(start) && !FunctionWords.NameConnectors.Contains(doc.Key(start)))
        {
            return -1;
        }

        return start;
    }

    /// <summary>A name after the affiliation: «القيادي في الحزب جورج الخوري».</summary>
    private bool EndsWithName(int affiliationFirst, int end) =>
        NameStart(affiliationFirst, end) is var n && n >= 0 && end - n <= 3 && n > affiliationFirst && (!IsTitleOrHead(n - 1, bare: true) || end - n >= 2);

    /// <summary>A third-person pronoun attached (حديثه، هويتها); a final ي is as likely a name's (علي، الشهري).</summary>
    public bool HasPronoun(int i)
    {
        var t = doc.Tokens[i];
        return t.HasEnclitic && doc.Text[t.End - 1] != 'ي';
    }

    /// <summary>«مصدر أمني مصري»: an adjective after an anonymous head, not a name.</summary>
    private bool IsQualifier(int k)
    {
        var key = doc.Key(k);
        if (lexicon.AnonymousQualifiers.Contains(key))
        {
            return true;
        }

        var afterAnonymous = IsAnonymousHead(k - 1) || lexicon.AnonymousQualifiers.Contains(doc.Key(k - 1)) || IsQualifierShape(k - 1);
        return afterAnonymous && IsQualifierShape(k);
    }

    private bool IsQualifierShape(int k)
    {
        var key = doc.Key(k);
        return key.Length > 3 && (key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal) || key.EndsWith("يون", StringComparison.Ordinal) || key.EndsWith("يين", StringComparison.Ordinal));
    }

    /// <summary>Whether token k is the second or later word of a multi-word title («مدير عام»، «الأمين العام»).</summary>
    private bool InsideTitle(int k)
    {
        for (var back = 1; back <= 3 && k - back >= 0; back++)
        {
            var start = k - back;
            if (lexicon.Titles.TryMatch(doc.BareKey(start), o => doc.Key(start + o), out _, out var length) && length > back)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsOrganizationHead(int k)
    {
        var key = doc.BareKey(k);
        return lexicon.Heads.TryMatch(key, _ => null, out var head, out _) && head.Kind == HeadKind.Organization
            || lexicon.Heads.TryMatch(StripArticle(key), _ => null, out head, out _) && head.Kind == HeadKind.Organization;
    }

    /// <summary>«مساعد بن غالي العنزي»: «بن/بنت» between two words makes a personal name, whatever the first word also means.</summary>
    private bool HasNasab(int first, int end)
    {
        for (var k = first + 1; k + 1 < end; k++)
        {
            if (doc.Key(k) is "بن" or "بنت" && doc.IsWord(k - 1) && doc.IsWord(k + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A title or office of one person (ومدير، ونظيره), not of a group (وضباط، ومسؤولي).</summary>
    private bool IsSingularTitle(int k) =>
        (lexicon.Titles.TryMatch(doc.BareKey(k), _ => null, out var title, out _) || lexicon.Titles.TryMatch(StripArticle(doc.BareKey(k)), _ => null, out title, out _))
        && title.Class != TitleClass.Group && title.Agreement.Number != GrammaticalNumber.Plural;

    /// <summary>Whether a phrase names one person by an office or title at its start («مدير الشرطة فلان»).</summary>
    public bool StartsWithSingularTitle(SpeakerPhrase phrase) => IsSingularTitle(phrase.First);

    private bool IsTitle(int k) =>
        lexicon.Titles.TryMatch(doc.BareKey(k), _ => null, out _, out _) || lexicon.Titles.TryMatch(StripArticle(doc.BareKey(k)), _ => null, out _, out _);

    private bool IsBareOffice(int k) =>
        !doc.IsDefinite(k) && !doc.BareKey(k).StartsWith("ال", StringComparison.Ordinal)
        && lexicon.Titles.TryMatch(doc.BareKey(k), _ => null, out var title, out _) && title.Class == TitleClass.Office;

    private bool IsNonNameWord(int k) => InsideTitle(k) ||
        doc.BareKey(k).StartsWith("ال", StringComparison.Ordinal) || doc.IsDefinite(k) || IsTitleOrHead(k, bare: true)
        || (doc.Tokens[k].Proclitics & (Proclitics.Lam | Proclitics.Ba | Proclitics.Kaf)) != 0;

    private static Agreement Gendered(Agreement agreement) =>
        agreement.IsKnown ? agreement : new Agreement(Gender.Masculine, GrammaticalNumber.Singular);

    /// <summary>A definite adjective after a title (الوزير السابق، المسؤول الأمني) keeps the phrase a description.</summary>
    private bool IsAdjectiveLike(int i)
    {
        var k = doc.Key(i);
        return k.StartsWith("ال", StringComparison.Ordinal) && (k.EndsWith('ي') || k.EndsWith("يه", StringComparison.Ordinal) || lexicon.AnonymousQualifiers.Contains(StripArticle(k)));
    }

    public bool TryOutlet(int first, int end, out OutletEntry outlet)
    {
        for (var i = first; i < end; i++)
        {
            if (!doc.IsWord(i))
            {
                continue;
            }

            var key = i == first ? doc.LookupKey(i) : doc.Key(i);
            string? Next(int o) => doc.Key(i + o);
            if (lexicon.Outlets.TryMatch(key, Next, out outlet, out _) || lexicon.Outlets.TryMatch(StripArticle(key), Next, out outlet, out _))
            {
                // An ambiguous name (الرياض، اليوم) counts only after a type word or in quotation marks.
                var typed = i > first && lexicon.Heads.TryMatch(StripArticle(doc.BareKey(i - 1)), _ => null, out var h, out _) && h.Kind == HeadKind.Outlet
                    || i > first && lexicon.Heads.TryMatch(doc.BareKey(i - 1), _ => null, out h, out _) && h.Kind == HeadKind.Outlet
                    || doc.IsQuoteMark(i - 1)
                    || i > first + 1 && doc.IsQuoteMark(i - 1);
                if (!outlet.Ambiguous || typed)
                {
                    return true;
                }
            }
        }

        outlet = default!;
        return false;
    }

    /// <summary>The body a source belongs to: «مصدر في وزارة الداخلية»، «المتحدث باسم الوزارة».</summary>
    /// <summary>The body an office belongs to: «مدير فرع الوزارة في المحافظة» → «فرع الوزارة» (a body's head word in it).</summary>
    private (int First, int End)? OfficeBody(int from, int end)
    {
        var stop = from;
        var name = NameStart(from - 1, end);
        while (stop < end && (name < 0 || stop < name) && doc.IsWord(stop) && doc.Key(stop) is not ("في" or "من" or "لدي"))
        {
            if (stop > from && lexicon.Titles.TryMatch(doc.BareKey(stop), o => doc.Key(stop + o), out _, out _))
            {
                break;
            }

            stop++;
        }

        for (var k = from; k < stop; k++)
        {
            var key = PhraseReader.StripArticle(doc.LookupKey(k));
            if (lexicon.Heads.TryMatch(key, _ => null, out var head, out _) && head.Kind is HeadKind.Organization
                || lexicon.Heads.TryMatch("ال" + key, _ => null, out head, out _) && head.Kind is HeadKind.Organization)
            {
                return (from, stop);
            }
        }

        return null;
    }

    private (int First, int End) AffiliationOf(int first, int end)
    {
        for (var i = first + 1; i < end - 1; i++)
        {
            var k = doc.Key(i);
            var start = k is "في" or "من" or "باسم" or "لدي" or "داخل" ? i + 1
                : k.StartsWith("باسم", StringComparison.Ordinal) && k.Length > 4 ? i
                : -1;
            if (start >= 0)
            {
                // The body ends where the speaker's own name begins: «مدير الفرع في المحافظة | نادر العطار».
                // A name after a title inside the body's own name stays: «جامعة الملك عبدالعزيز».
                // …but a rank and a full name after it are the speaker's: «في المحافظة | العقيد مشعل الزهراني».
                var name = NameStart(start, end);
                if (name > start + 1 && IsTitleOrHead(name - 1, bare: true) && end - name >= 2)
                {
                    return (start, name - 1);
                }

                return (start, name > start && !IsTitleOrHead(name - 1, bare: true) ? name : end);
            }
        }

        return (-1, -1);
    }
}
