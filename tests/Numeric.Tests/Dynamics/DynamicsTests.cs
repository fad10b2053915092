using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.SelfChecks;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

public class DynamicsTests
{
    [Fact]
    public void WorkspaceGradient_EqualsReferenceFormula() =>
        Assert.True(NumericSelfChecks.WorkspaceGradientMatchesReference(1, 40).Passed);

    [Fact]
    public void Step_EqualsNetworkMinusEtaGradient()
    {
        var inst = NumericSelfChecks.RandomInstance(8);
        var ws = new DescentWorkspace(inst.Network, inst.Data);
        var g = DeepLinearGradient.Gradient(inst.Network, inst.Data);
        ws.Step(0.01);
        var after = ws.ToNetwork();
        for (int j = 1; j <= inst.Network.Depth; j++)
        {
            Assert.True((after.Factor(j) - (inst.Network.Factor(j) - (0.01 * g[j - 1]))).FrobeniusNorm() < 1e-12);
        }
    }

    [Fact]
    public void Run_HugeStep_ReportsDivergedWithIterationAndDoesNotThrow()
    {
        var (x, y, start) = NrtExperimentSetup.Create(3, 10, 2, 30, 1);
        var result = GradientDescent.Run(start, new RegressionData(x, y), new GradientDescentOptions(1000, StepSchedule.Constant(50)));
        Assert.Equal(StopReason.Diverged, result.Reason);
        Assert.InRange(result.StopIteration, 1, 999);
        Assert.Contains("diverged at iteration", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SmallStep_DecreasesLossAndKeepsBalancednessSmall()
    {
        var (x, y, start) = NrtExperimentSetup.Create(3, 10, 2, 30, 2);
        var result = GradientDescent.Run(start, new RegressionData(x, y), new GradientDescentOptions(300, StepSchedule.Constant(1e-3), RecordStride: 50));
        Assert.Equal(StopReason.IterationBudget, result.Reason);
        Assert.True(result.Trajectory.Points[^1].Loss < result.Trajectory.Points[0].Loss);
        Assert.Equal(300, result.Trajectory.Points[^1].Iteration);
        Assert.All(result.Trajectory.Points, p => Assert.All(p.Balancedness, b => Assert.True(b < 1e-3)));
    }

    [Fact]
    public void Run_Cancelled_ReportsCancelled()
    {
        var inst = NumericSelfChecks.RandomInstance(2);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var result = GradientDescent.Run(inst.Network, inst.Data, new GradientDescentOptions(100, StepSchedule.Constant(1e-4)), cts.Token);
        Assert.Equal(StopReason.Cancelled, result.Reason);
    }

    [Fact]
    public void Trajectory_Csv_HasHeaderAndOneRowPerPoint()
    {
        var inst = NumericSelfChecks.RandomInstance(2);
        var result = GradientDescent.Run(inst.Network, inst.Data, new GradientDescentOptions(20, StepSchedule.Constant(1e-4), RecordStride: 5));
        var lines = result.Trajectory.ToCsv().TrimEnd('\n').Split('\n');
        Assert.StartsWith("iteration,time,step_size,loss,gradient_norm", lines[0], StringComparison.Ordinal);
        Assert.Equal(result.Trajectory.Points.Count + 1, lines.Length);
        Assert.Equal(result.Trajectory.ToCsv(), GradientDescent.Run(inst.Network, inst.Data, new GradientDescentOptions(20, StepSchedule.Constant(1e-4), RecordStride: 5)).Trajectory.ToCsv());
    }

    [Fact]
    public void Schedules_HaveThePapersValues()
    {
        Assert.Equal(Math.Min(0.1, 0.3 / Math.Pow(5, 0.4)), StepSchedule.NrtDecreasing(0.1, 0.3, 0.4).StepSize(4), 15);
        Assert.Equal(0.5 / Math.Pow(10, 0.5 + 0.1), StepSchedule.DhlDecreasing(0.5, 0.1).StepSize(9), 15);
        Assert.Throws<NumericArgumentException>(() => StepSchedule.Constant(0));
        Assert.Throws<NumericArgumentException>(() => StepSchedule.FromFunction(_ => -1, "bad").StepSize(0));
    }

    [Fact]
    public void Flow_ConservesBalancednessDefect() => Assert.True(NumericSelfChecks.FlowConservesBalancednessDefect(1, 6).Passed);

    [Fact]
    public void Flow_NegativeControl_WrongFieldChangesDefect() =>
        SeededProperty.Rejects(seed =>
        {
            // Euler steps of a wrong field (layer 1's gradient doubled) must change the defect visibly.
            var inst = NumericSelfChecks.RandomInstance(seed);
            var net = inst.Network;
            for (int s = 0; s < 200; s++)
            {
                var g = DeepLinearGradient.Gradient(net, inst.Data);
                net = new DeepLinearNetwork(Enumerable.Range(1, net.Depth).Select(j => net.Factor(j) - (1e-4 * (j == 1 ? 2 : 1) * g[j - 1])).ToArray());
            }

            return (Balancedness.Defect(net, 1) - Balancedness.Defect(inst.Network, 1)).FrobeniusNorm() <= 1e-6 * Math.Max(1, Balancedness.Defect(inst.Network, 1).FrobeniusNorm());
        }, maxTest: 10);

    [Fact]
    public void RungeKutta4_AgreesWithAdaptive()
    {
        var inst = NumericSelfChecks.RandomInstance(12);
        var rk = GradientFlow.RungeKutta4(inst.Network, inst.Data, 0.1, 1e-4);
        var dp = GradientFlow.Adaptive(inst.Network, inst.Data, 0.1, 1e-11, 1e-13);
        var a = DeepLinearHessian.Flatten(rk.Final.Factors());
        var b = DeepLinearHessian.Flatten(dp.Final.Factors());
        Assert.True(a.Zip(b, (p, q) => Math.Abs(p - q)).Max() < 1e-8);
    }

    [Fact]
    public void ProductFlow_FromBalancedStart_TracksFactorFlowProduct()
    {
        var (x, y, start) = NrtExperimentSetup.Create(3, 6, 2, 18, 4);
        var data = new RegressionData(x, y);
        var factor = GradientFlow.RungeKutta4(start, data, 0.5, 1e-3);
        var product = ProductFlow.Run(start.Product(), data, 3, 2, 0.5, 1e-3);
        Assert.True((factor.Final.Product() - product.Final).FrobeniusNorm() < 1e-6);
        Assert.All(product.Ranks, r => Assert.True(r <= 2));
    }

    [Fact]
    public void ProductFlow_NegativeControl_UnbalancedStartDoesNotTrackFactorFlow()
    {
        var rng = new MathNet.Numerics.Random.MersenneTwister(4, threadSafe: false);
        var (x, y, _) = NrtExperimentSetup.Create(3, 6, 2, 18, 4);
        var start = new DeepLinearNetwork(
            Matrix<double>.Build.Random(2, 6, new MathNet.Numerics.Distributions.Normal(0, 1, rng)),
            Matrix<double>.Build.Random(4, 2, new MathNet.Numerics.Distributions.Normal(0, 1, rng)),
            Matrix<double>.Build.Random(6, 4, new MathNet.Numerics.Distributions.Normal(0, 1, rng)));
        var data = new RegressionData(x, y);
        var factor = GradientFlow.RungeKutta4(start, data, 0.5, 1e-3);
        var product = ProductFlow.Run(start.Product(), data, 3, 2, 0.5, 1e-3);
        Assert.True((factor.Final.Product() - product.Final).FrobeniusNorm() > 1e-3);
    }
}
