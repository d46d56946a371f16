using Isnad.Cli.Evaluation;
using Xunit;

namespace Isnad.Tests.Eval;

public sealed class PythonTextTests
{
    [Theory]
    [InlineData(0.125, "0.12")] // exact tie: Python rounds to even, .NET's F2 would give 0.13
    [InlineData(0.375, "0.38")]
    [InlineData(0.625, "0.62")]
    [InlineData(0.875, "0.88")]
    [InlineData(2.0 / 3.0, "0.67")]
    [InlineData(1.0 / 3.0, "0.33")]
    [InlineData(0.005, "0.01")] // 0.005 is stored a little above the tie
    [InlineData(0.0, "0.00")]
    [InlineData(1.0, "1.00")]
    public void Fixed2_matches_pythons_format(double value, string expected) =>
        Assert.Equal(expected, PythonText.Fixed2(value));

    [Theory]
    [InlineData("صحيفة «الأفق»", "صحيفه الافق")]
    [InlineData("إِنَّ المُسْتَشْفَى", "ان المستشفي")]
    [InlineData("آلاء، ٱلمـدينة: (Reuters).", "الاء المدينه reuters")]
    [InlineData("  a\u001Cb\u00A0c  ", "a b c")]
    [InlineData(null, "")]
    public void Norm_matches_score_attr(string? input, string expected) =>
        Assert.Equal(expected, PythonText.Norm(input));

    [Fact]
    public void Repr_of_a_list_quotes_and_escapes_like_python()
    {
        Assert.Equal("[]", PythonText.ReprList([]));
        Assert.Equal("['الافق', \"it's\", 'a\\\\b', 'x\\u200fy']", PythonText.ReprList(["الافق", "it's", "a\\b", "x\u200Fy"]));
    }

    [Fact]
    public void Slices_count_code_points_and_clamp_like_python()
    {
        Assert.Equal("a😀", PythonText.Take("a😀b", 2));
        Assert.Equal("cd", PythonText.Slice("abcd", 2, 99));
        Assert.Equal("d", PythonText.Slice("abcd", -1, 4));
        Assert.Equal("", PythonText.Slice("abcd", 3, 1));
    }
}
