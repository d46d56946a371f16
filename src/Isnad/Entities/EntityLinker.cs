using Isnad.Model;
using Isnad.Text;

namespace Isnad.Entities;

/// <summary>
/// Gives attribution sources and relays what the entity stage knows: a canonical name where a gazetteer entity covers
/// the speaker («الوكالة الفرنسية» → فرانس برس), and a kind where the attribution stage had none (a tagged PER → person).
/// </summary>
internal static class EntityLinker
{
    public static IReadOnlyList<Attribution> Link(IReadOnlyList<Attribution> attributions, IReadOnlyList<Entity> entities)
    {
        if (attributions.Count == 0)
        {
            return attributions;
        }

        var linked = new List<Attribution>(attributions.Count);
        var index = new SpanIndex(entities.Select(e => e.Span));
        var overlapping = new List<int>();
        Entity? Best(TextSpan span) => BestOf(entities, index, span, overlapping);
        foreach (var a in attributions)
        {
            var source = a.Source;
            var speakerSpan = source.Resolved?.Span ?? source.Span;
            var entity = Best(speakerSpan);
            if (entity is not null)
            {
                var state = IsState(entity, speakerSpan);
                var kind = source.Kind != SourceKind.Unknown && !state ? source.Kind : KindOf(entity, speakerSpan);
                source = source with
                {
                    Kind = kind,
                    Entity = source.Entity ?? (kind == SourceKind.Person && entity.Type == EntityType.PER ? entity.Text : entity.Canonical),
                };
            }

            // «قال الحازمي:»: a lone family name (الـ…ي) that nothing else typed speaks as a person.
            if (source.Kind == SourceKind.Unknown && source.Resolved is null && IsFamilyName(source.Text))
            {
                source = source with { Kind = SourceKind.Person };
            }

            var chain = a.Chain.Select(r => r.Entity is null && Best(r.Span) is { Canonical: { } canonical } ? r with { Entity = canonical } : r).ToList();
            linked.Add(a with { Source = source, Chain = chain });
        }

        return linked;
    }

    /// <summary>
    /// The entity that best covers the span: the longest overlapping one with a canonical name, else the longest; the
    /// first of equals in the list's order. Only the overlapping entities are looked at (<paramref name="index"/>).
    /// </summary>
    private static Entity? BestOf(IReadOnlyList<Entity> entities, SpanIndex index, TextSpan span, List<int> overlapping)
    {
        Entity? best = null;
        index.Overlapping(span, overlapping);
        foreach (var i in overlapping)
        {
            var e = entities[i];
            if (e.Type == EntityType.DATE || !e.Span.Overlaps(span) || !span.Contains(e.Span) && !e.Span.Contains(span))
            {
                continue;
            }

            if (best is null || (e.Canonical is not null) && best.Canonical is null || (e.Canonical is not null) == (best.Canonical is not null) && e.Span.Length > best.Span.Length)
            {
                best = e;
            }
        }

        return best;
    }

    /// <param name="speaker">The speaker's span: a country or capital that is the whole speaker («وقالت الولايات
    /// المتحدة»، «وترى موسكو») speaks as a state, an organisation.</param>
    private static SourceKind KindOf(Entity entity, TextSpan speaker) => entity.Type switch
    {
        EntityType.PER => SourceKind.Person,
        EntityType.ORG when entity.Subtype?.StartsWith("outlet", StringComparison.Ordinal) == true => SourceKind.Outlet,
        EntityType.ORG when entity.Canonical is null && IsFamilyName(entity.Text) => SourceKind.Person,
        EntityType.ORG => SourceKind.Organization,
        EntityType.LOC when IsState(entity, speaker) => SourceKind.Organization,
        _ => SourceKind.Unknown,
    };

    /// <summary>
    /// «"الزمهري"»: one word with the article and the ending ـي, with no gazetteer entry behind it, is a family name the
    /// tagger took for an organisation (Saudi papers quote surnames); bodies named so are in the gazetteers (الأهلي).
    /// </summary>
    private static bool IsFamilyName(string text)
    {
        var word = text.Trim().Trim('"', '«', '»', '“', '”', '\'');
        return !word.Contains(' ', StringComparison.Ordinal) && word.Length >= 5 && word.StartsWith("ال", StringComparison.Ordinal) && word.EndsWith('ي');
    }

    private static bool IsState(Entity entity, TextSpan speaker) =>
        entity.Type == EntityType.LOC && entity.Subtype is "country" or "capital" && entity.Span.Length >= speaker.Length - 2;
}
