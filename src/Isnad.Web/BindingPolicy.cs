using System.Net;

namespace Isnad.Web;

/// <summary>Whether the addresses a server listens on stay on this machine, and so whether a token is required.</summary>
internal static class BindingPolicy
{
    /// <summary>
    /// True when every URL binds a loopback address (127.0.0.0/8, ::1) or the name <c>localhost</c>. Wildcards
    /// (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) and any other host reach other machines.
    /// </summary>
    public static bool IsLoopbackOnly(IEnumerable<string> urls) => urls.All(IsLoopback);

    public static bool IsLoopback(string url)
    {
        var host = HostOf(url);
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// The host part of a Kestrel URL. Parsed by hand because <see cref="Uri"/> rejects Kestrel's wildcards
    /// (<c>http://*:5080</c>, <c>http://+:5080</c>).
    /// </summary>
    public static string HostOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            throw new FormatException($"'{url}' is not a URL like http://127.0.0.1:5080");
        }

        var rest = url[(schemeEnd + 3)..];
        var pathStart = rest.IndexOf('/', StringComparison.Ordinal);
        if (pathStart >= 0)
        {
            rest = rest[..pathStart];
        }

        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"'{url}': unclosed [ in an IPv6 address");
            }

            return rest[..(close + 1)];
        }

        var colon = rest.LastIndexOf(':');
        var host = colon >= 0 ? rest[..colon] : rest;
        if (host.Length == 0)
        {
            throw new FormatException($"'{url}' has no host");
        }

        return host;
    }
}
