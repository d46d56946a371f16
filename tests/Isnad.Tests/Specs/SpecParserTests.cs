using Isnad.Model;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Specs;

public sealed class SpecParserTests
{
    private const string Sample = """
        # عينة

        ## وزارة ومصدر

        @outlet الوطن
        @date 2024-03-05

        وقالت وزارة الصحة إن عدد الإصابات ارتفع إلى 40.

        وأضاف مصدر في الوزارة لـ"الوطن" أن "الوضع تحت السيطرة".

        .
        cue: وقالت | source: وزارة الصحة | kind: organization | form: indirect | chain: — | content: عدد الإصابات ارتفع إلى 40
        cue: وأضاف | source: مصدر | kind: anonymous | form: direct | chain: — | content: الوضع تحت السيطرة | affiliation: الوزارة

        ## لا شيء

        نقل المسعفون المصابين إلى المستشفى.
        .
        (none)
        """;

    [Fact]
    public void ParsesACaseExactly()
    {
        var cases = SpecParser.Parse("sample.md", Sample);

        Assert.Equal(2, cases.Count);
        var first = cases[0];
        Assert.Equal("وزارة ومصدر", first.Title);
        Assert.Equal("sample.md › وزارة ومصدر", first.Id);
        Assert.Equal(3, first.Line);
        Assert.Equal("الوطن", first.Outlet);
        Assert.Equal(new DateOnly(2024, 3, 5), first.Date);
        Assert.Equal("وقالت وزارة الصحة إن عدد الإصابات ارتفع إلى 40.\n\nوأضاف مصدر في الوزارة لـ\"الوطن\" أن \"الوضع تحت السيطرة\".", first.Passage);
        Assert.Equal(2, first.Expected.Count);

        var ministry = first.Expected[0];
        Assert.Equal("وقالت", ministry.Cue);
        Assert.Equal(["وزارة الصحة"], ministry.Source);
        Assert.Equal("organization", ministry.Kind);
        Assert.Equal("indirect", ministry.Form);
        Assert.Empty(ministry.Chain);
        Assert.Equal("عدد الإصابات ارتفع إلى 40", ministry.Content);
        Assert.Null(ministry.NestedIn);
        Assert.Null(ministry.Affiliation);
        Assert.False(ministry.Optional);

        var anonymous = first.Expected[1];
        Assert.Equal("anonymous", anonymous.Kind);
        Assert.Equal("direct", anonymous.Form);
        Assert.Equal("الوضع تحت السيطرة", anonymous.Content);
        Assert.Equal("الوزارة", anonymous.Affiliation);

        Assert.Equal("لا شيء", cases[1].Title);
        Assert.Null(cases[1].Outlet);
        Assert.Empty(cases[1].Expected);
    }

    [Fact]
    public void ParsesAlternativesChainsNestingAndOptional()
    {
        const string markdown = """
            # t

            ## c

            ونقل موقع "المدار" عن وكالة "الأفق" عن سالم الحداد قوله: "قال لي الوزير إن الطريق سيفتح"، وأشاد بالقرار.
            .
            cue: ونقل | source: سالم الحداد / الحداد | kind: person | form: direct | chain: المدار > وكالة الأفق / الأفق | content: قال لي الوزير إن الطريق سيفتح
            cue: قال | source: الوزير | kind: person | form: indirect | chain: — | content: الطريق سيفتح | nested_in: 1
            cue: وأشاد | source: الحداد | kind: person | form: indirect | chain: — | content: بالقرار | optional
            """;

        var expected = SpecParser.Parse("t.md", markdown).Single().Expected;

        Assert.Equal(["سالم الحداد", "الحداد"], expected[0].Source);
        Assert.Equal(2, expected[0].Chain.Count);
        Assert.Equal(["المدار"], expected[0].Chain[0]);
        Assert.Equal(["وكالة الأفق", "الأفق"], expected[0].Chain[1]);
        Assert.Equal(1, expected[1].NestedIn);
        Assert.True(expected[2].Optional);
    }

    [Theory]
    [InlineData("## c\n\nقال زيد إن الجو صاف.\n.\n(none)", 1, "starts with a '# title'")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n", 3, "no '.' line")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n.\ncue: قال | source: زيد | kind: human | form: indirect | chain: — | content: الجو صاف", 7, "kind 'human'")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n.\ncue: قال | source: زيد | kind: person | form: indirect | chain: — | content: الجو ممطر", 7, "does not occur")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n.\ncue: قال | source: عمرو | kind: person | form: indirect | chain: — | content: الجو صاف", 7, "source 'عمرو'")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n.\ncue: قال | source: زيد | kind: person | form: indirect | content: الجو صاف", 7, "missing field 'chain'")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n.\ncue: قال | source: زيد | kind: person | form: indirect | chain: — | content: الجو صاف | nested_in: 1", 7, "nested_in: 1")]
    [InlineData("# t\n\n## c\n\n@place جدة\nقال زيد إن الجو صاف.\n.\n(none)", 5, "meta line")]
    [InlineData("# t\n\n## c\n\nقال زيد إن الجو صاف.\n.\n", 3, "no expectations")]
    public void RejectsMalformedFilesWithFileAndLine(string markdown, int line, string problem)
    {
        var error = Assert.Throws<SpecFormatException>(() => SpecParser.Parse("bad.md", markdown));

        Assert.StartsWith($"bad.md:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySpecFileParses()
    {
        var files = SpecLibrary.Files().ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.NotEmpty(SpecParser.ParseFile(file));
        }
    }

    [Fact]
    public void NamesMatchAfterNormalisation()
    {
        Assert.True(NameMatcher.AnyContained(["وزارة الصحة"], ["وزاره الصّحة"]));
        Assert.True(NameMatcher.AnyContained(["الأفق"], ["صحيفة \"الافق\""]));
        Assert.True(NameMatcher.AnyContained(["مستشفى"], ["مستشفي الملك"]));
        Assert.False(NameMatcher.AnyContained(["وزارة الصحة"], ["وزارة التعليم"]));
    }

    [Fact]
    public void ComparisonFailsOnEveryWrongPart()
    {
        const string markdown = """
            # t

            ## c

            ونقلت صحيفة "الأفق" عن مصدر حكومي قوله إن الاتفاق بات قريباً.
            .
            cue: ونقلت | source: مصدر حكومي | kind: anonymous | form: indirect | chain: الأفق | content: الاتفاق بات قريباً
            """;
        var expected = SpecParser.Parse("t.md", markdown).Single().Expected;
        var right = new Attribution(
            "a1",
            new Cue(new TextSpan(0, 5), "ونقلت", "نقل"),
            new Source(new TextSpan(22, 31), "مصدر حكومي", SourceKind.Anonymous, null, "مصدر حكومي", null),
            new Content(new TextSpan(44, 62), "الاتفاق بات قريباً", ContentForm.Indirect),
            [new Relay(new TextSpan(6, 17), "صحيفة \"الأفق\"", "الأفق", SourceKind.Outlet)],
            null);

        Assert.Empty(AttributionSpecTests.Compare(expected, [right]));
        Assert.Single(AttributionSpecTests.Compare(expected, [right with { Chain = [] }]));
        Assert.Single(AttributionSpecTests.Compare(expected, [right with { Content = right.Content with { Form = ContentForm.Direct } }]));
        Assert.Single(AttributionSpecTests.Compare(expected, [right with { Content = right.Content with { Text = "الاتفاق بات" } }]));
        Assert.Single(AttributionSpecTests.Compare(expected, [right with { Source = right.Source with { Kind = SourceKind.Person } }]));
        Assert.Single(AttributionSpecTests.Compare(expected, [right with { Source = right.Source with { Text = "الصحيفة", Entity = null } }]));
        Assert.NotEmpty(AttributionSpecTests.Compare(expected, []));
        Assert.NotEmpty(AttributionSpecTests.Compare(expected, [right, right with { Id = "a2" }]));
    }

    [Fact]
    public void OptionalLinesAreAcceptedEitherWayAndNestedLinesNeedTheirOuter()
    {
        const string markdown = """
            # t

            ## c

            وأشاد سالم الحداد بالقرار، وقال: "قال لي الوزير إن الطريق سيفتح".
            .
            cue: وأشاد | source: سالم الحداد | kind: person | form: indirect | chain: — | content: بالقرار | optional
            cue: وقال | source: سالم الحداد | kind: person | form: direct | chain: — | content: قال لي الوزير إن الطريق سيفتح
            cue: قال | source: الوزير | kind: person | form: indirect | chain: — | content: الطريق سيفتح | nested_in: 2
            """;
        var expected = SpecParser.Parse("t.md", markdown).Single().Expected;
        var source = new Source(new TextSpan(6, 17), "سالم الحداد", SourceKind.Person, null, "سالم الحداد", null);
        var praise = new Attribution("a1", new Cue(new TextSpan(0, 5), "وأشاد", "أشاد"), source, new Content(new TextSpan(18, 25), "بالقرار", ContentForm.Indirect), [], null);
        var outer = new Attribution("a2", new Cue(new TextSpan(27, 31), "وقال", "قال"), source, new Content(new TextSpan(34, 63), "قال لي الوزير إن الطريق سيفتح", ContentForm.Direct), [], null);
        var nested = new Attribution(
            "a3",
            new Cue(new TextSpan(34, 37), "قال", "قال"),
            new Source(new TextSpan(41, 47), "الوزير", SourceKind.Person, null, null, null),
            new Content(new TextSpan(51, 63), "الطريق سيفتح", ContentForm.Indirect),
            [],
            "a2");

        Assert.Empty(AttributionSpecTests.Compare(expected, [praise, outer, nested]));
        Assert.Empty(AttributionSpecTests.Compare(expected, [outer, nested]));
        Assert.Single(AttributionSpecTests.Compare(expected, [outer]));
        Assert.Single(AttributionSpecTests.Compare(expected, [outer, nested with { NestedIn = "a9" }]));
        Assert.NotEmpty(AttributionSpecTests.Compare(expected, [outer, nested with { NestedIn = null }]));
    }
}
