using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

/// <summary>The whole text layer on an invented news passage with the usual mess: quotes of several kinds, a number, an abbreviation, paragraphs.</summary>
public sealed class TextAnalysisTests
{
    private const string Passage =
        "قال المتحدث باسم وزارة النقل، سالم العتيبي، إن «الطريق سيفتح غدا. ونحن جاهزون».\n" +
        "وأضاف: ”العمل مستمر منذ 3.5 أشهر“، مشيرا إلى أن د. هند الزهراني تابعت المشروع.\n\n" +
        "وبحسب بيان الوزارة، فإن التكلفة بلغت 1,200 مليون ريال؟ نعم!";

    [Fact]
    public void Sentences_of_a_news_passage()
    {
        var analysis = TextAnalysis.Of(Passage);
        Assert.Equal(
            [
                "قال المتحدث باسم وزارة النقل، سالم العتيبي، إن «الطريق سيفتح غدا. ونحن جاهزون».",
                "وأضاف: ”العمل مستمر منذ 3.5 أشهر“، مشيرا إلى أن د. هند الزهراني تابعت المشروع.",
                "وبحسب بيان الوزارة، فإن التكلفة بلغت 1,200 مليون ريال؟",
                "نعم!",
            ],
            analysis.Sentences.Select(s => s.Span.Slice(Passage)));
        Assert.Equal([0, 80, 160, 215], analysis.Sentences.Select(s => s.Start));
    }

    [Fact]
    public void Quotations_of_a_news_passage()
    {
        var analysis = TextAnalysis.Of(Passage);
        Assert.Equal(
            [("«الطريق سيفتح غدا. ونحن جاهزون»", true), ("”العمل مستمر منذ 3.5 أشهر“", true)],
            analysis.Quotations.Select(q => (q.Span.Slice(Passage), q.Closed)));
    }

    [Fact]
    public void Reporting_words_of_a_news_passage_have_their_stems()
    {
        var analysis = TextAnalysis.Of(Passage);
        string[] stems = [.. analysis.Tokens.Where(t => t.Kind == TokenKind.Arabic).Select(t => t.Stem.Slice(Passage))];
        Assert.Contains("أضاف", stems);
        Assert.Contains("حسب", stems);
        Assert.Contains("متحدث", stems);
        Assert.Contains("وزارة", stems);
        Assert.Equal(9, analysis.Tokens.Count(t => t.Kind == TokenKind.Arabic && t.Proclitics.HasFlag(Proclitics.Article)));
    }
}
