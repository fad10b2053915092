using System.Collections.Concurrent;
using DeepLinear.Symbolic.Free;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The exact survey of constructed critical points used by the lcc checks of Section 3 and the supplement: for every
/// size (d_y, d₁, dₓ) of the tier, every rank r = 0, …, d_y and every index set I of size r, one critical point
/// (<see cref="LccPoint.Critical"/>) with S_Y of distinct random rationals, together with its exact Hessian inertia
/// (n₋, n₀, n₊), the nullity of the Jacobian of (8), and the dimension of the solution space of (13). Cached per
/// (seed, tier): a pure function of both.
/// </summary>
internal sealed class LccSurvey
{
    private static readonly ConcurrentDictionary<(ulong, bool), LccSurvey> Cache = new();

    private LccSurvey(IReadOnlyList<Entry> entries, string sizes)
    {
        Entries = entries;
        Sizes = sizes;
    }

    /// <summary>The absolute eigenvalue tolerance of the numeric engine's inertia (the constructed points have entries of
    /// order 1, so nonzero eigenvalues are far above it).</summary>
    public const double NumericInertiaTolerance = 1e-7;

    /// <summary>The sizes (d_y, d₁, dₓ) of the fast tier.</summary>
    public static readonly (int Dy, int D1, int Dx)[] FastSizes = [(2, 2, 2), (2, 2, 3), (2, 3, 3), (3, 3, 3), (2, 3, 4)];

    /// <summary>The additional sizes of the thorough tier.</summary>
    public static readonly (int Dy, int D1, int Dx)[] ThoroughSizes = [(3, 3, 4), (3, 4, 4), (4, 4, 4), (3, 4, 5)];

    public IReadOnlyList<Entry> Entries { get; }

    /// <summary>The sizes in words.</summary>
    public string Sizes { get; }

    /// <summary>The survey for a seed and tier.</summary>
    public static LccSurvey For(ulong seed, bool thorough) => Cache.GetOrAdd((seed, thorough), key => Build(key.Item1, key.Item2));

    private static LccSurvey Build(ulong seed, bool thorough)
    {
        var sizes = thorough ? [.. FastSizes, .. ThoroughSizes] : FastSizes;
        var entries = new List<Entry>();
        int stream = 0;
        foreach (var (dy, d1, dx) in sizes)
        {
            var random = RandomSource.For(Mix(seed, (ulong)stream++));
            var s = LccPoint.DistinctValues(dy, random);
            for (int r = 0; r <= dy; r++)
            {
                foreach (var set in LccPoint.Subsets(dy, r))
                {
                    var point = LccPoint.Critical(dy, d1, dx, s, set, random, general: (stream + r) % 2 == 0);
                    entries.Add(Analyse(point));
                }
            }
        }

        return new LccSurvey(entries, string.Join(", ", sizes.Select(z => $"({z.Dy}, {z.D1}, {z.Dx})")));
    }

    private static ulong Mix(ulong seed, ulong stream)
    {
        ulong z = seed + ((stream + 101) * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The exact analysis of one critical point.</summary>
    public static Entry Analyse(LccPoint point)
    {
        var hessian = point.Hessian();
        var inertia = ExactLinearAlgebra.Inertia(hessian);
        int jacobianNullity = point.Rank == 0 ? -1 : ExactLinearAlgebra.NullSpace(ConstraintJacobian(point)).Count;
        var t13 = ExactLinearAlgebra.MatrixOfMap(point.Parameters, v => Linearized(point, v));
        int sol13 = point.Parameters - ExactLinearAlgebra.Rank(t13);
        var numeric = DeepLinearHessian.Inertia(point.ToNetwork(), point.ToData(), NumericInertiaTolerance);
        return new Entry(point, inertia, jacobianNullity, sol13, (numeric.Negative, numeric.Zero, numeric.Positive));
    }

    /// <summary>D_C^r = 2d₁r − r² + (d₁ − r)(dₓ − d_y) of (11).</summary>
    public static int DC(int d1, int dx, int dy, int r) => (2 * d1 * r) - (r * r) + ((d1 - r) * (dx - dy));

    /// <summary>U_S^r of (12).</summary>
    public static int US(int d1, int dx, int dy, int r) => DC(d1, dx, dy, r) + ((dy - r) * (d1 - r)) + 1;

    /// <summary>The perturbation (w₁, w₂) = ([a | b], c) of a coordinate vector (W̄₁ row-major, then W̄₂ row-major).</summary>
    public static (RationalMatrix A, RationalMatrix B, RationalMatrix C) Split(LccPoint p, Rational[] v)
    {
        int offset = 0;
        var w1 = ExactLinearAlgebra.Read(v, ref offset, p.D1, p.Dx);
        var w2 = ExactLinearAlgebra.Read(v, ref offset, p.Dy, p.D1);
        return (ExactLinearAlgebra.Columns(w1, 0, p.Dy), ExactLinearAlgebra.Columns(w1, p.Dy, p.Dx - p.Dy), w2);
    }

    /// <summary>The coordinate vector of a perturbation (a, b, c).</summary>
    public static Rational[] Join(RationalMatrix a, RationalMatrix b, RationalMatrix c)
        => ExactLinearAlgebra.Flatten(ExactLinearAlgebra.HorizontalConcat(a, b), c);

    /// <summary>The left-hand minus right-hand sides of (13) at ξ: (cᵀM − Cᵀ(cA + Ca), Cb + cB, aMᵀ − A(cA + Ca)ᵀ).</summary>
    public static Rational[] Linearized(LccPoint p, Rational[] v)
    {
        var (a, b, c) = Split(p, v);
        var m = p.M;
        var inner = (c * p.A) + (p.C * a);
        var first = ExactLinearAlgebra.Minus(c.Transpose() * m, p.C.Transpose() * inner);
        var second = (p.C * b) + (c * p.B);
        var third = ExactLinearAlgebra.Minus(a * m.Transpose(), p.A * inner.Transpose());
        return ExactLinearAlgebra.Flatten(first, second, third);
    }

    /// <summary>The Jacobian of (Ā, B, C̄) ↦ (C̄Ā − D_Y, C̄B) at the point (variables Ā, B, C̄ row-major).</summary>
    public static RationalMatrix ConstraintJacobian(LccPoint p)
    {
        int r = p.Rank, d1 = p.D1, db = p.Dx - p.Dy;
        int n = (d1 * r) + (d1 * db) + (r * d1);
        return ExactLinearAlgebra.MatrixOfMap(n, v =>
        {
            int o = 0;
            var aBar = ExactLinearAlgebra.Read(v, ref o, d1, r);
            var b = ExactLinearAlgebra.Read(v, ref o, d1, db);
            var cBar = ExactLinearAlgebra.Read(v, ref o, r, d1);
            return ExactLinearAlgebra.Flatten((cBar * p.ABar!) + (p.CBar! * aBar), (cBar * p.B) + (p.CBar! * b));
        });
    }

    /// <summary>The tangent vectors of Crit_r at the point: the null space of <see cref="ConstraintJacobian"/> mapped to
    /// Ξ-coordinates (ā into the columns I of A, c̄ into the rows I of C).</summary>
    public static List<Rational[]> TangentVectors(LccPoint p)
    {
        int r = p.Rank, d1 = p.D1, db = p.Dx - p.Dy;
        var result = new List<Rational[]>();
        foreach (var v in ExactLinearAlgebra.NullSpace(ConstraintJacobian(p)))
        {
            int o = 0;
            var aBar = ExactLinearAlgebra.Read(v, ref o, d1, r);
            var b = ExactLinearAlgebra.Read(v, ref o, d1, db);
            var cBar = ExactLinearAlgebra.Read(v, ref o, r, d1);
            var a = RationalMatrix.Build(d1, p.Dy, (i, j) => Array.IndexOf(p.Learned, j) is int k and >= 0 ? aBar[i, k] : Rational.Zero);
            var c = RationalMatrix.Build(p.Dy, d1, (i, j) => Array.IndexOf(p.Learned, i) is int k and >= 0 ? cBar[k, j] : Rational.Zero);
            result.Add(Join(a, b, c));
        }

        return result;
    }

    /// <summary>The exact analysis of a constructed critical point.</summary>
    /// <param name="Point">The point.</param>
    /// <param name="Inertia">The exact inertia of ∇²L (n₋, n₀, n₊).</param>
    /// <param name="JacobianNullity">The nullity of the Jacobian of (8) (−1 for r = 0).</param>
    /// <param name="Solutions13">The dimension of the solution space of (13).</param>
    /// <param name="NumericInertia">The inertia from the numeric engine (<see cref="DeepLinearHessian.Inertia"/>, absolute
    /// tolerance <see cref="NumericInertiaTolerance"/>), for cross-checking the engine against the exact value.</param>
    internal sealed record Entry(LccPoint Point, (int Negative, int Zero, int Positive) Inertia, int JacobianNullity, int Solutions13, (int Negative, int Zero, int Positive) NumericInertia)
    {
        public bool EngineAgrees => NumericInertia == Inertia;

        public int Rank => Point.Rank;

        public int DC => LccSurvey.DC(Point.D1, Point.Dx, Point.Dy, Point.Rank);

        public bool IsSaddleRank => Point.Rank >= 1 && Point.Rank <= Point.Dy - 1;

        public string InertiaText => $"(n₋, n₀, n₊) = ({Inertia.Negative}, {Inertia.Zero}, {Inertia.Positive})";
    }
}
