using Isnad.Corpus.Store;
using Isnad.Corpus.Text;

namespace Isnad.Corpus.Tests.Store;

/// <summary>Hand-made stored articles (invented Arabic passages) for store tests that must not depend on the engine's output.</summary>
internal static class Samples
{
    public static readonly StoredEngine OldEngine = new("old-fingerprint", "0.0.1", "b0", null, "lex0");

    public sealed record Said(string Speaker, string Kind, string Content, params string[] Chain);

    public static StoredArticle Article(string id, string? outlet, string? date, string text, params Said[] attributions) => new(
        id, $"{id}.txt", id, outlet, date, $"عنوان {id}", null, null, text, MatchWords.KeyText(text), OldEngine, "{\"schema\":\"isnad/1\"}",
        attributions.Select((a, i) =>
        {
            var start = text.IndexOf(a.Content, StringComparison.Ordinal);
            return new StoredAttribution(i, "قال", "قال", a.Speaker, a.Kind, a.Speaker, MatchWords.KeyText(a.Speaker), start, start + a.Content.Length,
                a.Content, "indirect", a.Chain.Select(r => new StoredRelay(r, r, MatchWords.KeyText(r), "outlet")).ToList());
        }).ToList(),
        MinHash.Signature(MatchWords.Split(text).Select(w => w.Key).ToList()));

    /// <summary>Three outlets, an anonymous source, a relay chain, and a phrase reprinted with a small edit.</summary>
    public static IReadOnlyList<StoreItem> Corpus() =>
    [
        Article("a1", "sabq", "2020-01-02", "قال الوزير سالم الهاشمي إن محطة التحلية الجديدة ستعمل في الربيع المقبل.",
            new Said("سالم الهاشمي", "person", "محطة التحلية الجديدة ستعمل في الربيع المقبل")),
        Article("a2", "okaz", "2020-01-01", "ونقلت وكالة واس عن مصدر مطلع أن محطة التحلية الجديدة ستعمل في الربيع القادم.",
            new Said("مصدر مطلع", "anonymous", "محطة التحلية الجديدة ستعمل في الربيع القادم", "واس")),
        Article("a3", "okaz", "2020-02-10", "وأكد سالم الهاشمي أن الموسم الزراعي كان جيداً. وقال مسؤول إن الأمطار كثيرة.",
            new Said("سالم الهاشمي", "person", "الموسم الزراعي كان جيداً"),
            new Said("مسؤول", "anonymous", "الأمطار كثيرة")),
        Article("a4", "riyadh", "2020-03-05", "وذكرت صحيفة عكاظ نقلاً عن رويترز أن الميناء أغلق يومين.",
            new Said("رويترز", "outlet", "الميناء أغلق يومين", "عكاظ", "رويترز")),
        new StoredRejection("bad.jsonl:3", "invalid JSON (x)"),
    ];
}
