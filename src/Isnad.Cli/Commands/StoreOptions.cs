using System.CommandLine;
using Isnad.Corpus.Store;

namespace Isnad.Cli.Commands;

/// <summary>Options the store commands share (<c>--db</c>, the filters) and turning store failures into one-line errors.</summary>
internal static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"The store: a SQLite file (default {CorpusStores.DefaultPath}, or ${CorpusStores.EnvironmentVariable}) or a postgres://user:password@host:port/database URL.",
        HelpName = "PATH|URL",
    };

    public static Option<string?> Outlet() => new("--outlet") { Description = "Only articles of this outlet.", HelpName = "NAME" };

    public static Option<string?> From() => new("--from") { Description = "Only articles dated on or after this day.", HelpName = "YYYY-MM-DD" };

    public static Option<string?> To() => new("--to") { Description = "Only articles dated on or before this day.", HelpName = "YYYY-MM-DD" };

    public static QueryFilter Filter(ParseResult parse, Option<string?> outlet, Option<string?> from, Option<string?> to)
    {
        try
        {
            return QueryFilter.Parse(parse.GetValue(outlet), parse.GetValue(from), parse.GetValue(to));
        }
        catch (Corpus.Input.InputError error)
        {
            throw new CliError(error.Message);
        }
    }

    /// <summary>Opens the store, a failure to open it being the user's problem (exit code 1).</summary>
    public static ICorpusStore Open(string? db, bool mustExist)
    {
        var resolved = CorpusStores.Resolve(db);
        try
        {
            return mustExist ? CorpusStores.OpenExisting(resolved) : CorpusStores.Open(resolved);
        }
        catch (StoreError error)
        {
            throw new CliError(error.Message);
        }
    }
}
