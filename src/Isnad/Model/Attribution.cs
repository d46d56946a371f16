using Isnad.Text;

namespace Isnad.Model;

/// <summary>Who is presented as the speaker (ANNOTATION.md §1).</summary>
public enum SourceKind
{
    Unknown,
    Person,
    Organization,
    Outlet,
    Anonymous,
    Document,
}

/// <summary>How much of the content is inside quotation marks.</summary>
public enum ContentForm
{
    Indirect,
    Direct,
    Mixed,
}

/// <summary>A span of the article with its surface text.</summary>
public sealed record Mention(TextSpan Span, string Text);

/// <summary>The reporting cue (with its clitics) and its dictionary form.</summary>
public sealed record Cue(TextSpan Span, string Text, string Lemma);

/// <summary>
/// The speaker as written where the cue is (a name, a pronoun, a pro-drop verb, an honorific or a description), and the
/// earlier mention it resolves to. For a pro-drop verb the span is the verb's own.
/// </summary>
public sealed record Source(TextSpan Span, string Text, SourceKind Kind, Mention? Resolved, string? Entity, string? Affiliation);

public sealed record Content(TextSpan Span, string Text, ContentForm Form);

/// <summary>One relay of the chain (isnad), outermost first.</summary>
public sealed record Relay(TextSpan Span, string Text, string? Entity, SourceKind Kind);

public sealed record Attribution(
    string Id,
    Cue Cue,
    Source Source,
    Content Content,
    IReadOnlyList<Relay> Chain,
    string? NestedIn)
{
    /// <summary>Which rules made it (pattern, content, vetoes passed, resolution step); null when not recorded.</summary>
    public RuleTrace? Rule { get; init; }
}

/// <summary>
/// The trace of an attribution: the construction (<c>Pattern</c>) that found its source phrase, where its content was
/// found, the vetoes its cue passed, and the step that resolved its source. Names are stable identifiers.
/// </summary>
public sealed record RuleTrace(string Pattern, string Content, IReadOnlyList<string> Vetoes, string Resolution);
