using Isnad.Entities;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Entities;

public sealed class SpanIndexTests
{
    private static readonly TextSpan[] Sorted = [new(0, 4), new(6, 10), new(6, 8), new(12, 30), new(14, 16), new(40, 41)];

    [Theory]
    [InlineData(4, 6, new int[0])]
    [InlineData(3, 5, new[] { 0 })]
    [InlineData(7, 13, new[] { 1, 2, 3 })]
    [InlineData(15, 20, new[] { 3, 4 })]
    [InlineData(30, 40, new int[0])]
    [InlineData(0, 100, new[] { 0, 1, 2, 3, 4, 5 })]
    [InlineData(29, 41, new[] { 3, 5 })]
    public void Overlapping_gives_the_positions_of_overlapping_spans_in_the_order_added(int start, int end, int[] expected)
    {
        var index = new SpanIndex(Sorted);
        var found = new List<int>();

        index.Overlapping(new TextSpan(start, end), found);

        Assert.Equal(expected, found);
        Assert.Equal(expected.Length > 0, index.AnyOverlaps(new TextSpan(start, end)));
    }

    [Fact]
    public void An_unsorted_list_gives_the_same_answers_as_a_linear_scan()
    {
        // A short span far before a long one: the sorted fast path would miss the long one, the fallback must not.
        var index = new SpanIndex([new TextSpan(50, 60), new TextSpan(0, 100), new TextSpan(20, 22)]);
        var found = new List<int>();

        index.Overlapping(new TextSpan(21, 25), found);

        Assert.Equal([1, 2], found);
        Assert.True(index.AnyOverlaps(new TextSpan(70, 71)));
        Assert.False(index.AnyOverlaps(new TextSpan(100, 120)));
    }

    [Fact]
    public void Spans_added_one_by_one_are_found_by_later_queries()
    {
        var index = new SpanIndex();
        Assert.False(index.AnyOverlaps(new TextSpan(0, 10)));

        index.Add(new TextSpan(5, 9));
        index.Add(new TextSpan(20, 25));

        Assert.True(index.AnyOverlaps(new TextSpan(8, 21)));
        Assert.False(index.AnyOverlaps(new TextSpan(9, 20)));
        Assert.True(index.AnyOverlaps(new TextSpan(24, 30)));
    }

    [Fact]
    public void Random_spans_give_exactly_what_a_linear_scan_gives()
    {
        var random = new Random(8);
        for (var round = 0; round < 200; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => random.Next(0, 200)).Select(s => new TextSpan(s, s + random.Next(0, 30))).ToList();
            if (round % 2 == 0)
            {
                spans.Sort((a, b) => a.Start.CompareTo(b.Start));
            }

            var index = new SpanIndex(spans);
            var found = new List<int>();
            for (var q = 0; q < 20; q++)
            {
                var start = random.Next(0, 230);
                var query = new TextSpan(start, start + random.Next(0, 20));
                var expected = Enumerable.Range(0, spans.Count).Where(i => spans[i].Overlaps(query)).ToList();

                index.Overlapping(query, found);

                Assert.Equal(expected, found);
                Assert.Equal(expected.Count > 0, index.AnyOverlaps(query));
            }
        }
    }
}
