namespace Isnad.Attributions.Cues;

/// <summary>«رصده موقع X»، «تابعتها قناة Y»: a monitoring verb names a relay, not a report of its own.</summary>
internal sealed class MonitoringVerbVeto : CueVeto
{
    public override string Name => "MonitoringVerb";

    public override bool Applies(CueSite site, int at, CueEntry cue, int length) => site.Chains.IsMonitoringVerb(at);
}

/// <summary>
/// «بين» is «between» far more often than «he stated»: a cue only at a clause start and before a reported clause
/// (a complementizer or a colon).
/// </summary>
internal sealed class BetweenPrepositionVeto : CueVeto
{
    public override string Name => "BetweenPreposition";

    public override bool Applies(CueSite site, int at, CueEntry cue, int length)
    {
        var doc = site.Doc;
        if (!FunctionWords.BetweenWords.Contains(doc.BareKey(at)))
        {
            return false;
        }

        var atClauseStart = at == doc.SentenceStartToken(at) || doc.IsClauseMark(at - 1) || doc.StartsWithConjunction(at);
        var marker = site.ComplementOrColonAfter(at + 1, doc.SentenceEndToken(at));
        return !atClauseStart || marker < 0 || !FunctionWords.IsComplementizer(doc.Key(marker)) && !doc.IsPunct(marker, ':');
    }
}

/// <summary>نقل المصابين، نقلت التحية: a cue lemma followed by a word that shows another sense (nonreporting.txt).</summary>
internal sealed class NonReportingSenseVeto : CueVeto
{
    private const int Window = 4;

    public override string Name => "NonReportingSense";

    public override bool Applies(CueSite site, int at, CueEntry cue, int length)
    {
        var doc = site.Doc;
        if (!site.Lexicon.NonReporting.TryGetValue(cue.LemmaKey, out var followers))
        {
            return false;
        }

        var end = doc.SentenceEndToken(at);
        for (var k = at + length; k < Math.Min(end, at + length + Window); k++)
        {
            var key = PhraseReader.StripArticle(doc.BareKey(k));
            if (followers.Contains(key) || followers.Contains(doc.Key(k)) || followers.Contains(doc.BareKey(k)))
            {
                // A reported clause right after it still makes it a report; a later quotation does not («نقل الجرحى … "…"»).
                for (var c = k + 1; c < Math.Min(end, k + Window); c++)
                {
                    if (FunctionWords.IsComplementizer(doc.Key(c)))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (FunctionWords.IsComplementizer(doc.Key(k)))
            {
                return false;
            }
        }

        return false;
    }
}
