using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>An attribution being built: token-level positions before they become offsets.</summary>
internal sealed class Draft
{
    public required int CueFirst { get; init; }

    public required int CueEnd { get; init; }

    public required CueEntry Cue { get; init; }

    /// <summary>The speaker's phrase where the cue is; null for a pro-drop verb (the span is then the verb's).</summary>
    public SpeakerPhrase? Phrase { get; set; }

    /// <summary>The earlier mention the source resolves to, or the mention this source itself introduced.</summary>
    public SpeakerMention? Speaker { get; set; }

    public bool Resolved { get; set; }

    public required TextSpan Content { get; set; }

    public List<Relay> Chain { get; set; } = [];

    public bool ExplicitChain { get; set; }

    public int Sentence { get; init; }

    public string? NestedIn { get; set; }

    /// <summary>The construction that made it (<see cref="Patterns"/>).</summary>
    public required string Pattern { get; init; }

    /// <summary>Where its content was found (<see cref="Contents"/>).</summary>
    public required string ContentRule { get; init; }

    /// <summary>The vetoes the cue passed.</summary>
    public IReadOnlyList<string> Vetoes { get; set; } = [];

    /// <summary>The resolution step that set <see cref="Speaker"/> (<see cref="Resolutions"/>).</summary>
    public string Resolution { get; set; } = Resolutions.None;
}
