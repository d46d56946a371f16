namespace Isnad.Corpus.Store;

/// <summary>Filters every question takes: one outlet, and a date range (inclusive, <c>YYYY-MM-DD</c>).</summary>
internal sealed record QueryFilter(string? Outlet = null, string? From = null, string? To = null)
{
    public static QueryFilter None { get; } = new();
}
