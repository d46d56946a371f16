namespace Isnad.Web.Tests.Browser;

/// <summary>A test that drives Debian's Chromium (ISNAD_CHROMIUM, set by .ci/services/30-web.sh); skipped, saying why, when it is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        var path = Environment.GetEnvironmentVariable("ISNAD_CHROMIUM");
        if (string.IsNullOrEmpty(path))
        {
            Skip = "ISNAD_CHROMIUM is unset: set it to /usr/bin/chromium (apt-get install chromium) to run the browser tests";
        }
        else if (!File.Exists(path))
        {
            Skip = $"ISNAD_CHROMIUM={path}: no such file";
        }
    }
}
