using Isnad.Text;

namespace Isnad.Attributions.Cues;

/// <summary>Shared tests of the cue's form for the modality vetoes.</summary>
internal static class CueForm
{
    /// <summary>An imperfect verb: its form starts with a present prefix its lemma lacks (يقول، نؤكد، تقول).</summary>
    public static bool IsPresentTense(CueEntry cue)
    {
        var form = cue.FormKey;
        var lemma = cue.LemmaKey;
        return form.Length > 0 && !string.Equals(form, lemma, StringComparison.Ordinal)
            && (form[0] == 'ي' || form[0] == 'ن' || (form[0] == 'ت' && lemma.Length > 0 && lemma[0] != 'ت'));
    }

    /// <summary>Prepositional and stance cues have no tense: the modality vetoes do not ask them.</summary>
    public static bool IsVerbal(CueEntry cue) => cue.Class is not (CueClass.Prep or CueClass.Stance);

    /// <summary>Whether the word before the cue is one that <see cref="ModalVeto"/> decides alone (قد قال / قد يقول).</summary>
    public static bool AfterQad(ArticleText doc, int at) => doc.IsWord(at - 1) && FunctionWords.ModalParticles.Contains(doc.Key(at - 1));
}

/// <summary>«سيعلن»، «وسيقول»: the future is not yet said.</summary>
internal sealed class FutureVeto : CueVeto
{
    public override string Name => "Future";

    public override bool Consults(CueEntry cue) => CueForm.IsVerbal(cue);

    public override bool Applies(CueSite site, int at, CueEntry cue, int length) => (site.Doc.Tokens[at].Proclitics & Proclitics.Sin) != 0;
}

/// <summary>«يذكر أن …»، «ويرجح أن …»: an impersonal present verb opening a sentence is the article's own voice.</summary>
internal sealed class ImpersonalVeto : CueVeto
{
    public override string Name => "Impersonal";

    public override bool Consults(CueEntry cue) => CueForm.IsVerbal(cue);

    public override bool Applies(CueSite site, int at, CueEntry cue, int length)
    {
        var doc = site.Doc;
        var start = doc.SentenceStartToken(at);
        return CueForm.IsPresentTense(cue) && FunctionWords.IsComplementizer(doc.Key(at + 1))
            && (at == start || at == start + 1 && !doc.IsWord(at - 1));
    }
}

/// <summary>«هناك من يرى أن …»: whoever thinks so, no one in particular.</summary>
internal sealed class WhoeverVeto : CueVeto
{
    public override string Name => "Whoever";

    public override bool Consults(CueEntry cue) => CueForm.IsVerbal(cue);

    public override bool Applies(CueSite site, int at, CueEntry cue, int length) =>
        site.Doc.IsWord(at - 1) && FunctionWords.WhoeverWords.Contains(site.Doc.Key(at - 1)) && CueForm.IsPresentTense(cue);
}

/// <summary>«قد يقول» is hypothetical; «قد قال» is a past perfect, asserted.</summary>
internal sealed class ModalVeto : CueVeto
{
    public override string Name => "Modal";

    public override bool Consults(CueEntry cue) => CueForm.IsVerbal(cue);

    public override bool Applies(CueSite site, int at, CueEntry cue, int length) => CueForm.AfterQad(site.Doc, at) && CueForm.IsPresentTense(cue);
}

/// <summary>«لم يذكر»، «لن يعلن»، «لا يقول»: negated speech (the list is <c>FunctionWords.NonAssertive</c>).</summary>
internal sealed class NegatedVeto : CueVeto
{
    public override string Name => "Negated";

    public override bool Consults(CueEntry cue) => CueForm.IsVerbal(cue);

    public override bool Applies(CueSite site, int at, CueEntry cue, int length)
    {
        var doc = site.Doc;
        if (!doc.IsWord(at - 1) || CueForm.AfterQad(doc, at))
        {
            return false; // after «قد» only ModalVeto decides
        }

        var prev = doc.Key(at - 1);
        return FunctionWords.NonAssertive.Contains(prev) && !FunctionWords.NonNegatingParticles.Contains(prev);
    }
}
