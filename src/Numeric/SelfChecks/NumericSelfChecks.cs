using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Derivatives;
using DeepLinear.Numeric.Diagnostics;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Geometry;
using DeepLinear.Numeric.Initialization;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Random;

namespace DeepLinear.Numeric.SelfChecks;

/// <summary>
/// The numeric layer's self-checks, run by <c>dlv check</c> and by the tests: each compares an implementation with an
/// independent computation on seeded random instances (random depths 2–6, widths 1–5, data sizes) and reports the
/// worst relative error against a stated tolerance. Each check also accepts a deliberately wrong variant (a negative
/// control) so that tests can show the same comparison rejects it.
/// </summary>
public static class NumericSelfChecks
{
    /// <summary>A random instance: network, data X, Y and the reduced data.</summary>
    public sealed record Instance(DeepLinearNetwork Network, Matrix<double> X, Matrix<double> Y, RegressionData Data);

    /// <summary>Draws a random instance from <paramref name="seed"/> (depth 2–6, widths 1–5, m 1–8, scales 0.3–1.5).</summary>
    public static Instance RandomInstance(int seed)
    {
        var rng = new MersenneTwister(seed, threadSafe: false);
        int depth = 2 + rng.Next(5);
        var widths = Enumerable.Range(0, depth + 1).Select(_ => 1 + rng.Next(5)).ToArray();
        int m = 1 + rng.Next(8);
        double scale = 0.3 + (1.2 * rng.NextDouble());
        var factors = Enumerable.Range(1, depth).Select(j => Matrix<double>.Build.Dense(widths[j], widths[j - 1], (_, _) => scale * Normal.Sample(rng, 0, 1))).ToArray();
        var x = Matrix<double>.Build.Dense(widths[0], m, (_, _) => Normal.Sample(rng, 0, 1));
        var y = Matrix<double>.Build.Dense(widths[depth], m, (_, _) => Normal.Sample(rng, 0, 1));
        return new Instance(new DeepLinearNetwork(factors), x, y, new RegressionData(x, y));
    }

    /// <summary>Runs every self-check on <paramref name="instances"/> instances from seeds <c>seed, seed+1, …</c>.</summary>
    public static IReadOnlyList<SelfCheckResult> RunAll(int seed, int instances) =>
    [
        GradientMatchesFiniteDifferences(seed, instances, DeepLinearGradient.Gradient),
        WorkspaceGradientMatchesReference(seed, instances),
        HessianVectorProductMatchesFiniteDifferences(seed, instances, DeepLinearHessian.HessianVectorProduct),
        PrintedQuadraticFormMatchesHessian(seed, instances),
        MFreeLossMatchesDirectLoss(seed, instances, (d, w) => d.Loss(w)),
        BalancedInitializationIsBalanced(seed, instances),
        ProductOperatorIsSelfAdjointAndPositive(seed, instances),
        FlowConservesBalancednessDefect(seed, Math.Max(1, instances / 4)),
    ];

    /// <summary>Every layer gradient against central finite differences of L^N (step 1e-6, relative error ≤ 1e-5).</summary>
    public static SelfCheckResult GradientMatchesFiniteDifferences(int seed, int instances, Func<DeepLinearNetwork, RegressionData, Matrix<double>[]> gradient)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        return Measure("gradient = central finite differences of L^N", seed, instances, 1e-5, inst =>
        {
            var g = DeepLinearHessian.Flatten(gradient(inst.Network, inst.Data));
            var p = DeepLinearHessian.Flatten(inst.Network.Factors());
            var fd = new double[p.Length];
            for (int i = 0; i < p.Length; i++)
            {
                double h = 1e-6 * Math.Max(1, Math.Abs(p[i]));
                var plus = (double[])p.Clone();
                var minus = (double[])p.Clone();
                plus[i] += h;
                minus[i] -= h;
                fd[i] = (DirectLoss(inst, plus) - DirectLoss(inst, minus)) / (2 * h);
            }

            return RelativeError(g, fd);
        });
    }

    /// <summary>The allocation-free workspace gradient against the reference formula (relative error ≤ 1e-12).</summary>
    public static SelfCheckResult WorkspaceGradientMatchesReference(int seed, int instances) =>
        Measure("workspace gradient = nrt (3.2) reference", seed, instances, 1e-12, inst =>
        {
            var ws = new DescentWorkspace(inst.Network, inst.Data);
            var a = DeepLinearHessian.Flatten(Enumerable.Range(1, inst.Network.Depth).Select(ws.Gradient).ToArray());
            var b = DeepLinearHessian.Flatten(DeepLinearGradient.Gradient(inst.Network, inst.Data));
            return RelativeError(a, b);
        });

    /// <summary>Hessian-vector products against central differences of the gradient (relative error ≤ 1e-6).</summary>
    public static SelfCheckResult HessianVectorProductMatchesFiniteDifferences(int seed, int instances, Func<DeepLinearNetwork, RegressionData, IReadOnlyList<Matrix<double>>, Matrix<double>[]> hvp)
    {
        ArgumentNullException.ThrowIfNull(hvp);
        return Measure("Hessian-vector product = central differences of the gradient", seed, instances, 1e-6, inst =>
        {
            var rng = new Random(inst.Network.Dimensions.ParameterCount);
            var dims = inst.Network.Dimensions;
            var v = Enumerable.Range(0, dims.ParameterCount).Select(_ => rng.NextDouble() - 0.5).ToArray();
            var p = DeepLinearHessian.Flatten(inst.Network.Factors());
            const double h = 1e-5;
            var plus = new DeepLinearNetwork(DeepLinearHessian.Unflatten(dims, p.Zip(v, (a, b) => a + (h * b)).ToArray()));
            var minus = new DeepLinearNetwork(DeepLinearHessian.Unflatten(dims, p.Zip(v, (a, b) => a - (h * b)).ToArray()));
            var gp = DeepLinearHessian.Flatten(DeepLinearGradient.Gradient(plus, inst.Data));
            var gm = DeepLinearHessian.Flatten(DeepLinearGradient.Gradient(minus, inst.Data));
            var fd = gp.Zip(gm, (a, b) => (a - b) / (2 * h)).ToArray();
            var exact = DeepLinearHessian.Flatten(hvp(inst.Network, inst.Data, DeepLinearHessian.Unflatten(dims, v)));
            return RelativeError(exact, fd);
        });
    }

    /// <summary>The quadratic form as printed in nrt §3.1 (with ∇L¹(W) in the mixed terms) against ⟨Δ, HΔ⟩.</summary>
    public static SelfCheckResult PrintedQuadraticFormMatchesHessian(int seed, int instances) =>
        Measure("nrt §3.1 quadratic form (mixed terms with WXXᵀ − YXᵀ) = ⟨Δ, ∇²L^N Δ⟩", seed, instances, 1e-10, inst =>
        {
            var rng = new Random(seed);
            var dims = inst.Network.Dimensions;
            var v = DeepLinearHessian.Unflatten(dims, Enumerable.Range(0, dims.ParameterCount).Select(_ => rng.NextDouble() - 0.5).ToArray());
            double a = DeepLinearHessian.QuadraticForm(inst.Network, inst.Data, v);
            double b = DeepLinearHessian.QuadraticFormAsPrinted(inst.Network, inst.Data, v);
            return Math.Abs(a - b) / Math.Max(1e-12, Math.Max(Math.Abs(a), Math.Abs(b)));
        });

    /// <summary>The m-free loss ½‖WS − Q‖² + c against the direct ½‖Y − WX‖² (relative error ≤ 1e-10).</summary>
    public static SelfCheckResult MFreeLossMatchesDirectLoss(int seed, int instances, Func<RegressionData, Matrix<double>, double> loss)
    {
        ArgumentNullException.ThrowIfNull(loss);
        return Measure("m-free loss = ½‖Y − WX‖_F²", seed, instances, 1e-10, inst =>
        {
            var w = inst.Network.Product();
            double direct = 0.5 * Math.Pow((inst.Y - (w * inst.X)).FrobeniusNorm(), 2);
            double reduced = loss(inst.Data, w);
            return Math.Abs(direct - reduced) / Math.Max(1e-12, Math.Abs(direct));
        });
    }

    /// <summary>The balanced orthogonal construction of nrt §5 has balancedness constant ≤ 1e-12.</summary>
    public static SelfCheckResult BalancedInitializationIsBalanced(int seed, int instances) =>
        Measure("nrt §5 construction is balanced", seed, instances, 1e-12, inst =>
        {
            var rng = new MersenneTwister(inst.Network.Dimensions.ParameterCount + seed, threadSafe: false);
            int depth = inst.Network.Depth;
            int d = 3 + rng.Next(10);
            int r = 1 + rng.Next(Math.Min(3, d));
            var network = NrtExperimentSetup.BalancedOrthogonal(NrtExperimentSetup.Widths(depth, d, r), rng);
            return Balancedness.SpectralConstant(network);
        });

    /// <summary>A_{W,N} is self-adjoint (⟨A X, Y⟩ = ⟨X, A Y⟩) and positive on the tangent space.</summary>
    public static SelfCheckResult ProductOperatorIsSelfAdjointAndPositive(int seed, int instances) =>
        Measure("A_{W,N} self-adjoint and positive on the tangent space", seed, instances, 1e-10, inst =>
        {
            var w = inst.Network.Product();
            var op = new ProductOperator(w, inst.Network.Depth);
            var rng = new Random(seed);
            var x = Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount, (_, _) => rng.NextDouble() - 0.5);
            var y = Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount, (_, _) => rng.NextDouble() - 0.5);
            double a = ProductOperator.Inner(op.Apply(x), y);
            double b = ProductOperator.Inner(x, op.Apply(y));
            var t = ProductOperator.TangentProjection(w, x);
            double positive = ProductOperator.Inner(op.Apply(t), t);
            double asym = Math.Abs(a - b) / Math.Max(1e-12, Math.Abs(a) + Math.Abs(b));
            return t.FrobeniusNorm() > 1e-8 && positive <= 0 ? double.PositiveInfinity : asym;
        });

    /// <summary>Along the gradient flow (Dormand–Prince, tol 1e-10), W_{j+1}ᵀW_{j+1} − W_jW_jᵀ stays constant (nrt (2.3)).</summary>
    public static SelfCheckResult FlowConservesBalancednessDefect(int seed, int instances) =>
        Measure("flow conserves W_{j+1}ᵀW_{j+1} − W_jW_jᵀ", seed, instances, 1e-6, inst =>
        {
            var result = GradientFlow.Adaptive(inst.Network, inst.Data, 0.2, 1e-10, 1e-12);
            double worst = 0;
            for (int j = 1; j < inst.Network.Depth; j++)
            {
                var d0 = Balancedness.Defect(inst.Network, j);
                var d1 = Balancedness.Defect(result.Final, j);
                worst = Math.Max(worst, (d1 - d0).FrobeniusNorm() / Math.Max(1, d0.FrobeniusNorm()));
            }

            return result.Reason == StopReason.Diverged ? double.PositiveInfinity : worst;
        });

    private static double DirectLoss(Instance inst, double[] parameters)
    {
        var network = new DeepLinearNetwork(DeepLinearHessian.Unflatten(inst.Network.Dimensions, parameters));
        return 0.5 * Math.Pow((inst.Y - (network.Product() * inst.X)).FrobeniusNorm(), 2);
    }

    private static double RelativeError(double[] a, double[] b)
    {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < a.Length; i++)
        {
            diff += (a[i] - b[i]) * (a[i] - b[i]);
            norm += Math.Max(a[i] * a[i], b[i] * b[i]);
        }

        return Math.Sqrt(diff) / Math.Max(1e-12, Math.Sqrt(norm));
    }

    private static SelfCheckResult Measure(string name, int seed, int instances, double tolerance, Func<Instance, double> error)
    {
        double worst = 0;
        int worstSeed = seed;
        for (int s = seed; s < seed + instances; s++)
        {
            double e = error(RandomInstance(s));
            if (!(e <= worst))
            {
                worst = e;
                worstSeed = s;
            }
        }

        return new SelfCheckResult(name, worst <= tolerance, instances, worst, tolerance, worstSeed, $"{instances} seeded instances (seeds {seed}..{seed + instances - 1})");
    }
}
