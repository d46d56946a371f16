using System.Globalization;
using Isnad.Corpus.Input;

namespace Isnad.Corpus.Store;

/// <summary>Filters every question takes: one outlet, and a date range (inclusive, <c>YYYY-MM-DD</c>).</summary>
internal sealed record QueryFilter(string? Outlet = null, string? From = null, string? To = null)
{
    public static QueryFilter None { get; } = new();

    /// <summary>
    /// A filter from what a user typed (the CLI's options, the API's query string); a date not in the form
    /// <c>YYYY-MM-DD</c> is an <see cref="InputError"/> naming the parameter (<paramref name="fromName"/>, <paramref name="toName"/>).
    /// </summary>
    public static QueryFilter Parse(string? outlet, string? from, string? to, string fromName = "--from", string toName = "--to") =>
        new(string.IsNullOrEmpty(outlet) ? null : outlet, DateText(fromName, from), DateText(toName, to));

    private static string? DateText(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new InputError($"{name}: '{value}' is not a date in the form YYYY-MM-DD");
    }
}
