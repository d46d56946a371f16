namespace Isnad.Cli.Output;

/// <summary>The reader of stdout went away (<c>isnad … | head</c>): stop quietly, like a Unix tool on SIGPIPE.</summary>
internal sealed class StdoutClosedException(IOException inner) : IOException("stdout was closed", inner);
