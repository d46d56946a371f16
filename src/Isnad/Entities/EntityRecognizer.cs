using Isnad.Entities.Dates;
using Isnad.Entities.Gazetteer;
using Isnad.Entities.Tagger;
using Isnad.Model;
using Isnad.Text;

namespace Isnad.Entities;

/// <summary>
/// Named entities of one article: the perceptron tagger's PER/ORG/LOC/MISC over each sentence, canonical names and
/// sub-types from the gazetteers (outlets, bodies, places), and dates resolved against the article's date.
/// Thread-safe; the model and gazetteers are loaded once.
/// </summary>
internal sealed class EntityRecognizer(NerModel model, GazetteerMatcher gazetteer)
{
    private const int MaxSentenceWords = 400;

    private static readonly Lazy<EntityRecognizer> DefaultInstance = new(
        () => new EntityRecognizer(NerModel.LoadDefault(), GazetteerMatcher.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    public static EntityRecognizer Default => DefaultInstance.Value;

    public IReadOnlyList<Entity> Recognize(TextAnalysis layer, ArticleMeta meta, CancellationToken cancellationToken = default)
    {
        var text = layer.Text;
        var found = new List<Entity>();
        var matches = gazetteer.FindAll(text, layer.Tokens);
        cancellationToken.ThrowIfCancellationRequested();
        TagSentences(layer, matches, found);
        cancellationToken.ThrowIfCancellationRequested();

        // Gazetteer names the tagger missed: unambiguous ones, or ambiguous ones the text confirms.
        foreach (var match in matches)
        {
            if (match.Ambiguous || found.Any(e => e.Span.Overlaps(match.NameSpan)))
            {
                continue;
            }

            found.Add(new Entity(match.NameSpan, text.Substring(match.NameSpan.Start, match.NameSpan.Length), TypeOf(match.Source),
                match.Canonical, match.Latin, SubtypeOf(match)));
        }

        foreach (var date in DateResolver.FindAll(text, meta.Date))
        {
            if (!found.Any(e => e.Span.Overlaps(date.Span)))
            {
                found.Add(new Entity(date.Span, text.Substring(date.Span.Start, date.Span.Length), EntityType.DATE, Date: date.Iso));
            }
        }

        found.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        return found;
    }

    private void TagSentences(TextAnalysis layer, IReadOnlyList<GazetteerMatch> matches, List<Entity> found)
    {
        var text = layer.Text;
        var sentences = new List<string[]>(layer.Sentences.Length);
        var firstTokens = new List<int>(layer.Sentences.Length);
        foreach (var sentence in layer.Sentences)
        {
            var count = Math.Min(sentence.TokenCount, MaxSentenceWords);
            var words = new string[count];
            for (var i = 0; i < count; i++)
            {
                var token = layer.Tokens[sentence.FirstToken + i];
                words[i] = text.Substring(token.Start, token.End - token.Start);
            }

            sentences.Add(words);
            firstTokens.Add(sentence.FirstToken);
        }

        var tags = model.TagDocument(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var tagged in BioTags.Entities(tags[s]))
            {
                var first = layer.Tokens[firstTokens[s] + tagged.FirstWord];
                var last = layer.Tokens[firstTokens[s] + tagged.LastWord];
                var span = new TextSpan(first.Start, last.End);
                var canonical = matches.FirstOrDefault(m => !m.Ambiguous || m.Typed || m.Quoted ? m.NameSpan.Overlaps(span) : m.NameSpan == span);
                found.Add(canonical.Entry is { } entry
                    ? new Entity(span, text.Substring(span.Start, span.Length), tagged.Type, entry.Canonical, entry.Latin, SubtypeOf(canonical))
                    : new Entity(span, text.Substring(span.Start, span.Length), tagged.Type));
            }
        }
    }

    private static EntityType TypeOf(GazetteerSource source) => source switch
    {
        GazetteerSource.Place => EntityType.LOC,
        _ => EntityType.ORG,
    };

    private static string SubtypeOf(GazetteerMatch match) => match.Source == GazetteerSource.Outlet ? "outlet:" + match.Type : match.Type;
}
