using Isnad.Model;

namespace Isnad.Tests.Attributions;

/// <summary>Runs the attribution stage alone (no tagger) on an invented passage and describes what it found.</summary>
internal static class AttributionProbe
{
    public static IReadOnlyList<Model.Attribution> Find(string text) =>
        Pipeline.WithoutEntities.Analyze(text, ArticleMeta.None, CancellationToken.None).Attributions;

    /// <summary>The cue, source and content of each attribution with their offsets: «cue[s,e] source[s,e] content[s,e]».</summary>
    public static string[] Describe(string text) =>
        [.. Find(text).Select(a => $"{a.Cue.Text}[{a.Cue.Span.Start},{a.Cue.Span.End}] {a.Source.Text}[{a.Source.Span.Start},{a.Source.Span.End}] {a.Content.Text}[{a.Content.Span.Start},{a.Content.Span.End}]")];

    /// <summary>The offset of <paramref name="part"/> in <paramref name="text"/>, so expected spans are read off the passage.</summary>
    public static int At(string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        return at >= 0 ? at : throw new ArgumentException($"'{part}' is not in the passage");
    }
}
