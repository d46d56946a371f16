using System.Diagnostics;
using System.Globalization;
using Isnad.Text;

namespace Isnad.Cli.Benchmarking;

/// <summary>
/// <c>isnad bench --long</c>: whether cost grows with the length of one text. Corpus articles are joined into one long
/// text, which is also cut into pieces of <see cref="ShortLength"/> characters; each stage is timed on the long text
/// and on all the pieces (the same characters), and the cost per character of the long text is divided by that of the
/// pieces. A linear engine gives about 1; a quadratic path shows as a ratio that grows with the length.
/// </summary>
internal static class LongTextBench
{
    public const int ShortLength = 10_000;

    private static readonly (string Name, Func<string, long> Run)[] Stages =
    [
        ("text layer", text => TextAnalysis.Of(text).Tokens.Length),
        ("without entities", text => Pipeline.WithoutEntities.Analyze(text).Attributions.Count),
        ("full pipeline", text => Pipeline.Default.Analyze(text).Attributions.Count),
    ];

    public static void Run(TextWriter output, IEnumerable<string> articles, int longLength, int rounds, CancellationToken cancellationToken)
    {
        var longText = Join(articles, longLength);
        if (longText.Length < longLength)
        {
            throw new CliError($"--long: the corpus holds only {longText.Length:N0} characters, fewer than {longLength:N0}");
        }

        var pieces = Cut(longText, ShortLength);
        output.WriteLine(FormattableString.Invariant(
            $"one text of {longText.Length:N0} chars against {pieces.Count} texts of {ShortLength:N0} chars (the same characters); warm-up then {rounds} rounds, median"));
        output.WriteLine($"{"stage",-18} {"pieces s",9} {"long s",9} {"ns/char pieces",15} {"ns/char long",13} {"long/pieces",11}");
        var medians = new Dictionary<string, (double Pieces, double Long)>(StringComparer.Ordinal);
        foreach (var (name, run) in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var pieceSeconds = new List<double>();
            var longSeconds = new List<double>();
            for (var round = 0; round <= rounds; round++)
            {
                // Round 0 is the warm-up; the order alternates so neither side always runs first.
                var piecesFirst = round % 2 == 0;
                var first = Time(piecesFirst ? () => pieces.ForEach(p => run(p)) : () => run(longText));
                var second = Time(piecesFirst ? () => run(longText) : () => pieces.ForEach(p => run(p)));
                if (round > 0)
                {
                    pieceSeconds.Add(piecesFirst ? first : second);
                    longSeconds.Add(piecesFirst ? second : first);
                }
            }

            medians[name] = (Commands.BenchCommand.Median(pieceSeconds), Commands.BenchCommand.Median(longSeconds));
            WriteRow(output, name, medians[name], longText.Length);
        }

        // The entity stage alone: what the full pipeline adds to the one without entities.
        var full = medians[Stages[^1].Name];
        var withoutEntities = medians[Stages[^2].Name];
        WriteRow(output, "entities (diff)", (full.Pieces - withoutEntities.Pieces, full.Long - withoutEntities.Long), longText.Length);

        output.WriteLine();
        output.WriteLine("long/pieces is the cost per character of the one long text over that of the pieces; 1.00x is linear.");
    }

    private static void WriteRow(TextWriter output, string name, (double Pieces, double Long) seconds, int chars)
    {
        var piecesPerChar = seconds.Pieces * 1e9 / chars;
        var longPerChar = seconds.Long * 1e9 / chars;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-18} {seconds.Pieces,9:F3} {seconds.Long,9:F3} {piecesPerChar,15:F0} {longPerChar,13:F0} {longPerChar / piecesPerChar,10:F2}x"));
        output.Flush();
    }

    /// <summary>Articles joined by blank lines up to <paramref name="length"/> characters, never cutting a surrogate pair.</summary>
    private static string Join(IEnumerable<string> articles, int length)
    {
        var joined = new System.Text.StringBuilder(length + 16);
        foreach (var article in articles)
        {
            joined.Append(article).Append("\n\n");
            if (joined.Length >= length)
            {
                break;
            }
        }

        var end = Math.Min(length, joined.Length);
        if (end > 0 && end < joined.Length && char.IsHighSurrogate(joined[end - 1]))
        {
            end--;
        }

        return joined.ToString(0, end);
    }

    private static List<string> Cut(string text, int length)
    {
        var pieces = new List<string>(text.Length / length + 1);
        for (var start = 0; start < text.Length;)
        {
            var end = Math.Min(text.Length, start + length);
            if (end < text.Length && char.IsHighSurrogate(text[end - 1]))
            {
                end--;
            }

            pieces.Add(text[start..end]);
            start = end;
        }

        return pieces;
    }

    private static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalSeconds;
    }
}
