using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Isnad.Model;

/// <summary>SHA-256 hashes of the engine's data: the embedded lexicon files and model bytes.</summary>
internal static class EngineHashes
{
    private const string LexiconPrefix = "Isnad.Lexicon.";

    private static readonly Lazy<(string Combined, IReadOnlyDictionary<string, string> Files)> EmbeddedLexicons =
        new(HashEmbeddedLexicons, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The version the engine reports: the assembly's informational version without a source revision.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The engine assembly's module version id, which a deterministic build derives from its content.</summary>
    public static string Build { get; } = typeof(EngineHashes).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string LexiconsCombined => EmbeddedLexicons.Value.Combined;

    public static IReadOnlyDictionary<string, string> LexiconFiles => EmbeddedLexicons.Value.Files;

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    public static string Sha256Hex(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));

    private static (string, IReadOnlyDictionary<string, string>) HashEmbeddedLexicons()
    {
        var assembly = typeof(EngineHashes).Assembly;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(LexiconPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            files[resource[LexiconPrefix.Length..]] = Sha256Hex(stream);
        }

        var listing = new StringBuilder();
        foreach (var (name, hash) in files)
        {
            listing.Append(name).Append('\t').Append(hash).Append('\n');
        }

        return (Sha256Hex(listing.ToString()), files.AsReadOnly());
    }

    private static string ReadVersion()
    {
        var assembly = typeof(EngineHashes).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var version = informational ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
