using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Isnad.Entities.Dates;
using Xunit;

namespace Isnad.Tests.Entities.Dates;

/// <summary>Running each date pattern only around its triggers gives exactly the matches of a scan over the whole text.</summary>
[Properties(Arbitrary = [typeof(DateishArbitraries)], MaxTest = 300)]
public sealed class TriggeredRegexTests
{
    private static (int, int)[] All(IEnumerable<Match> matches) => matches.Select(m => (m.Index, m.Length)).ToArray();

    [Property]
    public void Every_pattern_finds_what_a_whole_text_scan_finds(DateishText text)
    {
        var folded = new FoldedText(text.Value).Value;
        foreach (var (pattern, _) in DateResolver.Patterns)
        {
            Assert.Equal(All(pattern.Regex.Matches(folded)), All(pattern.Matches(folded)));
        }
    }

    [Theory]
    [InlineData("وصل الوفد منتصف ليل   اول من امس الى المدينه", 0, "منتصف ليل   اول من امس")]
    [InlineData("بغداد ثم بعد غد", 0, "بعد غد")]
    [InlineData("في عطله نهايه هذا الاسبوع", 2, "عطله نهايه هذا الاسبوع")]
    [InlineData("21 من شهر كانون  الثاني 2015م", 4, "21 من شهر كانون  الثاني 2015م")]
    [InlineData("تاريخ 5/10/1436ه", 6, "5/10/1436ه")]
    public void The_longest_prefix_before_a_trigger_is_kept(string folded, int pattern, string expected)
    {
        var match = Assert.Single(DateResolver.Patterns[pattern].Pattern.Matches(folded));

        Assert.Equal(expected, match.Groups["m"].Value);
        Assert.Equal(All(DateResolver.Patterns[pattern].Pattern.Regex.Matches(folded)), new[] { (match.Index, match.Length) });
    }

    [Fact]
    public void A_text_without_triggers_gives_nothing()
    {
        Assert.All(DateResolver.Patterns, p => Assert.Empty(p.Pattern.Matches("قال المتحدث إن اللجنة اجتمعت لمناقشة الخطة")));
    }
}
