using System.Globalization;
using System.Text.Json;

namespace Isnad.Cli.Evaluation;

/// <summary>
/// A line-by-line port of <c>/work/shared/tools/score_attr.py</c> (ANNOTATION.md §3) over the isnad/1 JSON of the
/// system output: same normalisation, same matching order (core items first, candidates stably sorted with
/// cue-overlapping ones first), same source/chain/form tests, same printed lines. Offsets are UTF-16 code units,
/// which equal the script's code points for text without characters outside the Basic Multilingual Plane.
/// </summary>
internal static class AttributionScorer
{
    /// <summary>Scores one article. <paramref name="report"/> receives the miss and wrong-part lines, as the script prints them.</summary>
    public static ScoreCounts Score(JsonElement gold, string text, JsonElement system, Action<string> report)
    {
        var attributions = new List<JsonElement>();
        if (system.ValueKind == JsonValueKind.Object && system.TryGetProperty("attributions", out var all) && all.ValueKind == JsonValueKind.Array)
        {
            attributions.AddRange(all.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object));
        }

        var aliases = gold.TryGetProperty("aliases", out var aliasObject) && aliasObject.ValueKind == JsonValueKind.Object ? aliasObject : default;
        var own = OwnOutlets(gold);
        var used = new HashSet<int>();
        int gold0 = 0, truePositives = 0, strict = 0, sourceOk = 0, chainOk = 0, formOk = 0;

        // Core items first, so an optional item can never take a core item's system attribution (OrderBy is stable).
        var items = gold.GetProperty("items").EnumerateArray().OrderBy(IsOptional).ToList();
        foreach (var item in items)
        {
            var optional = IsOptional(item);
            var goldContent = ItemSpan(item, text, "content_span", "content_ctx", "content_ctx");
            var goldCue = ItemSpan(item, text, "cue_span", "cue_ctx", "cue");
            var label = PythonText.Take(
                item.TryGetProperty("cue_ctx", out var cueContext) && PythonText.TruthyString(cueContext) is { } context
                    ? context
                    : PythonText.Slice(text, goldCue.Start, goldCue.End),
                30);
            var id = PythonText.Str(item.GetProperty("id"));
            if (!optional)
            {
                gold0++;
            }

            var candidates = Enumerable.Range(0, attributions.Count)
                .Where(i => !used.Contains(i) && Overlap(Span(Get(attributions[i], "content")), goldContent))
                .OrderBy(i => !Overlap(Span(Get(attributions[i], "cue")), goldCue))
                .ToList();
            if (candidates.Count == 0)
            {
                if (!optional)
                {
                    report($"  miss #{id} {label}");
                }

                continue;
            }

            var attribution = attributions[candidates[0]];
            used.Add(candidates[0]);
            if (optional)
            {
                continue;
            }

            truePositives++;
            var sourceCorrect = Matches(Get(attribution, "source"), Names(item.GetProperty("source"), aliases));
            var chain = ChainWithoutOwnOutlet(Get(attribution, "chain"), own);
            var chainCorrect = AcceptableChains(item).Any(goldChain =>
                goldChain.Count == chain.Count &&
                chain.Zip(goldChain).All(pair => Matches(pair.First, Names(pair.Second, aliases))));
            var content = Get(attribution, "content");
            var formCorrect = content.ValueKind == JsonValueKind.Object && PythonEquals(Get(content, "form"), Get(item, "form"));

            sourceOk += sourceCorrect ? 1 : 0;
            chainOk += chainCorrect ? 1 : 0;
            formOk += formCorrect ? 1 : 0;
            strict += sourceCorrect && chainCorrect ? 1 : 0;
            if (!(sourceCorrect && chainCorrect))
            {
                var sourcePart = sourceCorrect ? "ok" : "WRONG (" + PythonText.Take(Texts(Get(attribution, "source")), 60) + ")";
                var chainPart = chainCorrect ? "ok" : "WRONG " + PythonText.ReprList(chain.Select(relay => PythonText.Take(Texts(relay), 25)));
                report($"  #{id} {label}: source {sourcePart}; chain {chainPart}");
            }
        }

        return new ScoreCounts(gold0, truePositives, attributions.Count - used.Count, strict, sourceOk, chainOk, formOk);
    }

    /// <summary>The script's summary line, e.g. <c>doc: strict F1 0.50 (detect P 1.00 R 0.50 F1 0.67; of found: …; 0 unmatched)</c>.</summary>
    public static string Line(string name, ScoreCounts counts)
    {
        var predicted = counts.TruePositives + counts.FalsePositives;
        var (precision, recall, f1) = F1(counts.TruePositives, predicted, counts.Gold);
        var (_, _, strictF1) = F1(counts.Strict, predicted, counts.Gold);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: strict F1 {PythonText.Fixed2(strictF1)} (detect P {PythonText.Fixed2(precision)} R {PythonText.Fixed2(recall)} " +
            $"F1 {PythonText.Fixed2(f1)}; of found: source {counts.Source}/{counts.TruePositives}, chain {counts.Chain}/{counts.TruePositives}, " +
            $"form {counts.Form}/{counts.TruePositives}; {counts.FalsePositives} unmatched)");
    }

    public static (double Precision, double Recall, double F1) F1(int correct, int predicted, int gold)
    {
        var precision = predicted != 0 ? (double)correct / predicted : 0.0;
        var recall = gold != 0 ? (double)correct / gold : 0.0;
        var f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return (precision, recall, f1);
    }

    internal static bool IsOptional(JsonElement item) =>
        item.TryGetProperty("optional", out var optional) && PythonText.TruthyString(optional) is not null;

    /// <summary>The gold span from explicit offsets, else from the first occurrence of the context string (-1 when absent, as str.find).</summary>
    internal static (long Start, long End) ItemSpan(JsonElement item, string text, string spanField, string contextField, string lengthField)
    {
        if (item.TryGetProperty(spanField, out var span))
        {
            return (NumberAt(span, 0), NumberAt(span, 1));
        }

        var context = item.GetProperty(contextField).GetString() ?? "";
        var position = text.IndexOf(context, StringComparison.Ordinal);
        var length = item.GetProperty(lengthField).GetString()?.Length ?? 0;
        return (position, position + length);
    }

    private static long NumberAt(JsonElement array, int index)
    {
        var value = array[index];
        return value.TryGetInt64(out var integer) ? integer : (long)value.GetDouble();
    }

    private static JsonElement Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) ? value : default;

    /// <summary><c>span(o)</c>: (start, end) of an object whose fields convert with Python's int(), else none.</summary>
    private static (long Start, long End)? Span(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return PythonInt(Get(obj, "start")) is { } start && PythonInt(Get(obj, "end")) is { } end ? (start, end) : null;
    }

    private static long? PythonInt(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number when value.TryGetDouble(out var real) && double.IsFinite(real) => (long)Math.Truncate(real),
        JsonValueKind.String when long.TryParse(value.GetString()?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        JsonValueKind.True => 1,
        JsonValueKind.False => 0,
        _ => null,
    };

    private static bool Overlap((long Start, long End)? system, (long Start, long End) gold) =>
        system is { } a && a.Start < gold.End && gold.Start < a.End;

    /// <summary><c>texts(o)</c>: the normalised text, entity, canonical and affiliation of a mention and of its resolved mention.</summary>
    private static string Texts(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        var parts = new List<string>(8);
        AddParts(obj, parts);
        var resolved = Get(obj, "resolved");
        if (resolved.ValueKind == JsonValueKind.Object)
        {
            AddParts(resolved, parts);
        }

        return string.Join(" | ", parts);
    }

    private static void AddParts(JsonElement obj, List<string> parts)
    {
        foreach (var field in (ReadOnlySpan<string>)["text", "entity", "canonical", "affiliation"])
        {
            if (PythonText.TruthyString(Get(obj, field)) is { } value)
            {
                parts.Add(PythonText.Norm(value));
            }
        }
    }

    private static bool Matches(JsonElement obj, List<string> acceptable)
    {
        var texts = Texts(obj);
        return acceptable.Any(name => name.Length > 0 && texts.Contains(name, StringComparison.Ordinal));
    }

    /// <summary><c>names(item_names, aliases)</c>: each name, or the names an alias key stands for, normalised.</summary>
    internal static List<string> Names(JsonElement names, JsonElement aliases)
    {
        var output = new List<string>();
        foreach (var name in Iterate(names))
        {
            if (aliases.ValueKind == JsonValueKind.Object && aliases.TryGetProperty(name, out var expansion))
            {
                output.AddRange(Iterate(expansion));
            }
            else
            {
                output.Add(name);
            }
        }

        return output.ConvertAll(PythonText.Norm);
    }

    /// <summary>Python iteration over a JSON list of strings, or over the characters of a lone string.</summary>
    private static IEnumerable<string> Iterate(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
        JsonValueKind.String => value.GetString()!.EnumerateRunes().Select(r => r.ToString()),
        _ => [],
    };

    /// <summary>The gold file's own outlet names, normalised, ignoring any of two characters or fewer.</summary>
    private static List<string> OwnOutlets(JsonElement gold) =>
        gold.TryGetProperty("outlet", out var outlets) && outlets.ValueKind == JsonValueKind.Array
            ? outlets.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => PythonText.Norm(e.GetString()))
                .Where(n => PythonText.CodePointCount(n) > 2)
                .ToList()
            : [];

    private static List<JsonElement> ChainWithoutOwnOutlet(JsonElement chain, List<string> own)
    {
        if (chain.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return chain.EnumerateArray()
            .Where(relay => !(own.Count > 0 && own.Any(outlet => Texts(relay).Contains(outlet, StringComparison.Ordinal))))
            .ToList();
    }

    /// <summary>The gold chain followed by every <c>chain_alt</c>, each a list of acceptable-name lists.</summary>
    private static IEnumerable<List<JsonElement>> AcceptableChains(JsonElement item)
    {
        yield return item.GetProperty("chain").EnumerateArray().ToList();
        if (item.TryGetProperty("chain_alt", out var alternatives) && alternatives.ValueKind == JsonValueKind.Array)
        {
            foreach (var alternative in alternatives.EnumerateArray())
            {
                yield return alternative.EnumerateArray().ToList();
            }
        }
    }

    /// <summary>Python <c>==</c> between two JSON scalars (a missing field counts as None).</summary>
    private static bool PythonEquals(JsonElement a, JsonElement b)
    {
        static bool IsNone(JsonElement e) => e.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
        if (IsNone(a) || IsNone(b))
        {
            return IsNone(a) && IsNone(b);
        }

        return (a.ValueKind, b.ValueKind) switch
        {
            (JsonValueKind.String, JsonValueKind.String) => string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal),
            (JsonValueKind.Number, JsonValueKind.Number) => a.GetDouble() == b.GetDouble(),
            _ => a.ValueKind == b.ValueKind && a.ValueKind is JsonValueKind.True or JsonValueKind.False,
        };
    }
}
