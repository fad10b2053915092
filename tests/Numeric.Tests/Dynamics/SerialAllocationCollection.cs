using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>
/// Allocation measurements run alone (no other test of this assembly in parallel): the large products share one
/// helper thread, and contention from concurrently running tests would change which code path a step takes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialAllocationCollection
{
    public const string Name = "serial allocation measurements";
}
