namespace Isnad.Text;

public static class QuotationScanner
{
    public static Quotation[] Scan(string text) => throw new NotImplementedException();
}
