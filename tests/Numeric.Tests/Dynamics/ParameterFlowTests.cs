using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Errors;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>RK4 on an arbitrary parameter vector field: fourth-order accuracy on a linear field, records, divergence and argument checks.</summary>
public class ParameterFlowTests
{
    [Fact]
    public void RungeKutta4_LinearDecay_MatchesTheExponentialToFourthOrder()
    {
        static double Error(double h) => Math.Abs(ParameterFlow.RungeKutta4([1.0], y => [-y[0]], 1, h).States[^1][0] - Math.Exp(-1));
        double coarse = Error(0.1), fine = Error(0.05);
        Assert.True(coarse < 1e-6, $"error {coarse}");
        Assert.InRange(coarse / fine, 12, 20); // 2⁴ = 16 for a fourth-order method
    }

    [Fact]
    public void RungeKutta4_Stride_RecordsStartEveryStrideAndEnd()
    {
        var result = ParameterFlow.RungeKutta4([1.0, 2.0], y => [0.0, 0.0], 1, 0.1, recordStride: 3);
        Assert.Equal(StopReason.IterationBudget, result.Reason);
        Assert.Equal([0, 0.3, 0.6, 0.9, 1.0], result.Times.Select(t => Math.Round(t, 12)));
        Assert.All(result.States, s => Assert.Equal([1.0, 2.0], s));
    }

    [Fact]
    public void RungeKutta4_BlowUp_StopsAsDivergedWithTheLastFiniteState()
    {
        var result = ParameterFlow.RungeKutta4([1.0], y => [y[0] * y[0] * 1e200], 10, 0.1);
        Assert.Equal(StopReason.Diverged, result.Reason);
        Assert.All(result.States, s => Assert.True(double.IsFinite(s[0])));
    }

    [Fact]
    public void RungeKutta4_BadArguments_Throw()
    {
        Assert.Throws<NumericArgumentException>(() => ParameterFlow.RungeKutta4([1.0], y => y, 0, 0.1));
        Assert.Throws<NumericArgumentException>(() => ParameterFlow.RungeKutta4([1.0], y => y, 1, -0.1));
        Assert.Throws<NumericArgumentException>(() => ParameterFlow.RungeKutta4([double.NaN], y => y, 1, 0.1));
    }
}
