namespace Isnad.Entities.Gazetteer;

/// <summary>Which lexicon an entry comes from.</summary>
internal enum GazetteerSource : byte
{
    /// <summary><c>outlets.txt</c>: news agencies, channels, newspapers, sites, radio, magazines.</summary>
    Outlet,

    /// <summary><c>bodies.txt</c>: ministries, authorities, international bodies, parties, companies, clubs …</summary>
    Body,

    /// <summary><c>places.txt</c>: countries, capitals, cities, regions, areas.</summary>
    Place,
}

/// <summary>
/// One named thing of the gazetteer: its canonical Arabic name, Latin label, type (as written in its lexicon, e.g.
/// <c>agency</c>, <c>ministry</c>, <c>city</c>), whether its bare Arabic name is also an ordinary word, every alias,
/// and for places the canonical name of the country or region that contains it.
/// </summary>
internal sealed record GazetteerEntry(
    string Canonical,
    string Latin,
    GazetteerSource Source,
    string Type,
    bool Ambiguous,
    IReadOnlyList<string> Aliases,
    string? Within = null);
