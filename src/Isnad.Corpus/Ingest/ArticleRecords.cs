using Isnad.Corpus.Input;
using Isnad.Corpus.Store;
using Isnad.Corpus.Text;
using Isnad.Json;
using Isnad.Model;

namespace Isnad.Corpus.Ingest;

/// <summary>Turns an engine <see cref="Analysis"/> into what the store keeps: attributions with linked speakers, chains, the words index and the signature.</summary>
internal static class ArticleRecords
{
    public static StoredArticle Build(Article input, string id, IReadOnlyList<MatchWord> words, Analysis analysis)
    {
        var keys = words.Select(w => w.Key).ToList();
        var speakers = new SpeakerLinker(analysis);
        var attributions = analysis.Attributions.Select((a, i) =>
        {
            var (speaker, speakerKey) = speakers.Speaker(a.Source);
            var chain = a.Chain.Select(r =>
            {
                var name = r.Entity ?? r.Text;
                return new StoredRelay(r.Text, name, SpeakerLinker.NameKey(name), AnalysisJsonWriter.KindName(r.Kind));
            }).ToList();
            return new StoredAttribution(i, a.Cue.Text, a.Cue.Lemma, a.Source.Text, AnalysisJsonWriter.KindName(a.Source.Kind), speaker, speakerKey,
                a.Content.Span.Start, a.Content.Span.End, a.Content.Text, AnalysisJsonWriter.FormName(a.Content.Form), chain);
        }).ToList();

        // Tokens and sentences are the bulk of the isnad/1 JSON and are recomputed from the text in milliseconds.
        var json = AnalysisJsonWriter.ToJson(analysis with { Tokens = [], Sentences = [] }, indented: false);
        var engine = analysis.Engine!;
        return new StoredArticle(
            id, input.Name, input.Meta.Id, input.Meta.Outlet, input.Meta.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            input.Title, input.Author, input.Url, input.Text, string.Join(' ', keys),
            new StoredEngine(engine.Fingerprint, engine.Version, engine.Build, engine.Model, engine.Lexicons),
            json, attributions, MinHash.Signature(keys));
    }
}
