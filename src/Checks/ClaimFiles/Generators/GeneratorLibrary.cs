using DeepLinear.Checks.ClaimFiles.Expressions;
using MathNet.Numerics.Distributions;

namespace DeepLinear.Checks.ClaimFiles.Generators;

/// <summary>
/// The generators of claim files. Matrices: <c>gaussian(r, c)</c>, <c>orthogonal(n)</c> (Haar, by
/// <see cref="NrtExperimentSetup.HaarOrthogonal"/>), <c>symmetric(n)</c>, <c>psd(n)</c>, <c>rank(r, c, k)</c>, data
/// <c>whitened(d, m)</c>; scalars: <c>scalar(lo, hi)</c>, <c>loguniform(lo, hi)</c>, <c>integer(lo, hi)</c>,
/// <c>choose(a, b, …)</c>; deep-linear tuples W = (W₁, …, W_N) with widths d₀, …, d_N drawn uniformly from dmin..dmax:
/// <c>balanced(N, dmin, dmax)</c>, <c>nearbalanced(N, dmin, dmax, eps)</c>, <c>rankdeficient(N, dmin, dmax, k)</c>,
/// <c>tinyscale(N, dmin, dmax, s)</c>, <c>gaussiantuple(N, dmin, dmax, std)</c>. Each draws only from the instance's
/// random source (<see cref="SeededRandom"/>), and describes itself from the code next to its sampler.
/// </summary>
/// <remarks>
/// The balanced construction (trbw Appendix B.1 / nrt §5 generalized to any widths): with k = min dⱼ, Haar frames
/// Oⱼ ∈ ℝ^{dⱼ×k} (orthonormal columns) and Σ = diag(σ₁, …, σ_k), σᵢ log-uniform in [0.3, 3],
/// Wⱼ = Oⱼ Σ^{1/N} Oⱼ₋₁ᵀ. Then Wⱼ₊₁ᵀWⱼ₊₁ = Oⱼ Σ^{2/N} Oⱼᵀ = WⱼWⱼᵀ exactly (nrt (2.7) with δ = 0, acgh Definition 1)
/// and W_N⋯W₁ = O_N Σ O₀ᵀ has rank k.
/// </remarks>
public static class GeneratorLibrary
{
    private static readonly Dictionary<string, ValueGenerator> ByName = Create().ToDictionary(g => g.Name, StringComparer.Ordinal);

    /// <summary>The generator names, in reference order.</summary>
    public static IReadOnlyList<string> Names { get; } = Create().Select(g => g.Name).ToList();

    /// <summary>All generators, in reference order.</summary>
    public static IReadOnlyList<ValueGenerator> All => Names.Select(n => ByName[n]).ToList();

    /// <summary>Looks a generator up.</summary>
    /// <param name="name">The name.</param>
    /// <param name="generator">The generator when found.</param>
    /// <returns>Whether it exists.</returns>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValueGenerator? generator)
        => ByName.TryGetValue(name, out generator);

    /// <summary>
    /// Resolves a call to a generator: the one rule every part of the toolkit uses (evaluation, descriptions, shrinking,
    /// the tightness search). A call draws randomly when its name is a generator and, if that name is also a function of
    /// the language (<c>rank</c>: the numerical rank rank(A) and the generator rank(r, c, k)), when its number of
    /// arguments is the generator's; otherwise it is the function.
    /// </summary>
    /// <param name="call">The call.</param>
    /// <param name="generator">The generator when the call is a generator call.</param>
    /// <returns>Whether the call is a generator call.</returns>
    public static bool TryGetCall(CallExpr call, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ValueGenerator? generator)
    {
        ArgumentNullException.ThrowIfNull(call);
        if (ByName.TryGetValue(call.Function, out generator)
            && (!ExpressionEvaluator.FunctionNames.Contains(call.Function) || generator.IsVariadic || call.Arguments.Count == generator.Parameters.Count))
        {
            return true;
        }

        generator = null;
        return false;
    }

    /// <summary>Describes an <c>over:</c> expression in words: a bare generator call by its own description, any other
    /// expression as written followed by the descriptions of the generator calls inside it.</summary>
    /// <param name="expr">The expression.</param>
    /// <returns>The words.</returns>
    public static string Describe(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        if (expr is CallExpr call && TryGetCall(call, out var g))
        {
            // choose(…) between generated values (families of tuples): each alternative in its own words.
            return call.Function == "choose" && call.Arguments.Any(a => a is CallExpr c && TryGetCall(c, out _))
                ? "one of, equally likely: " + string.Join(" | ", call.Arguments.Select(Describe))
                : g.Describe(call.Arguments.Select(a => a.ToString()).ToList());
        }

        var inner = new List<string>();
        Collect(expr, inner);
        return inner.Count == 0 ? expr.ToString() : expr + " with " + string.Join("; ", inner);
    }

    private static void Collect(Expr expr, List<string> into)
    {
        switch (expr)
        {
            case CallExpr c when TryGetCall(c, out var g):
                into.Add(c + " = " + g.Describe(c.Arguments.Select(a => a.ToString()).ToList()));
                break;
            case CallExpr c:
                c.Arguments.ToList().ForEach(a => Collect(a, into));
                break;
            case BinaryExpr b:
                Collect(b.Left, into);
                Collect(b.Right, into);
                break;
            case NegateExpr n:
                Collect(n.Operand, into);
                break;
            case TransposeExpr t:
                Collect(t.Operand, into);
                break;
            case IndexExpr i:
                Collect(i.Target, into);
                break;
            default:
                break;
        }
    }

    private static IEnumerable<ValueGenerator> Create()
    {
        yield return new ValueGenerator(
            "gaussian", ["r", "c"], "r×c matrix with i.i.d. standard normal entries",
            (a, at, rng) => Matrix(RandomMatrices.Gaussian(rng, Size(a[0], at, "r"), Size(a[1], at, "c"))),
            a => $"{a[0]}×{a[1]} matrix with i.i.d. N(0, 1) entries",
            (a, v) => IsMatrix(v, Int(a[0]), Int(a[1])));
        yield return new ValueGenerator(
            "orthogonal", ["n"], "Haar-distributed n×n orthogonal matrix (QR of a Gaussian matrix, signs fixed)",
            (a, at, rng) => Matrix(RandomMatrices.HaarOrthogonal(rng, Size(a[0], at, "n"))),
            a => $"Haar-orthogonal {a[0]}×{a[0]} matrix",
            (a, v) => IsMatrix(v, Int(a[0]), Int(a[0])) && IsNear(v.Matrix.TransposeThisAndMultiply(v.Matrix), Identity(Int(a[0]))));
        yield return new ValueGenerator(
            "symmetric", ["n"], "n×n symmetric matrix (G + Gᵀ)/2, G Gaussian",
            (a, at, rng) => Matrix(RandomMatrices.Symmetric(rng, Size(a[0], at, "n"))),
            a => $"{a[0]}×{a[0]} symmetric matrix (G + Gᵀ)/2 with G i.i.d. N(0, 1)",
            (a, v) => IsMatrix(v, Int(a[0]), Int(a[0])) && v.Matrix.Equals(v.Matrix.Transpose()));
        yield return new ValueGenerator(
            "psd", ["n"], "n×n positive semidefinite matrix G Gᵀ, G Gaussian n×n",
            (a, at, rng) => Matrix(RandomMatrices.Psd(rng, Size(a[0], at, "n"))),
            a => $"{a[0]}×{a[0]} positive semidefinite matrix GGᵀ with G i.i.d. N(0, 1)",
            (a, v) => IsMatrix(v, Int(a[0]), Int(a[0])) && IsNear(v.Matrix, v.Matrix.Transpose())
                && v.Matrix.Evd(Symmetricity.Symmetric).EigenValues.Min(e => e.Real) >= -1e-12 * (1 + v.Matrix.FrobeniusNorm()));
        yield return new ValueGenerator(
            "rank", ["r", "c", "k"], "r×c matrix of rank min(k, r, c): a product of Gaussian r×k and k×c matrices (k = 0: zero)",
            (a, at, rng) =>
            {
                int r = Size(a[0], at, "r"), c = Size(a[1], at, "c");
                return Matrix(RandomMatrices.OfRank(rng, r, c, Count(a[2], at, "k")));
            },
            a => $"{a[0]}×{a[1]} matrix of rank min({a[2]}, {a[0]}, {a[1]}) (product of Gaussian factors)",
            (a, v) => IsMatrix(v, Int(a[0]), Int(a[1])) && v.Matrix.Rank() <= Math.Min(Int(a[2]), Math.Min(Int(a[0]), Int(a[1]))));
        yield return new ValueGenerator(
            "whitened", ["d", "m"], "d×m data matrix X with XXᵀ = I (Gaussian, then whitened; needs m ≥ d)",
            (a, at, rng) =>
            {
                int d = Size(a[0], at, "d"), m = Size(a[1], at, "m");
                if (m < d)
                {
                    throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"asks for whitened data with m = {m} < d = {d}; XXᵀ = I needs m ≥ d"));
                }

                return Matrix(NetworkFamilies.Whitened(rng, d, m));
            },
            a => $"{a[0]}×{a[1]} whitened data (XXᵀ = I)",
            (a, v) => IsMatrix(v, Int(a[0]), Int(a[1])) && IsNear(v.Matrix.TransposeAndMultiply(v.Matrix), Identity(Int(a[0]))));
        yield return new ValueGenerator(
            "scalar", ["lo", "hi"], "real number uniform in [lo, hi]",
            (a, at, rng) =>
            {
                var (lo, hi) = Interval(a, at);
                return ExpressionValue.OfScalar(lo + ((hi - lo) * rng.NextDouble()));
            },
            a => $"uniform in [{a[0]}, {a[1]}]",
            InInterval);
        yield return new ValueGenerator(
            "loguniform", ["lo", "hi"], "real number with log uniform in [log lo, log hi] (0 < lo ≤ hi)",
            (a, at, rng) =>
            {
                var (lo, hi) = Interval(a, at);
                if (!(lo > 0))
                {
                    throw Fail(at, "needs 0 < lo for a log-uniform draw");
                }

                return ExpressionValue.OfScalar(RandomMatrices.LogUniform(rng, lo, hi));
            },
            a => $"log-uniform in [{a[0]}, {a[1]}]",
            InInterval);
        yield return new ValueGenerator(
            "integer", ["lo", "hi"], "integer uniform in lo..hi",
            (a, at, rng) =>
            {
                int lo = ExpressionEvaluator.Integer(a[0], at, "lo"), hi = ExpressionEvaluator.Integer(a[1], at, "hi");
                return hi >= lo ? ExpressionValue.OfScalar(rng.Next(lo, hi + 1)) : throw Fail(at, "needs lo ≤ hi");
            },
            a => $"integer uniform in {a[0]}..{a[1]}",
            (a, v) => InInterval(a, v) && Math.Round(v.Scalar) == v.Scalar);
        yield return Choose();
        yield return Tuple("balanced", "-", _ => NetworkFamilies.DescribeBalanced() + ", product of rank min dⱼ", null);
        yield return Tuple("nearbalanced", "eps", NetworkFamilies.DescribeNearBalanced, "eps");
        yield return Tuple("rankdeficient", "k", NetworkFamilies.DescribeRankDeficient, "k");
        yield return Tuple("tinyscale", "s", NetworkFamilies.DescribeTinyScale, "s");
        yield return Tuple("gaussiantuple", "std", NetworkFamilies.DescribeGaussian, "std");
    }

    private static ValueGenerator Choose() => new(
        "choose", ["a", "…"], "one of the listed values, each with equal probability",
        (a, at, rng) => a.Count == 0 ? throw Fail(at, "needs at least one value") : a[rng.Next(a.Count)],
        a => "one of " + string.Join(", ", a) + " uniformly",
        (a, v) => a.Any(x => x.Kind == v.Kind && x.ToString() == v.ToString()));

    private static ValueGenerator Tuple(string name, string parameter, Func<string, string> summary, string? extra)
    {
        string[] parameters = extra is null ? ["N", "dmin", "dmax"] : ["N", "dmin", "dmax", parameter];
        return new ValueGenerator(
            name,
            parameters,
            "tuple (W₁, …, W_N), widths d₀…d_N uniform in dmin..dmax: " + summary(parameter),
            (a, at, rng) => SampleTuple(name, a, at, rng),
            a => $"depth {a[0]}, widths d₀…d_N uniform in {a[1]}..{a[2]}: " + summary(a.Count > 3 ? a[3] : parameter),
            name == "gaussiantuple" ? GaussianTupleSupport : null);
    }

    private static ExpressionValue SampleTuple(string name, IReadOnlyList<ExpressionValue> a, CallExpr at, System.Random rng)
    {
        int n = Size(a[0], at, "N");
        int dmin = Size(a[1], at, "dmin"), dmax = Size(a[2], at, "dmax");
        if (dmax < dmin)
        {
            throw Fail(at, "needs dmin ≤ dmax");
        }

        var widths = Enumerable.Range(0, n + 1).Select(_ => rng.Next(dmin, dmax + 1)).ToArray();
        return ExpressionValue.OfTuple(name switch
        {
            "gaussiantuple" => NetworkFamilies.Gaussian(rng, widths, ExpressionEvaluator.AsScalar(a[3], at)),
            "rankdeficient" => NetworkFamilies.RankDeficient(rng, widths, Count(a[3], at, "k")),
            "tinyscale" => NetworkFamilies.TinyScale(rng, widths, ExpressionEvaluator.AsScalar(a[3], at)),
            "nearbalanced" => NetworkFamilies.NearBalanced(rng, widths, ExpressionEvaluator.AsScalar(a[3], at)),
            _ => NetworkFamilies.Balanced(rng, widths, widths.Min()),
        });
    }

    /// <summary>The support of <c>gaussiantuple(N, dmin, dmax, std)</c>: N factors Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁} with widths in
    /// dmin..dmax (all zero when std = 0). The balanced kinds state no support: their factors are tied together.</summary>
    private static bool GaussianTupleSupport(IReadOnlyList<ExpressionValue> a, ExpressionValue v)
    {
        if (v.Kind != ValueKind.Tuple || v.Tuple.Count != Int(a[0]))
        {
            return false;
        }

        int dmin = Int(a[1]), dmax = Int(a[2]);
        var factors = v.Tuple;
        bool widthsOk = factors.All(f => f.RowCount >= dmin && f.RowCount <= dmax && f.ColumnCount >= dmin && f.ColumnCount <= dmax)
            && Enumerable.Range(1, factors.Count - 1).All(j => factors[j].ColumnCount == factors[j - 1].RowCount);
        return widthsOk && (a[3].Scalar != 0 || factors.All(f => f.FrobeniusNorm() == 0));
    }

    private static bool InInterval(IReadOnlyList<ExpressionValue> a, ExpressionValue v)
        => v.Kind == ValueKind.Scalar && v.Scalar >= a[0].Scalar && v.Scalar <= a[1].Scalar;

    private static bool IsMatrix(ExpressionValue v, int rows, int columns)
        => v.Kind == ValueKind.Matrix && v.Matrix.RowCount == rows && v.Matrix.ColumnCount == columns;

    private static bool IsNear(Matrix<double> a, Matrix<double> b) => (a - b).InfinityNorm() <= 1e-12;

    private static Matrix<double> Identity(int n) => Matrix<double>.Build.DenseIdentity(n);

    private static int Int(ExpressionValue v) => (int)Math.Round(v.Scalar);

    private static ExpressionValue Matrix(Matrix<double> m) => ExpressionValue.OfMatrix(m);

    private static int Size(ExpressionValue v, CallExpr at, string what)
    {
        int n = ExpressionEvaluator.Integer(v, at, "the size " + what);
        return n is >= 1 and <= 2000 ? n : throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"has size {what} = {n}; sizes must lie in 1..2000"));
    }

    private static int Count(ExpressionValue v, CallExpr at, string what)
    {
        int n = ExpressionEvaluator.Integer(v, at, what);
        return n >= 0 ? n : throw Fail(at, string.Create(CultureInfo.InvariantCulture, $"has {what} = {n}; it must be ≥ 0"));
    }

    private static (double Lo, double Hi) Interval(IReadOnlyList<ExpressionValue> a, CallExpr at)
    {
        double lo = ExpressionEvaluator.AsScalar(a[0], at), hi = ExpressionEvaluator.AsScalar(a[1], at);
        return double.IsFinite(lo) && double.IsFinite(hi) && lo <= hi ? (lo, hi) : throw Fail(at, "needs finite lo ≤ hi");
    }

    private static ExpressionException Fail(CallExpr at, string rule) => new($"'{at}' (position {at.Position}) {rule}", at.Position);
}
