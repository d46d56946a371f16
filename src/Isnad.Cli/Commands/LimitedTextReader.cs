using Isnad.Corpus.Input;
using Isnad.Text;

namespace Isnad.Cli.Commands;

/// <summary>
/// Reads one text file (or stdin for <c>-</c>) for <c>analyze</c> without ever holding more than a document of
/// <c>--max-chars</c> characters can take: <c>/dev/zero</c>, an endless pipe or a huge file stops at that many bytes
/// with a one-line <see cref="CliError"/>, instead of growing until memory runs out.
/// </summary>
internal static class LimitedTextReader
{
    /// <summary>
    /// The most bytes a text of <paramref name="maxChars"/> UTF-16 code units can take in a supported encoding: three a
    /// code unit in UTF-8 (a surrogate pair is four bytes for two), two in UTF-16, one in windows-1256, and a BOM.
    /// </summary>
    public static long MaxBytes(int maxChars) => 3L * maxChars + 3;

    public static string Read(string path, Func<Stream> openStdin, int maxChars) =>
        Decode(ReadBytes(path, openStdin, maxChars), path == TextFileReader.StdinName ? "<stdin>" : path, maxChars);

    /// <summary>The bytes of a file or stdin, never more than a text of <paramref name="maxChars"/> can take.</summary>
    public static byte[] ReadBytes(string path, Func<Stream> openStdin, int maxChars)
    {
        var name = path == TextFileReader.StdinName ? "<stdin>" : path;
        return path == TextFileReader.StdinName ? ReadStdin(openStdin, name, maxChars) : ReadFile(path, maxChars);
    }

    /// <summary>Decodes what <see cref="ReadBytes"/> read (as <see cref="TextFileReader.Decode"/> does), refusing a text past the limit.</summary>
    public static string Decode(byte[] bytes, string name, int maxChars)
    {
        var text = TextFileReader.Decode(bytes, name);
        return text.Length > maxChars ? throw TooLong(name, maxChars) : text;
    }

    /// <summary>The one-line refusal of a text past the limit, for a file, stdin or a JSON Lines article.</summary>
    public static CliError TooLong(string name, int maxChars) =>
        new($"{name}: longer than the limit of {maxChars:N0} characters for one document (raise it with --max-chars)");

    private static byte[] ReadStdin(Func<Stream> openStdin, string name, int maxChars)
    {
        using var stdin = openStdin();
        return ReadAtMost(stdin, name, maxChars);
    }

    private static byte[] ReadFile(string path, int maxChars)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return ReadAtMost(file, path, maxChars);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliError($"{path}: permission denied");
        }
        catch (FileNotFoundException)
        {
            throw new CliError($"{path}: no such file");
        }
        catch (IOException io)
        {
            throw new CliError($"{path}: cannot read ({IsnadCli.OneLine(io.Message)})");
        }
    }

    /// <summary>Reads to the end, or fails as soon as one byte more than <see cref="MaxBytes"/> has come.</summary>
    private static byte[] ReadAtMost(Stream stream, string name, int maxChars)
    {
        var limit = MaxBytes(maxChars);
        using var copy = new MemoryStream();
        var buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit + 1 - copy.Length))) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > limit)
            {
                throw TooLong(name, maxChars);
            }
        }

        return copy.ToArray();
    }
}
