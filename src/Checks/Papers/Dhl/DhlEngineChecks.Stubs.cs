using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Dhl;

/// <content>Temporary.</content>
public static partial class DhlEngineChecks
{









}
