using System.CommandLine;
using System.Text;
using System.Text.Json;
using Isnad.Corpus.Store;

namespace Isnad.Cli.Commands;

/// <summary><c>isnad export --format jsonl|csv</c>: the store for notebooks, on stdout, in article id order.</summary>
internal static class ExportCommand
{
    private static readonly string[] CsvColumns =
    [
        "article_id", "outlet", "date", "cluster", "ordinal", "speaker", "source_kind", "source_text", "cue", "cue_lemma", "form", "chain", "content",
    ];

    public static Command Build(CliContext context)
    {
        var db = StoreOptions.Db();
        var format = new Option<string>("--format") { Description = "jsonl: one article a line with its isnad/1 analysis; csv: one attribution a row.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv");
        var outlet = StoreOptions.Outlet();
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var command = new Command("export", "Write the stored articles (JSON Lines) or attributions (CSV) to stdout.") { db, format, outlet, from, to };
        command.SetAction((parse, cancellationToken) =>
        {
            var filter = StoreOptions.Filter(parse, outlet, from, to);
            using var store = StoreOptions.Open(parse.GetValue(db), mustExist: true);
            var articles = store.Export(filter, cancellationToken);
            if (parse.GetValue(format) == "csv")
            {
                WriteCsv(context.Out, articles);
            }
            else
            {
                WriteJsonLines(context.Out, articles);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static void WriteJsonLines(TextWriter output, IEnumerable<(StoredArticle Article, string? Cluster)> articles)
    {
        using var buffer = new MemoryStream();
        foreach (var (article, cluster) in articles)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, Isnad.Json.AnalysisJsonWriter.Options(indented: false)))
            {
                writer.WriteStartObject();
                writer.WriteString("id", article.Id);
                writer.WriteString("name", article.Name);
                writer.WriteString("external_id", article.ExternalId);
                writer.WriteString("outlet", article.Outlet);
                writer.WriteString("date", article.Date);
                writer.WriteString("title", article.Title);
                writer.WriteString("author", article.Author);
                writer.WriteString("url", article.Url);
                writer.WriteString("cluster", cluster);
                writer.WriteString("engine_fingerprint", article.Engine.Fingerprint);
                writer.WritePropertyName("analysis");
                writer.WriteRawValue(article.AnalysisJson, skipInputValidation: true);
                writer.WriteEndObject();
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static void WriteCsv(TextWriter output, IEnumerable<(StoredArticle Article, string? Cluster)> articles)
    {
        var table = new ResultTable(CsvColumns);
        // Streamed a batch at a time: the table is written and cleared every 1,000 articles.
        var header = true;
        var pending = 0;
        foreach (var (article, cluster) in articles)
        {
            foreach (var a in article.Attributions)
            {
                table.Add(article.Id, article.Outlet, article.Date, cluster, a.Ordinal, a.Speaker, a.SourceKind, a.SourceText, a.Cue, a.CueLemma,
                    a.ContentForm, string.Join(" ← ", a.Chain.Select(r => r.Name)), a.Content);
            }

            if (++pending == 1000)
            {
                table.WriteCsvRows(output, header);
                header = false;
                pending = 0;
                table = new ResultTable(CsvColumns);
            }
        }

        table.WriteCsvRows(output, header);
    }
}
