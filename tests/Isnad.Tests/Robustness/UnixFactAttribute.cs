using Xunit;

namespace Isnad.Tests.Robustness;

/// <summary>A fact that needs a Unix system (/dev/zero, pipes that report EPIPE); skipped, saying so, elsewhere.</summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix system (/dev/zero, EPIPE on a closed pipe)";
        }
    }
}
