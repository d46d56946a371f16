namespace Isnad.Cli.Output;

/// <summary>Wraps the process's stdout so that a closed pipe surfaces as <see cref="StdoutClosedException"/>, not as an internal error.</summary>
internal sealed class StdoutStream(Stream inner) : Stream
{
    /// <summary>
    /// The process's stdout. On Unix a pipe is opened as a stream on descriptor 1: the console stream that .NET gives
    /// ignores EPIPE, so `isnad analyze … | head` would run to the end after head has gone. A file or a terminal keeps
    /// the console stream: a FileStream writes a regular file at its own offset, not the descriptor's shared one, and
    /// would overwrite what another writer of the same file (`{ echo; isnad …; } > out`) wrote after it.
    /// </summary>
    public static StdoutStream OpenStandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            var descriptor = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (!descriptor.CanSeek)
            {
                return new StdoutStream(descriptor);
            }

            descriptor.Dispose();
        }

        return new StdoutStream(Console.OpenStandardOutput());
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException closed)
        {
            throw new StdoutClosedException(closed);
        }
    }

    public override void Flush() => Guard(inner.Flush);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException closed) when (closed is not StdoutClosedException)
        {
            throw new StdoutClosedException(closed);
        }
    }
}
