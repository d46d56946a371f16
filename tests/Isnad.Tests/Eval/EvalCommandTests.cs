using System.Text;
using System.Text.Json.Nodes;
using Isnad.Tests.Cli;
using Xunit;

namespace Isnad.Tests.Eval;

public sealed class EvalCommandTests
{
    private const string ExpectedOutput =
        "  #2 ونقلت صحيفة: source ok; chain WRONG []\n" +
        "  miss #3 وأضاف المصدر\n" +
        "case-1.txt: strict F1 0.44 (detect P 0.60 R 0.75 F1 0.67; of found: source 3/3, chain 2/3, form 2/3; 2 unmatched)\n" +
        "case-2.txt: strict F1 0.22 (detect P 0.12 R 1.00 F1 0.22; of found: source 1/1, chain 1/1, form 1/1; 7 unmatched)\n" +
        "ALL (micro): strict F1 0.33 (detect P 0.31 R 0.80 F1 0.44; of found: source 4/4, chain 3/4, form 3/4; 9 unmatched)\n";

    /// <summary>Writes the two hand-made cases in score_attr.py --many layout: gold/, texts/ (CR LF in case 2), system/.</summary>
    private static (string Gold, string Texts, string System) WriteCases(TempFolder folder)
    {
        folder.File("gold/case-1.gold.json", Encoding.UTF8.GetBytes(ScoringCase.Gold().ToJsonString()));
        folder.File("texts/case-1.txt", CliRunner.Utf8(ScoringCase.Text));
        folder.File("system/case-1.txt.json", Encoding.UTF8.GetBytes(ScoringCase.System().ToJsonString()));

        // Case 2: one gold item found among eight attributions, so detection P is exactly 1/8 (printed 0.12, ties to even).
        // Offsets assume CR LF became LF, as Python's text mode does.
        const string text = "سطر أول\r\nقال المدير إن العمل بدأ.";
        var gold = new JsonObject
        {
            ["doc"] = "case-2.txt",
            ["items"] = new JsonArray(new JsonObject
            {
                ["id"] = 1, ["cue"] = "قال", ["cue_span"] = new JsonArray(8, 11), ["source"] = new JsonArray("المدير"),
                ["content_span"] = new JsonArray(22, 31), ["form"] = "indirect", ["chain"] = new JsonArray(),
            }),
        };
        var attributions = new JsonArray();
        for (var i = 0; i < 8; i++)
        {
            attributions.Add(new JsonObject
            {
                ["cue"] = new JsonObject { ["start"] = 8, ["end"] = 11 },
                ["source"] = new JsonObject { ["text"] = "المدير" },
                ["content"] = new JsonObject { ["start"] = i == 0 ? 22 : 0, ["end"] = i == 0 ? 31 : 3, ["form"] = "indirect" },
                ["chain"] = new JsonArray(),
            });
        }

        folder.File("gold/case-2.gold.json", Encoding.UTF8.GetBytes(gold.ToJsonString()));
        folder.File("texts/case-2.txt", CliRunner.Utf8(text));
        folder.File("system/case-2.txt.json", Encoding.UTF8.GetBytes(new JsonObject { ["attributions"] = attributions }.ToJsonString()));
        return (Path.Combine(folder.Path, "gold"), Path.Combine(folder.Path, "texts"), Path.Combine(folder.Path, "system"));
    }

    [Fact]
    public void Eval_on_stored_outputs_prints_per_file_lines_then_the_micro_average()
    {
        using var folder = new TempFolder();
        var (gold, texts, system) = WriteCases(folder);

        var result = CliRunner.Run("eval", "--gold", gold, "--texts", texts, "--system", system);

        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExpectedOutput, result.Out);
    }

    [Fact]
    public void Summary_prints_only_the_micro_average_line()
    {
        using var folder = new TempFolder();
        var (gold, texts, system) = WriteCases(folder);

        var result = CliRunner.Run("eval", "--summary", "--gold", gold, "--texts", texts, "--system", system);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ALL (micro): strict F1 0.33 (detect P 0.31 R 0.80 F1 0.44; of found: source 4/4, chain 3/4, form 3/4; 9 unmatched)\n", result.Out);
    }

    [Fact]
    public void Several_gold_folders_are_scored_as_one_set()
    {
        using var folder = new TempFolder();
        var (gold, texts, system) = WriteCases(folder);
        var second = Path.Combine(folder.Path, "gold-2");
        Directory.CreateDirectory(second);
        File.Move(Path.Combine(gold, "case-2.gold.json"), Path.Combine(second, "case-2.gold.json"));

        var result = CliRunner.Run("eval", "--gold", gold, "--gold", second, "--texts", texts, "--system", system);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ExpectedOutput, result.Out);
    }

    [Fact]
    public void Folds_print_a_line_per_fold_and_their_spread()
    {
        using var folder = new TempFolder();
        var (gold, texts, system) = WriteCases(folder);

        var result = CliRunner.Run("eval", "--summary", "--folds", "2", "--gold", gold, "--texts", texts, "--system", system);

        // SHA-256 of "case-1.txt" (16A5…) sorts before that of "case-2.txt" (786A…), so case 1 is dealt to fold 1.
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "ALL (micro): strict F1 0.33 (detect P 0.31 R 0.80 F1 0.44; of found: source 4/4, chain 3/4, form 3/4; 9 unmatched)\n" +
            "fold 1 (1 articles): strict F1 0.44 (detect P 0.60 R 0.75 F1 0.67; of found: source 3/3, chain 2/3, form 2/3; 2 unmatched)\n" +
            "fold 2 (1 articles): strict F1 0.22 (detect P 0.12 R 1.00 F1 0.22; of found: source 1/1, chain 1/1, form 1/1; 7 unmatched)\n" +
            "folds: strict F1 mean 0.333 min 0.222 max 0.444\n",
            result.Out);
    }

    [Fact]
    public void Folds_are_stable_and_balanced()
    {
        var docs = Enumerable.Range(0, 11).Select(i => $"doc-{i}").ToList();

        var folds = Isnad.Cli.Evaluation.EvaluationFolds.Assign(docs, 3);
        var again = Isnad.Cli.Evaluation.EvaluationFolds.Assign(Enumerable.Reverse(docs).Append("doc-extra"), 3);

        Assert.Equal([4, 4, 3], Enumerable.Range(0, 3).Select(f => folds.Values.Count(v => v == f)));
        Assert.Equal(11, docs.Count(d => folds[d] >= 0 && folds[d] < 3));
        Assert.Equal(folds["doc-0"], Isnad.Cli.Evaluation.EvaluationFolds.Assign(docs, 3)["doc-0"]);
        Assert.Equal(12, again.Count);
    }

    [Fact]
    public void One_fold_is_refused()
    {
        using var folder = new TempFolder();
        var (gold, texts, system) = WriteCases(folder);

        var result = CliRunner.Run("eval", "--folds", "1", "--gold", gold, "--texts", texts, "--system", system);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("isnad: eval: --folds needs K ≥ 2\n", result.Error);
    }

    [PythonScorerFact]
    public void Eval_prints_exactly_what_score_attr_py_prints()
    {
        using var folder = new TempFolder();
        var (gold, texts, system) = WriteCases(folder);

        var (exitCode, python) = ReferenceScorer.RunProcess("python3", [ReferenceScorer.ScriptPath!, "--many", gold, texts, system]);
        var ours = CliRunner.Run("eval", "--gold", gold, "--texts", texts, "--system", system);

        Assert.Equal(0, exitCode);
        Assert.Equal(ExpectedOutput, python);
        Assert.Equal(python, ours.Out);
    }

    [Fact]
    public void A_text_that_differs_from_the_annotated_one_is_refused_naming_the_doc()
    {
        using var folder = new TempFolder();
        folder.File("gold/a.gold.json", CliRunner.Utf8("""{"doc":"a.txt","sha256":"00","items":[]}"""));
        folder.File("gold/a.txt", CliRunner.Utf8("نص"));

        var result = CliRunner.Run("eval", "--gold", Path.Combine(folder.Path, "gold"));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
        var goldPath = Path.Combine(folder.Path, "gold", "a.gold.json");
        Assert.Equal(
            $"isnad: {goldPath}: text of doc 'a.txt' differs from the annotated one (sha256 " +
            "e01176c2a05916f0c103f3bb3c47ee50b07f7c3c6b7c90271b07df4b44692edd, gold expects 00)\n",
            result.Error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_articles_are_found_by_id_and_checked_against_their_hash()
    {
        using var folder = new TempFolder();
        // sha256 of the UTF-8 of "نص", as the gold converter computes it.
        const string sha = "e01176c2a05916f0c103f3bb3c47ee50b07f7c3c6b7c90271b07df4b44692edd";
        var corpus = folder.File("corpus.jsonl", CliRunner.Utf8(
            "{\"id\":\"other\",\"text\":\"قال\"}\n{\"id\":\"d1\",\"outlet\":\"sabq\",\"text\":\"نص\"}\n"));
        folder.File("gold/d1.gold.json", CliRunner.Utf8($$"""{"doc":"d1","sha256":"{{sha}}","items":[]}"""));
        folder.File("changed/d1.gold.json", CliRunner.Utf8("""{"doc":"d1","sha256":"ff","items":[]}"""));
        folder.File("absent/zz.gold.json", CliRunner.Utf8("""{"doc":"zz","items":[]}"""));

        var ok = CliRunner.Run("eval", "--gold", Path.Combine(folder.Path, "gold"), "--corpus", corpus);
        var changed = CliRunner.Run("eval", "--gold", Path.Combine(folder.Path, "changed"), "--corpus", corpus);
        var absent = CliRunner.Run("eval", "--gold", Path.Combine(folder.Path, "absent"), "--corpus", corpus);

        Assert.Equal(0, ok.ExitCode);
        Assert.Equal(
            "d1: strict F1 0.00 (detect P 0.00 R 0.00 F1 0.00; of found: source 0/0, chain 0/0, form 0/0; 0 unmatched)\n" +
            "ALL (micro): strict F1 0.00 (detect P 0.00 R 0.00 F1 0.00; of found: source 0/0, chain 0/0, form 0/0; 0 unmatched)\n",
            ok.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(1, changed.ExitCode);
        Assert.Equal(
            $"isnad: {Path.Combine(folder.Path, "changed", "d1.gold.json")}: text of doc 'd1' differs from the annotated one (sha256 {sha}, gold expects ff)" + Environment.NewLine,
            changed.Error);
        Assert.Equal(1, absent.ExitCode);
        Assert.Equal($"isnad: {Path.Combine(folder.Path, "absent", "zz.gold.json")}: doc 'zz' is not in the corpus" + Environment.NewLine, absent.Error);
    }

    [Fact]
    public void Missing_gold_folder_is_a_user_error()
    {
        var result = CliRunner.Run("eval", "--gold", "/nonexistent/gold");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("isnad: /nonexistent/gold: no such folder" + Environment.NewLine, result.Error);
    }
}
