using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class DocumentStageTests
{
    private static byte Tag(string name) => BioTags.TryParse(name, out var tag) ? tag : throw new ArgumentException(name);

    [Fact]
    public void Cues_count_only_the_other_occurrences_of_a_stem()
    {
        // An invented town, tagged LOC by the first pass in sentence 1, O in sentence 2 and PER in sentence 3.
        string[][] sentences = [["زار", "نوران", "أمس"], ["في", "نوران", "اليوم"], ["نوران"]];
        byte[][] firstPass = [[0, Tag("B-LOC"), 0], [0, 0, 0], [Tag("B-PER")]];

        var cues = DocumentMemory.Cues(sentences, firstPass);

        const uint Per = 1, Loc = 1 << 2, PerHalf = 1 << 4, Others = 1 << 8;
        // Sentence 1: the others are O and PER → PER seen (1 of 2 = half).
        Assert.Equal(Per | PerHalf | Others, cues[0][1]);
        // Sentence 2: the others are LOC and PER, one each out of two → both seen, both half.
        Assert.Equal(Per | Loc | PerHalf | (Loc << 4) | Others, cues[1][1]);
        // Sentence 3: the others are LOC and O → LOC seen and half.
        Assert.Equal(Loc | (Loc << 4) | Others, cues[2][0]);
        // A word that occurs once has no cue at all.
        Assert.Equal(0u, cues[0][0]);
    }

    [Fact]
    public void Windows_keep_documents_apart()
    {
        string[][] sentences = [["نوران"], ["نوران"], ["نوران"]];
        byte[][] firstPass = [[Tag("B-LOC")], [0], [0]];

        var cues = DocumentMemory.CuesByWindow(sentences, firstPass, 2);

        Assert.Equal(1u << 8, cues[0][0]);
        Assert.Equal((1u << 2) | (1u << 6) | (1u << 8), cues[1][0]);
        Assert.Equal(0u, cues[2][0]); // alone in its window
    }

    [Fact]
    public void A_document_stage_survives_save_and_load()
    {
        string[][] words = [["قال", "سامر", "النجدي", "إن", "نوران", "جميلة", "."], ["وزار", "النجدي", "نوران", "."]];
        var sentences = new List<TaggedSentence>
        {
            new(words[0], [0, Tag("B-PER"), Tag("I-PER"), 0, Tag("B-LOC"), 0, 0]),
            new(words[1], [0, Tag("B-PER"), Tag("B-LOC"), 0]),
        };
        var gazetteer = NerGazetteer.Build(TaggerCueWords.AsPhrases());
        var first = new PerceptronTrainer(gazetteer, WordClusters.Empty).Train(sentences, null, 8, CancellationToken.None).Model;
        var firstTags = sentences.Select(s => s.Tags).ToList();
        var cues = DocumentMemory.Cues(words, firstTags);
        var stage = new PerceptronTrainer(gazetteer, WordClusters.Empty).Train(sentences, cues, null, null, 8, CancellationToken.None).Model;
        var model = first.WithDocumentStage(stage);

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);

        Assert.True(loaded.HasDocumentStage);
        var expected = sentences.Select(s => s.Tags.Select(BioTags.Name)).ToList();
        Assert.Equal(expected, model.TagDocument(words).Select(t => t.Select(BioTags.Name)));
        Assert.Equal(expected, loaded.TagDocument(words).Select(t => t.Select(BioTags.Name)));
    }
}
