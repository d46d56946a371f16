using Isnad.Text;

namespace Isnad.Model;

public enum EntityType
{
    PER,
    ORG,
    LOC,
    MISC,
    DATE,
}

/// <summary>
/// A named entity: its span, type, and where known the canonical Arabic name with a Latin label, the sub-type from the
/// gazetteers (outlet, ministry, party …) and, for dates, the ISO date resolved against the article's date.
/// </summary>
public sealed record Entity(TextSpan Span, string Text, EntityType Type, string? Canonical = null, string? Latin = null, string? Subtype = null, string? Date = null);
