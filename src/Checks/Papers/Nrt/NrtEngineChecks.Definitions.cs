using System.Globalization;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Sampling;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;
using static DeepLinear.Checks.Papers.Nrt.NrtSampling;

namespace DeepLinear.Checks.Papers.Nrt;

/// <content>
/// Definitions as predicates: the balancedness constant (Definition 2.3, (2.7)) on tuples with a known constant, the
/// balanced predicate (2.4) (range j = 1, …, N−1) on balanced constructions, equal Frobenius norms of balanced tuples,
/// Frobenius δ-balancedness of [2] against (2.7), the rank of the product, and the matrix Q of (2.6).
/// </content>
public static partial class NrtEngineChecks
{
    /// <summary>
    /// The predicate of Definition 2.3 on a square diagonal tuple Wⱼ = diag(aⱼ) whose constant is known in closed form,
    /// max_{j,i}|a_{j+1,i}² − a_{j,i}²|: the computed constant (engine and scale-safe) must equal it, the predicate must
    /// accept δ = constant and reject δ = constant·(1 − 10⁻⁶). Public for tests (a wrong <paramref name="known"/> must fail).
    /// </summary>
    /// <param name="diagonals">aⱼ for j = 1…N (equal lengths).</param>
    /// <param name="known">The claimed constant (null: the closed form).</param>
    /// <returns>The outcome.</returns>
    public static InstanceOutcome DiagonalConstant(double[][] diagonals, double? known = null)
    {
        ArgumentNullException.ThrowIfNull(diagonals);
        var w = new DeepLinearNetwork(diagonals.Select(a => Matrix<double>.Build.DenseOfDiagonalArray(a)).ToArray());
        double closed = 0;
        for (int j = 0; j + 1 < diagonals.Length; j++)
        {
            for (int i = 0; i < diagonals[j].Length; i++)
            {
                closed = Math.Max(closed, Math.Abs((diagonals[j + 1][i] * diagonals[j + 1][i]) - (diagonals[j][i] * diagonals[j][i])));
            }
        }

        double k = known ?? closed;
        double engine = Balancedness.SpectralConstant(w);
        bool accepts = Balancedness.HasBalancednessConstant(w, k * (1 + 1e-12));
        bool rejectsBelow = k == 0 || !Balancedness.HasBalancednessConstant(w, k * (1 - 1e-6));
        return Worst(Same(engine, k, 1e-12), InstanceOutcome.Inequality(accepts && rejectsBelow ? 0 : 1, 0));
    }

    private static (InstanceOutcome, string) DiagonalInstance(System.Random r)
    {
        int n = 1 + r.Next(6), d = 1 + r.Next(4);
        double scale = Math.Pow(10, -4 + (8 * r.NextDouble()));
        var diags = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => scale * (r.NextDouble() - 0.5)).ToArray()).ToArray();
        return (DiagonalConstant(diags), $"N = {n}, d = {d}, scale {F(scale)}");
    }

    private static DeepLinearNetwork RandomBalanced(System.Random r, out string description)
    {
        int n = 1 + r.Next(6);
        if (r.Next(2) == 0)
        {
            int d1 = 1 + r.Next(3);
            var widths = new[] { d1 + r.Next(4), d1 }.Concat(Enumerable.Range(2, n - 1).Select(_ => d1 + r.Next(4))).Take(n + 1).ToArray();
            description = $"nrt §5 construction (NrtExperimentSetup.BalancedOrthogonal), widths {W(widths)}";
            return NrtExperimentSetup.BalancedOrthogonal(new LayerDimensions(widths), r);
        }

        var w2 = Enumerable.Range(0, n + 1).Select(_ => 1 + r.Next(5)).ToArray();
        double scale = Math.Pow(10, -3 + (6 * r.NextDouble()));
        var s = Enumerable.Range(0, w2.Min()).Select(_ => scale * Math.Pow(10, -6 * r.NextDouble())).ToArray();
        description = $"Uⱼdiag(s)Uⱼ₋₁ᵀ, widths {W(w2)}, s = [{string.Join(", ", s.Select(F))}]";
        return BalancedTuple(r, w2, s);
    }

    private static IEnumerable<(string, Func<CheckContext, CheckResult>)> DefinitionChecks()
    {
        const string DiagFamily = "square diagonal tuples Wⱼ = diag(aⱼ), N = 1…6, d = 1…4, entries uniform in scale·[−½, ½], scale 10^{−4…4}: the computed constant (engine Balancedness.SpectralConstant and the scale-safe norm) equals max_{j,i}|a_{j+1,i}² − a_{j,i}²| (1e-12 relative); the predicate accepts δ = constant and rejects δ = constant·(1 − 1e-6)";
        yield return ("nrt/def2.3", ctx => SeededCheck(ctx, "nrt/def2.3", DiagFamily, 200, DiagonalInstance));
        yield return ("nrt/eq2.7", ctx => SeededCheck(ctx, "nrt/eq2.7", DiagFamily, 200, DiagonalInstance));
        yield return ("nrt/eq2.4~fixed", ctx => SeededCheck(ctx, "nrt/eq2.4~fixed", "balanced constructions (nrt §5 and Uⱼdiag(s)Uⱼ₋₁ᵀ with s down to 1e-9, N = 1…6): ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖ ≤ 1e-12·max‖Wⱼ‖² for every j = 1…N−1", 150, r =>
        {
            var w = RandomBalanced(r, out string d);
            double scale = Enumerable.Range(1, w.Depth).Max(j => Math.Pow(w.SpectralNorm(j), 2));
            return (InstanceOutcome.Inequality(Balancedness.SpectralConstant(w), 1e-12 * scale), d);
        }));
        yield return ("nrt/text4", ctx => SeededCheck(ctx, "nrt/text4", "balanced constructions as for nrt/eq2.4~fixed: ‖Wⱼ‖_F = ‖W₁‖_F for every j (1e-10 relative)", 150, r =>
        {
            var w = RandomBalanced(r, out string d);
            double f1 = w.FrobeniusNorm(1);
            return (Worst([.. Enumerable.Range(1, w.Depth).Select(j => Same(w.FrobeniusNorm(j), f1, 1e-10))]), d);
        }));
        yield return ("nrt/eq2.6", ctx => SeededCheck(ctx, "nrt/eq2.6", "random data, dₓ, d_y ∈ 1…5, m = dₓ…dₓ+5, condition of X ≤ 1e3: the engine's Q = YXᵀS⁺ (S = (XXᵀ)^{1/2}) equals YXᵀ(XXᵀ)^{−1/2} computed by an independent symmetric eigendecomposition, and QQᵀ = YXᵀ(XXᵀ)⁻¹XYᵀ (1e-9 relative)", 150, r =>
        {
            int dx = 1 + r.Next(5), dy = 1 + r.Next(5), m = dx + r.Next(6);
            double cond = Math.Pow(10, 3 * r.NextDouble());
            var x = WithSingularValues(r, dx, m, [.. Enumerable.Range(0, dx).Select(i => Math.Pow(cond, -(double)i / Math.Max(1, dx - 1)))]);
            var y = RandomMatrices.Gaussian(r, dy, m, 1);
            var q = new RegressionData(x, y).WhitenedTarget;
            var evd = (x * x.Transpose()).Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Symmetric);
            var invRoot = evd.EigenVectors * Matrix<double>.Build.DenseOfDiagonalArray([.. evd.EigenValues.Select(l => 1 / Math.Sqrt(l.Real))]) * evd.EigenVectors.Transpose();
            var independent = y * x.Transpose() * invRoot;
            var qqT = y * x.Transpose() * (x * x.Transpose()).Inverse() * x * y.Transpose();
            return (Worst(InstanceOutcome.Identity(Norm(q - independent), Norm(q)), InstanceOutcome.Identity(Norm((q * q.Transpose()) - qqT), Norm(qqT))), $"dₓ = {dx}, d_y = {dy}, m = {m}, cond {F(cond)}");
        }));
    }
}
