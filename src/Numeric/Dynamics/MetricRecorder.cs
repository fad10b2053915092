using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Model;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>Builds <see cref="TrajectoryPoint"/>s from snapshots (allocates; outside the hot loop).</summary>
internal static class MetricRecorder
{
    public static TrajectoryPoint Record(int iteration, double time, double stepSize, DeepLinearNetwork network, double loss, double gradientNorm, double rankTolerance)
    {
        var product = network.Product();
        var singular = MatrixDiagnostics.SingularValues(product);
        double max = singular.Length > 0 ? singular[0] : 0;
        int rank = max == 0 ? 0 : singular.Count(s => s > rankTolerance * max);
        return new TrajectoryPoint(
            iteration,
            time,
            stepSize,
            loss,
            gradientNorm,
            Balancedness.SpectralPerPair(network),
            Balancedness.FrobeniusPerPair(network),
            Enumerable.Range(1, network.Depth).Select(network.SpectralNorm).ToArray(),
            singular.Length > 0 ? singular[^1] : 0,
            rank);
    }
}
