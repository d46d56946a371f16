namespace Isnad.Attributions.Cues;

/// <summary>The vetoes asked of every cue, in order (a frozen list; order matters only for the name recorded first).</summary>
internal static class CueVetoes
{
    public static IReadOnlyList<CueVeto> Default { get; } =
    [
        new MonitoringVerbVeto(),
        new BetweenPrepositionVeto(),
        new FutureVeto(),
        new ImpersonalVeto(),
        new WhoeverVeto(),
        new ModalVeto(),
        new NegatedVeto(),
        new NonReportingSenseVeto(),
    ];
}
