namespace Isnad.Text;

public static class SentenceSplitter
{
    public static Sentence[] Split(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Quotation> quotations) => throw new NotImplementedException();
}
