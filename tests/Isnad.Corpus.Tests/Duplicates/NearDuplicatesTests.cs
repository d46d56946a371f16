using Isnad.Corpus.Duplicates;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;

namespace Isnad.Corpus.Tests.Duplicates;

public sealed class NearDuplicatesTests
{
    private const string Story =
        "أعلنت الهيئة العامة للموانئ اليوم أن حركة السفن في الميناء الشمالي عادت إلى طبيعتها بعد توقف دام يومين بسبب العاصفة " +
        "التي ضربت الساحل، وأوضحت الهيئة أن فرق الصيانة أنهت إصلاح الرافعات وأن الشحنات المتأخرة ستصل إلى المستودعات خلال أسبوع، " +
        "مشيرة إلى أن الموانئ الأخرى لم تتأثر وأن العمل فيها مستمر على مدار الساعة دون انقطاع.";

    private static ulong[] Signature(string text) => MinHash.Signature(MatchWords.Split(text).Select(w => w.Key).ToList());

    [Fact]
    public void A_reprint_with_a_new_lead_joins_the_original_whose_earliest_copy_is_the_origin()
    {
        var reprint = "الرياض - واس: " + Story.Replace("اليوم", "أمس", StringComparison.Ordinal);
        var other = "افتتح وزير التعليم صباح اليوم مدرسة جديدة في الحي الشرقي تتسع لألف طالب، وقال إن المدرسة مجهزة بمختبرات حديثة ومكتبة كبيرة.";
        var clusters = NearDuplicates.Cluster(
        [
            ("later", "2020-05-02", "later.txt", Signature(Story)),
            ("other", "2020-04-01", "other.txt", Signature(other)),
            ("first", "2020-05-01", "first.txt", Signature(reprint)),
            ("undated", null, "undated.txt", Signature(Story)),
        ], CancellationToken.None);
        Assert.Equal(
            new Dictionary<string, string> { ["first"] = "first", ["later"] = "first", ["undated"] = "first" },
            clusters);
    }

    [Fact]
    public void Similarity_estimates_shared_shingles()
    {
        Assert.Equal(1.0, MinHash.Similarity(Signature(Story), Signature(Story)));
        var half = Story[..(Story.Length / 2)];
        var estimate = MinHash.Similarity(Signature(Story), Signature(half));
        Assert.InRange(estimate, 0.3, 0.7);
        Assert.Equal(Signature(Story), MinHash.FromBytes(MinHash.ToBytes(Signature(Story))));
    }
}
