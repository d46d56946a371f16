using System.Text.Json;
using Isnad.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Isnad.Corpus.Tests.Queries;

/// <summary><c>isnad ingest</c>, <c>query</c>, <c>export</c> and <c>reanalyze</c> through the CLI on a real SQLite store.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Db => Path.Combine(folder.Path, "s.db");

    private void Ingest()
    {
        var text = folder.File("a.txt", CliRunner.Utf8("قال المهندس سالم الهاشمي إن محطة التحلية الجديدة ستعمل في الربيع."));
        var lines = folder.File("b.jsonl", CliRunner.Utf8(
            "{\"id\":\"b\",\"outlet\":\"okaz\",\"date\":\"2021-02-03\",\"text\":\"ونقلت وكالة واس عن مصدر مطلع أن محطة التحلية الجديدة ستعمل في الربيع.\"}\n" +
            "{\"id\":\"c\",\"outlet\":\"sabq\",\"date\":\"2021-02-01\",\"text\":\"وأكد سالم الهاشمي أن العمل مستمر.\"}\n"));
        var result = CliRunner.Run("ingest", text, lines, "--db", Db, "--outlet", "riyadh", "--date", "2021-01-15");
        Assert.Equal(("", 0), (result.Error, result.ExitCode));
        Assert.StartsWith("ingested 3 inputs in ", result.Out, StringComparison.Ordinal);
        Assert.EndsWith($": 3 stored, 0 already stored, 0 refused; {Db} holds 3 articles, 3 attributions, 0 near-duplicate clusters\n", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_as_json_name_the_speaker_with_counts_per_outlet()
    {
        Ingest();
        var result = CliRunner.Run("query", "sources", "--db", Db, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("سالم الهاشمي", row.GetProperty("speaker").GetString());
        Assert.Equal(2, row.GetProperty("attributions").GetInt32());
        Assert.Equal("{\"riyadh\":1,\"sabq\":1}", JsonSerializer.Serialize(row.GetProperty("per_outlet")));
    }

    [Fact]
    public void Anonymity_as_csv_and_relays_as_a_table()
    {
        Ingest();
        Assert.Equal("outlet,attributions,anonymous,share\nokaz,1,1,1.000\nriyadh,1,0,0.000\nsabq,1,0,0.000\n",
            CliRunner.Run("query", "anonymity", "--db", Db, "--csv").Out);
        Assert.Equal("count  via    from  to\n1      chain  okaz  واس\n", CliRunner.Run("query", "relays", "--db", Db).Out);
        Assert.Equal("outlet,attributions,anonymous,share\nsabq,1,0,0.000\n",
            CliRunner.Run("query", "anonymity", "--db", Db, "--csv", "--from", "2021-02-01", "--to", "2021-02-02").Out);
    }

    [Fact]
    public void Provenance_lists_the_earliest_carrier_first()
    {
        Ingest();
        var result = CliRunner.Run("query", "provenance", "مَحطة التحليه الجديدة", "--db", Db, "--csv");
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("2021-01-15,riyadh,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1.000,,سالم الهاشمي,,محطة التحلية الجديدة", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",1.000,,مصدر مطلع,واس,محطة التحلية الجديدة", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_one_article_a_line_with_its_analysis()
    {
        Ingest();
        var lines = CliRunner.Run("export", "--db", Db).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var outlets = lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("isnad/1", json.RootElement.GetProperty("analysis").GetProperty("schema").GetString());
            return json.RootElement.GetProperty("outlet").GetString();
        }).Order(StringComparer.Ordinal);
        Assert.Equal(["okaz", "riyadh", "sabq"], outlets);
        Assert.Equal(4, CliRunner.Run("export", "--db", Db, "--format", "csv").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Reanalyze_redoes_what_another_engine_made_and_nothing_else()
    {
        Ingest();
        Assert.StartsWith("reanalysed 0 articles made by another engine;", CliRunner.Run("reanalyze", "--db", Db).Out, StringComparison.Ordinal);
        using (var connection = new SqliteConnection($"Data Source={Db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE articles SET engine_fingerprint = 'older' WHERE external_id = 'b'";
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        var before = CliRunner.Run("export", "--db", Db, "--format", "csv").Out;
        Assert.StartsWith("reanalysed 1 articles made by another engine;", CliRunner.Run("reanalyze", "--db", Db).Out, StringComparison.Ordinal);
        Assert.Equal(before, CliRunner.Run("export", "--db", Db, "--format", "csv").Out);
        Assert.StartsWith("reanalysed 0 articles", CliRunner.Run("reanalyze", "--db", Db).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_inputs_are_listed_at_the_end_with_exit_code_1()
    {
        var empty = folder.File("empty.txt", []);
        var good = folder.File("good.txt", CliRunner.Utf8("قال سالم إن الجو حار."));
        var result = CliRunner.Run("ingest", empty, good, "--db", Db, "--quiet");
        Assert.Equal((1, "", $"isnad: {empty}: empty file\n"), (result.ExitCode, result.Out, result.Error));
    }

    [Theory]
    [InlineData("query", "sources", "--db", "{missing}")]
    [InlineData("export", "--db", "{missing}")]
    public void A_missing_store_is_a_user_error(params string[] args)
    {
        var missing = Path.Combine(folder.Path, "none.db");
        var result = CliRunner.Run(args.Select(a => a.Replace("{missing}", missing, StringComparison.Ordinal)).ToArray());
        Assert.Equal((1, $"isnad: {missing}: no such store (create it with 'isnad ingest … --db {missing}')\n"), (result.ExitCode, result.Error));
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void Bad_dates_and_missing_sources_are_user_errors()
    {
        Ingest();
        Assert.Equal("isnad: --from: '2021-13-01' is not a date in the form YYYY-MM-DD\n", CliRunner.Run("query", "anonymity", "--db", Db, "--from", "2021-13-01").Error);
        var missing = Path.Combine(folder.Path, "nothing-here");
        Assert.Equal($"isnad: {missing}: no such file or folder\n", CliRunner.Run("ingest", missing, "--db", Db).Error);
        Assert.Equal("isnad: '؟!': the phrase has no words\n", CliRunner.Run("query", "provenance", "؟!", "--db", Db).Error);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
