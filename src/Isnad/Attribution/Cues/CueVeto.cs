namespace Isnad.Attributions.Cues;

/// <summary>
/// A named reason why a word that matches a cue is no report here. Vetoes are consulted in the order a
/// <see cref="CueVetoes"/> list holds them; the first that applies discards the cue, and every attribution records the
/// names of those it passed (<see cref="Model.RuleTrace.Vetoes"/>).
/// </summary>
internal abstract class CueVeto
{
    /// <summary>The name printed by <c>--explain</c> and written in the <c>rule</c> object.</summary>
    public abstract string Name { get; }

    /// <summary>Whether this veto is asked about a cue of <paramref name="cue"/>'s class.</summary>
    public virtual bool Consults(CueEntry cue) => true;

    /// <summary>Whether the cue at token <paramref name="at"/> (<paramref name="length"/> tokens) is no report.</summary>
    public abstract bool Applies(CueSite site, int at, CueEntry cue, int length);
}

/// <summary>What a veto may look at: the article and the extraction's readers, never its drafts.</summary>
internal sealed record CueSite(ArticleText Doc, ReportingLexicon Lexicon, ChainBuilder Chains, Func<int, int, int> ComplementOrColonAfter);
