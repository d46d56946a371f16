using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class DomainAdaptationTests
{
    // Invented: one corpus tags «رابية» (a fictional name) as an organisation, the other as a place, in the same
    // context; the first has three times as many such sentences. Either may be the target.
    private static List<TaggedSentence> Sentences(bool adapt, bool targetIsLarger = false)
    {
        var sentences = new List<TaggedSentence>();
        string[] words = ["وصل", "الوفد", "إلى", "رابية", "أمس", "."];
        for (var i = 0; i < 9; i++)
        {
            sentences.Add(new TaggedSentence(words, [0, 0, 0, Tag("B-ORG"), 0, 0], !adapt ? Domains.General : targetIsLarger ? Domains.Target : Domains.Other));
        }

        for (var i = 0; i < 3; i++)
        {
            sentences.Add(new TaggedSentence(words, [0, 0, 0, Tag("B-LOC"), 0, 0], !adapt ? Domains.General : targetIsLarger ? Domains.Other : Domains.Target));
        }

        return sentences;
    }

    private static byte Tag(string name) => BioTags.TryParse(name, out var tag) ? tag : throw new ArgumentException(name);

    private static string TagOfName(bool targetIsLarger)
    {
        var trainer = new PerceptronTrainer(NerGazetteer.Empty, WordClusters.Empty) { Seed = 5 };
        var model = trainer.Train(Sentences(adapt: true, targetIsLarger), null, 10, CancellationToken.None).Model;
        return model.Tag(["وصل", "الوفد", "إلى", "رابية", "أمس", "."])[3];
    }

    [Fact]
    public void The_model_follows_the_smaller_target_corpus() => Assert.Equal("B-LOC", TagOfName(targetIsLarger: false));

    [Fact]
    public void The_model_follows_the_larger_target_corpus() => Assert.Equal("B-ORG", TagOfName(targetIsLarger: true));

    [Fact]
    public void The_saved_model_has_no_domain_copies()
    {
        var trainer = new PerceptronTrainer(NerGazetteer.Empty, WordClusters.Empty) { Seed = 5 };
        var adapted = trainer.Train(Sentences(adapt: true), null, 10, CancellationToken.None).Model;
        var plain = new PerceptronTrainer(NerGazetteer.Empty, WordClusters.Empty) { Seed = 5 }.Train(Sentences(adapt: false), null, 10, CancellationToken.None).Model;

        Assert.Equal(plain.Hashes.Order(), adapted.Hashes.Order());
    }
}
