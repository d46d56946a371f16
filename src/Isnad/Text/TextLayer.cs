namespace Isnad.Text;

/// <summary>Tokens, quotations and sentences of one text, all with offsets into it.</summary>
public sealed record TextAnalysis(string Text, Token[] Tokens, Quotation[] Quotations, Sentence[] Sentences)
{
    public static TextAnalysis Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var quotations = QuotationScanner.Scan(text);
        var sentences = SentenceSplitter.Split(text, tokens, quotations);
        return new TextAnalysis(text, tokens, quotations, sentences);
    }
}
