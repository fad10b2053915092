namespace DeepLinear.Checks.Tests.Support;

/// <summary>The switch of the thorough test tier: the environment variable <c>DLV_THOROUGH=1</c>.</summary>
public static class ThoroughTier
{
    /// <summary>The skip reason shown for thorough tests in the default tier.</summary>
    public const string SkipReason = "thorough tier: run with DLV_THOROUGH=1";

    /// <summary>True when <c>DLV_THOROUGH</c> is <c>1</c>.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("DLV_THOROUGH") == "1";
}
