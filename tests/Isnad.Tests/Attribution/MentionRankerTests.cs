using Isnad.Attributions.Resolution;
using Isnad.Json;
using Isnad.Lexicon;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Attributions;

public sealed class MentionRankerTests
{
    private const string Passage =
        "وقال وزير الصحة سالم الحداد إن المستشفى الجديد يفتح أبوابه الشهر المقبل. وأضاف أن المستشفى يضم مئتي سرير. " +
        "ونقلت صحيفة الأفق عن مصادر مطلعة أن الوزارة تدرس مستشفى ثانياً. وأوضحت المصادر أن الدراسة تنتهي في الربيع.";

    [Fact]
    public void Every_feature_has_a_unique_name_that_maps_back_to_its_index()
    {
        var names = Enumerable.Range(0, RankerFeatureSpace.Size).Select(RankerFeatureSpace.NameOf).ToArray();
        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("SentenceDistance:Description:4-5", names[RankerFeatureSpace.Index(RankerFeatureSpace.SentenceDistance, 3, 4)]);
        for (var i = 0; i < names.Length; i++)
        {
            Assert.True(RankerFeatureSpace.TryIndexOf(names[i], out var back));
            Assert.Equal(i, back);
        }
    }

    [Fact]
    public void A_saved_model_loads_back_with_the_same_scores()
    {
        var weights = MentionRanker.RuleWeights();
        weights[RankerFeatureSpace.Index(RankerFeatureSpace.Named, 0, 1)] = 0.75f;
        var ranker = new MentionRanker(weights);
        var written = new StringWriter { NewLine = "\n" };
        ranker.Save(written, "a test model");
        var loaded = MentionRanker.Load(new StringReader(written.ToString()), "test.tsv");

        int[] features = [RankerFeatureSpace.Index(RankerFeatureSpace.Named, 0, 1), RankerFeatureSpace.Index(RankerFeatureSpace.RulePick, 0, 1)];
        Assert.Equal(1.75f, loaded.Score(features));
        Assert.StartsWith("# a test model\nRulePick:ProDrop:yes\t1\n", written.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_with_an_unknown_feature_or_a_bad_weight_fails_naming_the_file_and_line()
    {
        var unknown = Assert.Throws<LexiconException>(() => MentionRanker.Load(new StringReader("# header\nNoSuchFeature:ProDrop:yes\t1\n"), "bad.tsv"));
        Assert.Contains("bad.tsv", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("2", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("NoSuchFeature", unknown.Message, StringComparison.Ordinal);
        var number = Assert.Throws<LexiconException>(() => MentionRanker.Load(new StringReader("RulePick:ProDrop:yes\tmany\n"), "bad.tsv"));
        Assert.Contains("'many' is not a weight", number.Message, StringComparison.Ordinal);
        Assert.Throws<LexiconException>(() => MentionRanker.Load(new StringReader("# nothing\n"), "empty.tsv"));
    }

    [Fact]
    public void A_ranker_with_the_rules_weights_decides_as_the_rules_do()
    {
        var rules = new PipelineBuilder().WithoutEntities().WithoutRanker().Build();
        var written = new StringWriter { NewLine = "\n" };
        new MentionRanker(MentionRanker.RuleWeights()).Save(written, "rules");
        using var model = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(written.ToString()));
        var ranked = new PipelineBuilder().WithoutEntities().UseRanker(model).Build();

        var byRules = rules.Analyze(Passage).Attributions;
        var byRanker = ranked.Analyze(Passage).Attributions;
        Assert.Equal(byRules.Select(a => (a.Cue.Span, a.Source.Span, a.Source.Resolved, a.Content.Span)), byRanker.Select(a => (a.Cue.Span, a.Source.Span, a.Source.Resolved, a.Content.Span)));
        Assert.Equal(["KnownMention", "RecentSpeaker", "KnownMention", "Description"], byRules.Select(a => a.Rule!.Resolution));
        Assert.Equal(["KnownMention", "MentionRanker", "KnownMention", "MentionRanker"], byRanker.Select(a => a.Rule!.Resolution));
    }

    [Fact]
    public void The_shipped_ranker_resolves_the_sequel_and_the_description_and_its_hash_is_reported()
    {
        var analysis = new PipelineBuilder().WithoutEntities().Build().Analyze(Passage);
        var minister = Passage.IndexOf("وزير الصحة سالم الحداد", StringComparison.Ordinal);
        var sources = Passage.IndexOf("مصادر مطلعة", StringComparison.Ordinal);
        Assert.Equal(
            [(minister, minister + "وزير الصحة سالم الحداد".Length), (sources, sources + "مصادر مطلعة".Length)],
            analysis.Attributions.Where(a => a.Source.Resolved is not null).Select(a => (a.Source.Resolved!.Span.Start, a.Source.Resolved.Span.End)));
        Assert.Equal("الأفق", analysis.Attributions[3].Chain.Single().Text[^5..]);
        Assert.Matches("^[0-9a-f]{64}$", analysis.Engine!.Ranker!);
        Assert.Contains("\"ranker\":\"" + analysis.Engine.Ranker + "\"", AnalysisJsonWriter.ToJson(analysis, indented: false), StringComparison.Ordinal);
        Assert.Null(new PipelineBuilder().WithoutEntities().WithoutRanker().Build().Engine.Ranker);
    }
}
