namespace DeepLinear.Numeric.Benchmarks;

/// <summary>The measurement of one benchmark workload.</summary>
/// <param name="Name">The workload name.</param>
/// <param name="NsPerIter">Wall-clock nanoseconds per descent step: the median over timed chunks of the chunk's mean, which
/// is robust to interference from other processes.</param>
/// <param name="AllocBytesPerIter">Managed bytes allocated per step on the timing thread (mean).</param>
/// <param name="Iterations">The number of timed steps.</param>
/// <param name="Description">Setup, step size and plan cost of the workload.</param>
public sealed record BenchmarkMeasurement(string Name, double NsPerIter, double AllocBytesPerIter, int Iterations, string Description)
{
    /// <summary>Wall-clock nanoseconds per step as the plain mean over all timed steps.</summary>
    public double MeanNsPerIter { get; init; }
}
