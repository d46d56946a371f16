using System.Reflection;

namespace Isnad.Lexicon;

/// <summary>
/// Reads the lexicon text files embedded in the engine (resources named <c>Isnad.Lexicon.&lt;file&gt;</c>): UTF-8, one
/// entry a line, TAB-separated columns, <c>#</c> comment lines and blank lines skipped. Malformed lines fail loudly with
/// the file name and line number, because a silently dropped entry is a bug nobody finds.
/// </summary>
internal static class LexiconReader
{
    private const string ResourcePrefix = "Isnad.Lexicon.";

    /// <summary>The rows of the embedded lexicon <paramref name="fileName"/> (e.g. <c>outlets.txt</c>).</summary>
    /// <param name="fileName">The file name inside <c>src/Isnad/Lexicon/Data</c>.</param>
    /// <param name="minColumns">Columns every entry line must have; fewer is an error.</param>
    public static IReadOnlyList<LexiconRow> Read(string fileName, int minColumns = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var assembly = typeof(LexiconReader).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new LexiconException(fileName, 0, $"no embedded lexicon named {ResourcePrefix}{fileName}");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(fileName, reader, minColumns);
    }

    /// <summary>Whether the engine carries an embedded lexicon named <paramref name="fileName"/>.</summary>
    public static bool Exists(string fileName) =>
        typeof(LexiconReader).Assembly.GetManifestResourceInfo(ResourcePrefix + fileName) is not null;

    /// <summary>The rows of a lexicon read from <paramref name="reader"/>; <paramref name="fileName"/> names it in errors.</summary>
    public static IReadOnlyList<LexiconRow> Parse(string fileName, TextReader reader, int minColumns = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfLessThan(minColumns, 1);
        var rows = new List<LexiconRow>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.AsSpan().Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            var columns = line.Split('\t');
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = columns[i].Trim();
            }

            if (columns[0].Length == 0)
            {
                throw new LexiconException(fileName, lineNumber, "the first column is empty");
            }

            if (columns.Length < minColumns)
            {
                // The usual cause is an editor that turned the TABs into spaces.
                var hint = columns.Length == 1 && line.Contains("  ", StringComparison.Ordinal)
                    ? " (columns must be separated by TAB, not spaces)"
                    : "";
                throw new LexiconException(fileName, lineNumber, $"expected at least {minColumns} TAB-separated columns, found {columns.Length}{hint}");
            }

            rows.Add(new LexiconRow(fileName, lineNumber, columns));
        }

        return rows;
    }
}
