namespace Isnad.Tests.Specs;

/// <summary>A spec file that does not follow Specs/README.md; the message names the file and line.</summary>
public sealed class SpecFormatException : Exception
{
    public SpecFormatException()
    {
    }

    public SpecFormatException(string message)
        : base(message)
    {
    }

    public SpecFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpecFormatException(string file, int line, string problem)
        : base($"{file}:{line}: {problem}")
    {
    }
}
