namespace Isnad.Lexicon;

/// <summary>A lexicon file that is missing or malformed; the message names the file and, when known, the line.</summary>
public sealed class LexiconException : Exception
{
    public LexiconException()
    {
        FileName = "";
    }

    public LexiconException(string message)
        : base(message)
    {
        FileName = "";
    }

    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "";
    }

    public LexiconException(string fileName, int lineNumber, string problem)
        : base(lineNumber > 0 ? $"{fileName}:{lineNumber}: {problem}" : $"{fileName}: {problem}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
    }

    /// <summary>The lexicon file, e.g. <c>cues.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line number, or 0 when the problem concerns the whole file.</summary>
    public int LineNumber { get; }
}
