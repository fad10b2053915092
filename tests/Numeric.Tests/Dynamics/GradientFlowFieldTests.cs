using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.SelfChecks;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary><see cref="GradientFlowField"/> evaluates <c>−∇_{W_j}L^N</c> (nrt (2.2)) exactly as
/// <see cref="DeepLinearGradient.Gradient"/> does, on the parameter layout it states.</summary>
public class GradientFlowFieldTests
{
    [Fact]
    public void Evaluate_RandomInstances_EqualsNegativeGradient()
    {
        SeededProperty.Holds(seed =>
        {
            var inst = NumericSelfChecks.RandomInstance(seed);
            var field = new GradientFlowField(inst.Network, inst.Data);
            var state = field.Parameters(inst.Network);
            var derivative = new double[field.Dimension];
            field.Evaluate(state, derivative);
            var gradient = DeepLinearGradient.Gradient(inst.Network, inst.Data);
            double scale = Math.Max(1, gradient.Max(g => g.FrobeniusNorm()));
            int offset = 0;
            double worst = 0;
            foreach (var g in gradient)
            {
                for (int r = 0; r < g.RowCount; r++)
                {
                    for (int c = 0; c < g.ColumnCount; c++)
                    {
                        worst = Math.Max(worst, Math.Abs(derivative[offset + (r * g.ColumnCount) + c] + g[r, c]));
                    }
                }

                offset += g.RowCount * g.ColumnCount;
            }

            return offset == field.Dimension && worst <= 1e-10 * scale;
        }, maxTest: 20);
    }

    [Fact]
    public void Network_OfParameters_RoundTrips()
    {
        var inst = NumericSelfChecks.RandomInstance(3);
        var field = new GradientFlowField(inst.Network, inst.Data);
        var back = field.Network(field.Parameters(inst.Network));
        for (int j = 0; j < inst.Network.Depth; j++)
        {
            Assert.Equal(inst.Network.FactorsView[j], back.FactorsView[j]);
        }
    }

    [Fact]
    public void Evaluate_WrongLength_IsRefused()
    {
        var inst = NumericSelfChecks.RandomInstance(4);
        var field = new GradientFlowField(inst.Network, inst.Data);
        Assert.Throws<NumericArgumentException>(() => field.Evaluate(new double[field.Dimension + 1], new double[field.Dimension + 1]));
    }
}
