using System.CommandLine;
using Isnad.Web;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad serve</c>: the HTTP API and the page on Kestrel, on loopback unless told otherwise (then with a token).</summary>
internal static class ServeCommand
{
    public static Command Build(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, several separated by ';'. Anything but loopback (127.0.0.1, ::1, localhost) needs a token.",
            DefaultValueFactory = _ => WebServerOptions.DefaultUrl,
            HelpName = "URLS",
        };
        var token = new Option<string?>("--token")
        {
            Description = "A token every request must carry (Authorization: Bearer TOKEN, or open the page once as /?token=TOKEN). Default: $ISNAD_TOKEN.",
            HelpName = "TOKEN",
        };
        var maxBody = new Option<long>("--max-body")
        {
            Description = "The largest request body accepted, in bytes; larger ones get 413.",
            DefaultValueFactory = _ => WebServerOptions.DefaultMaxBodyBytes,
            HelpName = "BYTES",
        };
        var withoutEntities = new Option<bool>("--without-entities")
        {
            Description = "Skip the entity stage (faster; no canonical names or entity kinds in the output).",
        };
        var db = StoreOptions.Db();
        db.Description = $"The store the corpus views and endpoints ask: a SQLite file or a postgres:// URL. Default: ${Isnad.Corpus.Store.CorpusStores.EnvironmentVariable}, " +
            $"else {Isnad.Corpus.Store.CorpusStores.DefaultPath} if it exists here (without one, the corpus endpoints answer 404).";
        var command = new Command("serve", "Serve the analysis API (POST /api/analyze, OpenAPI at /openapi/v1.json), the corpus endpoints and the page that shows who said what through whom.")
        {
            urls, token, maxBody, withoutEntities, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new WebServerOptions
            {
                Urls = (parse.GetValue(urls) ?? WebServerOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Token = parse.GetValue(token) ?? NullIfEmpty(Environment.GetEnvironmentVariable("ISNAD_TOKEN")),
                MaxBodyBytes = parse.GetValue(maxBody),
                Db = StoreToServe(parse.GetValue(db)),
            };
            var pipeline = parse.GetValue(withoutEntities) ? Pipeline.WithoutEntities : Pipeline.Default;
            await Serve(context, options, pipeline, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task Serve(CliContext context, WebServerOptions options, Pipeline pipeline, CancellationToken cancellationToken)
    {
        IsnadWebServer server;
        try
        {
            server = await IsnadWebServer.StartAsync(options, pipeline, cancellationToken).ConfigureAwait(false);
        }
        catch (WebServerConfigurationException exception)
        {
            throw new CliError(exception.Message);
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            // Kestrel's "address already in use", or https without a certificate: the user's address, not a bug.
            throw new CliError($"--urls {string.Join(';', options.Urls)}: {IsnadCli.OneLine(exception.Message)}");
        }

        await using (server.ConfigureAwait(false))
        {
            foreach (var address in server.Addresses)
            {
                context.Out.WriteLine($"isnad: serving on {address} (the page at /, the API under /api, OpenAPI at /openapi/v1.json); Ctrl+C stops");
            }

            context.Out.WriteLine(options.Db is null
                ? "isnad: no store: the corpus views are off (give --db PATH|URL, or run where an isnad.db is)"
                : $"isnad: corpus views ask the store {(Isnad.Corpus.Store.CorpusStores.IsPostgres(options.Db) ? "(PostgreSQL)" : options.Db)}");
            context.Out.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: a normal way to stop a server.
            }

            await server.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>The store named by --db or $ISNAD_DB (which must exist), else isnad.db if there is one here, else none.</summary>
    private static string? StoreToServe(string? db)
    {
        var resolved = Isnad.Corpus.Store.CorpusStores.Resolve(db);
        var named = db is not null || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Isnad.Corpus.Store.CorpusStores.EnvironmentVariable));
        return named || File.Exists(resolved) ? resolved : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
