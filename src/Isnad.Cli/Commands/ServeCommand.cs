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
        var command = new Command("serve", "Serve the analysis API (POST /api/analyze, OpenAPI at /openapi/v1.json) and the page that shows who said what through whom.")
        {
            urls, token, maxBody, withoutEntities,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new WebServerOptions
            {
                Urls = (parse.GetValue(urls) ?? WebServerOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Token = parse.GetValue(token) ?? NullIfEmpty(Environment.GetEnvironmentVariable("ISNAD_TOKEN")),
                MaxBodyBytes = parse.GetValue(maxBody),
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

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
