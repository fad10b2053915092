using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.Distributions;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>Shared helpers of the acgh checks: seeded draws for FsCheck generators (random matrices come from the shared
/// <see cref="RandomMatrices"/>), singular values in the footnote-1 convention, and result builders.</summary>
internal static class AcghCheckSupport
{
    /// <summary>
    /// A raw draw of an instance: non-negative integers from an FsCheck generator, mapped by each check to integer
    /// parameters (<see cref="Draw.Int"/>), unit reals (<see cref="Draw.Unit"/>) and matrix seeds (<see cref="Draw.Seed"/>).
    /// Shrinking moves every raw value towards 0, i.e. integer parameters towards their lower bounds.
    /// </summary>
    /// <param name="Raw">The raw values.</param>
    internal sealed record Draw(int[] Raw)
    {
        /// <summary>The integer in [lo, hi] of position k.</summary>
        public int Int(int k, int lo, int hi) => lo + (Raw[k] % (hi - lo + 1));

        /// <summary>The real in [0, 1) of position k.</summary>
        public double Unit(int k) => Raw[k] / 2147483647.0;

        /// <summary>A real in [lo, hi) of position k.</summary>
        public double Real(int k, double lo, double hi) => lo + ((hi - lo) * Unit(k));

        /// <summary>10^u with u uniform in [lo, hi) (position k).</summary>
        public double LogUniform(int k, double lo, double hi) => Math.Pow(10, Real(k, lo, hi));

        /// <summary>The matrix seed of position k.</summary>
        public int Seed(int k) => Raw[k];

        /// <summary>The raw values as text.</summary>
        public override string ToString() => "draw [" + string.Join(",", Raw.Select(r => r.ToString(CultureInfo.InvariantCulture))) + "]";
    }

    /// <summary>The FsCheck generator of draws with <paramref name="length"/> raw values.</summary>
    internal static Gen<Draw> DrawGen(int length) =>
        Gen.Choose(0, int.MaxValue - 1).ArrayOf(length).Select(a => new Draw(a));

    /// <summary>Shrink candidates of a draw: each raw value set to 0 or halved.</summary>
    internal static IEnumerable<Draw> ShrinkDraw(Draw d)
    {
        for (int k = 0; k < d.Raw.Length; k++)
        {
            if (d.Raw[k] == 0)
            {
                continue;
            }

            var zero = (int[])d.Raw.Clone();
            zero[k] = 0;
            yield return new Draw(zero);
            var half = (int[])d.Raw.Clone();
            half[k] /= 2;
            yield return new Draw(half);
        }
    }

    /// <summary>The singular values in non-increasing order (min{rows, columns} of them).</summary>
    internal static double[] Singular(Matrix<double> m) => m.Svd(computeVectors: false).S.ToArray();

    /// <summary>σ_min in the convention of acgh footnote 1: the min{d, d'}-th largest singular value.</summary>
    internal static double SigmaMin(Matrix<double> m) => Singular(m)[^1];

    /// <summary>The spectral norm (σ_max); 0 for an empty matrix.</summary>
    internal static double Spectral(Matrix<double> m) => m.RowCount == 0 || m.ColumnCount == 0 ? 0 : Singular(m)[0];

    /// <summary>The partial product W_{hi}⋯W_{lo} of 1-based factors (W_{j:j'} of acgh in the consistent reading);
    /// the identity of size d_{lo−1} when hi &lt; lo.</summary>
    internal static Matrix<double> Partial(IReadOnlyList<Matrix<double>> w, int hi, int lo)
    {
        if (hi < lo)
        {
            int n = lo - 1 < w.Count ? w[lo - 1].ColumnCount : w[^1].RowCount;
            return Matrix<double>.Build.DenseIdentity(n);
        }

        var p = w[lo - 1];
        for (int j = lo + 1; j <= hi; j++)
        {
            p = w[j - 1] * p;
        }

        return p;
    }

    /// <summary>‖W_{j+1}ᵀW_{j+1} − W_jW_jᵀ‖_F for j = 1..N−1 (index j − 1).</summary>
    internal static double[] ImbalanceFrobenius(IReadOnlyList<Matrix<double>> w) =>
        Enumerable.Range(1, w.Count - 1).Select(j => (w[j].TransposeThisAndMultiply(w[j]) - w[j - 1].TransposeAndMultiply(w[j - 1])).FrobeniusNorm()).ToArray();

    /// <summary>An outcome with its claimed side multiplied by <paramref name="factor"/> (negative controls: a factor
    /// above 1 turns a true inequality lhs ≤ rhs into a stronger, false one); rejections and identities pass through.</summary>
    internal static InstanceOutcome Strengthened(InstanceOutcome outcome, double factor) =>
        factor == 1 || !outcome.HypothesesMet ? outcome : InstanceOutcome.Inequality(outcome.Lhs * factor, outcome.Rhs);


    /// <summary>Formats a double (invariant, round-trip-ish 6 significant digits).</summary>
    internal static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Formats an integer (invariant).</summary>
    internal static string I(int v) => v.ToString(CultureInfo.InvariantCulture);

    /// <summary>A proved result from exact steps.</summary>
    internal static CheckResult Exact(IReadOnlyList<string> steps, params string[] rules) =>
        ExactCheck.Proved(ExactCheck.PrintedNumbersScope, steps, rules);

    /// <summary>A proved result from exact steps with a scope.</summary>
    internal static CheckResult ExactScoped(string scope, IReadOnlyList<string> steps, params string[] rules) =>
        ExactCheck.Proved(scope, steps, rules);

    /// <summary>A numeric <c>with:</c> argument that turns a check into its negative control (a stronger or mutated,
    /// false variant that must come out refuted), or <paramref name="printed"/>, the value of the statement as printed,
    /// when the claim does not give it.</summary>
    internal static double Variant(CheckContext context, string key, double printed) =>
        context.Arguments.ContainsKey(key) ? context.NumberArgument(key) : printed;

    /// <summary>The standard normal CDF F of acgh Appendix D.</summary>
    internal static double Phi(double x) => Normal.CDF(0, 1, x);

    /// <summary>A Monte Carlo verdict for P(event) ≥ bound (or ≤ when <paramref name="lower"/> is false).</summary>
    internal static CheckResult MonteCarlo(string scope, string @event, long trials, long successes, double bound, bool lower, ulong seed) =>
        CheckResult.FromMonteCarlo(scope, MonteCarloEvidence.FromCounts(@event, trials, successes, bound, lower, seed));

    /// <summary>Runs an accumulator over a deterministic grid (exact-function checks that need no generator).</summary>
    internal static CheckResult Grid(string claimId, string family, IEnumerable<(double Lhs, double Rhs, string Describe)> points, double relativeTolerance = 1e-12)
    {
        var acc = new SlackAccumulator(relativeTolerance);
        ulong k = 0;
        foreach (var (lhs, rhs, describe) in points)
        {
            string d = describe;
            if (acc.Add(lhs, rhs, k++, () => d))
            {
                break;
            }
        }

        return acc.ToResult(claimId, string.Create(CultureInfo.InvariantCulture, $"deterministic grid of {acc.Tested} points: {family}"), family);
    }

    /// <summary>A grid over identities |residual| ≤ tol·(1 + scale).</summary>
    internal static CheckResult IdentityGrid(string claimId, string family, IEnumerable<(double Residual, double Scale, string Describe)> points, double tolerance = 1e-9)
    {
        var acc = new SlackAccumulator();
        ulong k = 0;
        foreach (var (residual, scale, describe) in points)
        {
            string d = describe;
            if (acc.AddIdentity(residual, scale, k++, () => d, tolerance))
            {
                break;
            }
        }

        return acc.ToResult(claimId, string.Create(CultureInfo.InvariantCulture, $"deterministic grid of {acc.Tested} points: {family}"), family);
    }

    /// <summary>The symbolic partial product W_{hi}⋯W_{lo} of 1-based factors; the identity of size
    /// <paramref name="identitySize"/> when hi &lt; lo.</summary>
    internal static SymbolicMatrix SymbolicPartial(IReadOnlyList<SymbolicMatrix> w, int hi, int lo, int identitySize)
    {
        if (hi < lo)
        {
            return SymbolicMatrix.Identity(identitySize);
        }

        var p = w[lo - 1];
        for (int j = lo + 1; j <= hi; j++)
        {
            p = w[j - 1] * p;
        }

        return p;
    }

    /// <summary>An exact refutation at the first differing entry of an entry-wise comparison, with its witness.</summary>
    internal static CheckResult Refutation(string claimId, string shape, EntrywiseOutcome outcome, string what)
    {
        string witness = shape + (outcome.Witness is null ? string.Empty : ": " + string.Join(", ", outcome.Witness.Select(kv => kv.Key + " = " + kv.Value)));
        return ExactCheck.Counterexample(claimId, witness, witness, $"{what}: entry ({outcome.Row}, {outcome.Column}) is {outcome.LeftValue} vs {outcome.RightValue}");
    }

    /// <summary>The weaker of two results (refuted before inconclusive before the rest); <paramref name="next"/> when
    /// <paramref name="current"/> is null.</summary>
    internal static CheckResult Weaker(CheckResult? current, CheckResult next)
    {
        if (current is null)
        {
            return next;
        }

        static int Rank(Evidence.Verdict v) => v switch { Evidence.Verdict.Refuted => 0, Evidence.Verdict.Inconclusive => 1, _ => 2 };
        return Rank(next.Verdict) < Rank(current.Verdict) ? next : current;
    }

    /// <summary>Mᵏ for k ≥ 0 with M⁰ = I (explicit, independent of the library's convention).</summary>
    internal static Matrix<double> IntPow(Matrix<double> m, int k)
    {
        var r = Matrix<double>.Build.DenseIdentity(m.RowCount);
        for (int i = 0; i < k; i++)
        {
            r = r * m;
        }

        return r;
    }

    /// <summary>
    /// The end-to-end step W(t+1) − W(t) = Σ_{S ≠ ∅} (−η)^{|S|} ∏_{j=N}^{1} (j ∈ S ? Gⱼ : Wⱼ) (exact expansion over the subsets; no
    /// cancellation between W(t+1) and W(t), so it stays accurate when the step is far below the rounding level of W).
    /// </summary>
    internal static Matrix<double> StepExpansion(IReadOnlyList<Matrix<double>> w, IReadOnlyList<Matrix<double>> g, double eta)
    {
        int n = w.Count;
        var sum = Matrix<double>.Build.Dense(w[^1].RowCount, w[0].ColumnCount);
        for (int mask = 1; mask < (1 << n); mask++)
        {
            int k = System.Numerics.BitOperations.PopCount((uint)mask);
            var p = Matrix<double>.Build.DenseIdentity(w[0].ColumnCount);
            for (int j = 1; j <= n; j++)
            {
                p = ((mask >> (j - 1)) & 1) == 1 ? g[j - 1] * p : w[j - 1] * p;
            }

            sum += Math.Pow(-eta, k) * p;
        }

        return sum;
    }

    /// <summary>log(1 + x) accurate for small |x| (series below 10⁻⁴).</summary>
    internal static double Log1p(double x) =>
        Math.Abs(x) < 1e-4 ? x - (x * x / 2) + (x * x * x / 3) - (x * x * x * x / 4) : Math.Log(1 + x);
}
