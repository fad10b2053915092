using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;
using Xunit;

namespace DeepLinear.Numeric.Tests.Dynamics;

/// <summary>
/// The allocation-free kernel against a straightforward MathNet computation from X and Y:
/// ∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ (WXXᵀ − YXᵀ) W₁ᵀ⋯W_{j−1}ᵀ (nrt (3.2)) and L^N = ½‖Y − WX‖_F² (nrt (1.1)).
/// </summary>
public class DescentWorkspaceTests
{
    private sealed record Case(Matrix<double>[] Factors, Matrix<double> X, Matrix<double> Y)
    {
        public DeepLinearNetwork Network => new(Factors);

        public RegressionData Data => new(X, Y);

        public Matrix<double> Product() => Factors.Skip(1).Aggregate(Factors[0], (p, w) => w * p);
    }

    // Depth 1–4, widths 1–6 (or all equal to `square` when given), m 1–9.
    private static Case Draw(int seed, int? square = null)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = 1 + rng.Next(4);
        var widths = Enumerable.Range(0, depth + 1).Select(_ => square ?? (1 + rng.Next(6))).ToArray();
        int m = 1 + rng.Next(9);
        var factors = Enumerable.Range(1, depth).Select(j => Matrix<double>.Build.Dense(widths[j], widths[j - 1], (_, _) => Normal.Sample(rng, 0, 0.8))).ToArray();
        var x = Matrix<double>.Build.Dense(widths[0], m, (_, _) => Normal.Sample(rng, 0, 1));
        var y = Matrix<double>.Build.Dense(widths[depth], m, (_, _) => Normal.Sample(rng, 0, 1));
        return new Case(factors, x, y);
    }

    // ∇_{W_j}L^N straight from X and Y; `transposeResidual` is the negative control (a transposed middle term).
    private static Matrix<double>[] DirectGradient(Case c, bool transposeResidual = false)
    {
        var residual = (c.Product() * c.X * c.X.Transpose()) - (c.Y * c.X.Transpose());
        if (transposeResidual)
        {
            residual = residual.Transpose();
        }

        int n = c.Factors.Length;
        var result = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            var g = residual;
            for (int k = n; k > j; k--)
            {
                g = c.Factors[k - 1].Transpose() * g;
            }

            for (int k = 1; k < j; k++)
            {
                g *= c.Factors[k - 1].Transpose();
            }

            result[j - 1] = g;
        }

        return result;
    }

    private static double RelativeDistance(Matrix<double> a, Matrix<double> b) =>
        (a - b).FrobeniusNorm() / Math.Max(1e-300, Math.Max(1, b.FrobeniusNorm()));

    private static bool StepMatches(Case c, Func<Case, Matrix<double>[]> gradient, int? plan = null)
    {
        const double eta = 0.013;
        var ws = plan is null ? new DescentWorkspace(c.Network, c.Data) : new DescentWorkspace(c.Network, c.Data, plan);
        ws.Step(eta);
        var after = ws.ToNetwork();
        var g = gradient(c);
        return Enumerable.Range(1, c.Factors.Length).All(j => RelativeDistance(after.Factor(j), c.Factors[j - 1] - (eta * g[j - 1])) < 1e-12);
    }

    [Fact]
    public void Step_RandomInstances_EqualsNetworkMinusEtaDirectGradient() =>
        SeededProperty.Holds(seed => StepMatches(Draw(seed), c => DirectGradient(c)), maxTest: 40);

    [Fact]
    public void Step_NegativeControl_TransposedResidualIsRejected() =>
        SeededProperty.Rejects(seed => StepMatches(Draw(seed, square: 3), c => DirectGradient(c, transposeResidual: true)), maxTest: 20);

    [Fact]
    public void Step_EveryCandidatePlan_EqualsDirectGradient() =>
        SeededProperty.Holds(
            seed => Enumerable.Range(0, DescentWorkspace.PlanCandidates).All(plan => StepMatches(Draw(seed), c => DirectGradient(c), plan)),
            maxTest: 15);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Gradient_NrtShapesEveryPlan_EqualsDirectGradient(int depth)
    {
        var (x, y, start) = NrtExperimentSetup.Create(depth, 12, 2, 30, 3);
        var c = new Case(start.Factors(), x, y);
        var expected = DirectGradient(c);
        for (int plan = 0; plan < DescentWorkspace.PlanCandidates; plan++)
        {
            var ws = new DescentWorkspace(start, c.Data, plan);
            for (int j = 1; j <= depth; j++)
            {
                Assert.True(RelativeDistance(ws.Gradient(j), expected[j - 1]) < 1e-12, $"plan {plan}, layer {j}");
            }
        }
    }

    [Fact]
    public void Loss_RandomInstances_EqualsHalfSquaredResidual() =>
        SeededProperty.Holds(
            seed =>
            {
                var c = Draw(seed);
                double direct = 0.5 * Math.Pow((c.Y - (c.Product() * c.X)).FrobeniusNorm(), 2);
                return Math.Abs(new DescentWorkspace(c.Network, c.Data).Loss() - direct) <= 1e-10 * Math.Max(1, direct);
            },
            maxTest: 40);

    [Fact]
    public void Loss_NegativeControl_MissingHalfIsRejected() =>
        SeededProperty.Rejects(
            seed =>
            {
                var c = Draw(seed);
                double wrong = Math.Pow((c.Y - (c.Product() * c.X)).FrobeniusNorm(), 2);
                return Math.Abs(new DescentWorkspace(c.Network, c.Data).Loss() - wrong) <= 1e-10 * Math.Max(1, wrong);
            },
            maxTest: 20);

    [Fact]
    public void MultiplyAddsPerGradient_NrtShapes_DoesNotDependOnSampleCount()
    {
        var (x1, y1, s1) = NrtExperimentSetup.Create(5, 20, 2, 60, 1);
        var (x2, y2, s2) = NrtExperimentSetup.Create(5, 20, 2, 6000, 1);
        long few = new DescentWorkspace(s1, new RegressionData(x1, y1)).MultiplyAddsPerGradient;
        long many = new DescentWorkspace(s2, new RegressionData(x2, y2)).MultiplyAddsPerGradient;
        Assert.Equal(few, many);
        Assert.True(few < 20L * 20 * 20 * 5, $"plan cost {few} should pass through the width-2 bottleneck");
    }

    [Fact]
    public void PlanDescription_NrtDepth2_NeverFormsTheDByDResidual()
    {
        var (x, y, start) = NrtExperimentSetup.Create(2, 70, 2, 210, 1);
        var ws = new DescentWorkspace(start, new RegressionData(x, y));
        Assert.DoesNotContain("(70×70)", ws.PlanDescription, StringComparison.Ordinal);
        Assert.Contains("[grad1] ←", ws.PlanDescription, StringComparison.Ordinal);
        Assert.True(ws.MultiplyAddsPerGradient < 4L * 70 * 70 * 2, $"plan cost {ws.MultiplyAddsPerGradient} should beat the factored form's 4·d²·r");
    }

    [Fact]
    public void Reset_AfterSteps_RestoresTheStartExactly()
    {
        var c = Draw(7);
        var ws = new DescentWorkspace(c.Network, c.Data);
        double before = ws.Loss();
        ws.Step(0.01);
        ws.Step(0.01);
        ws.Reset(c.Network);
        Assert.Equal(before, ws.Loss());
        Assert.All(Enumerable.Range(1, c.Factors.Length), j => Assert.Equal(c.Factors[j - 1], ws.ToNetwork().Factor(j)));
    }

    [Fact]
    public void Constructor_WidthsDoNotMatchData_ThrowsNamingTheArgument()
    {
        var c = Draw(4);
        var other = new RegressionData(Matrix<double>.Build.Dense(c.X.RowCount + 1, 3, 1.0), Matrix<double>.Build.Dense(c.Y.RowCount, 3, 1.0));
        var e = Assert.Throws<Errors.NumericArgumentException>(() => new DescentWorkspace(c.Network, other));
        Assert.Contains("start", e.Message, StringComparison.Ordinal);
    }
}
