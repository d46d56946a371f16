using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Isnad.Model;
using Isnad.Text;

namespace Isnad.Json;

/// <summary>
/// Writes an <see cref="Analysis"/> as the <c>isnad/1</c> JSON envelope (ANNOTATION.md §4, plus <c>meta</c>,
/// <c>tokens</c>, <c>sentences</c> and <c>quotations</c>). Hand-written over <see cref="Utf8JsonWriter"/>: no
/// reflection, field order fixed, Arabic written as characters rather than <c>\u</c> escapes.
/// </summary>
public static class AnalysisJsonWriter
{
    /// <summary>Relaxed escaping keeps Arabic readable; the writer still escapes quotes, controls and invisible format characters.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The analysis as one JSON document: indented, or compact on a single line (for JSON Lines).</summary>
    public static string ToJson(Analysis analysis, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="analysis"/> as one JSON object at the writer's current position.</summary>
    public static void Write(Utf8JsonWriter writer, Analysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);

        writer.WriteStartObject();
        writer.WriteString("schema", Analysis.Schema);
        writer.WriteString("text", analysis.Text);
        WriteMeta(writer, analysis.Meta);
        WriteEngine(writer, analysis.Engine);

        writer.WriteStartArray("attributions");
        foreach (var attribution in analysis.Attributions)
        {
            WriteAttribution(writer, attribution);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (var entity in analysis.Entities)
        {
            WriteEntity(writer, entity);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("tokens");
        foreach (var token in analysis.Tokens)
        {
            WriteToken(writer, token);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sentences");
        foreach (var sentence in analysis.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotations");
        foreach (var quotation in analysis.Quotations)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quotation.Start);
            writer.WriteNumber("end", quotation.End);
            writer.WriteBoolean("closed", quotation.Closed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string KindName(SourceKind kind) => kind switch
    {
        SourceKind.Person => "person",
        SourceKind.Organization => "organization",
        SourceKind.Outlet => "outlet",
        SourceKind.Anonymous => "anonymous",
        SourceKind.Document => "document",
        _ => "unknown",
    };

    public static string FormName(ContentForm form) => form switch
    {
        ContentForm.Direct => "direct",
        ContentForm.Mixed => "mixed",
        _ => "indirect",
    };

    public static string TokenKindName(TokenKind kind) => kind switch
    {
        TokenKind.Arabic => "arabic",
        TokenKind.Latin => "latin",
        TokenKind.Number => "number",
        TokenKind.Punctuation => "punctuation",
        _ => "symbol",
    };

    private static void WriteMeta(Utf8JsonWriter writer, ArticleMeta meta)
    {
        writer.WriteStartObject("meta");
        WriteNullableString(writer, "id", meta.Id);
        WriteNullableString(writer, "outlet", meta.Outlet);
        WriteNullableString(writer, "date", meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    private static void WriteEngine(Utf8JsonWriter writer, EngineInfo? engine)
    {
        if (engine is null)
        {
            writer.WriteNull("engine");
            return;
        }

        writer.WriteStartObject("engine");
        writer.WriteString("version", engine.Version);
        writer.WriteString("build", engine.Build);
        WriteNullableString(writer, "model", engine.Model);
        writer.WriteString("lexicons", engine.Lexicons);
        WriteNullableString(writer, "ranker", engine.Ranker);
        writer.WriteEndObject();
    }

    private static void WriteAttribution(Utf8JsonWriter writer, Model.Attribution attribution)
    {
        writer.WriteStartObject();
        writer.WriteString("id", attribution.Id);

        writer.WriteStartObject("cue");
        WriteSpan(writer, attribution.Cue.Span);
        writer.WriteString("text", attribution.Cue.Text);
        writer.WriteString("lemma", attribution.Cue.Lemma);
        writer.WriteEndObject();

        var source = attribution.Source;
        writer.WriteStartObject("source");
        WriteSpan(writer, source.Span);
        writer.WriteString("text", source.Text);
        writer.WriteString("kind", KindName(source.Kind));
        if (source.Resolved is { } resolved)
        {
            writer.WriteStartObject("resolved");
            WriteSpan(writer, resolved.Span);
            writer.WriteString("text", resolved.Text);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("resolved");
        }

        WriteNullableString(writer, "entity", source.Entity);
        WriteNullableString(writer, "affiliation", source.Affiliation);
        writer.WriteEndObject();

        writer.WriteStartObject("content");
        WriteSpan(writer, attribution.Content.Span);
        writer.WriteString("text", attribution.Content.Text);
        writer.WriteString("form", FormName(attribution.Content.Form));
        writer.WriteEndObject();

        writer.WriteStartArray("chain");
        foreach (var relay in attribution.Chain)
        {
            writer.WriteStartObject();
            WriteSpan(writer, relay.Span);
            writer.WriteString("text", relay.Text);
            WriteNullableString(writer, "entity", relay.Entity);
            writer.WriteString("kind", KindName(relay.Kind));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteNullableString(writer, "nested_in", attribution.NestedIn);
        if (attribution.Rule is { } rule)
        {
            writer.WriteStartObject("rule");
            writer.WriteString("pattern", rule.Pattern);
            writer.WriteString("content", rule.Content);
            writer.WriteStartArray("vetoes");
            foreach (var veto in rule.Vetoes)
            {
                writer.WriteStringValue(veto);
            }

            writer.WriteEndArray();
            writer.WriteString("resolution", rule.Resolution);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter writer, Entity entity)
    {
        writer.WriteStartObject();
        WriteSpan(writer, entity.Span);
        writer.WriteString("text", entity.Text);
        writer.WriteString("type", entity.Type.ToString());
        WriteNullableString(writer, "canonical", entity.Canonical);
        WriteNullableString(writer, "latin", entity.Latin);
        WriteNullableString(writer, "subtype", entity.Subtype);
        WriteNullableString(writer, "date", entity.Date);
        writer.WriteEndObject();
    }

    private static void WriteToken(Utf8JsonWriter writer, Token token)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", token.Start);
        writer.WriteNumber("end", token.End);
        writer.WriteString("kind", TokenKindName(token.Kind));
        // The stem is only worth writing when clitics were split off; otherwise it is the token itself.
        if (token.StemStart != token.Start || token.StemEnd != token.End)
        {
            writer.WriteStartArray("stem");
            writer.WriteNumberValue(token.StemStart);
            writer.WriteNumberValue(token.StemEnd);
            writer.WriteEndArray();
        }

        if (token.Proclitics != Proclitics.None)
        {
            writer.WriteStartArray("proclitics");
            foreach (var (flag, name) in ProcliticNames)
            {
                if ((token.Proclitics & flag) != 0)
                {
                    writer.WriteStringValue(name);
                }
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static readonly (Proclitics Flag, string Name)[] ProcliticNames =
    [
        (Proclitics.Waw, "waw"),
        (Proclitics.Fa, "fa"),
        (Proclitics.Ba, "ba"),
        (Proclitics.Lam, "lam"),
        (Proclitics.Kaf, "kaf"),
        (Proclitics.Sin, "sin"),
        (Proclitics.Article, "article"),
    ];

    private static void WriteSpan(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
    }

    private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
