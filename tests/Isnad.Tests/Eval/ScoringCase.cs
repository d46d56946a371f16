using System.Text.Json.Nodes;

namespace Isnad.Tests.Eval;

/// <summary>A hand-made article, gold file and system output for scorer tests; spans are found by substring so they stay right.</summary>
internal static class ScoringCase
{
    public const string Doc = "case-1.txt";

    public const string Text =
        "واحة الأخبار - قال سالم الحداد إن الجو حار اليوم. " +
        "ونقلت صحيفة الأفق عن مصدر حكومي قوله إن الاتفاق قريب. " +
        "وأضاف المصدر أن اللجنة ستجتمع الأحد. " +
        "وذكر البيان أن الطرق مغلقة. " +
        "وقال مدير المكتب إن الموقع جاهز.";

    public static JsonObject Gold() => new()
    {
        ["doc"] = Doc,
        ["outlet"] = new JsonArray("واحة الأخبار"),
        ["aliases"] = new JsonObject { ["AFQ"] = new JsonArray("الأفق", "صحيفة الأفق") },
        ["items"] = new JsonArray(
            Item(1, "قال", "قال سالم", ["سالم الحداد"], "الجو حار", "indirect", [], optional: false),
            Item(2, "ونقلت", "ونقلت صحيفة", ["مصدر حكومي"], "الاتفاق قريب", "indirect", [["AFQ"]], optional: false),
            Item(3, "وأضاف", "وأضاف المصدر", ["مصدر حكومي"], "اللجنة ستجتمع", "indirect", [["AFQ"]], optional: false),
            Item(4, "وذكر", "وذكر البيان", ["البيان"], "الطرق مغلقة", "indirect", [], optional: true),
            Item(5, "وقال", "وقال مدير", ["مدير المكتب"], "الموقع جاهز", "indirect", [], optional: false)),
    };

    /// <summary>
    /// a1 right on every part; a2 right source, no chain, wrong form; a3 misses gold 3 (content elsewhere: a false
    /// positive); a4 takes optional 4 (ignored); a5 and a6 both overlap gold 5's content, a6 also its cue, so a6 is
    /// taken and a5 left unmatched; a6's chain holds only the article's own outlet, dropped before the check.
    /// </summary>
    public static JsonObject System() => new()
    {
        ["schema"] = "isnad/1",
        ["text"] = Text,
        ["attributions"] = new JsonArray(
            Attribution("a1", "قال", "سالم الحداد", "الجو حار اليوم", "indirect", []),
            Attribution("a2", "ونقلت", "مصدر حكومي", "الاتفاق قريب", "direct", []),
            Attribution("a3", "وأضاف", "المصدر", "الأحد", "indirect", ["صحيفة الأفق"]),
            Attribution("a4", "وذكر", "البيان", "الطرق مغلقة", "indirect", []),
            Attribution("a5", "الحداد", "سالم", "الموقع", "indirect", []),
            Attribution("a6", "وقال مدير", "مدير المكتب", "الموقع جاهز", "indirect", ["واحة الأخبار"])),
    };

    private static JsonObject Item(int id, string cue, string cueContext, string[] source, string contentContext, string form, string[][] chain, bool optional)
    {
        var item = new JsonObject
        {
            ["id"] = id,
            ["cue"] = cue,
            ["cue_ctx"] = cueContext,
            ["source"] = new JsonArray(source.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            ["content_ctx"] = contentContext,
            ["form"] = form,
            ["chain"] = new JsonArray(chain.Select(relay => (JsonNode?)new JsonArray(relay.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray())).ToArray()),
        };
        if (optional)
        {
            item["optional"] = true;
        }

        return item;
    }

    private static JsonObject Attribution(string id, string cue, string source, string content, string form, string[] chain) => new()
    {
        ["id"] = id,
        ["cue"] = Mention(cue),
        ["source"] = Mention(source, ("kind", "person"), ("resolved", null), ("entity", null)),
        ["content"] = Mention(content, ("form", form)),
        ["chain"] = new JsonArray(chain.Select(relay => (JsonNode?)Mention(relay, ("kind", "outlet"))).ToArray()),
        ["nested_in"] = null,
    };

    private static JsonObject Mention(string text, params (string Name, string? Value)[] extra)
    {
        var start = Text.IndexOf(text, StringComparison.Ordinal);
        var mention = new JsonObject { ["start"] = start, ["end"] = start + text.Length, ["text"] = text };
        foreach (var (name, value) in extra)
        {
            mention[name] = value;
        }

        return mention;
    }
}
