using Isnad.Text;

namespace Isnad.Cli.Input;

/// <summary>Reads a text file (or stdin for <c>-</c>) and decodes it, turning every I/O or decoding problem into a one-line <see cref="CliError"/>.</summary>
internal static class TextFileReader
{
    public const string StdinName = "-";

    public static string Read(string path, Func<Stream> openStdin)
    {
        var bytes = ReadBytes(path, openStdin);
        var name = path == StdinName ? "<stdin>" : path;
        if (bytes.Length == 0)
        {
            throw new CliError($"{name}: empty file");
        }

        try
        {
            return TextDecoder.Decode(bytes, name);
        }
        catch (TextDecodingException decoding)
        {
            var message = IsnadCli.OneLine(decoding.Message);
            throw new CliError(message.StartsWith(name, StringComparison.Ordinal) ? message : $"{name}: {message}");
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

        if (Directory.Exists(path))
        {
            throw new CliError($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new CliError($"{path}: no such file");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliError($"{path}: permission denied");
        }
        catch (IOException io)
        {
            throw new CliError($"{path}: cannot read ({IsnadCli.OneLine(io.Message)})");
        }
    }
}
