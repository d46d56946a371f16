namespace Isnad.Cli.Evaluation;

/// <summary>The counters of score_attr.py: core gold items, true and false positives, and correct parts over true positives.</summary>
internal sealed record ScoreCounts(int Gold, int TruePositives, int FalsePositives, int Strict, int Source, int Chain, int Form)
{
    public static ScoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public ScoreCounts Add(ScoreCounts other) => new(
        Gold + other.Gold,
        TruePositives + other.TruePositives,
        FalsePositives + other.FalsePositives,
        Strict + other.Strict,
        Source + other.Source,
        Chain + other.Chain,
        Form + other.Form);
}
