namespace Isnad;

/// <summary>A text longer than the pipeline's <see cref="Pipeline.MaxTextLength"/> was given to <see cref="Pipeline.Analyze(string, Model.ArticleMeta?, CancellationToken)"/>.</summary>
public sealed class TextTooLongException(int length, int limit)
    : ArgumentException($"the text has {length:N0} characters, more than the limit of {limit:N0} for one document", "text")
{
    /// <summary>The text's length in UTF-16 code units.</summary>
    public int Length { get; } = length;

    /// <summary>The pipeline's limit.</summary>
    public int Limit { get; } = limit;
}
