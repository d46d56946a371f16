using Isnad.Lexicon;

namespace Isnad.Entities.Gazetteer;

/// <summary>Loads gazetteer entries from the embedded lexicons <c>outlets.txt</c>, <c>bodies.txt</c> and <c>places.txt</c>.</summary>
internal static class GazetteerLexicon
{
    private static readonly HashSet<string> OutletTypes = new(StringComparer.Ordinal) { "agency", "channel", "newspaper", "site", "radio", "magazine" };

    private static readonly HashSet<string> BodyTypes = new(StringComparer.Ordinal)
    {
        "ministry", "government", "authority", "security", "international", "organization", "party", "movement",
        "armed-group", "company", "club", "university",
    };

    private static readonly HashSet<string> PlaceTypes = new(StringComparer.Ordinal) { "country", "capital", "city", "region", "area" };

    /// <summary>Every entry of the three embedded lexicons.</summary>
    public static IReadOnlyList<GazetteerEntry> LoadAll()
    {
        var entries = new List<GazetteerEntry>();
        entries.AddRange(Load(LexiconReader.Read("outlets.txt", minColumns: 5), GazetteerSource.Outlet));
        entries.AddRange(Load(LexiconReader.Read("bodies.txt", minColumns: 5), GazetteerSource.Body));
        entries.AddRange(Load(LexiconReader.Read("places.txt", minColumns: 5), GazetteerSource.Place));
        return entries;
    }

    /// <summary>
    /// Entries from rows with the columns <c>canonical latin type aliases ambiguous [within]</c>; a bad type or
    /// ambiguity value is an error naming the file and line.
    /// </summary>
    public static IEnumerable<GazetteerEntry> Load(IEnumerable<LexiconRow> rows, GazetteerSource source)
    {
        var types = source switch
        {
            GazetteerSource.Outlet => OutletTypes,
            GazetteerSource.Body => BodyTypes,
            _ => PlaceTypes,
        };

        foreach (var row in rows)
        {
            var type = row[2];
            if (!types.Contains(type))
            {
                throw row.Error($"unknown type «{type}»; expected one of: {string.Join(", ", types)}");
            }

            var ambiguous = row[4] switch
            {
                "yes" => true,
                "no" => false,
                var other => throw row.Error($"the ambiguous column must be yes or no, found «{other}»"),
            };

            var aliases = new List<string> { row[0] };
            if (row[1].Length > 0)
            {
                aliases.Add(row[1]);
            }

            aliases.AddRange(row.Values(3));
            var within = row[5].Length > 0 ? row[5] : null;
            yield return new GazetteerEntry(row[0], row[1], source, type, ambiguous, aliases.Distinct(StringComparer.Ordinal).ToArray(), within);
        }
    }
}
