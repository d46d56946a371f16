using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Text;

public sealed class SpanSetTests
{
    [Fact]
    public void Finds_exactly_the_stored_strings()
    {
        var longWord = new string('ب', 70);
        var set = new SpanSet(["وزير", "وزاره", "", longWord, "وزير"]);
        Assert.Equal(4, set.Count);
        Assert.True(set.Contains("وزير"));
        Assert.True(set.Contains("وزاره"));
        Assert.True(set.Contains(""));
        Assert.True(set.Contains(longWord));
        Assert.False(set.Contains("وزيره"));
        Assert.False(set.Contains("وزيز"));
        Assert.False(set.Contains(new string('ب', 69)));
    }
}
