using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.SelfChecks;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>
/// The gradient flow Ẇⱼ = −∇_{Wⱼ}L^N conserves Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ (nrt (2.3), acgh Thm 1); the same conservation check
/// rejects an RK4 integrator of a deliberately wrong field.
/// </summary>
public class GradientFlowTests
{
    private const double EndTime = 0.05;

    // A fixed RK4 step resolving the instance's time scale (random instances have ‖∇L^N‖ up to ~10⁴), run for 50 steps.
    private static double Step(NumericSelfChecks.Instance inst) => 1e-3 / Math.Max(1, DeepLinearGradient.GradientNorm(inst.Network, inst.Data));

    // The largest relative change of a balancedness defect between the start and the integrated end point.
    private static double DefectDrift(DeepLinearNetwork start, DeepLinearNetwork end)
    {
        double worst = 0;
        for (int j = 1; j < start.Depth; j++)
        {
            var d0 = Balancedness.Defect(start, j);
            worst = Math.Max(worst, (Balancedness.Defect(end, j) - d0).FrobeniusNorm() / Math.Max(1, d0.FrobeniusNorm()));
        }

        return worst;
    }

    // A plain RK4 integrator of the field −scale_j·∇_{Wⱼ}L^N: scale ≡ 1 is the flow; any other scale is the wrong field.
    private static DeepLinearNetwork WrongFieldRk4(NumericSelfChecks.Instance inst, Func<int, double> scale)
    {
        double step = Step(inst);
        Matrix<double>[] Field(Matrix<double>[] w) =>
            DeepLinearGradient.Gradient(new DeepLinearNetwork(w), inst.Data).Select((g, i) => -scale(i + 1) * g).ToArray();

        static Matrix<double>[] Axpy(Matrix<double>[] w, double h, Matrix<double>[] k) => w.Zip(k, (a, b) => a + (h * b)).ToArray();

        var y = inst.Network.Factors();
        for (int s = 0; s < 50; s++)
        {
            var k1 = Field(y);
            var k2 = Field(Axpy(y, step / 2, k1));
            var k3 = Field(Axpy(y, step / 2, k2));
            var k4 = Field(Axpy(y, step, k3));
            y = y.Select((w, i) => w + (step / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]))).ToArray();
        }

        return new DeepLinearNetwork(y);
    }

    [Fact]
    public void RungeKutta4_RandomInstances_ConservesBalancednessDefect() =>
        SeededProperty.Holds(
            seed =>
            {
                var inst = NumericSelfChecks.RandomInstance(seed);
                double h = Step(inst);
                var result = GradientFlow.RungeKutta4(inst.Network, inst.Data, 50 * h, h);
                return result.Reason == StopReason.IterationBudget && DefectDrift(inst.Network, result.Final) < 1e-8;
            },
            maxTest: 10);

    [Fact]
    public void Adaptive_RandomInstances_ConservesBalancednessDefect() =>
        SeededProperty.Holds(
            seed =>
            {
                var inst = NumericSelfChecks.RandomInstance(seed);
                var result = GradientFlow.Adaptive(inst.Network, inst.Data, EndTime, 1e-10, 1e-12);
                return result.Reason == StopReason.IterationBudget && DefectDrift(inst.Network, result.Final) < 1e-8;
            },
            maxTest: 10);

    [Fact]
    public void ConservationCheck_TestIntegratorWithTheTrueField_Passes() =>
        SeededProperty.Holds(seed => DefectDrift(NumericSelfChecks.RandomInstance(seed).Network, WrongFieldRk4(NumericSelfChecks.RandomInstance(seed), _ => 1)) < 1e-8, maxTest: 5);

    [Fact]
    public void ConservationCheck_NegativeControl_WrongFieldIsRejected() =>
        SeededProperty.Rejects(
            seed => DefectDrift(NumericSelfChecks.RandomInstance(seed).Network, WrongFieldRk4(NumericSelfChecks.RandomInstance(seed), j => j == 1 ? 1.5 : 1)) < 1e-8,
            maxTest: 10);

    [Fact]
    public void Adaptive_GivenInitialStep_AgreesWithDefault()
    {
        var inst = NumericSelfChecks.RandomInstance(21);
        var a = GradientFlow.Adaptive(inst.Network, inst.Data, EndTime, 1e-11, 1e-13);
        var b = GradientFlow.Adaptive(inst.Network, inst.Data, EndTime, 1e-11, 1e-13, initialStep: 1e-6);
        var pa = DeepLinearHessian.Flatten(a.Final.Factors());
        var pb = DeepLinearHessian.Flatten(b.Final.Factors());
        Assert.True(pa.Zip(pb, (p, q) => Math.Abs(p - q)).Max() < 1e-8);
    }

    [Fact]
    public void RungeKutta4_HugeStep_ReportsDivergedWithFiniteFinal()
    {
        var inst = NumericSelfChecks.RandomInstance(3);
        var result = GradientFlow.RungeKutta4(inst.Network, inst.Data, 1e6, 1e3);
        Assert.Equal(StopReason.Diverged, result.Reason);
        Assert.All(DeepLinearHessian.Flatten(result.Final.Factors()), v => Assert.True(double.IsFinite(v)));
    }

    [Fact]
    public void Flows_Cancelled_ReportCancelled()
    {
        var inst = NumericSelfChecks.RandomInstance(4);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Equal(StopReason.Cancelled, GradientFlow.RungeKutta4(inst.Network, inst.Data, 1, 1e-2, cancellationToken: cts.Token).Reason);
        Assert.Equal(StopReason.Cancelled, GradientFlow.Adaptive(inst.Network, inst.Data, 1, cancellationToken: cts.Token).Reason);
    }

    [Theory]
    [InlineData(0.0, 1e-3)]
    [InlineData(1.0, 0.0)]
    [InlineData(1.0, -1e-3)]
    public void RungeKutta4_NonPositiveTimeOrStep_Throws(double endTime, double step)
    {
        var inst = NumericSelfChecks.RandomInstance(4);
        Assert.Throws<Errors.NumericArgumentException>(() => GradientFlow.RungeKutta4(inst.Network, inst.Data, endTime, step));
    }
}
