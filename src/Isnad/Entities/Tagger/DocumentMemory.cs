using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Isnad.Entities.Tagger;

/// <summary>
/// What a first tagging pass says about a document, as cues for a second pass: a name tagged PER in one sentence of an
/// article is likely PER where the context is poorer. Per word, counting only its other occurrences in the document:
/// bits 0-3: its stem was tagged as PER, ORG, LOC or MISC there; bits 4-7: in at least half of them; bit 8: there are
/// other occurrences.
/// </summary>
internal static class DocumentMemory
{
    /// <summary>
    /// Cues for a corpus without document boundaries: consecutive sentences are grouped <paramref name="window"/> at a
    /// time, which in newswire mostly keeps an article's sentences together.
    /// </summary>
    public static uint[][] CuesByWindow(IReadOnlyList<string[]> sentences, IReadOnlyList<byte[]> firstPass, int window)
    {
        var cues = new uint[sentences.Count][];
        for (var start = 0; start < sentences.Count; start += window)
        {
            var count = Math.Min(window, sentences.Count - start);
            var part = Cues(sentences.Skip(start).Take(count).ToList(), firstPass.Skip(start).Take(count).ToList());
            part.CopyTo(cues, start);
        }

        return cues;
    }

    public static uint[][] Cues(IReadOnlyList<string[]> sentences, IReadOnlyList<byte[]> firstPass)
    {
        var stems = new ulong[sentences.Count][];
        Span<char> key = stackalloc char[TaggerText.MaxKeyLength];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            stems[s] = new ulong[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                var length = TaggerText.Normalize(words[i] ?? "", key);
                var k = key[..length];
                stems[s][i] = FeatureHash.Of(k[TaggerText.Stem(k, out _, out _)..]);
            }
        }

        return Cues(stems, firstPass);
    }

    /// <summary>The cues from the words' stem hashes (as the feature extractor computes them) and first-pass tags.</summary>
    public static uint[][] Cues(IReadOnlyList<ulong[]> stems, IReadOnlyList<byte[]> firstPass)
    {
        var counts = new Dictionary<ulong, StemCounts>();
        for (var s = 0; s < stems.Count; s++)
        {
            for (var i = 0; i < stems[s].Length; i++)
            {
                var stem = stems[s][i];
                ref var perType = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, stem, out _);
                perType[0]++;
                var tag = firstPass[s][i];
                if (tag != BioTags.Outside)
                {
                    perType[1 + (int)BioTags.TypeOf(tag)]++;
                }
            }
        }

        var cues = new uint[stems.Count][];
        for (var s = 0; s < stems.Count; s++)
        {
            cues[s] = new uint[stems[s].Length];
            for (var i = 0; i < cues[s].Length; i++)
            {
                // Counts elsewhere in the document: this occurrence's own first-pass tag is left out, so the
                // second stage learns from the document and not from a copy of the first stage.
                var perType = counts[stems[s][i]];
                var own = firstPass[s][i];
                var ownType = own == BioTags.Outside ? -1 : (int)BioTags.TypeOf(own);
                var others = perType[0] - 1;
                uint bits = 0;
                for (var t = 0; t < 4; t++)
                {
                    var tagged = perType[1 + t] - (t == ownType ? 1 : 0);
                    if (tagged > 0)
                    {
                        bits |= 1u << t;
                        if (tagged * 2 >= others)
                        {
                            bits |= 1u << (4 + t);
                        }
                    }
                }

                if (others > 0)
                {
                    bits |= 1u << 8;
                }

                cues[s][i] = bits;
            }
        }

        return cues;
    }
}

/// <summary>Occurrences of a stem in a document, then how many the first pass tagged PER, ORG, LOC, MISC.</summary>
[InlineArray(5)]
internal struct StemCounts
{
    private int _element;
}
