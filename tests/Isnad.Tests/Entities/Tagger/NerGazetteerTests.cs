using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class NerGazetteerTests
{
    [Fact]
    public void Phrases_are_marked_as_begin_and_inside_with_their_classes()
    {
        var gazetteer = NerGazetteer.Build(new Dictionary<string, string>
        {
            ["وكالة الأنباء الوطنية"] = "ORG",
            ["الرياض"] = "LOC",
            ["سمير"] = "PERS",
        });
        string[] words = ["ونقلت", "وكالة", "الانباء", "الوطنية", "عن", "سمير", "بالرياض"];

        var (begins, insides) = Mark(gazetteer, words);

        var org = (ushort)(1 << gazetteer.ClassNames.ToList().IndexOf("ORG"));
        var loc = (ushort)(1 << gazetteer.ClassNames.ToList().IndexOf("LOC"));
        var pers = (ushort)(1 << gazetteer.ClassNames.ToList().IndexOf("PERS"));
        Assert.Equal(new ushort[] { 0, org, 0, 0, 0, pers, loc }, begins);
        Assert.Equal(new ushort[] { 0, 0, org, org, 0, 0, 0 }, insides);
    }

    [Fact]
    public void A_partial_phrase_is_not_marked()
    {
        var gazetteer = NerGazetteer.Build(new Dictionary<string, string> { ["مجلس الشورى"] = "ORG" });

        var (begins, insides) = Mark(gazetteer, ["مجلس", "الإدارة"]);

        Assert.All(begins, b => Assert.Equal(0, b));
        Assert.All(insides, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Lines_without_letters_are_ignored()
    {
        var gazetteer = NerGazetteer.Build([new("****", "LOC"), new("  ", "LOC"), new("عمّان", "LOC")]);

        Assert.Equal(1, gazetteer.PhraseCount);
        Assert.Equal(["عمان"], gazetteer.Phrases().Select(p => p.Key));
    }

    private static (ushort[] Begins, ushort[] Insides) Mark(NerGazetteer gazetteer, string[] words)
    {
        var keys = words.Select(w => FeatureHash.Of(TaggerText.Normalize(w))).ToArray();
        var bare = words.Select(w => TaggerText.WordHash(TaggerText.Normalize(w))).ToArray();
        var begins = new ushort[words.Length];
        var insides = new ushort[words.Length];
        gazetteer.Mark(keys, bare, begins, insides);
        return (begins, insides);
    }

    [Theory]
    [InlineData("حزب", "ORGHEAD")]
    [InlineData("قناة", "OUTLETHEAD")]
    [InlineData("الوكالة الفرنسية", "OUTLET")]
    [InlineData("وزارة الداخلية", "BODY")]
    [InlineData("منطقة الرياض", "PLACE")]
    [InlineData("وأوضح", "CUE")]
    [InlineData("الوزير", "TITLE")]
    public void The_built_in_classes_come_from_the_lexicons(string phrase, string className) =>
        Assert.Contains(new KeyValuePair<string, string>(phrase, className), TaggerCueWords.AsPhrases());
}
