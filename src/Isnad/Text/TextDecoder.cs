namespace Isnad.Text;

/// <summary>Turns bytes into text: UTF-8 (BOM or not), UTF-16 with BOM, windows-1256 when the bytes are not UTF-8.</summary>
public static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="TextDecodingException"/> naming <paramref name="sourceName"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName) => throw new NotImplementedException();
}

public sealed class TextDecodingException(string message) : Exception(message);
