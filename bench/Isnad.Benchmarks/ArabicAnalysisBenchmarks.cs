using BenchmarkDotNet.Attributes;
using Isnad.Benchmarking;
using Isnad.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Util;

namespace Isnad.Benchmarks;

/// <summary>
/// Isnad's text layer and full pipeline against Lucene.Net's ArabicAnalyzer over the same real news articles. Each
/// benchmark is one pass over all the articles and returns its token count, so no work can be optimised away.
/// </summary>
[MemoryDiagnoser]
public class ArabicAnalysisBenchmarks
{
    private string[] texts = [];
    private ArabicAnalyzer analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Articles the engine cannot yet handle are left out of every benchmark, so all three see the same input.
        texts = [.. CorpusSample.Load().Where(EngineHandles)];
        analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => analyzer.Dispose();

    [Benchmark(Baseline = true, Description = "Lucene ArabicAnalyzer")]
    public long LuceneArabicAnalyzer() => LuceneTokenCount.Count(analyzer, texts);

    [Benchmark(Description = "Isnad text layer")]
    public long IsnadTextLayer()
    {
        long tokens = 0;
        foreach (var text in texts)
        {
            var layer = TextAnalysis.Of(text);
            tokens += layer.Tokens.Length + layer.Sentences.Length + layer.Quotations.Length;
        }

        return tokens;
    }

    [Benchmark(Description = "Isnad full pipeline")]
    public long IsnadFullPipeline()
    {
        long found = 0;
        foreach (var text in texts)
        {
            var analysis = Pipeline.Default.Analyze(text);
            found += analysis.Tokens.Count + analysis.Attributions.Count;
        }

        return found;
    }

    private static bool EngineHandles(string text)
    {
        try
        {
            Pipeline.Default.Analyze(text);
            return true;
        }
#pragma warning disable CA1031 // A benchmark measures what works; engine bugs are tested elsewhere.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }
}
