namespace Isnad.Web;

/// <summary>A request the API refuses, with the status to answer and a message naming what was wrong.</summary>
internal sealed class BadRequestException(int status, string title, string message) : Exception(message)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
