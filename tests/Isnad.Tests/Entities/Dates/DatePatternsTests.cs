using Isnad.Entities.Dates;
using Xunit;

namespace Isnad.Tests.Entities.Dates;

/// <summary>The source-generated date patterns are exactly the patterns composed from the date word lists.</summary>
public sealed class DatePatternsTests
{
    [Fact]
    public void Every_spelled_out_pattern_equals_its_composition_from_the_word_lists()
    {
        var composed = DateResolver.ComposedPatterns();

        Assert.Equal(composed, DateResolver.Patterns.Select(p => p.Pattern.Regex.ToString()));
    }

    [Fact]
    public void The_patterns_keep_their_options()
    {
        var options = DateResolver.Patterns.Select(p => p.Pattern.Regex.Options).ToArray();

        var named = System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture;
        Assert.Equal([named, named, named, named, named, named, System.Text.RegularExpressions.RegexOptions.CultureInvariant, named], options);
    }
}
