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

        // What is already found, by source: each index is filled in text order, so a look-up is a binary search
        // rather than a scan of everything found (which made one long text quadratic).
        var tagged = new SpanIndex(found.Select(e => e.Span));
        var named = new SpanIndex();
        bool Taken(TextSpan span) => tagged.AnyOverlaps(span) || named.AnyOverlaps(span);

        // Gazetteer names the tagger missed: unambiguous ones, or ambiguous ones the text confirms.
        foreach (var match in matches)
        {
            if (match.Ambiguous || Taken(match.NameSpan))
            {
                continue;
            }

            found.Add(new Entity(match.NameSpan, text.Substring(match.NameSpan.Start, match.NameSpan.Length), TypeOf(match.Source),
                match.Canonical, match.Latin, SubtypeOf(match)));
            named.Add(match.NameSpan);
        }

        var dated = new SpanIndex();
        foreach (var date in DateResolver.FindAll(text, meta.Date))
        {
            if (!Taken(date.Span) && !dated.AnyOverlaps(date.Span))
            {
                found.Add(new Entity(date.Span, text.Substring(date.Span.Start, date.Span.Length), EntityType.DATE, Date: date.Iso));
                dated.Add(date.Span);
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
        var matchSpans = new SpanIndex(matches.Select(m => m.NameSpan));
        var overlapping = new List<int>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var tagged in BioTags.Entities(tags[s]))
            {
                var first = layer.Tokens[firstTokens[s] + tagged.FirstWord];
                var last = layer.Tokens[firstTokens[s] + tagged.LastWord];
                var span = new TextSpan(first.Start, last.End);
                var canonical = FirstCanonical(matches, matchSpans, span, overlapping);
                found.Add(canonical.Entry is { } entry
                    ? new Entity(span, text.Substring(span.Start, span.Length), tagged.Type, entry.Canonical, entry.Latin, SubtypeOf(canonical))
                    : new Entity(span, text.Substring(span.Start, span.Length), tagged.Type));
            }
        }
    }

    /// <summary>
    /// The first match (in text order) that names a tagged span: any overlapping one the text confirms, an ambiguous
    /// one only when it covers exactly the span; default when none does.
    /// </summary>
    private static GazetteerMatch FirstCanonical(IReadOnlyList<GazetteerMatch> matches, SpanIndex matchSpans, TextSpan span, List<int> overlapping)
    {
        // A tagged span is never empty, so a match equal to it also overlaps it: the overlapping ones are all candidates.
        matchSpans.Overlapping(span, overlapping);
        foreach (var i in overlapping)
        {
            var m = matches[i];
            if (!m.Ambiguous || m.Typed || m.Quoted || m.NameSpan == span)
            {
                return m;
            }
        }

        return default;
    }

    private static EntityType TypeOf(GazetteerSource source) => source switch
    {
        GazetteerSource.Place => EntityType.LOC,
        _ => EntityType.ORG,
    };

    private static string SubtypeOf(GazetteerMatch match) => match.Source == GazetteerSource.Outlet ? "outlet:" + match.Type : match.Type;
}
