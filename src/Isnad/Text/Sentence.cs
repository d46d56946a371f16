namespace Isnad.Text;

/// <summary>A sentence: its span in the original text and the range of token indexes it covers.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
}
