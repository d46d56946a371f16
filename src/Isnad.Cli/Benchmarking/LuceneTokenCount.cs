using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;

namespace Isnad.Benchmarking;

/// <summary>
/// One pass of Lucene's Arabic chain (standard tokenizer, lower-casing, stop words, normalisation, light stemming) over
/// the texts, counting tokens; the term attribute is touched so that the stemmed term is really produced. Shared by
/// <c>isnad bench</c> and the BenchmarkDotNet project (compiled into both), so both measure the same work.
/// </summary>
internal static class LuceneTokenCount
{
    public static long Count(ArabicAnalyzer analyzer, IEnumerable<string> texts)
    {
        long tokens = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", new StringReader(text));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }

            stream.End();
        }

        return tokens;
    }
}
