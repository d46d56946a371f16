using Isnad.Lexicon;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Lexicon;

/// <summary>The embedded lexicons are well formed: every column holds a known value and no entry is listed twice.</summary>
public sealed class LexiconDataTests
{
    private static readonly HashSet<string> AgreementCodes = ["ms", "fs", "mp", "fp", "md", "fd"];

    [Theory]
    [InlineData("cues.txt", 5)]
    [InlineData("frames.txt", 3)]
    [InlineData("nonreporting.txt", 3)]
    [InlineData("titles.txt", 4)]
    [InlineData("anonymous.txt", 3)]
    [InlineData("anonymous-qualifiers.txt", 4)]
    [InlineData("heads.txt", 3)]
    [InlineData("outlets.txt", 5)]
    [InlineData("outlet-keys.txt", 3)]
    [InlineData("bodies.txt", 5)]
    [InlineData("places.txt", 5)]
    public void EveryLexiconHasItsColumnsAndAHeader(string file, int columns)
    {
        var rows = LexiconReader.Read(file, columns);

        Assert.NotEmpty(rows);
        Assert.True(rows[0].LineNumber > 5, $"{file} should start with a comment header");
    }

    [Fact]
    public void CueRowsUseKnownClassesAndAgreements()
    {
        string[] classes = ["verb", "participle", "noun", "prep", "relay", "knowing", "document", "stance"];
        foreach (var row in LexiconReader.Read("cues.txt", 5))
        {
            Assert.True(classes.Contains(row[2]), $"{row.FileName}:{row.LineNumber}: class «{row[2]}»");
            Assert.True(row[3] == "-" || row.Values(3).All(AgreementCodes.Contains), $"{row.FileName}:{row.LineNumber}: agreement «{row[3]}»");
        }
    }

    [Theory]
    [InlineData("cues.txt")]
    [InlineData("titles.txt")]
    [InlineData("anonymous.txt")]
    [InlineData("anonymous-qualifiers.txt")]
    [InlineData("frames.txt")]
    [InlineData("heads.txt")]
    public void NoFormIsListedTwiceUnderTheNormaliser(string file)
    {
        var duplicates = LexiconReader.Read(file)
            .GroupBy(r => ArabicNormalizer.Key(r[0]), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(r => $"{r[0]} (line {r.LineNumber})")))
            .ToArray();

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("قال", "قال", "verb", "ms")]
    [InlineData("قالتا", "قال", "verb", "fd")]
    [InlineData("قلن", "قال", "verb", "fp")]
    [InlineData("يقولون", "قال", "verb", "mp")]
    [InlineData("يقلن", "قال", "verb", "fp")]
    [InlineData("تقولان", "قال", "verb", "fd")]
    [InlineData("أضفن", "أضاف", "verb", "fp")]
    [InlineData("يؤكد", "أكد", "verb", "ms")]
    [InlineData("نفين", "نفى", "verb", "fp")]
    [InlineData("دعوا", "دعا", "verb", "mp|md")]
    [InlineData("يرون", "رأى", "verb", "mp")]
    [InlineData("رددن", "رد", "verb", "fp")]
    [InlineData("مؤكدا", "أكد", "participle", "ms")]
    [InlineData("مشيرة", "أشار", "participle", "fs")]
    [InlineData("داعين", "دعا", "participle", "mp|md")]
    [InlineData("قولها", "قال", "noun", "fs")]
    [InlineData("قولهما", "قال", "noun", "md|fd")]
    [InlineData("على لسان", "على لسان", "prep", "-")]
    [InlineData("على حد قوله", "على حد", "prep", "ms")]
    [InlineData("نقلا", "نقلا", "prep", "-")]
    [InlineData("نقلت", "نقل", "relay", "fs")]
    [InlineData("تابعها", "تابع", "relay", "ms")]
    [InlineData("علمت", "علم", "knowing", "fs")]
    [InlineData("جاء", "جاء", "document", "ms")]
    [InlineData("أعرب", "أعرب", "stance", "ms")]
    public void CueFormsCarryLemmaClassAndAgreement(string form, string lemma, string cls, string agreement)
    {
        var row = Assert.Single(LexiconReader.Read("cues.txt"), r => r[0] == form);

        Assert.Equal((lemma, cls, agreement), (row[1], row[2], row[3]));
    }

    [Fact]
    public void TitleRowsUseKnownClassesAndAgreements()
    {
        string[] classes = ["honorific", "honorific-title", "title", "office", "group"];
        foreach (var row in LexiconReader.Read("titles.txt", 4))
        {
            Assert.True(classes.Contains(row[1]), $"line {row.LineNumber}: class «{row[1]}»");
            Assert.True(row.Values(2).All(AgreementCodes.Contains), $"line {row.LineNumber}: agreement «{row[2]}»");
        }
    }

    [Fact]
    public void AnonymousHeadsAndHeadsUseKnownAgreements()
    {
        foreach (var row in LexiconReader.Read("anonymous.txt", 3).Concat(LexiconReader.Read("heads.txt", 3)))
        {
            Assert.True(row.Values(row.FileName == "heads.txt" ? 2 : 1).All(AgreementCodes.Contains), $"{row.FileName}:{row.LineNumber}");
        }
    }

    [Fact]
    public void FramesUseKnownKinds()
    {
        Assert.All(LexiconReader.Read("frames.txt", 3), row => Assert.Contains(row[1], new[] { "statement", "relay-to", "own-channel" }));
    }

    [Fact]
    public void EveryCorpusOutletKeyNamesAnOutlet()
    {
        var outlets = LexiconReader.Read("outlets.txt", 5).Select(r => (r[0], r[2])).ToHashSet();
        var keys = LexiconReader.Read("outlet-keys.txt", 3);

        Assert.Equal(14, keys.Count);
        Assert.All(keys, k => Assert.Contains((k[1], k[2]), outlets));
    }

    [Fact]
    public void EveryPlaceSitsInAKnownPlace()
    {
        var places = LexiconReader.Read("places.txt", 5);
        var names = places.Select(p => p[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(places.Where(p => p[5].Length > 0), p => Assert.Contains(p[5], names));
    }
}
