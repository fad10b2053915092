using DeepLinear.Checks.Running;
namespace DeepLinear.Checks.Papers.Nrt;
public static partial class NrtEngineChecks
{
    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> HessianChecks() { yield break; }
    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> FlowChecks() { yield break; }
    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> ExperimentChecks() { yield break; }
}
