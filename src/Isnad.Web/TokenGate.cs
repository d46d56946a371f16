using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Isnad.Web;

/// <summary>
/// When the server has a token, every request must carry it: <c>Authorization: Bearer TOKEN</c> (API clients), or
/// the cookie set by opening a page once as <c>GET /?token=TOKEN</c> (browsers). Compared in constant time.
/// </summary>
internal sealed class TokenGate(string token)
{
    public const string CookieName = "isnad_token";

    private readonly byte[] expected = Encoding.UTF8.GetBytes(token);

    public async Task Apply(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) &&
            request.Query.TryGetValue("token", out var fromQuery) && Matches(fromQuery.ToString()))
        {
            // Trade the token in the address for a cookie, and drop it from the address bar and the history.
            context.Response.Cookies.Append(CookieName, fromQuery.ToString(), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = request.IsHttps,
                Path = "/",
            });
            context.Response.Redirect(request.PathBase + request.Path);
            return;
        }

        if (Matches(BearerToken(request)) || Matches(request.Cookies[CookieName]))
        {
            await next().ConfigureAwait(false);
            return;
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Token required",
            detail: "this server needs its token: send 'Authorization: Bearer TOKEN', or open the page once as /?token=TOKEN")
            .ExecuteAsync(context).ConfigureAwait(false);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        return header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }

    private bool Matches(string? candidate) =>
        candidate is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), expected);
}
