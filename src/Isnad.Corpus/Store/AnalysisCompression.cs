using System.IO.Compression;
using System.Text;

namespace Isnad.Corpus.Store;

/// <summary>
/// The stored isnad/1 JSON is Brotli-compressed (fastest level): it repeats the article's text and every entity and
/// content span, and compressed it takes about a sixth of the room.
/// </summary>
internal static class AnalysisCompression
{
    public static byte[] Compress(string json)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(json));
        }

        return output.ToArray();
    }

    public static string Decompress(byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
