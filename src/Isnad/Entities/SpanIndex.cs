using Isnad.Text;

namespace Isnad.Entities;

/// <summary>
/// Spans in the order they are added, answering «which of them overlap this span?» by binary search, so that one long
/// text costs no more per character than many short ones. While spans arrive sorted by start (as the gazetteer's
/// matches, the tagger's entities and the dates do) a query costs O(log n) plus the spans that reach it; a list that is
/// not sorted falls back to a linear scan, so an answer never depends on the order, only its cost does.
/// </summary>
internal sealed class SpanIndex
{
    private readonly List<TextSpan> spans = [];

    /// <summary>reach[i]: the largest end among spans[0..i], which stops the backward scan as soon as nothing earlier can overlap.</summary>
    private readonly List<int> reach = [];

    private bool sorted = true;

    public SpanIndex()
    {
    }

    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            Add(span);
        }
    }

    public void Add(TextSpan span)
    {
        if (spans.Count > 0 && span.Start < spans[^1].Start)
        {
            sorted = false;
        }

        reach.Add(spans.Count == 0 ? span.End : Math.Max(reach[^1], span.End));
        spans.Add(span);
    }

    /// <summary>Whether any span added so far overlaps <paramref name="span"/> (<see cref="TextSpan.Overlaps"/>).</summary>
    public bool AnyOverlaps(TextSpan span)
    {
        if (!sorted)
        {
            return spans.Exists(s => s.Overlaps(span));
        }

        for (var i = LastStartingBefore(span.End); i >= 0 && reach[i] > span.Start; i--)
        {
            if (spans[i].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The positions, in the order added, of the spans that overlap <paramref name="span"/>; <paramref name="into"/> is cleared first.</summary>
    public void Overlapping(TextSpan span, List<int> into)
    {
        into.Clear();
        if (!sorted)
        {
            for (var i = 0; i < spans.Count; i++)
            {
                if (spans[i].Overlaps(span))
                {
                    into.Add(i);
                }
            }

            return;
        }

        for (var i = LastStartingBefore(span.End); i >= 0 && reach[i] > span.Start; i--)
        {
            if (spans[i].Overlaps(span))
            {
                into.Add(i);
            }
        }

        into.Reverse();
    }

    /// <summary>The last position whose span starts before <paramref name="end"/> (−1 if none); spans are sorted.</summary>
    private int LastStartingBefore(int end)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (spans[middle].Start < end)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low - 1;
    }
}
