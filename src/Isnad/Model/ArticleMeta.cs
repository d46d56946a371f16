namespace Isnad.Model;

/// <summary>What is known about the article apart from its text: its id, its own outlet and its date.</summary>
public sealed record ArticleMeta(string? Id = null, string? Outlet = null, DateOnly? Date = null)
{
    public static ArticleMeta None { get; } = new();
}
