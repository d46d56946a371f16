using FsCheck.Xunit;
using Isnad.Json;
using Isnad.Model;
using Isnad.Tests.Text;
using Xunit;

namespace Isnad.Tests.Engine;

/// <summary>
/// The whole pipeline on text built from the pieces that break text layers (Arabic letters and marks, cue words, quotes,
/// punctuation, line breaks, surrogate halves): it never throws, every span lies inside the text, and it gives the
/// same output every time and from several threads at once.
/// </summary>
[Properties(Arbitrary = [typeof(TextArbitraries)], MaxTest = 200)]
public sealed class PipelinePropertyTests
{
    private static readonly Pipeline Engine = new PipelineBuilder().Build();

    [Property]
    public void Random_text_never_throws_and_every_span_is_inside_the_text(MixedText text)
    {
        var analysis = Engine.Analyze(text.Value);
        var length = text.Value.Length;
        void Inside(Isnad.Text.TextSpan span) => Assert.True(span.Start >= 0 && span.Start <= span.End && span.End <= length, $"{span.Start}-{span.End} outside 0-{length}");
        foreach (var a in analysis.Attributions)
        {
            Inside(a.Cue.Span);
            Inside(a.Source.Span);
            Inside(a.Content.Span);
            if (a.Source.Resolved is { } resolved)
            {
                Inside(resolved.Span);
                Assert.Equal(text.Value[resolved.Span.Start..resolved.Span.End], resolved.Text);
            }

            foreach (var relay in a.Chain)
            {
                Inside(relay.Span);
            }

            Assert.Equal(text.Value[a.Cue.Span.Start..a.Cue.Span.End], a.Cue.Text);
            Assert.Equal(text.Value[a.Content.Span.Start..a.Content.Span.End], a.Content.Text);
        }

        foreach (var entity in analysis.Entities)
        {
            Inside(entity.Span);
        }
    }

    [Property(MaxTest = 50)]
    public void The_same_text_gives_the_same_json_twice(MixedText text)
    {
        Assert.Equal(AnalysisJsonWriter.ToJson(Engine.Analyze(text.Value), indented: false), AnalysisJsonWriter.ToJson(Engine.Analyze(text.Value), indented: false));
    }

    [Fact]
    public void Eight_threads_give_the_output_of_one()
    {
        string[] articles =
        [
            "وقال وزير الصحة سالم الحداد إن المستشفى الجديد يفتح أبوابه الشهر المقبل. وأضاف أن المستشفى يضم مئتي سرير.",
            "ونقلت صحيفة الأفق عن مصادر مطلعة أن الوزارة تدرس مستشفى ثانياً. وأوضحت المصادر أن الدراسة تنتهي في الربيع.",
            "وبحسب المركز الوطني للأرصاد، ستشهد المنطقة رياحاً نشطة حتى مساء الغد، مشيراً إلى أن الحرارة ستنخفض.",
            "\"سنعيد فتح الطريق قريباً\"، قال مدير المرور نادر العطار للصحفيين.",
        ];
        var expected = articles.Select(a => AnalysisJsonWriter.ToJson(Engine.Analyze(a), indented: false)).ToArray();
        var results = new string[8 * 25];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = AnalysisJsonWriter.ToJson(Engine.Analyze(articles[i % articles.Length]), indented: false));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % articles.Length], results[i]);
        }

        Assert.Equal(2, Engine.Analyze(articles[0]).Attributions.Count);
    }

    [Fact]
    public void A_text_past_the_limit_is_refused_with_its_length_and_the_limit()
    {
        var small = new PipelineBuilder().WithoutEntities().WithMaxTextLength(10).Build();
        var refused = Assert.Throws<TextTooLongException>(() => small.Analyze("وقال المدير إن الطريق مغلق"));
        Assert.Contains("26", refused.Message, StringComparison.Ordinal);
        Assert.Contains("10", refused.Message, StringComparison.Ordinal);
        Assert.Empty(small.Analyze("وقال").Attributions);
    }
}
