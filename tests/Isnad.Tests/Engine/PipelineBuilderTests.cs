using System.Security.Cryptography;
using Isnad.Json;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Engine;

public sealed class PipelineBuilderTests
{
    private const string Passage = "وقال وزير الزراعة سالم الحداد إن الموسم سيبدأ مبكراً هذا العام. وأضاف أن الأمطار كانت وفيرة.";

    private static string RepoFile(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(Path.Combine(parts));
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Engine_reports_the_version_and_the_sha256_of_the_shipped_model_and_each_lexicon_file()
    {
        var engine = new PipelineBuilder().Build().Engine;

        Assert.Equal("0.1.0", engine.Version);
        Assert.Equal(Sha256(RepoFile("models", "ner-ar.bin")), engine.Model);
        var lexiconFolder = Path.GetDirectoryName(RepoFile("src", "Isnad", "Lexicon", "Data", "outlets.txt"))!;
        var files = Directory.GetFiles(lexiconFolder, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, engine.LexiconFiles.Keys.ToArray());
        foreach (var file in files)
        {
            Assert.Equal(Sha256(Path.Combine(lexiconFolder, file!)), engine.LexiconFiles[file!]);
        }

        var listing = string.Concat(files.Select(f => $"{f}\t{engine.LexiconFiles[f!]}\n"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(listing))), engine.Lexicons);
        Assert.Equal(64, engine.Fingerprint.Length);
    }

    [Fact]
    public void Every_analysis_carries_its_pipelines_engine_and_the_json_writes_it()
    {
        var pipeline = new PipelineBuilder().Build();
        var analysis = pipeline.Analyze(Passage, ArticleMeta.None, CancellationToken.None);

        Assert.Same(pipeline.Engine, analysis.Engine);
        var json = AnalysisJsonWriter.ToJson(analysis, indented: false);
        var engine = pipeline.Engine;
        Assert.Contains(
            $"\"engine\":{{\"version\":\"0.1.0\",\"build\":\"{engine.Build}\",\"model\":\"{engine.Model}\",\"lexicons\":\"{engine.Lexicons}\",\"ranker\":\"{engine.Ranker}\"}},\"attributions\":",
            json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_given_as_a_stream_gives_the_same_hash_and_the_same_analysis_as_the_shipped_one()
    {
        using var stream = File.OpenRead(RepoFile("models", "ner-ar.bin"));
        var fromStream = new PipelineBuilder().UseModel(stream).Build();

        Assert.Equal(Pipeline.Default.Engine, fromStream.Engine);
        Assert.Equal(
            AnalysisJsonWriter.ToJson(Pipeline.Default.Analyze(Passage), indented: false),
            AnalysisJsonWriter.ToJson(fromStream.Analyze(Passage), indented: false));
    }

    [Fact]
    public void A_model_file_that_is_not_a_model_fails_at_build_not_at_the_first_article()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a model");
            var builder = new PipelineBuilder().UseModelFile(path);
            Assert.ThrowsAny<Exception>(() => builder.Build());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_entities_there_is_no_model_hash_and_no_entity()
    {
        var pipeline = new PipelineBuilder().WithoutEntities().Build();
        var analysis = pipeline.Analyze(Passage);

        Assert.Null(pipeline.Engine.Model);
        Assert.False(pipeline.HasEntities);
        Assert.Empty(analysis.Entities);
        Assert.Equal(Pipeline.Default.Engine.Lexicons, pipeline.Engine.Lexicons);
        Assert.NotEqual(Pipeline.Default.Engine.Fingerprint, pipeline.Engine.Fingerprint);
    }

    [Fact]
    public void A_text_past_the_limit_is_refused_with_its_length_and_the_limit()
    {
        var pipeline = new PipelineBuilder().WithMaxTextLength(20).Build();

        Assert.Equal(20, pipeline.Analyze(new string('س', 20)).Text.Length);
        var refused = Assert.Throws<TextTooLongException>(() => pipeline.Analyze(new string('س', 21)));
        Assert.Equal(21, refused.Length);
        Assert.Equal(20, refused.Limit);
        Assert.Equal("the text has 21 characters, more than the limit of 20 for one document (Parameter 'text')", refused.Message);
        Assert.Equal(PipelineBuilder.DefaultMaxTextLength, Pipeline.Default.MaxTextLength);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PipelineBuilder().WithMaxTextLength(0));
    }

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Pipeline.Default.Analyze(Passage, null, cancelled.Token));
    }

    [Fact]
    public void A_built_pipeline_is_frozen_when_the_builder_changes_afterwards()
    {
        var builder = new PipelineBuilder().WithMaxTextLength(100);
        var first = builder.Build();
        builder.WithMaxTextLength(10).WithoutEntities();

        Assert.Equal(100, first.MaxTextLength);
        Assert.True(first.HasEntities);
        Assert.NotEmpty(first.Analyze(Passage).Entities);
    }

    [Fact]
    public void Eight_threads_sharing_one_pipeline_give_what_one_thread_gives()
    {
        var pipeline = new PipelineBuilder().Build();
        string[] texts = [.. Enumerable.Range(0, 32).Select(i => Passage + $" وقال المتحدث إن العدد بلغ {i} شخصاً.")];
        var sequential = texts.Select(t => AnalysisJsonWriter.ToJson(pipeline.Analyze(t), indented: false)).ToArray();

        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i] = AnalysisJsonWriter.ToJson(pipeline.Analyze(texts[i]), indented: false));

        Assert.Equal(sequential, parallel);
    }
}
