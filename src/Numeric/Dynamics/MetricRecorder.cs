using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Model;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>Builds <see cref="TrajectoryPoint"/>s from snapshots (allocates; outside the hot loop).</summary>
internal static class MetricRecorder
{
    public static TrajectoryPoint Record(int iteration, double time, double stepSize, DeepLinearNetwork network, double loss, double gradientNorm, double rankTolerance, TrajectoryMetrics metrics = TrajectoryMetrics.All)
    {
        double sigmaMin = double.NaN;
        int rank = -1;
        if (metrics.HasFlag(TrajectoryMetrics.ProductSpectrum))
        {
            var singular = MatrixDiagnostics.SingularValues(network.Product());
            double max = singular.Length > 0 ? singular[0] : 0;
            rank = max == 0 ? 0 : singular.Count(s => s > rankTolerance * max);
            sigmaMin = singular.Length > 0 ? singular[^1] : 0;
        }

        bool balancedness = metrics.HasFlag(TrajectoryMetrics.Balancedness);
        return new TrajectoryPoint(
            iteration,
            time,
            stepSize,
            loss,
            gradientNorm,
            balancedness ? Balancedness.SpectralPerPair(network) : [],
            balancedness ? Balancedness.FrobeniusPerPair(network) : [],
            metrics.HasFlag(TrajectoryMetrics.FactorNorms) ? Enumerable.Range(1, network.Depth).Select(network.SpectralNorm).ToArray() : [],
            sigmaMin,
            rank);
    }
}
