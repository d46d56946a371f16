using Isnad.Entities.Tagger;
using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class NerModelTests
{
    // Invented sentences about fictional people, places and bodies.
    private static readonly string[] Corpus =
    [
        "قال|O سامر|B-PER النجدي|I-PER إن|O مجلس|B-ORG الواحة|I-ORG سيجتمع|O في|O مدينة|O نوران|B-LOC غدا|O .|O",
        "وأعلنت|O هيئة|B-ORG المياه|I-ORG الجبلية|I-ORG عن|O مشروع|O جديد|O في|O نوران|B-LOC .|O",
        "وأكد|O الوزير|O سامر|B-PER النجدي|I-PER أن|O مهرجان|B-MISC الربيع|I-MISC سيقام|O في|O بلدة|O سدير|B-LOC .|O",
        "زارت|O ليلى|B-PER الكرمي|I-PER مدينة|O سدير|B-LOC مع|O وفد|O من|O مجلس|B-ORG الواحة|I-ORG .|O",
        "وقالت|O ليلى|B-PER الكرمي|I-PER إن|O هيئة|B-ORG المياه|I-ORG الجبلية|I-ORG أنهت|O العمل|O .|O",
        "افتتح|O مهرجان|B-MISC الربيع|I-MISC في|O نوران|B-LOC بحضور|O سامر|B-PER النجدي|I-PER .|O",
    ];

    private static List<TaggedSentence> Sentences() =>
        Corpus.Select(line =>
        {
            var pairs = line.Split(' ').Select(p => p.Split('|')).ToArray();
            return new TaggedSentence(
                pairs.Select(p => p[0]).ToArray(),
                pairs.Select(p => BioTags.TryParse(p[1], out var tag) ? tag : throw new ArgumentException(p[1])).ToArray());
        }).ToList();

    private static NerModel Train()
    {
        var gazetteer = NerGazetteer.Build(TaggerCueWords.AsPhrases());
        var trainer = new PerceptronTrainer(gazetteer, WordClusters.Empty) { Seed = 3 };
        return trainer.Train(Sentences(), null, 10, CancellationToken.None).Model;
    }

    [Fact]
    public void A_tiny_training_run_learns_its_sentences()
    {
        var model = Train();

        foreach (var sentence in Sentences())
        {
            Assert.Equal(sentence.Tags.Select(BioTags.Name), model.Tag(sentence.Words));
        }
    }

    [Fact]
    public void Entities_come_out_as_word_ranges()
    {
        var model = Train();

        var entities = model.FindEntities(["قال", "سامر", "النجدي", "إن", "مجلس", "الواحة", "سيجتمع", "في", "مدينة", "نوران", "غدا", "."]);

        Assert.Equal(
            [new TaggedEntity(1, 2, EntityType.PER), new TaggedEntity(4, 5, EntityType.ORG), new TaggedEntity(9, 9, EntityType.LOC)],
            entities);
    }

    [Fact]
    public void Save_and_load_give_identical_tags_and_bytes()
    {
        var model = Train().WithOutsideBias(-0.5f);
        using var first = new MemoryStream();
        model.Save(first);
        first.Position = 0;
        var loaded = NerModel.Load(first);
        using var second = new MemoryStream();
        loaded.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(model.FeatureCount, loaded.FeatureCount);
        Assert.Equal(model.Gazetteer.PhraseCount, loaded.Gazetteer.PhraseCount);
        Assert.Equal(-0.5f, loaded.OutsideBias);
        string[] unseen = ["وقال", "سامر", "الكرمي", "إن", "بلدة", "نوران", "جميلة", "."];
        foreach (var words in Sentences().Select(s => s.Words).Append(unseen))
        {
            Assert.Equal(model.Tag(words), loaded.Tag(words));
        }
    }

    [Fact]
    public void Loading_rejects_other_files()
    {
        using var stream = new MemoryStream("NOTAMODEL-AT-ALL"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => NerModel.Load(stream));
    }

    [Fact]
    public void Loading_rejects_a_truncated_file()
    {
        using var full = new MemoryStream();
        Train().Save(full);
        using var truncated = new MemoryStream(full.ToArray()[..(int)(full.Length / 2)]);

        Assert.Throws<InvalidDataException>(() => NerModel.Load(truncated));
        Assert.Throws<InvalidDataException>(() => NerModel.Load(new MemoryStream([1, 2, 3])));
    }

    [Fact]
    public void Empty_and_odd_input_is_tagged_without_error()
    {
        var model = Train();

        Assert.Empty(model.Tag([]));
        var tags = model.Tag(["", "\u200F", "؟", "x"]).Select(n => BioTags.TryParse(n, out var t) ? t : throw new ArgumentException(n)).ToArray();
        Assert.Equal(4, tags.Length);
        Assert.All(Enumerable.Range(0, tags.Length), i => Assert.True(BioTags.IsAllowed(i == 0 ? null : tags[i - 1], tags[i])));
    }
}
