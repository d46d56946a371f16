namespace Isnad.Model;

/// <summary>
/// What produced an <see cref="Analysis"/>: the engine's version and build, and SHA-256 hashes of the lexicons and the
/// entity model it ran with. Two analyses with equal <see cref="Fingerprint"/>s came from the same engine and data, so a
/// store can tell which stored analyses an upgrade makes stale.
/// </summary>
/// <param name="Version">The engine's release version (the <c>Isnad</c> assembly's version).</param>
/// <param name="Build">The engine assembly's module version id: changes whenever its code or embedded data changes.</param>
/// <param name="Model">SHA-256 (lower-case hex) of the entity model's bytes, or null when the pipeline has no entity stage.</param>
/// <param name="Lexicons">SHA-256 over every lexicon file's name and hash, in name order (see <see cref="LexiconFiles"/>).</param>
/// <param name="LexiconFiles">Each embedded lexicon file (e.g. <c>outlets.txt</c>) with the SHA-256 of its bytes.</param>
public sealed record EngineInfo(
    string Version,
    string Build,
    string? Model,
    string Lexicons,
    IReadOnlyDictionary<string, string> LexiconFiles)
{
    /// <summary>SHA-256 (lower-case hex) of the mention ranker's model, or null when resolution is left to the rules alone.</summary>
    public string? Ranker { get; init; }

    /// <summary>SHA-256 over version, build, model, lexicons and ranker: one key that changes when any of them does.</summary>
    public string Fingerprint => EngineHashes.Sha256Hex(Ranker is null ? $"{Version}\n{Build}\n{Model}\n{Lexicons}" : $"{Version}\n{Build}\n{Model}\n{Lexicons}\n{Ranker}");
}
