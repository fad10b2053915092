using DeepLinear.Checks.Reproductions;
using Xunit;

namespace DeepLinear.Checks.Tests.Reproductions;

/// <summary>
/// trbw-supervised integrates with the adaptive Dormand–Prince pair; where a verdict rests on where a run ends
/// (converged or stalled at a spurious state), the adaptive run must reach the state of RK4 with h = 0.005 (the former
/// integrator) within a stated tolerance. Negative control: RK4 with h = 0.01 leaves the flow at N = 5 (supervised,
/// full mode) and stalls at a spurious state (relative error ≈ 0.29), which the same comparison must reject.
/// trbw-autoencoder integrates with RK4 h = 0.005 and retries a run that blows up with h = 0.0005.
/// </summary>
public class TrbwAppendixReproductionsTests
{
    // Relative Frobenius distance of the products at T that counts as "the same state" at N = 5 (both runs converge).
    private const double ConvergedTolerance = 1e-5;

    // At the N = 10 stall the flow drifts slowly along a plateau; the products agree to this relative distance.
    private const double StalledTolerance = 1e-2;

    private static double RelativeDistance(TrbwAppendixReproductions.FlowRun a, TrbwAppendixReproductions.FlowRun reference) =>
        (a.Final.Product() - reference.Final.Product()).FrobeniusNorm() / reference.Final.Product().FrobeniusNorm();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Flow_SupervisedDepthFive_AdaptiveReachesRungeKutta4State(int start)
    {
        var job = TrbwAppendixReproductions.SupervisedJobs(ReproductionOptions.Default, 5)[start];
        double endTime = TrbwAppendixReproductions.SupervisedSize(ReproductionOptions.Default).EndTime;
        var adaptive = TrbwAppendixReproductions.Flow(job, endTime);
        var reference = TrbwAppendixReproductions.FlowRungeKutta4(job, endTime, TrbwAppendixReproductions.ReferenceStep);
        var coarse = TrbwAppendixReproductions.FlowRungeKutta4(job, endTime, 2 * TrbwAppendixReproductions.ReferenceStep);

        Assert.True(RelativeDistance(adaptive, reference) <= ConvergedTolerance, "adaptive vs RK4 h = 0.005: " + RelativeDistance(adaptive, reference));
        Assert.True(adaptive.FinalRelativeError <= 1e-3 && reference.FinalRelativeError <= 1e-3, "both runs reach W̃ (the row's verdict)");

        // Negative control: the stalled RK4 h = 0.01 run is told apart by the same comparison and fails the row.
        Assert.True(RelativeDistance(coarse, reference) > ConvergedTolerance, "RK4 h = 0.01 vs h = 0.005: " + RelativeDistance(coarse, reference));
        Assert.True(coarse.FinalRelativeError > 1e-3, "RK4 h = 0.01 stalls away from W̃");
    }

    [Fact]
    public void Flow_SupervisedDepthTenNonBalanced_AdaptiveStallsWhereRungeKutta4Stalls()
    {
        var job = TrbwAppendixReproductions.SupervisedJobs(ReproductionOptions.Default, 10)[1];
        double endTime = TrbwAppendixReproductions.SupervisedSize(ReproductionOptions.Default).EndTime;
        var adaptive = TrbwAppendixReproductions.Flow(job, endTime);
        var reference = TrbwAppendixReproductions.FlowRungeKutta4(job, endTime, TrbwAppendixReproductions.ReferenceStep);

        Assert.True(RelativeDistance(adaptive, reference) <= StalledTolerance, "adaptive vs RK4 h = 0.005: " + RelativeDistance(adaptive, reference));
        Assert.True(Math.Abs(adaptive.FinalError - reference.FinalError) <= 1e-3 * reference.FinalError, $"final errors {adaptive.FinalError} vs {reference.FinalError}");
        foreach (var run in new[] { adaptive, reference })
        {
            Assert.True(run.FinalRelativeError > 1e-3, "the run does not reach W̃ (row not reproduced)");
            Assert.True(run.LateRatio >= 0.99, "the run is stalled over the last tenth of [0, T]: " + run.LateRatio);
        }
    }

    [Fact]
    public void FlowRungeKutta4WithRetry_RunBlowingUpAtReferenceStep_RetriesWithATenthOfTheStep()
    {
        // The supervised N = 20 non-balanced start blows up under RK4 with h = 0.005 right at the start; a short run suffices.
        var job = TrbwAppendixReproductions.SupervisedJobs(ReproductionOptions.Default, 20)[1];
        const double endTime = 1;
        var first = TrbwAppendixReproductions.FlowRungeKutta4(job, endTime, TrbwAppendixReproductions.ReferenceStep);
        var run = TrbwAppendixReproductions.FlowRungeKutta4WithRetry(job, endTime);

        Assert.Equal(DeepLinear.Numeric.Dynamics.StopReason.Diverged, first.Reason);
        Assert.NotEqual(DeepLinear.Numeric.Dynamics.StopReason.Diverged, run.Reason);
        Assert.Equal(TrbwAppendixReproductions.ReferenceStep / 10, run.Step);
        Assert.Equal(run.Integration.FieldEvaluations + first.FieldEvaluations, run.FieldEvaluations);
        Assert.True(double.IsFinite(run.FinalError), "the retried run ends finite");
    }

    [Fact]
    public void FlowRungeKutta4WithRetry_RunStableAtReferenceStep_KeepsTheStep()
    {
        var job = TrbwAppendixReproductions.SupervisedJobs(ReproductionOptions.Default, 2)[0];
        var run = TrbwAppendixReproductions.FlowRungeKutta4WithRetry(job, 1);

        Assert.Equal(TrbwAppendixReproductions.ReferenceStep, run.Step);
        Assert.Equal(4L * 200, run.FieldEvaluations);
    }
}
