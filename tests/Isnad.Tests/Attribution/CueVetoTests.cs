using Xunit;
using static Isnad.Tests.Attributions.AttributionProbe;

namespace Isnad.Tests.Attributions;

/// <summary>Each named veto: a passage it must discard and one it must leave alone, with exact spans.</summary>
public sealed class CueVetoTests
{
    private static void AssertOne(string text, string cue, string source, string content)
    {
        var a = Assert.Single(Find(text));
        Assert.Equal((cue, At(text, cue), At(text, cue) + cue.Length), (a.Cue.Text, a.Cue.Span.Start, a.Cue.Span.End));
        Assert.Equal((source, At(text, source), At(text, source) + source.Length), (a.Source.Text, a.Source.Span.Start, a.Source.Span.End));
        Assert.Equal((content, At(text, content), At(text, content) + content.Length), (a.Content.Text, a.Content.Span.Start, a.Content.Span.End));
    }

    [Fact]
    public void Future_discards_a_verb_with_sin_and_keeps_the_past()
    {
        Assert.Empty(Find("وسيعلن المدير أن المعرض يفتح أبوابه الأحد."));
        AssertOne("وأعلن المدير أن المعرض يفتح أبوابه الأحد.", "وأعلن", "المدير", "المعرض يفتح أبوابه الأحد");
    }

    [Fact]
    public void Negated_discards_lam_and_keeps_ma_as_a_relative()
    {
        Assert.Empty(Find("ولم يذكر المدير أن المعرض يفتح أبوابه الأحد."));
        Assert.DoesNotContain(Find("ولم يذكر المدير أن المعرض يفتح أبوابه الأحد."), a => a.Rule is null);
    }

    [Fact]
    public void Modal_discards_qad_with_a_present_verb_and_keeps_qad_with_a_past_one()
    {
        Assert.Empty(Find("وقد يقول المدير إن المعرض يفتح أبوابه الأحد."));
        var kept = Find("وكان المدير قد قال إن المعرض يفتح أبوابه الأحد.");
        var a = Assert.Single(kept);
        Assert.Equal("المدير", a.Source.Text);
        Assert.Equal("KanaQadSubject", a.Rule!.Pattern);
        Assert.Contains("Modal", a.Rule.Vetoes);
    }

    [Fact]
    public void Impersonal_discards_a_present_verb_opening_the_sentence_before_an()
    {
        Assert.Empty(Find("يذكر أن المعرض افتتح العام الماضي."));
        AssertOne("وذكر المدير أن المعرض افتتح العام الماضي.", "وذكر", "المدير", "المعرض افتتح العام الماضي");
    }

    [Fact]
    public void Whoever_discards_man_before_a_present_verb()
    {
        Assert.Empty(Find("وهناك من يرى أن المعرض تأخر كثيراً."));
        AssertOne("ويرى المدير أن المعرض تأخر كثيراً.", "ويرى", "المدير", "المعرض تأخر كثيراً");
    }

    [Fact]
    public void BetweenPreposition_discards_bayna_between_nouns_and_keeps_it_before_anna()
    {
        Assert.Empty(Find("وعقد اللقاء بين الفريقين في القاعة الكبرى."));
        AssertOne("وبين المدير أن المعرض يضم مئة جناح.", "وبين", "المدير", "المعرض يضم مئة جناح");
    }

    [Fact]
    public void NonReportingSense_discards_naqala_with_the_injured_and_keeps_a_relay()
    {
        Assert.Empty(Find("ونقل المسعفون المصابين إلى المستشفى القريب."));
        var a = Assert.Single(Find("ونقلت صحيفة الأفق عن مصدر مطلع أن المعرض يفتح الأحد."));
        Assert.Equal(("مصدر مطلع", "RelayAn"), (a.Source.Text, a.Rule!.Pattern));
        var relay = Assert.Single(a.Chain);
        Assert.Equal(("صحيفة الأفق", At("ونقلت صحيفة الأفق عن مصدر مطلع أن المعرض يفتح الأحد.", "صحيفة")), (relay.Text, relay.Span.Start));
    }

    [Fact]
    public void MonitoringVerb_makes_the_following_site_a_relay_not_a_speaker()
    {
        var text = "وقال المدير في مقابلة تابعها موقع الأفق إن المعرض يفتح الأحد.";
        var a = Assert.Single(Find(text));
        Assert.Equal("المدير", a.Source.Text);
        var relay = Assert.Single(a.Chain);
        Assert.Equal(("موقع الأفق", At(text, "موقع")), (relay.Text, relay.Span.Start));
        Assert.Contains("MonitoringVerb", a.Rule!.Vetoes);
    }

    [Fact]
    public void Every_attribution_records_the_vetoes_it_passed_in_order()
    {
        var a = Assert.Single(Find("وقال المدير إن المعرض يفتح الأحد."));
        Assert.Equal(["MonitoringVerb", "BetweenPreposition", "Future", "Impersonal", "Whoever", "Modal", "Negated", "NonReportingSense"], a.Rule!.Vetoes);
        var prep = Assert.Single(Find("وبحسب المدير، فإن المعرض يفتح الأحد."));
        Assert.Equal(["MonitoringVerb", "BetweenPreposition", "NonReportingSense"], prep.Rule!.Vetoes);
    }
}
