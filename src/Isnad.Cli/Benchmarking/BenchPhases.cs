using Isnad.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Isnad.Cli.Benchmarking;

/// <summary>The passes compared by <c>isnad bench</c>: Isnad's text layer, Lucene.Net's ArabicAnalyzer, the full pipeline.</summary>
internal static class BenchPhases
{
    public const string TextLayer = "isnad text layer";
    public const string Lucene = "lucene ArabicAnalyzer";
    public const string Full = "isnad full pipeline";

    public static BenchPhase IsnadTextLayer() => new(TextLayer, texts =>
    {
        long tokens = 0;
        foreach (var text in texts)
        {
            tokens += TextAnalysis.Of(text).Tokens.Length;
        }

        return tokens;
    });

    /// <summary>
    /// Lucene's Arabic chain (standard tokenizer, lower-casing, stop words, normalisation, light stemming). Tokens are
    /// only counted, and the term attribute is touched so that the stemmed term is really produced.
    /// </summary>
    public static BenchPhase LuceneArabic()
    {
        var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        return new BenchPhase(Lucene, texts =>
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
        });
    }

    public static BenchPhase FullPipeline() => new(Full, texts =>
    {
        var pipeline = Isnad.Pipeline.Default;
        long tokens = 0;
        foreach (var text in texts)
        {
            tokens += pipeline.Analyze(text).Tokens.Count;
        }

        return tokens;
    });
}
