using Xunit;

namespace DeepLinear.Checks.Tests.Support;

/// <summary>A theory of the thorough tier (see <see cref="ThoroughFactAttribute"/>).</summary>
public sealed class ThoroughTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory unless <c>DLV_THOROUGH=1</c>.</summary>
    public ThoroughTheoryAttribute()
    {
        if (!ThoroughTier.Enabled)
        {
            Skip = ThoroughTier.SkipReason;
        }
    }
}
