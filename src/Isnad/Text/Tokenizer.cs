namespace Isnad.Text;

public static class Tokenizer
{
    public static Token[] Tokenize(string text) => throw new NotImplementedException();
}
