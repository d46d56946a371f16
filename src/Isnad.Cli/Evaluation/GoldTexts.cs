using System.Security.Cryptography;
using System.Text;
using Isnad.Corpus.Input;
using Isnad.Model;
using Isnad.Text;

namespace Isnad.Cli.Evaluation;

/// <summary>The article texts that gold files point at: files in a folder (named by <c>doc</c>) or articles of the shared corpus (by <c>id</c>).</summary>
internal sealed class GoldTexts
{
    private readonly IReadOnlyList<string> textsFolders;
    private readonly Dictionary<string, Article> corpus;

    private GoldTexts(IReadOnlyList<string> textsFolders, Dictionary<string, Article> corpus)
    {
        this.textsFolders = textsFolders;
        this.corpus = corpus;
    }

    public static GoldTexts FromFolder(string folder) => FromGoldFolders([folder]);

    /// <summary>Texts beside the gold files: a doc is looked up in each folder in turn.</summary>
    public static GoldTexts FromGoldFolders(IReadOnlyList<string> folders)
    {
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                throw new CliError($"{folder}: no such folder");
            }
        }

        return new GoldTexts(folders, new(StringComparer.Ordinal));
    }

    /// <summary>Reads each corpus once, keeping only the articles named by <paramref name="wanted"/>; stops early once all are found.</summary>
    public static GoldTexts FromCorpora(IReadOnlyList<string> corpusPaths, IReadOnlySet<string> wanted, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var corpusPath in corpusPaths)
        {
            foreach (var article in JsonLinesArticles.Read(corpusPath, ArticleMeta.None, cancellationToken))
            {
                if (article.Meta.Id is { } id && wanted.Contains(id))
                {
                    found.TryAdd(id, article);
                    if (found.Count == wanted.Count)
                    {
                        return new GoldTexts([], found);
                    }
                }
            }
        }

        return new GoldTexts([], found);
    }

    /// <summary>The text and meta of <paramref name="doc"/>, checked against <paramref name="sha256"/> when the gold file gives one.</summary>
    public Article Get(string doc, string? sha256, string goldPath)
    {
        Article article;
        if (textsFolders.Count == 0)
        {
            article = corpus.TryGetValue(doc, out var fromCorpus)
                ? fromCorpus
                : throw new CliError($"{goldPath}: doc '{doc}' is not in the corpus");
        }
        else
        {
            var path = textsFolders.Select(folder => Path.Combine(folder, doc)).FirstOrDefault(File.Exists)
                ?? throw new CliError($"{goldPath}: text of doc '{doc}' not found ({Path.Combine(textsFolders[0], doc)})");
            article = new Article(doc, ReadLikePython(path), new ArticleMeta(doc));
        }

        if (sha256 is { Length: > 0 })
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text)));
            if (!string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliError($"{goldPath}: text of doc '{doc}' differs from the annotated one (sha256 {actual}, gold expects {sha256})");
            }
        }

        return article;
    }

    /// <summary>
    /// The text as score_attr.py sees it (<c>open(path, encoding='utf-8').read()</c>): UTF-8 with a BOM kept as U+FEFF,
    /// and universal newlines (CR LF and lone CR become LF), so gold offsets mean the same thing. Falls back to the
    /// engine's decoder for files that are not UTF-8.
    /// </summary>
    private static string ReadLikePython(string path)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                text = TextDecoder.Decode(bytes, path);
            }
            catch (TextDecodingException decoding)
            {
                throw new CliError(IsnadCli.OneLine(decoding.Message));
            }
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
