using Xunit;

namespace DeepLinear.Checks.Tests.Support;

/// <summary>
/// A fact of the thorough tier: it runs only when the environment variable <c>DLV_THOROUGH</c> is <c>1</c>
/// (<c>DLV_THOROUGH=1 dotnet test Verify.sln -c Release</c>) and is reported as skipped otherwise, so the default
/// <c>dotnet test</c> stays within its ten-minute budget.
/// </summary>
public sealed class ThoroughFactAttribute : FactAttribute
{
    /// <summary>Skips the fact unless <c>DLV_THOROUGH=1</c>.</summary>
    public ThoroughFactAttribute()
    {
        if (!ThoroughTier.Enabled)
        {
            Skip = ThoroughTier.SkipReason;
        }
    }
}
