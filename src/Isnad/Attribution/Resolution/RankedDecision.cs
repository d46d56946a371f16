using Isnad.Text;

namespace Isnad.Attributions.Resolution;

/// <summary>One candidate the ranker weighed: the mention (null for «a new speaker»), its features, and its words for scoring.</summary>
internal sealed record RankedCandidate(SpeakerMention? Mention, int[] Features, string Texts);

/// <summary>One resolution the ranker was asked about, as the trainer sees it.</summary>
/// <param name="Cue">The cue's offsets.</param>
/// <param name="Content">The content's offsets (to pair the decision with a gold item).</param>
/// <param name="PhraseText">The source as written (a description's words; empty for a pro-drop verb).</param>
/// <param name="Reference">The index in <see cref="RankerFeatureSpace.ReferenceNames"/>.</param>
/// <param name="Candidates">Most recent first.</param>
/// <param name="RulePick">The candidate the rules chose, or -1.</param>
internal sealed record RankedDecision(TextSpan Cue, TextSpan Content, string PhraseText, int Reference, IReadOnlyList<RankedCandidate> Candidates, int RulePick);

/// <summary>Receives every decision of one analysis (used by the trainer; the engine itself keeps none).</summary>
internal interface IResolutionObserver
{
    void Decided(RankedDecision decision);
}
