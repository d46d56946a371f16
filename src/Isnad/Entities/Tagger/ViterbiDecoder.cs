namespace Isnad.Entities.Tagger;

/// <summary>
/// First-order Viterbi over the nine BIO tags. Transitions that BIO forbids (an I- that does not follow a B- or I- of
/// its type, or starts the sentence) are never taken, whatever the weights say.
/// </summary>
internal static class ViterbiDecoder
{
    /// <summary>Row <see cref="BioTags.Count"/> of the transition matrix holds the scores from the sentence start.</summary>
    public const int StartRow = BioTags.Count;

    public const int TransitionSize = (BioTags.Count + 1) * BioTags.Count;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <param name="emissions">Score of tag t at word i at <c>i * 9 + t</c>.</param>
    /// <param name="transitions">Score of tag t after tag p at <c>p * 9 + t</c>, start row last.</param>
    public static void Decode(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<float> scores, Span<byte> backpointers, Span<byte> tags)
    {
        const int T = BioTags.Count;
        var n = tags.Length;
        if (n == 0)
        {
            return;
        }

        for (var t = 0; t < T; t++)
        {
            scores[t] = Allowed[(StartRow * T) + t] ? emissions[t] + transitions[(StartRow * T) + t] : float.NegativeInfinity;
        }

        for (var i = 1; i < n; i++)
        {
            var previous = scores.Slice((i - 1) * T, T);
            for (var t = 0; t < T; t++)
            {
                var best = float.NegativeInfinity;
                var bestFrom = 0;
                for (var p = 0; p < T; p++)
                {
                    if (!Allowed[(p * T) + t])
                    {
                        continue;
                    }

                    var score = previous[p] + transitions[(p * T) + t];
                    if (score > best)
                    {
                        best = score;
                        bestFrom = p;
                    }
                }

                scores[(i * T) + t] = best + emissions[(i * T) + t];
                backpointers[(i * T) + t] = (byte)bestFrom;
            }
        }

        var last = scores.Slice((n - 1) * T, T);
        var bestTag = 0;
        for (var t = 1; t < T; t++)
        {
            if (last[t] > last[bestTag])
            {
                bestTag = t;
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            tags[i] = (byte)bestTag;
            bestTag = backpointers[(i * T) + bestTag];
        }
    }

    private static bool[] BuildAllowed()
    {
        const int T = BioTags.Count;
        var allowed = new bool[TransitionSize];
        for (var t = 0; t < T; t++)
        {
            allowed[(StartRow * T) + t] = BioTags.IsAllowed(null, (byte)t);
            for (var p = 0; p < T; p++)
            {
                allowed[(p * T) + t] = BioTags.IsAllowed((byte)p, (byte)t);
            }
        }

        return allowed;
    }
}
