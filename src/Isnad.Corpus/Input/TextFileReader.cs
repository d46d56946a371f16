using Isnad.Text;

namespace Isnad.Corpus.Input;

/// <summary>Reads a text file (or stdin for <c>-</c>) and decodes it, turning every I/O or decoding problem into a one-line <see cref="InputError"/>.</summary>
internal static class TextFileReader
{
    public const string StdinName = "-";

    public static string DisplayName(string path) => path == StdinName ? "<stdin>" : path;

    public static string Read(string path, Func<Stream> openStdin) => Decode(ReadBytes(path, openStdin), DisplayName(path));

    /// <summary>Decodes bytes read from <paramref name="name"/> (UTF-8, UTF-16 with BOM, windows-1256).</summary>
    public static string Decode(byte[] bytes, string name)
    {
        if (bytes.Length == 0)
        {
            throw new InputError($"{name}: empty file");
        }

        try
        {
            return TextDecoder.Decode(bytes, name);
        }
        catch (TextDecodingException decoding)
        {
            var message = InputError.OneLine(decoding.Message);
            throw new InputError(message.StartsWith(name, StringComparison.Ordinal) ? message : $"{name}: {message}");
        }
    }

    public static byte[] ReadBytes(string path, Func<Stream> openStdin)
    {
        if (path == StdinName)
        {
            using var stdin = openStdin();
            using var copy = new MemoryStream();
            stdin.CopyTo(copy);
            return copy.ToArray();
        }

        CheckFile(path);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputError($"{path}: permission denied");
        }
        catch (IOException io)
        {
            throw new InputError($"{path}: cannot read ({InputError.OneLine(io.Message)})");
        }
    }

    /// <summary>Throws the one-line error for a path that is a folder or does not exist.</summary>
    public static void CheckFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputError($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputError($"{path}: no such file");
        }
    }
}
