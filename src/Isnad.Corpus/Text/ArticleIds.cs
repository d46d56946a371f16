using System.Security.Cryptography;
using System.Text;

namespace Isnad.Corpus.Text;

/// <summary>
/// An article's stable id: the first 16 bytes (hex) of the SHA-256 of its normalised words, so the same article read
/// again, from another file or with other spacing, diacritics or letter variants, gets the same id.
/// </summary>
internal static class ArticleIds
{
    public static string FromKeyText(string keyText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(keyText)).AsSpan(0, 16));
}
