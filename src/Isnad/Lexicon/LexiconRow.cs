namespace Isnad.Lexicon;

/// <summary>One entry line of a lexicon file: its TAB-separated columns (trimmed) and where it came from.</summary>
internal sealed record LexiconRow(string FileName, int LineNumber, IReadOnlyList<string> Columns)
{
    /// <summary>The column at <paramref name="index"/>, or the empty string when the line has fewer columns.</summary>
    public string this[int index] => index < Columns.Count ? Columns[index] : "";

    /// <summary>The column split on <c>|</c> into its non-empty, trimmed values (aliases, agreement lists).</summary>
    public string[] Values(int index) =>
        this[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>An error about this line, for a caller that finds a bad value in a column.</summary>
    public LexiconException Error(string problem) => new(FileName, LineNumber, problem);
}
