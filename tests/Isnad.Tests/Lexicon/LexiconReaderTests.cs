using Isnad.Lexicon;
using Xunit;

namespace Isnad.Tests.Lexicon;

public sealed class LexiconReaderTests
{
    [Fact]
    public void CommentsAndBlankLinesAreSkippedAndColumnsTrimmed()
    {
        const string file = "# header: form\tclass\n\n  # indented comment\nقال\tverb \t ms\n\t\n";
        // The last line has an empty first column: it is an error, so parse only the good part here.
        var rows = LexiconReader.Parse("t.txt", new StringReader(file[..file.LastIndexOf('\t')]), minColumns: 3);

        var row = Assert.Single(rows);
        Assert.Equal(4, row.LineNumber);
        Assert.Equal(["قال", "verb", "ms"], row.Columns);
        Assert.Equal("", row[7]);
    }

    [Fact]
    public void AnEmptyFirstColumnNamesFileAndLine()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconReader.Parse("cues.txt", new StringReader("# c\nقال\tverb\n\tverb\n")));

        Assert.Equal("cues.txt:3: the first column is empty", error.Message);
        Assert.Equal("cues.txt", error.FileName);
        Assert.Equal(3, error.LineNumber);
    }

    [Fact]
    public void TooFewColumnsNamesFileAndLine()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconReader.Parse("titles.txt", new StringReader("سموه\thonorific\tms\nمعاليه\thonorific\n"), minColumns: 3));

        Assert.Equal("titles.txt:2: expected at least 3 TAB-separated columns, found 2", error.Message);
    }

    [Fact]
    public void SpacesInsteadOfTabsGetAHint()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconReader.Parse("x.txt", new StringReader("قال    verb    ms\n"), minColumns: 3));

        Assert.Equal("x.txt:1: expected at least 3 TAB-separated columns, found 1 (columns must be separated by TAB, not spaces)", error.Message);
    }

    [Fact]
    public void AMissingResourceIsNamed()
    {
        var error = Assert.Throws<LexiconException>(() => LexiconReader.Read("nothere.txt"));

        Assert.Equal("nothere.txt: no embedded lexicon named Isnad.Lexicon.nothere.txt", error.Message);
        Assert.Equal(0, error.LineNumber);
        Assert.False(LexiconReader.Exists("nothere.txt"));
        Assert.True(LexiconReader.Exists("cues.txt"));
    }

    [Fact]
    public void ValuesSplitsOnBars()
    {
        var row = new LexiconRow("t.txt", 1, ["رويترز", "Reuters", "agency", " وكالة رويترز | رويترز ||Reuters", "no"]);

        Assert.Equal(["وكالة رويترز", "رويترز", "Reuters"], row.Values(3));
        Assert.Equal("t.txt:1: bad", row.Error("bad").Message);
    }
}
