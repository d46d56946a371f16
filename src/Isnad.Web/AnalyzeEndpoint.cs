using Isnad.Json;
using Microsoft.AspNetCore.Http;
using System.Text.Json;

namespace Isnad.Web;

/// <summary><c>POST /api/analyze</c>: an article in, its <c>isnad/1</c> analysis out.</summary>
internal static class AnalyzeEndpoint
{
    public static async Task Handle(
        HttpContext context, Pipeline pipeline, AnalysisCounters counters, AnalysisGate gate, WebServerOptions options)
    {
        var aborted = context.RequestAborted;
        ArticleInput input;
        try
        {
            input = await ArticleRequestReader.ReadAsync(context.Request, options.MaxBodyBytes, aborted).ConfigureAwait(false);
        }
        catch (BadRequestException problem)
        {
            await WriteProblem(context, problem.Status, problem.Title, problem.Message).ConfigureAwait(false);
            return;
        }
        catch (Exception exception) when (aborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            // The client went away while sending its article: nothing to analyse, nobody to answer.
            return;
        }

        Model.Analysis analysis;
        try
        {
            if (!await gate.EnterAsync(aborted).ConfigureAwait(false))
            {
                context.Response.Headers.RetryAfter = "1";
                await WriteProblem(context, StatusCodes.Status503ServiceUnavailable, "Server busy",
                    "too many analyses are waiting; try again in a moment").ConfigureAwait(false);
                return;
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            counters.AddCancelled();
            return;
        }

        counters.AddRunning();
        try
        {
            // The engine checks the token between its stages: a client that hangs up stops the work it asked for.
            analysis = pipeline.Analyze(input.Text, input.Meta, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            counters.AddCancelled();
            return;
        }
        catch (TextTooLongException tooLong)
        {
            await WriteProblem(context, StatusCodes.Status413PayloadTooLarge, "Article too long", tooLong.Message).ConfigureAwait(false);
            return;
        }
        finally
        {
            counters.EndRunning();
            gate.Exit();
        }

        counters.AddCompleted();
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        try
        {
            await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, AnalysisJsonWriter.Options(indented: false)))
            {
                AnalysisJsonWriter.Write(writer, analysis);
            }

            await context.Response.BodyWriter.FlushAsync(aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client left while the answer was being sent: nobody to tell.
        }
    }

    private static Task WriteProblem(HttpContext context, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(context);
}
