namespace Isnad.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad input or usage: a missing or undecodable file, a malformed option value.</summary>
    public const int UserError = 1;

    /// <summary>A bug or an unexpected failure inside Isnad.</summary>
    public const int InternalError = 2;
}
