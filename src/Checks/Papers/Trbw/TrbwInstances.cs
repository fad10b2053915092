using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DeepLinear.Checks.Papers.Trbw;

/// <summary>
/// Seeded instance builders shared by the trbw checks: Gaussian data in the setting of the paper (X ∈ ℝ^{dₓ×m},
/// m = 3dₓ, entries N(0, 1/dₓ)), rank-k matrices with prescribed singular values, balanced tuples of any rank, and the
/// factor-flow / product-flow runners that return the iterate at every recorded time.
/// </summary>
internal static class TrbwInstances
{
    /// <summary>A 32-bit seed for MathNet generators from a derived 64-bit seed.</summary>
    internal static int IntSeed(ulong seed) => unchecked((int)(seed ^ (seed >> 32)));

    internal static MersenneTwister Rng(ulong seed) => new(IntSeed(seed), threadSafe: false);

    internal static MersenneTwister Rng(int seed) => new(seed, threadSafe: false);

    internal static Matrix<double> GaussianMatrix(int rows, int columns, double std, System.Random rng)
        => Matrix<double>.Build.Dense(rows, columns, (_, _) => Normal.Sample(rng, 0, std));

    /// <summary>n×k with orthonormal columns (the first k columns of a Haar orthogonal matrix).</summary>
    internal static Matrix<double> Orthonormal(int n, int k, System.Random rng)
        => NrtExperimentSetup.HaarOrthogonal(n, rng).SubMatrix(0, n, 0, k);

    /// <summary>
    /// k singular values, log-uniform in [scale·10⁻², scale]; when <paramref name="nearDegenerate"/>, the last one is
    /// scale·10⁻⁴ (a tiny but nonzero singular value). Sorted decreasingly.
    /// </summary>
    internal static double[] Spectrum(int k, double scale, bool nearDegenerate, System.Random rng)
    {
        var s = Enumerable.Range(0, k).Select(_ => scale * Math.Pow(10, -2 * rng.NextDouble())).ToArray();
        if (nearDegenerate && k > 0)
        {
            s[k - 1] = scale * 1e-4;
        }

        return [.. s.OrderByDescending(x => x)];
    }

    /// <summary>U diag(σ) Vᵀ with Haar frames: a rows×columns matrix of rank σ.Length and the given singular values.</summary>
    internal static Matrix<double> RankMatrix(int rows, int columns, double[] sigma, System.Random rng)
    {
        int k = sigma.Length;
        if (k == 0)
        {
            return Matrix<double>.Build.Dense(rows, columns);
        }

        var u = Orthonormal(rows, k, rng);
        var v = Orthonormal(columns, k, rng);
        return u * Matrix<double>.Build.DenseOfDiagonalArray(sigma) * v.Transpose();
    }

    /// <summary>
    /// A balanced tuple (Definition 2) of rank k = σ.Length with product U diag(σ) Vᵀ: Wⱼ = Oⱼ diag(σ^{1/N}) Oⱼ₋₁ᵀ with
    /// O₀ = V, O_N = U and Haar frames Oⱼ ∈ ℝ^{dⱼ×k}, so Wⱼ₊₁ᵀWⱼ₊₁ = Oⱼ diag(σ^{2/N}) Oⱼᵀ = WⱼWⱼᵀ. Needs k ≤ min dⱼ.
    /// </summary>
    internal static DeepLinearNetwork BalancedTuple(IReadOnlyList<int> widths, double[] sigma, System.Random rng)
    {
        int n = widths.Count - 1;
        int k = sigma.Length;
        var root = Matrix<double>.Build.DenseOfDiagonalArray(sigma.Select(s => Math.Pow(s, 1.0 / n)).ToArray());
        var frames = new Matrix<double>[n + 1];
        for (int j = 0; j <= n; j++)
        {
            frames[j] = k == 0 ? Matrix<double>.Build.Dense(widths[j], 0) : Orthonormal(widths[j], k, rng);
        }

        var factors = new Matrix<double>[n];
        for (int j = 1; j <= n; j++)
        {
            factors[j - 1] = k == 0
                ? Matrix<double>.Build.Dense(widths[j], widths[j - 1])
                : frames[j] * root * frames[j - 1].Transpose();
        }

        return new DeepLinearNetwork(factors);
    }

    /// <summary>Gaussian data of the paper's experiments: X ∈ ℝ^{dₓ×3dₓ} with N(0, 1/dₓ) entries, Y = AX + E with A, E Gaussian.</summary>
    internal static RegressionData RandomData(int dx, int dy, System.Random rng)
    {
        int m = 3 * dx;
        var x = GaussianMatrix(dx, m, 1 / Math.Sqrt(dx), rng);
        var a = GaussianMatrix(dy, dx, 1 / Math.Sqrt(dx), rng);
        var e = GaussianMatrix(dy, m, 0.3 / Math.Sqrt(dy), rng);
        return new RegressionData(x, (a * x) + e);
    }

    /// <summary>Data with an exactly low-rank target Y = W̃X, rank W̃ = q, so that q = rank(YXᵀ(XXᵀ)^{−1/2}).</summary>
    internal static RegressionData LowRankData(int dx, int dy, int q, System.Random rng)
    {
        int m = 3 * dx;
        var x = GaussianMatrix(dx, m, 1 / Math.Sqrt(dx), rng);
        var sigma = Enumerable.Range(0, q).Select(i => 1.5 - (i * 0.8 / Math.Max(1, q))).ToArray();
        var target = RankMatrix(dy, dx, sigma, rng);
        return new RegressionData(x, target * x);
    }

    /// <summary>maxⱼ ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F (0 exactly for balanced tuples).</summary>
    internal static double Imbalance(DeepLinearNetwork network) => Balancedness.FrobeniusConstant(network);

    /// <summary>maxⱼ ‖Wⱼ‖²_F, the scale against which an imbalance is measured.</summary>
    internal static double FactorScale(DeepLinearNetwork network)
        => Enumerable.Range(1, network.Depth).Max(j => network.FrobeniusNorm(j) * network.FrobeniusNorm(j));

    /// <summary>Definition 2 as a predicate: balanced up to a relative rounding tolerance.</summary>
    /// <param name="network">The tuple W₁, …, W_N.</param>
    /// <param name="relativeTolerance">maxⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖_F must not exceed this times (1 + maxⱼ‖Wⱼ‖²_F).</param>
    /// <returns>Whether the tuple is balanced.</returns>
    public static bool IsBalanced(DeepLinearNetwork network, double relativeTolerance = 1e-10)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Imbalance(network) <= relativeTolerance * (1 + FactorScale(network));
    }

    /// <summary>The factor flow (5) by fixed-step RK4, returning the iterate at each requested time (times are
    /// multiples of the step; the first must be positive).</summary>
    internal static DeepLinearNetwork[] FactorFlowAt(
        DeepLinearNetwork start, RegressionData data, IReadOnlyList<double> times, double step, CancellationToken token)
    {
        var result = new DeepLinearNetwork[times.Count];
        var current = start;
        double t = 0;
        for (int i = 0; i < times.Count; i++)
        {
            var run = GradientFlow.RungeKutta4(current, data, times[i] - t, step, int.MaxValue, token);
            token.ThrowIfCancellationRequested();
            if (run.Reason == StopReason.Diverged)
            {
                throw new ArithmeticException("the RK4 factor flow produced non-finite values: " + run.Message);
            }

            current = run.Final;
            t = times[i];
            result[i] = current;
        }

        return result;
    }

    /// <summary>The factor flow (5) by the Dormand–Prince pair, returning the iterate at each requested time.</summary>
    internal static DeepLinearNetwork[] FactorFlowAdaptiveAt(
        DeepLinearNetwork start, RegressionData data, IReadOnlyList<double> times, CancellationToken token, double relativeTolerance = 1e-10)
    {
        var result = new DeepLinearNetwork[times.Count];
        var current = start;
        double t = 0;
        for (int i = 0; i < times.Count; i++)
        {
            var run = GradientFlow.Adaptive(current, data, times[i] - t, relativeTolerance, 1e-13, double.MaxValue, 200_000, token);
            token.ThrowIfCancellationRequested();
            if (run.Reason == StopReason.Diverged)
            {
                throw new ArithmeticException("the adaptive factor flow produced non-finite values: " + run.Message);
            }

            current = run.Final;
            t = times[i];
            result[i] = current;
        }

        return result;
    }

    /// <summary>The product flow (9) Ẇ = −𝒜_{W,N}(∇L¹(W)) by RK4 with rank-k retraction, at each requested time.</summary>
    internal static Matrix<double>[] ProductFlowAt(
        Matrix<double> w0, RegressionData data, int depth, int rank, IReadOnlyList<double> times, double step, CancellationToken token)
    {
        var result = new Matrix<double>[times.Count];
        var current = w0;
        double t = 0;
        for (int i = 0; i < times.Count; i++)
        {
            var run = ProductFlow.Run(current, data, depth, rank, times[i] - t, step, int.MaxValue, token);
            token.ThrowIfCancellationRequested();
            if (run.Reason == StopReason.Diverged)
            {
                throw new ArithmeticException("the product flow produced non-finite values");
            }

            current = run.Final;
            t = times[i];
            result[i] = current;
        }

        return result;
    }

    /// <summary>Times step, 2·step, …, count·step.</summary>
    internal static double[] Grid(double step, int count) => [.. Enumerable.Range(1, count).Select(i => i * step)];

    internal static double[] SingularValues(Matrix<double> m) => MatrixDiagnostics.SingularValues(m);

    /// <summary>σ_{i} (1-based) or 0 beyond the shape.</summary>
    internal static double Sigma(double[] s, int i) => i >= 1 && i <= s.Length ? s[i - 1] : 0;

    internal static string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);

    internal static string Widths(DeepLinearNetwork n) => n.Dimensions.ToString();

    /// <summary>A plot against t; glyphs the plot font lacks (ᵀ, ⋯, 𝒜) are spelled out in titles, labels and legends.</summary>
    internal static ClaimPlot Plot(string name, string title, string yLabel, bool logY, params PlotSeries[] series)
        => new(name, PlotText(title), "t", PlotText(yLabel), [.. series.Select(s => s with { Label = PlotText(s.Label) })], logY);

    internal static string PlotText(string text)
        => text.Replace("ᵀ", "^T", StringComparison.Ordinal).Replace("⋯", "...", StringComparison.Ordinal).Replace("𝒜", "A", StringComparison.Ordinal);

    /// <summary>Clamps non-positive values for a log plot.</summary>
    internal static double[] Floor(IEnumerable<double> values) => [.. values.Select(v => Math.Max(v, 1e-300))];

    /// <summary>A negative-control switch of <c>with:</c> (a non-zero integer turns the check into its mutated, false
    /// variant, which must come out refuted); false when the claim does not give the key (the statement as printed).</summary>
    internal static bool Flag(CheckContext context, string key) => context.Arguments.ContainsKey(key) && context.IntegerArgument(key) != 0;

    /// <summary>An integer argument of <c>with:</c>, or <paramref name="fallback"/> when the claim does not give it.</summary>
    internal static int Integer(CheckContext context, string key, int fallback) => context.Arguments.ContainsKey(key) ? context.IntegerArgument(key) : fallback;

    /// <summary>A number argument of <c>with:</c>, or <paramref name="fallback"/> when the claim does not give it.</summary>
    internal static double Number(CheckContext context, string key, double fallback) => context.Arguments.ContainsKey(key) ? context.NumberArgument(key) : fallback;

    /// <summary>The <c>start:</c> argument of the autoencoder checks: <c>balanced</c> (the printed B.1 construction, the
    /// default) or <c>gaussian</c> (entries N(0, 1/dⱼ₋₁)).</summary>
    internal static bool IsBalancedStart(CheckContext context) => context.Argument("start", "balanced") switch
    {
        "balanced" => true,
        "gaussian" => false,
        var other => throw new InvalidOperationException($"with: start = '{other}' must be 'balanced' or 'gaussian'."),
    };
}
