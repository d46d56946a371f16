using System.Text.Json;
using Isnad.Json;
using Isnad.Model;
using Isnad.Text;
using Xunit;

namespace Isnad.Tests.Json;

public sealed class AnalysisJsonWriterTests
{
    // وقال: tokens 0-4 (و+قال), 5-9 (سالم), quote 10-17, full stop 17.
    private const string Text = "وقال سالم \"نعم\".";

    private static Analysis HandBuilt()
    {
        Token[] tokens =
        [
            new(0, 4, TokenKind.Arabic, 1, 4, Proclitics.Waw),
            new(5, 9, TokenKind.Arabic, 5, 9, Proclitics.None),
            new(10, 11, TokenKind.Punctuation, 10, 11, Proclitics.None),
            new(11, 14, TokenKind.Arabic, 11, 14, Proclitics.None),
            new(14, 15, TokenKind.Punctuation, 14, 15, Proclitics.None),
            new(15, 16, TokenKind.Punctuation, 15, 16, Proclitics.None),
        ];
        var attribution = new Attribution(
            "a1",
            new Cue(new TextSpan(0, 4), "وقال", "قال"),
            new Source(new TextSpan(5, 9), "سالم", SourceKind.Person, new Mention(new TextSpan(5, 9), "سالم"), "سالم", null),
            new Content(new TextSpan(11, 14), "نعم", ContentForm.Direct),
            [new Relay(new TextSpan(5, 9), "سالم", null, SourceKind.Outlet)],
            null)
        {
            Rule = new RuleTrace("VerbSubject", "Quotation", ["Future", "Negated"], "ExplicitMention"),
        };
        return new Analysis(
            Text,
            new ArticleMeta("doc-1", "wahat", new DateOnly(2015, 7, 21)),
            tokens,
            [new Sentence(0, 16, 0, 6)],
            [new Quotation(10, 15, 11, 14, '"', '"', true)],
            [new Entity(new TextSpan(5, 9), "سالم", EntityType.PER, "سالم", "Salem")],
            [attribution],
            new EngineInfo("0.1.0", "b1", "m2", "l3", new Dictionary<string, string> { ["cues.txt"] = "c4" }));
    }

    [Fact]
    public void Compact_json_is_exactly_the_isnad1_envelope()
    {
        const string expected =
            "{\"schema\":\"isnad/1\",\"text\":\"وقال سالم \\\"نعم\\\".\"," +
            "\"meta\":{\"id\":\"doc-1\",\"outlet\":\"wahat\",\"date\":\"2015-07-21\"}," +
            "\"engine\":{\"version\":\"0.1.0\",\"build\":\"b1\",\"model\":\"m2\",\"lexicons\":\"l3\",\"ranker\":null}," +
            "\"attributions\":[{\"id\":\"a1\",\"cue\":{\"start\":0,\"end\":4,\"text\":\"وقال\",\"lemma\":\"قال\"}," +
            "\"source\":{\"start\":5,\"end\":9,\"text\":\"سالم\",\"kind\":\"person\",\"resolved\":{\"start\":5,\"end\":9,\"text\":\"سالم\"},\"entity\":\"سالم\",\"affiliation\":null}," +
            "\"content\":{\"start\":11,\"end\":14,\"text\":\"نعم\",\"form\":\"direct\"}," +
            "\"chain\":[{\"start\":5,\"end\":9,\"text\":\"سالم\",\"entity\":null,\"kind\":\"outlet\"}],\"nested_in\":null," +
            "\"rule\":{\"pattern\":\"VerbSubject\",\"content\":\"Quotation\",\"vetoes\":[\"Future\",\"Negated\"],\"resolution\":\"ExplicitMention\"}}]," +
            "\"entities\":[{\"start\":5,\"end\":9,\"text\":\"سالم\",\"type\":\"PER\",\"canonical\":\"سالم\",\"latin\":\"Salem\",\"subtype\":null,\"date\":null}]," +
            "\"tokens\":[{\"start\":0,\"end\":4,\"kind\":\"arabic\",\"stem\":[1,4],\"proclitics\":[\"waw\"]},{\"start\":5,\"end\":9,\"kind\":\"arabic\"}," +
            "{\"start\":10,\"end\":11,\"kind\":\"punctuation\"},{\"start\":11,\"end\":14,\"kind\":\"arabic\"},{\"start\":14,\"end\":15,\"kind\":\"punctuation\"}," +
            "{\"start\":15,\"end\":16,\"kind\":\"punctuation\"}]," +
            "\"sentences\":[{\"start\":0,\"end\":16}]," +
            "\"quotations\":[{\"start\":10,\"end\":15,\"closed\":true}]}";

        Assert.Equal(expected, AnalysisJsonWriter.ToJson(HandBuilt(), indented: false));
    }

    [Fact]
    public void Indented_json_parses_to_the_same_document_and_keeps_arabic_as_characters()
    {
        var indented = AnalysisJsonWriter.ToJson(HandBuilt(), indented: true);
        var compact = AnalysisJsonWriter.ToJson(HandBuilt(), indented: false);

        Assert.Contains("\n  \"schema\": \"isnad/1\",\n", indented, StringComparison.Ordinal);
        Assert.Contains("\"lemma\": \"قال\"", indented, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", indented, StringComparison.Ordinal);
        using var reparsed = JsonDocument.Parse(indented);
        Assert.Equal(compact, JsonSerializer.Serialize(reparsed.RootElement, new JsonSerializerOptions
        {
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    [Theory]
    [InlineData(SourceKind.Person, "person")]
    [InlineData(SourceKind.Organization, "organization")]
    [InlineData(SourceKind.Outlet, "outlet")]
    [InlineData(SourceKind.Anonymous, "anonymous")]
    [InlineData(SourceKind.Document, "document")]
    [InlineData(SourceKind.Unknown, "unknown")]
    public void Source_kinds_are_lower_case(SourceKind kind, string expected) =>
        Assert.Equal(expected, AnalysisJsonWriter.KindName(kind));

    [Theory]
    [InlineData(ContentForm.Direct, "direct")]
    [InlineData(ContentForm.Indirect, "indirect")]
    [InlineData(ContentForm.Mixed, "mixed")]
    public void Forms_are_lower_case(ContentForm form, string expected) =>
        Assert.Equal(expected, AnalysisJsonWriter.FormName(form));

    [Fact]
    public void Empty_analysis_writes_nulls_and_empty_arrays()
    {
        var empty = new Analysis("", ArticleMeta.None, [], [], [], [], []);
        Assert.Equal(
            "{\"schema\":\"isnad/1\",\"text\":\"\",\"meta\":{\"id\":null,\"outlet\":null,\"date\":null},\"engine\":null,\"attributions\":[],\"entities\":[],\"tokens\":[],\"sentences\":[],\"quotations\":[]}",
            AnalysisJsonWriter.ToJson(empty, indented: false));
    }
}
