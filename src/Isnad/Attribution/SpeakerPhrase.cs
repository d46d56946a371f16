using Isnad.Model;

namespace Isnad.Attributions;

/// <summary>How a noun phrase refers: by a name or a full description, or back to someone named earlier.</summary>
internal enum Reference : byte
{
    /// <summary>A name or a description specific enough to stand alone (وزير الصحة سالم الحداد، مصدر مطلع).</summary>
    Full,
    /// <summary>An honorific used as a pronoun (سموه، معاليه).</summary>
    Honorific,
    /// <summary>A bare definite description (الوزير، المصدر، الوكالة) that points back to an earlier mention.</summary>
    Description,
    /// <summary>A pronoun or a verb without a subject (وأضاف، عنه).</summary>
    Pronoun,
    /// <summary>«المصدر نفسه»، «نفس المصدر»: the speaker just quoted.</summary>
    Same,
}

/// <summary>A speaker's noun phrase: token range [First, End), what kind of speaker it names and how it refers.</summary>
internal sealed record SpeakerPhrase(
    int First,
    int End,
    SourceKind Kind,
    Agreement Agreement,
    Reference Reference,
    string HeadKey,
    TitleClass? Honorific,
    int AffiliationFirst,
    int AffiliationEnd,
    OutletEntry? Outlet);
