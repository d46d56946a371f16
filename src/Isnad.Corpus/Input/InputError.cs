namespace Isnad.Corpus.Input;

/// <summary>
/// A problem with the user's input (a missing, empty or undecodable file, a malformed line): hosts report it as one
/// line naming the input, never with a stack trace (the CLI: exit code 1).
/// </summary>
internal sealed class InputError(string message) : Exception(message)
{
    /// <summary>A message on one line, for a report that is one line per problem.</summary>
    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
