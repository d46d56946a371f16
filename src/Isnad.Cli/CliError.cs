namespace Isnad.Cli;

/// <summary>A problem with the user's input or arguments: reported as one line on stderr, exit code 1, no stack trace.</summary>
internal sealed class CliError(string message) : Exception(message);
