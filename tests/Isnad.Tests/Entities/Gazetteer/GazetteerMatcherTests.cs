using Isnad.Entities.Gazetteer;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Entities.Gazetteer;

public sealed class GazetteerMatcherTests
{
    private static readonly GazetteerMatcher Matcher = GazetteerMatcher.Default;

    private static (string Span, string Name, string Canonical, string Latin, string Type, bool Ambiguous)[] Find(string text) =>
        Matcher.FindAll(text).Select(m => (m.Span.Slice(text), m.NameSpan.Slice(text), m.Canonical, m.Latin, m.Type, m.Ambiguous)).ToArray();

    [Fact]
    public void AnOutletWithItsTypeWordIsOneMatch()
    {
        Assert.Equal([("وكالة رويترز", "وكالة رويترز", "رويترز", "Reuters", "agency", false)],
            Find("ونقلت وكالة رويترز عن مصدر مطلع أن الاجتماع تأجل."));
    }

    [Fact]
    public void ProcliticsOnTheFirstWordAreStrippedFromTheName()
    {
        Assert.Equal([("لوكالة فرانس برس", "وكالة فرانس برس", "فرانس برس", "AFP", "agency", false)],
            Find("وقال المتحدث لوكالة فرانس برس إن الطريق مفتوح."));
        Assert.Equal([("بالأمم المتحدة", "الأمم المتحدة", "الأمم المتحدة", "United Nations", "international", false)],
            Find("ورحب بالأمم المتحدة وجهودها."));
    }

    [Fact]
    public void TheArticleMayVaryOnlyInNamesOfSeveralWords()
    {
        // «أمم متحدة» is not a name, but the article is free on the first of two words; «هند» is not «الهند».
        Assert.Equal([("الهند", "الهند", "الهند", "India", "country", false)], Find("زار الهند"));
        Assert.Empty(Find("قالت هند"));
        Assert.Equal([("وللسعودية", "سعودية", "السعودية", "Saudi Arabia", "country", false)], Find("وللسعودية دور"));
    }

    [Fact]
    public void TwoUniversitiesThatShareTheWordImamStayApart()
    {
        Assert.Equal([("جامعة الإمام عبدالرحمن بن فيصل", "جامعة الإمام عبدالرحمن بن فيصل", "جامعة الإمام عبدالرحمن بن فيصل", "Imam Abdulrahman Bin Faisal University", "university", false)],
            Find("أجرت جامعة الإمام عبدالرحمن بن فيصل دراسة"));
        Assert.Equal([("جامعة الإمام محمد بن سعود", "جامعة الإمام محمد بن سعود", "جامعة الإمام محمد بن سعود الإسلامية", "Imam Muhammad ibn Saud Islamic University", "university", false)],
            Find("أجرت جامعة الإمام محمد بن سعود دراسة"));
    }

    [Fact]
    public void AnAmbiguousBareNameReportsEveryCandidateAsAmbiguous()
    {
        Assert.Equal(
            [
                ("الرياض", "الرياض", "الرياض", "Al Riyadh", "newspaper", true),
                ("الرياض", "الرياض", "الرياض", "Al-Riyadh SC", "club", true),
                ("الرياض", "الرياض", "الرياض", "Riyadh", "capital", true),
            ],
            Find("وصل إلى الرياض مساء").OrderBy(m => m.Latin, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void ATypeWordConfirmsItsOwnKindAndDropsTheOthers()
    {
        var text = "وذكرت لصحيفة «الرياض» مصادر";
        var match = Assert.Single(Matcher.FindAll(text));

        Assert.Equal(("الرياض", "newspaper", false, true, true), (match.Span.Slice(text), match.Type, match.Ambiguous, match.Quoted, match.Typed));
        Assert.Equal("لصحيفة", match.TypeWord.Slice(text));
        Assert.Equal([("مدينة الرياض", "مدينة الرياض", "الرياض", "Riyadh", "capital", false)], Find("في مدينة الرياض"));
    }

    [Fact]
    public void QuotationMarksConfirmAnAmbiguousName()
    {
        var matches = Matcher.FindAll("وقالت \"اليوم\" إن");

        Assert.All(matches, m => Assert.False(m.Ambiguous));
        Assert.Equal(["Al-Yaum"], matches.Select(m => m.Latin));
    }

    [Fact]
    public void ANameThatIsOnlyATypeWordIsStillAmbiguous()
    {
        // مدينة is a type word for places, but «المدينة» alone is the newspaper, the city of Madinah or any city.
        Assert.Equal([("المدينة", "المدينة", "المدينة", "Al-Madina", "newspaper", true)], Find("وفي المدينة"));
        Assert.Equal([("ومع", "ومع", "ومع", "MAP", "agency", true)], Find("ومع ذلك"));
    }

    [Fact]
    public void ATypeWordOfAnotherKindConfirmsNothing()
    {
        // وكالة announces an agency: «الأنباء» after it is not confirmed as the Kuwaiti newspaper.
        var match = Assert.Single(Matcher.FindAll("ونقلت وكالة الأنباء الرسمية"));

        Assert.Equal(("الأنباء", "newspaper", true, false), (match.Canonical, match.Type, match.Ambiguous, match.Typed));
    }

    [Theory]
    [InlineData("كسرت الزجاج")]
    [InlineData("وأم الطفل")]
    public void ProcliticsAndHamzaDoNotMakeNames(string text)
    {
        // كسرت is not ك + سرت (Sirte); «وأم» (and a mother) is not وام, whose alef carries no hamza.
        Assert.Empty(Find(text));
    }

    [Fact]
    public void AHamzaOnHamzatAlWaslIsTolerated()
    {
        Assert.Equal([("الإتحاد الأوروبي", "الإتحاد الأوروبي", "الاتحاد الأوروبي", "European Union", "international", false)], Find("الإتحاد الأوروبي"));
    }

    [Fact]
    public void TheLongestAliasWins()
    {
        Assert.Equal([("الجزيرة نت", "الجزيرة نت", "الجزيرة نت", "Al Jazeera Net", "site", false)], Find("بحسب الجزيرة نت"));
        Assert.Equal([("قناة الجزيرة", "قناة الجزيرة", "الجزيرة", "Al Jazeera", "channel", false)], Find("في مقابلة مع قناة الجزيرة"));
        Assert.Equal(["Al Jazeera", "Al-Jazirah"], Matcher.FindAll("ذكرت الجزيرة").Select(m => m.Latin).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AbbreviationsWithDotsAndLatinNamesMatch()
    {
        Assert.Equal([("أ.ف.ب", "أ.ف.ب", "فرانس برس", "AFP", "agency", false)], Find("(أ.ف.ب) -"));
        Assert.Equal([("Reuters", "Reuters", "رويترز", "Reuters", "agency", false)], Find("المصدر: Reuters"));
    }

    [Fact]
    public void ShortLatinAliasesKeepTheirCase()
    {
        Assert.Equal([("AP", "AP", "أسوشيتد برس", "Associated Press", "agency", false)], Find("بحسب AP"));
        Assert.Empty(Find("let us go"));
    }

    [Fact]
    public void PlacesKnowWhatContainsThem()
    {
        var match = Assert.Single(Matcher.FindAll("في منطقة جدة"));

        Assert.Equal(("جدة", "منطقة مكة المكرمة", true), (match.Canonical, match.Entry.Within, match.Typed));
    }

    [Fact]
    public void MatchesFollowTextOrderWithoutOverlap()
    {
        var text = "وأكد مجلس التعاون الخليجي في الرياض دعمه لليمن";
        var matches = Matcher.FindAll(text);

        Assert.Equal(["مجلس التعاون الخليجي", "الرياض", "الرياض", "الرياض", "لليمن"], matches.Select(m => m.Span.Slice(text)));
        Assert.Equal("يمن", matches[^1].NameSpan.Slice(text));
        Assert.Equal("اليمن", matches[^1].Canonical);
    }

    [Fact]
    public void DiacriticsDoNotHideANameAndStayInTheSpan()
    {
        var text = "وَقَالَتْ وَكَالَةُ رُويتَرز";
        var match = Assert.Single(Matcher.FindAll(text));

        Assert.Equal("وَكَالَةُ رُويتَرز", match.Span.Slice(text));
    }

    [Fact]
    public void EveryAliasFindsItsOwnEntry()
    {
        var failures = new List<string>();
        foreach (var entry in Matcher.Entries)
        {
            foreach (var alias in entry.Aliases)
            {
                var matches = Matcher.FindAll(alias);
                if (!matches.Any(m => ReferenceEquals(m.Entry, entry) && m.Span == new TextSpan(0, alias.Length)))
                {
                    failures.Add($"{entry.Canonical}: {alias}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void EntriesComeFromTheThreeLexicons()
    {
        Assert.Equal(
            [GazetteerSource.Outlet, GazetteerSource.Body, GazetteerSource.Place],
            Matcher.Entries.Select(e => e.Source).Distinct());
        Assert.Contains(Matcher.Entries, e => e is { Canonical: "واس", Latin: "SPA", Type: "agency", Ambiguous: false });
    }

    [Fact]
    public void AMalformedGazetteerRowNamesItsLine()
    {
        var rows = Isnad.Lexicon.LexiconReader.Parse("outlets.txt", new StringReader("# h\nرويترز\tReuters\tagenzia\tرويترز\tno\n"), 5);

        var error = Assert.Throws<Isnad.Lexicon.LexiconException>(() => GazetteerLexicon.Load(rows, GazetteerSource.Outlet).ToList());

        Assert.StartsWith("outlets.txt:2: unknown type «agenzia»", error.Message, StringComparison.Ordinal);
    }
}
