using System.Runtime.CompilerServices;
using Isnad.Benchmarking;
using Isnad.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Util;

namespace Isnad.Cli.Benchmarking;

/// <summary>The passes compared by <c>isnad bench</c>: Isnad's text layer, Lucene.Net's ArabicAnalyzer, the full pipeline.</summary>
internal static class BenchPhases
{
    public const string TextLayer = "isnad text layer";
    public const string Lucene = "lucene ArabicAnalyzer";
    public const string Full = "isnad full pipeline";
    public const string Attribution = "isnad without entities";
    public const string RulesOnly = "isnad without entities, rules only";

    public static BenchPhase IsnadTextLayer() => new(TextLayer, texts =>
    {
        long tokens = 0;
        foreach (var text in texts)
        {
            tokens += TextAnalysis.Of(text).Tokens.Length;
        }

        return tokens;
    });

    /// <summary>Lucene's Arabic analyzer over the same texts (see <see cref="LuceneTokenCount"/>).</summary>
    public static BenchPhase LuceneArabic()
    {
        var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        return new BenchPhase(Lucene, texts => LuceneTokenCount.Count(analyzer, texts));
    }

    /// <summary>
    /// The whole engine. An article on which it throws is counted in <paramref name="failures"/> and skipped, so one
    /// engine bug does not hide the throughput of the rest (the table reports the count).
    /// </summary>
    public static BenchPhase FullPipeline(StrongBox<int> failures) => EnginePass(Full, Isnad.Pipeline.Default, failures);

    /// <summary>Text layer and attributions without the entity stage (tagger, gazetteers, dates): what that stage costs.</summary>
    public static BenchPhase WithoutEntities(StrongBox<int> failures) => EnginePass(Attribution, Isnad.Pipeline.WithoutEntities, failures);

    /// <summary>As <see cref="WithoutEntities"/> with resolution by the rules alone: beside it, what the mention ranker costs.</summary>
    public static BenchPhase WithoutEntitiesRulesOnly(StrongBox<int> failures) =>
        EnginePass(RulesOnly, new Isnad.PipelineBuilder().WithoutEntities().WithoutRanker().Build(), failures);

    private static BenchPhase EnginePass(string name, Isnad.Pipeline pipeline, StrongBox<int> failures) => new(name, texts =>
    {
        long tokens = 0;
        var failed = 0;
        foreach (var text in texts)
        {
            try
            {
                tokens += pipeline.Analyze(text).Tokens.Count;
            }
#pragma warning disable CA1031 // Any engine exception is counted, not fatal, in a benchmark.
            catch (Exception)
#pragma warning restore CA1031
            {
                failed++;
            }
        }

        failures.Value = failed;
        return tokens;
    });
}
