using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>
/// <see cref="FieldIntegrator"/> against closed-form flows (linear decay <c>ẏ = −λy</c>, solution <c>y₀e^{−λt}</c>; the
/// blow-up <c>ẏ = y²</c>, solution <c>1/(1 − t)</c> from 1, which must stop as diverged near t = 1), against the allocating <see cref="GradientFlow.RungeKutta4"/>
/// on a network, and with a wrong tableau as negative control (a perturbed field must be seen).
/// </summary>
public class FieldIntegratorTests
{
    private static readonly double[] Rates = [0.5, 1, 3, 10];

    private static VectorField Decay(double[] rates) => (y, dy) =>
    {
        for (int i = 0; i < y.Length; i++)
        {
            dy[i] = -rates[i] * y[i];
        }
    };

    private static double WorstDecayError(double[] state, double t) =>
        Rates.Select((rate, i) => Math.Abs(state[i] - Math.Exp(-rate * t))).Max();

    [Fact]
    public void DormandPrince54_LinearDecay_MatchesExponentialWithinTolerance()
    {
        var state = Rates.Select(_ => 1.0).ToArray();
        var result = FieldIntegrator.DormandPrince54(state, Decay(Rates), 2, new AdaptiveTolerance(1e-10, 1e-12), 4);
        Assert.Equal(StopReason.IterationBudget, result.Reason);
        Assert.Equal(2, result.Time);
        Assert.True(WorstDecayError(state, 2) < 1e-9, "error " + WorstDecayError(state, 2));
        Assert.Equal(1 + (6L * (result.AcceptedSteps + result.RejectedSteps)), result.FieldEvaluations);
    }

    [Fact]
    public void DormandPrince54_LooserTolerance_TakesFewerStepsAndLargerError()
    {
        var tight = Rates.Select(_ => 1.0).ToArray();
        var loose = Rates.Select(_ => 1.0).ToArray();
        var a = FieldIntegrator.DormandPrince54(tight, Decay(Rates), 2, new AdaptiveTolerance(1e-10, 1e-12), 1);
        var b = FieldIntegrator.DormandPrince54(loose, Decay(Rates), 2, new AdaptiveTolerance(1e-4, 1e-6), 1);
        Assert.True(b.AcceptedSteps < a.AcceptedSteps);
        Assert.True(WorstDecayError(loose, 2) > WorstDecayError(tight, 2));
        Assert.True(WorstDecayError(loose, 2) < 1e-3);
    }

    [Fact]
    public void RungeKutta4_LinearDecay_ErrorFallsByAboutSixteenWhenStepHalves()
    {
        double Error(double h)
        {
            var state = Rates.Select(_ => 1.0).ToArray();
            FieldIntegrator.RungeKutta4(state, Decay(Rates), 1, h, 1);
            return WorstDecayError(state, 1);
        }

        double ratio = Error(0.02) / Error(0.01);
        Assert.InRange(ratio, 14, 18);
    }

    [Fact]
    public void Integrators_RecordTimes_AreHitExactly()
    {
        foreach (bool adaptive in new[] { false, true })
        {
            var times = new List<double>();
            var state = new[] { 1.0 };
            if (adaptive)
            {
                FieldIntegrator.DormandPrince54(state, Decay([1]), 3, new AdaptiveTolerance(1e-8, 1e-10), 7, (_, t, _) => times.Add(t));
            }
            else
            {
                FieldIntegrator.RungeKutta4(state, Decay([1]), 3, 0.07, 7, (_, t, _) => times.Add(t));
            }

            Assert.Equal(Enumerable.Range(1, 7).Select(i => i == 7 ? 3.0 : 3.0 * i / 7), times);
        }
    }

    [Fact]
    public void Integrators_BlowUp_StopAsDivergedWithFiniteState()
    {
        VectorField square = (y, dy) => dy[0] = y[0] * y[0];
        var adaptiveState = new[] { 1.0 };
        var adaptive = FieldIntegrator.DormandPrince54(adaptiveState, square, 2, new AdaptiveTolerance(1e-8, 1e-10), 10);
        var fixedState = new[] { 1.0 };
        var fixedStep = FieldIntegrator.RungeKutta4(fixedState, square, 2, 0.01, 10);
        Assert.Equal(StopReason.Diverged, adaptive.Reason);
        Assert.Equal(StopReason.Diverged, fixedStep.Reason);
        Assert.True(adaptive.Time is > 0.99 and < 1 + 1e-6, "adaptive stopped at " + adaptive.Time);
        Assert.True(fixedStep.Time is > 0.9 and < 1.2, "RK4 stopped at " + fixedStep.Time);
        Assert.True(double.IsFinite(adaptiveState[0]) && double.IsFinite(fixedState[0]));
    }

    [Fact]
    public void RungeKutta4_OnGradientFlowField_EqualsGradientFlowRungeKutta4()
    {
        var x = Initializations.GaussianData(4, 7);
        var data = new RegressionData(x, Initializations.GaussianData(3, 12, 8));
        var start = Initializations.Gaussian(new LayerDimensions([4, 5, 2, 3]), 0.5, 9);
        var field = new GradientFlowField(start, data);
        var state = field.Parameters(start);
        FieldIntegrator.RungeKutta4(state, field.Evaluate, 0.5, 0.01, 5);
        var reference = GradientFlow.RungeKutta4(start, data, 0.5, 0.01).Final;
        var difference = (field.Network(state).Product() - reference.Product()).FrobeniusNorm();
        Assert.True(difference < 1e-12 * reference.Product().FrobeniusNorm(), "difference " + difference);
    }

    [Fact]
    public void DormandPrince54_PerturbedField_IsSeenAgainstReference()
    {
        // Negative control: the same comparison as the decay test with the field 1 % off must exceed its tolerance.
        var state = Rates.Select(_ => 1.0).ToArray();
        FieldIntegrator.DormandPrince54(state, Decay(Rates.Select(r => r * 1.01).ToArray()), 2, new AdaptiveTolerance(1e-10, 1e-12), 4);
        Assert.True(WorstDecayError(state, 2) > 1e-3);
    }

    [Fact]
    public void Integrators_InvalidArguments_AreRefusedBeforeWork()
    {
        VectorField field = (_, dy) => dy.Clear();
        Assert.Throws<NumericArgumentException>(() => FieldIntegrator.RungeKutta4([1.0], field, 0, 0.1, 1));
        Assert.Throws<NumericArgumentException>(() => FieldIntegrator.RungeKutta4([1.0], field, 1, -0.1, 1));
        Assert.Throws<NumericArgumentException>(() => FieldIntegrator.RungeKutta4([double.NaN], field, 1, 0.1, 1));
        Assert.Throws<NumericArgumentException>(() => FieldIntegrator.DormandPrince54([1.0], field, 1, new AdaptiveTolerance(0, 1e-10), 1));
        Assert.Throws<NumericArgumentException>(() => FieldIntegrator.DormandPrince54([1.0], field, 1, new AdaptiveTolerance(1e-8, 1e-10), 0));
    }
}
