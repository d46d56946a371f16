namespace Isnad.Cli;

/// <summary>Where a command writes and whether its output may be decorated (only when stdout is a terminal).</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, bool OutIsTerminal, Func<Stream> OpenStdin);
