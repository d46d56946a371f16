using System.Text.Json;
using Isnad.Cli.Evaluation;
using Xunit;

namespace Isnad.Tests.Eval;

public sealed class AttributionScorerTests
{
    [Fact]
    public void Hand_made_case_gives_the_hand_computed_counts_and_lines()
    {
        using var gold = JsonDocument.Parse(ScoringCase.Gold().ToJsonString());
        using var system = JsonDocument.Parse(ScoringCase.System().ToJsonString());
        var lines = new List<string>();

        var counts = AttributionScorer.Score(gold.RootElement, ScoringCase.Text, system.RootElement, lines.Add);

        // 4 core items; 3 found (1, 2, 5); a3 and a5 unmatched; a4 is taken by the optional item and ignored.
        Assert.Equal(new ScoreCounts(Gold: 4, TruePositives: 3, FalsePositives: 2, Strict: 2, Source: 3, Chain: 2, Form: 2), counts);
        Assert.Equal(
            [
                "  #2 ونقلت صحيفة: source ok; chain WRONG []",
                "  miss #3 وأضاف المصدر",
            ],
            lines);
        // detect P 3/5, R 3/4, F1 2PR/(P+R) = 0.667; strict P 2/5, R 2/4, F1 0.444.
        Assert.Equal(
            "case-1.txt: strict F1 0.44 (detect P 0.60 R 0.75 F1 0.67; of found: source 3/3, chain 2/3, form 2/3; 2 unmatched)",
            AttributionScorer.Line(ScoringCase.Doc, counts));
    }

    [Fact]
    public void Wrong_source_prints_the_normalised_system_texts()
    {
        const string text = "وقال أحمد إن «الخطة» جاهزة.";
        var gold = $$"""
            {"doc":"d","items":[{"id":"x","cue":"وقال","cue_span":[0,4],"source":["خالد"],"content_span":[11,26],"form":"mixed","chain":[]}]}
            """;
        var system = """
            {"attributions":[{"cue":{"start":0,"end":4},"source":{"start":5,"end":9,"text":"أحمد","entity":"أحمد","resolved":{"start":5,"end":9,"text":"أحمد"}},
              "content":{"start":11,"end":26,"form":"mixed"},"chain":[{"text":"وكالة «الأنباء»"}]}]}
            """;
        using var goldDocument = JsonDocument.Parse(gold);
        using var systemDocument = JsonDocument.Parse(system);
        var lines = new List<string>();

        var counts = AttributionScorer.Score(goldDocument.RootElement, text, systemDocument.RootElement, lines.Add);

        Assert.Equal(new ScoreCounts(1, 1, 0, 0, 0, 0, 1), counts);
        Assert.Equal(["  #x وقال: source WRONG (احمد | احمد | احمد); chain WRONG ['وكاله الانباء']"], lines);
        Assert.Equal("d: strict F1 0.00 (detect P 1.00 R 1.00 F1 1.00; of found: source 0/1, chain 0/1, form 1/1; 0 unmatched)",
            AttributionScorer.Line("d", counts));
    }

    [Fact]
    public void Nothing_found_and_nothing_expected_score_zero_without_dividing_by_zero()
    {
        Assert.Equal("ALL (micro): strict F1 0.00 (detect P 0.00 R 0.00 F1 0.00; of found: source 0/0, chain 0/0, form 0/0; 0 unmatched)",
            AttributionScorer.Line("ALL (micro)", ScoreCounts.Zero));
    }
}
