namespace Isnad.Tests.Specs;

/// <summary>All spec files copied beside the test assembly (README.md describes the format and is not a spec).</summary>
internal static class SpecLibrary
{
    private static readonly Lazy<IReadOnlyList<SpecCase>> AllCases = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IReadOnlyList<SpecCase> Cases => AllCases.Value;

    public static IEnumerable<string> Files() =>
        System.IO.Directory.GetFiles(Directory, "*.md")
            .Where(f => !string.Equals(Path.GetFileName(f), "README.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static List<SpecCase> Load() => Files().SelectMany(SpecParser.ParseFile).ToList();
}
