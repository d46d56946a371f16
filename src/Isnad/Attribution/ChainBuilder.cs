using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>
/// Builds the relays of a chain (isnad): the outlet in «قال لوكالة X»، «في مقابلة مع قناة X»، «في تقرير رصده موقع X»,
/// and the relays of «نقل X عن Y»; drops the article's own outlet.
/// </summary>
internal sealed class ChainBuilder(ArticleText doc, ReportingLexicon lexicon, PhraseReader phrases, ArticleMeta meta)
{
    private const int MaxRelayTokens = 6;

    private readonly string[] ownOutletKeys = OwnOutletKeys(lexicon, meta);

    public SourceResolver? Resolver { get; set; }

    public List<Relay> RelayOf(SpeakerPhrase phrase)
    {
        var span = doc.SpanOf(phrase.First, phrase.End);
        var entity = phrase.Outlet?.Canonical;
        var kind = phrase.Kind == SourceKind.Unknown ? SourceKind.Outlet : phrase.Kind;
        var text = doc.Slice(span);
        if (Resolver?.RelayAntecedent(phrase) is { } antecedent)
        {
            entity = antecedent.Entity ?? antecedent.Text;
        }

        return [new Relay(span, text, entity, kind)];
    }

    /// <summary>Relays named between a speaker's phrase and the content: «لوكالة X»، «مع قناة X»، «رصده موقع X».</summary>
    public List<Relay> RelaysBetween(int from, int to)
    {
        var relays = new List<Relay>();
        if (from < 0 || to < 0)
        {
            return relays;
        }

        for (var k = from; k < to && k < doc.Count; k++)
        {
            if (!doc.IsWord(k))
            {
                continue;
            }

            var key = doc.Key(k);
            int first;
            if (key is "ل" or "لـ")
            {
                first = k + 1; // لـ«الوطن»
            }
            else if (key is "مع" || IsMonitoringVerb(k))
            {
                first = k + 1;
            }
            else if (key.Length > 2 && key[0] == 'ل' && IsOutletStart(k, ToUnprefixed(key)))
            {
                first = k;
            }
            else
            {
                continue;
            }

            if (first >= to)
            {
                continue;
            }

            var end = first;
            while (end < to && end - first < MaxRelayTokens
                   && (doc.IsWord(end) || doc.IsQuoteMark(end) || doc.Tokens[end].Kind == TokenKind.Number && (doc.QuotationOf[end] >= 0 || end == first + 1))
                   && !(end > first && doc.IsPhraseBreaker(end)) && !FunctionWords.IsComplementizer(doc.Key(end)) && !(end > first && IsMonitoringVerb(end)))
            {
                end++;
            }

            // A quoted name ends at its closing mark: لـ"الاقتصادية" مصدر …; a mark that closes nowhere near opens content.
            if (doc.IsQuoteMark(first))
            {
                var closed = false;
                for (var close = first + 1; close < end; close++)
                {
                    if (doc.IsQuoteMark(close))
                    {
                        end = close + 1;
                        closed = true;
                        break;
                    }
                }

                if (!closed)
                {
                    continue;
                }
            }

            if (end == first)
            {
                continue;
            }

            while (end > first + 1 && doc.IsQuoteMark(end - 1) && !doc.IsQuoteMark(first) && CountQuotes(first, end) % 2 == 1)
            {
                end--;
            }

            if (phrases.TryOutlet(first, end, out var outlet) || IsOutletStart(first, ToUnprefixed(doc.BareKey(first))) || doc.IsQuoteMark(first))
            {
                var span = doc.SpanOf(first, end);
                var text = doc.Slice(span);
                if (!text.Any(char.IsLetter))
                {
                    continue; // a lone quotation mark is no relay
                }

                var entity = phrases.TryOutlet(first, end, out outlet) ? outlet.Canonical : WithoutPreposition(first, text);
                // «في مداخلة مع قناة X تابعها موقع Y»: Y followed X, so Y is the outer relay.
                relays.Insert(IsMonitoringVerb(k) ? 0 : relays.Count, new Relay(span, text, entity, SourceKind.Outlet));
                k = end - 1;
            }
        }

        return relays;
    }

    private int CountQuotes(int first, int end)
    {
        var n = 0;
        for (var i = first; i < end; i++)
        {
            n += doc.IsQuoteMark(i) ? 1 : 0;
        }

        return n;
    }

    /// <summary>«رصده موقع X»، «تابعتها قناة X»: a relay verb with an attached pronoun.</summary>
    public bool IsMonitoringVerb(int k)
    {
        var key = doc.BareKey(k);
        return (key.StartsWith("رصد", StringComparison.Ordinal) || key.StartsWith("تابع", StringComparison.Ordinal) || key.StartsWith("نقلت", StringComparison.Ordinal) || key.StartsWith("اورد", StringComparison.Ordinal) || key.StartsWith("بثت", StringComparison.Ordinal) || key.StartsWith("نشرت", StringComparison.Ordinal))
            && (key.EndsWith('ه') || key.EndsWith("ها", StringComparison.Ordinal));
    }

    /// <summary>The relay's name without the preposition on its first word: «للتلفزيون المصري» → «التلفزيون المصري».</summary>
    private string? WithoutPreposition(int first, string text)
    {
        var t = doc.Tokens[first];
        if ((t.Proclitics & Proclitics.Lam) == 0 || text.Length < 3)
        {
            return null;
        }

        return (t.Proclitics & Proclitics.Article) != 0 && text[1] == 'ل' ? "ا" + text[1..] : text[1..];
    }

    /// <summary>لوكالة → وكالة، للصحيفة → الصحيفة.</summary>
    private static string ToUnprefixed(string key)
    {
        if (key.Length > 3 && key[0] == 'ل' && key[1] == 'ل')
        {
            return "ال" + key[2..];
        }

        return key.Length > 2 && key[0] == 'ل' ? key[1..] : key;
    }

    private bool IsOutletStart(int k, string key)
    {
        string? Next(int o) => doc.Key(k + o);
        if (lexicon.Heads.TryMatch(key, Next, out var head, out _) && head.Kind == HeadKind.Outlet)
        {
            return true;
        }

        return lexicon.Outlets.TryMatch(key, Next, out var outlet, out _) && !outlet.Ambiguous;
    }

    /// <summary>The token after a relay that starts at <paramref name="from"/> («لـ"الاقتصادية"»، «لوكالة رويترز»), or <paramref name="from"/>.</summary>
    public int RelayEnd(int from, int to)
    {
        var relays = RelaysBetween(from, to);
        if (relays.Count == 0 || relays[0].Span.Start > doc.Tokens[Math.Min(from + 1, doc.Count - 1)].End)
        {
            return from;
        }

        var k = from;
        while (k < to && doc.Tokens[k].Start < relays[0].Span.End)
        {
            k++;
        }

        return k;
    }

    public List<Relay> DropOwnOutlet(List<Relay> chain)
    {
        if (ownOutletKeys.Length == 0 || chain.Count == 0)
        {
            return chain;
        }

        return chain.Where(r => !IsOwn(r)).ToList();
    }

    private bool IsOwn(Relay relay)
    {
        var text = ArabicNormalizer.Key(relay.Text);
        var entity = relay.Entity is null ? "" : ArabicNormalizer.Key(relay.Entity);
        return ownOutletKeys.Any(o => text.Contains(o, StringComparison.Ordinal) || string.Equals(entity, o, StringComparison.Ordinal));
    }

    private static string[] OwnOutletKeys(ReportingLexicon lexicon, ArticleMeta meta)
    {
        if (string.IsNullOrWhiteSpace(meta.Outlet))
        {
            return [];
        }

        var keys = new List<string> { ArabicNormalizer.Key(meta.Outlet) };
        var words = ReportingLexicon.KeysOf(meta.Outlet);
        if (words.Length > 0 && lexicon.Outlets.TryMatch(words[0], o => o < words.Length ? words[o] : null, out var outlet, out _))
        {
            keys.Add(ArabicNormalizer.Key(outlet.Canonical));
        }

        if (lexicon.OutletKeys.TryGetValue(meta.Outlet.Trim().ToLowerInvariant(), out var canonical))
        {
            keys.Add(ArabicNormalizer.Key(canonical));
        }

        return keys.Where(k => k.Length > 2).Distinct(StringComparer.Ordinal).ToArray();
    }
}
