namespace DeepLinear.Checks.Tests.Support;

/// <summary>The switch of the thorough test tier: the environment variable <c>DLV_THOROUGH=1</c>.</summary>
public static class ThoroughTier
{
    /// <summary>The skip reason shown for thorough tests in the default tier.</summary>
    public const string SkipReason = "thorough tier, skipped by default because it takes minutes on 2 cores (long reproductions and runs); set DLV_THOROUGH=1 to run it";

    /// <summary>True when <c>DLV_THOROUGH</c> is <c>1</c>.</summary>
    public static bool Enabled => Environment.GetEnvironmentVariable("DLV_THOROUGH") == "1";
}
