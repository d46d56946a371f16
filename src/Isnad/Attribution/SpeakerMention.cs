using Isnad.Model;
using Isnad.Text;

namespace Isnad.Attributions;

/// <summary>An earlier mention of someone who may speak: a named person, body, outlet or group of sources.</summary>
internal sealed class SpeakerMention
{
    public required int First { get; init; }

    public required int End { get; init; }

    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public required SourceKind Kind { get; init; }

    public required Agreement Agreement { get; init; }

    /// <summary>Keys of the words of the phrase, without clitics و/ف/ال, for matching a later description.</summary>
    public required HashSet<string> WordKeys { get; init; }

    public TitleClass? Honorific { get; init; }

    public string? Entity { get; init; }

    public string? Affiliation { get; init; }

    public OutletEntry? Outlet { get; init; }

    /// <summary>The relays through which this speaker's statements reach the article (set when it speaks).</summary>
    public IReadOnlyList<Relay> Chain { get; set; } = [];

    /// <summary>Whether the mention is a speaker of an attribution (preferred antecedent for a pro-drop verb).</summary>
    public bool IsSpeaker { get; set; }

    /// <summary>The sentence in which the speaker last spoke.</summary>
    public int LastSpokeSentence { get; set; } = -1;
}
