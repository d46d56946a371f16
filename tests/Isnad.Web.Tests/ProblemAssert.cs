using System.Net;
using System.Text.Json;

namespace Isnad.Web.Tests;

/// <summary>Checks an RFC 9457 answer: status, media type, and a detail that names the problem.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> Is(HttpResponseMessage response, HttpStatusCode status, string detail)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement.Clone();
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.StartsWith("https://tools.ietf.org/html/rfc9110#section-", root.GetProperty("type").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        Assert.Equal(detail, root.GetProperty("detail").GetString());
        return root;
    }
}
