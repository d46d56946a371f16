using Isnad.Entities.Tagger;
using Xunit;

namespace Isnad.Tests.Entities.Tagger;

public sealed class WordClusterBuilderTests
{
    private static readonly string[] Names = ["سامر", "نادر", "فراس", "وسيم", "رامي", "هاني", "عادل", "كمال", "باسل", "ماهر", "جميل", "منير"];

    private static readonly string[] Towns = ["حلبون", "دارين", "صافيتا", "مرجان", "بيسان", "سلحب", "تلكلخ", "عرنة", "قطنا", "يبرود", "كفرون", "مصياف"];

    // Invented sentences: the names only ever follow "قال" and precede "إن"; the towns only follow "وصل إلى" and precede "صباح".
    private static List<string> Texts()
    {
        var random = new Random(3);
        var texts = new List<string>();
        for (var i = 0; i < 600; i++)
        {
            var name = Names[random.Next(Names.Length)];
            var town = Towns[random.Next(Towns.Length)];
            texts.Add($"قال {name} إن الوفد وصل إلى {town} صباح اليوم . وأضاف {name} أن الاجتماع في {town} مساء الغد .");
        }

        return texts;
    }

    private static Dictionary<string, string> Build() =>
        new WordClusterBuilder { MinCount = 1, Dimensions = 16, Epochs = 5, Branching = 2, MaxDepth = 4, SubsampleThreshold = 1 }
            .Build(Texts(), CancellationToken.None)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    [Fact]
    public void Words_used_alike_share_the_first_split_and_the_two_kinds_are_apart()
    {
        var paths = Build();
        var namePaths = Names.Select(name => paths[TaggerText.Normalize(name)][..1]).Distinct().ToList();
        var townPaths = Towns.Select(town => paths[TaggerText.Normalize(town)][..1]).Distinct().ToList();
        Assert.Single(namePaths);
        Assert.Single(townPaths);
        Assert.NotEqual(namePaths[0], townPaths[0]);
    }

    [Fact]
    public void The_same_input_gives_the_same_clusters()
    {
        Assert.Equal(Build(), Build());
    }

    [Fact]
    public void Paths_have_the_requested_depth_in_bits()
    {
        var paths = Build();
        Assert.All(paths.Values, path => Assert.Matches("^[01]{1,4}$", path));
        Assert.Equal(4, paths[TaggerText.Normalize(Names[0])].Length);
    }
}
