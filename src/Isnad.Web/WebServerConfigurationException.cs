namespace Isnad.Web;

/// <summary>Options the server refuses to start with (a public address without a token, a bad URL or limit).</summary>
internal sealed class WebServerConfigurationException(string message) : Exception(message);
