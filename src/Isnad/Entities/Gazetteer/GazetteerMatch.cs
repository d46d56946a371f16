using Isnad.Text;

namespace Isnad.Entities.Gazetteer;

/// <summary>
/// One gazetteer match in a text. <see cref="Span"/> covers the matched words whole (proclitics included: «لوكالة
/// رويترز»); <see cref="NameSpan"/> starts after the proclitics و ف ب ل ك stripped from the first word («وكالة رويترز»).
/// <see cref="Ambiguous"/> is true only when nothing in the text confirms an ambiguous name: no type word before it
/// (<see cref="TypeWord"/>), no quotation marks around it (<see cref="Quoted"/>), no type word inside the alias
/// («صحيفة الرياض») and not a Latin alias. Several matches share a span when one alias names several entries.
/// </summary>
internal readonly record struct GazetteerMatch(
    TextSpan Span,
    TextSpan NameSpan,
    GazetteerEntry Entry,
    string Alias,
    bool Ambiguous,
    TextSpan TypeWord,
    bool Quoted)
{
    public string Canonical => Entry.Canonical;

    public string Latin => Entry.Latin;

    public string Type => Entry.Type;

    public GazetteerSource Source => Entry.Source;

    /// <summary>Whether a type word of a compatible kind stands right before the name (صحيفة «الرياض»، مدينة الرياض).</summary>
    public bool Typed => !TypeWord.IsEmpty;
}
