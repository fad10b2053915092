using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Trbw;

public static partial class TrbwChecks
{
    private static void AddMinimizerChecks(Dictionary<string, Func<CheckContext, CheckResult>> checks) { }
    private static void AddAppendixChecks(Dictionary<string, Func<CheckContext, CheckResult>> checks) { }
}
