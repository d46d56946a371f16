namespace Isnad.Corpus.Input;

/// <summary>Where the shared data lives: <c>$ISNAD_DATA</c>, else <c>../shared/data</c> beside the repository root.</summary>
internal static class DataPaths
{
    public const string CorpusRelativePath = "news/saudinewsnet.jsonl.gz";

    public static string DefaultCorpus() => Path.Combine(DataFolder(), CorpusRelativePath);

    public static string DataFolder()
    {
        if (Environment.GetEnvironmentVariable("ISNAD_DATA") is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        var root = RepositoryRoot(Directory.GetCurrentDirectory()) ?? RepositoryRoot(AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(root ?? Directory.GetCurrentDirectory(), "..", "shared", "data"));
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> holding <c>Isnad.slnx</c>.</summary>
    private static string? RepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Isnad.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
