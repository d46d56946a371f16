namespace Isnad.Text;

/// <summary>
/// A quotation: the span from the opening mark to the closing mark (both included) and the inner span between them.
/// <see cref="Closed"/> is false when the quotation was left open and runs to the end of its paragraph.
/// </summary>
public readonly record struct Quotation(int Start, int End, int InnerStart, int InnerEnd, char OpenMark, char CloseMark, bool Closed)
{
    public TextSpan Span => new(Start, End);

    public TextSpan Inner => new(InnerStart, InnerEnd);
}
