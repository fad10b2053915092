using DeepLinear.Symbolic.Free;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// An exact rational point Ξ = (W̄₂, W̄₁) = (C, [A | B]) of the lcc single-hidden-layer reduced loss (5)
/// L = ½‖Σ_Y − W̄₂W̄₁‖²_F, Σ_Y = [S_Y | 0] ∈ ℚ^{d_y×dₓ}, S_Y = diag(s₁, …, s_{d_y}); and the constructor of critical
/// points of every rank r and every index set I of learned singular values (lcc (8)): Ā ∈ ℚ^{d₁×r} of full rank,
/// C̄ = D_Y(ĀᵀĀ)⁻¹Āᵀ + Z with ZĀ = 0 (so C̄Ā = D_Y), the columns of B in Ker C̄, A = [Ā | 0]Uᵀ and Cᵀ = [C̄ᵀ | 0]Uᵀ with
/// U the permutation that puts I first. Rank 0 is A = 0, C = 0, B arbitrary.
/// </summary>
internal sealed class LccPoint
{
    private LccPoint(int dy, int d1, int dx, Rational[] s, int[] learned, RationalMatrix a, RationalMatrix b, RationalMatrix c, RationalMatrix? aBar, RationalMatrix? cBar)
    {
        Dy = dy;
        D1 = d1;
        Dx = dx;
        S = s;
        Learned = learned;
        A = a;
        B = b;
        C = c;
        ABar = aBar;
        CBar = cBar;
    }

    public int Dy { get; }

    public int D1 { get; }

    public int Dx { get; }

    /// <summary>The diagonal of S_Y.</summary>
    public Rational[] S { get; }

    /// <summary>The learned index set I (0-based, increasing); r = |I|.</summary>
    public int[] Learned { get; }

    public int Rank => Learned.Length;

    public RationalMatrix A { get; }

    public RationalMatrix B { get; }

    public RationalMatrix C { get; }

    /// <summary>Ā (null for r = 0).</summary>
    public RationalMatrix? ABar { get; }

    /// <summary>C̄ (null for r = 0).</summary>
    public RationalMatrix? CBar { get; }

    /// <summary>The unlearned indices (complement of I).</summary>
    public int[] Unlearned => Enumerable.Range(0, Dy).Except(Learned).ToArray();

    /// <summary>The indices with the learned ones first: Learned, then Unlearned (the column order of U in (7)).</summary>
    public int[] LearnedFirst => [.. Learned, .. Unlearned];

    /// <summary>The permutation matrix U putting the learned indices first: U e_k = e_{LearnedFirst[k]}.</summary>
    public RationalMatrix LearnedFirstPermutation => RationalMatrix.Build(Dy, Dy, (i, j) => LearnedFirst[j] == i ? Rational.One : Rational.Zero);

    /// <summary>W̄₁ = [A | B].</summary>
    public RationalMatrix W1 => ExactLinearAlgebra.HorizontalConcat(A, B);

    /// <summary>W̄₂ = C.</summary>
    public RationalMatrix W2 => C;

    /// <summary>Σ_Y = [S_Y | 0].</summary>
    public RationalMatrix Sigma => RationalMatrix.Build(Dy, Dx, (i, j) => i == j ? S[i] : Rational.Zero);

    /// <summary>S_Y.</summary>
    public RationalMatrix SY => RationalMatrix.Build(Dy, Dy, (i, j) => i == j ? S[i] : Rational.Zero);

    /// <summary>M̄ = Σ_Y − W̄₂W̄₁.</summary>
    public RationalMatrix MBar => ExactLinearAlgebra.Minus(Sigma, W2 * W1);

    /// <summary>M = S_Y − CA.</summary>
    public RationalMatrix M => ExactLinearAlgebra.Minus(SY, C * A);

    /// <summary>The number of parameters d₁(dₓ + d_y).</summary>
    public int Parameters => D1 * (Dx + Dy);

    /// <summary>L = ½‖M̄‖²_F.</summary>
    public Rational Loss => ExactLinearAlgebra.FrobeniusSquared(MBar) * new Rational(1, 2);

    /// <summary>½ Σ_{j ∉ I} s_j², the printed loss at a critical point of index set I (lcc text after (8)).</summary>
    public Rational HalfUnlearnedSquares => Unlearned.Aggregate(Rational.Zero, (acc, j) => acc + (S[j] * S[j])) * new Rational(1, 2);

    /// <summary>The two gradient blocks (∇_{W̄₁}L, ∇_{W̄₂}L) = (−W̄₂ᵀM̄, −M̄W̄₁ᵀ) of (4), exactly.</summary>
    public (RationalMatrix GradW1, RationalMatrix GradW2) Gradient()
    {
        var m = MBar;
        return (Rational.MinusOne * (W2.Transpose() * m), Rational.MinusOne * (m * W1.Transpose()));
    }

    /// <summary>Whether ∇L(Ξ) = 0 exactly.</summary>
    public bool IsCritical
    {
        get
        {
            var (g1, g2) = Gradient();
            return ExactLinearAlgebra.IsZero(g1) && ExactLinearAlgebra.IsZero(g2);
        }
    }

    /// <summary>
    /// The exact Hessian ∇²L(Ξ) in the coordinates (W̄₁ row-major, then W̄₂ row-major): the bilinear form
    /// ⟨w₂W̄₁ + W̄₂w₁, v₂W̄₁ + W̄₂v₁⟩ − ⟨M̄, w₂v₁ + v₂w₁⟩, i.e. twice the second-order term H_Ξ of lcc Section 3.2.
    /// </summary>
    public Rational[,] Hessian()
    {
        int n1 = D1 * Dx, n = Parameters;
        var w1 = W1;
        var w2 = W2;
        var m = MBar;
        var jac = new RationalMatrix[n];
        for (int k = 0; k < n; k++)
        {
            var (e1, e2) = Unit(k);
            jac[k] = (e2 * w1) + (w2 * e1);
        }

        var h = new Rational[n, n];
        for (int k = 0; k < n; k++)
        {
            for (int l = k; l < n; l++)
            {
                var v = ExactLinearAlgebra.Inner(jac[k], jac[l]);
                if (k < n1 && l >= n1)
                {
                    // w₁ = E_{pq} (layer 1), v₂ = E_{st} (layer 2): v₂w₁ = δ_{tp} E_{sq}.
                    int p = k / Dx, q = k % Dx, s = (l - n1) / D1, t = (l - n1) % D1;
                    if (t == p)
                    {
                        v -= m[s, q];
                    }
                }

                h[k, l] = v;
                h[l, k] = v;
            }
        }

        return h;
    }

    /// <summary>The unit direction of coordinate k as (w₁, w₂).</summary>
    public (RationalMatrix W1, RationalMatrix W2) Unit(int k)
    {
        int n1 = D1 * Dx;
        return k < n1
            ? (RationalMatrix.Build(D1, Dx, (i, j) => (i * Dx) + j == k ? Rational.One : Rational.Zero), ExactLinearAlgebra.Zero(Dy, D1))
            : (ExactLinearAlgebra.Zero(D1, Dx), RationalMatrix.Build(Dy, D1, (i, j) => n1 + (i * D1) + j == k ? Rational.One : Rational.Zero));
    }

    /// <summary>The point as a network (W̄₁, W̄₂) for the numeric engine.</summary>
    public DeepLinearNetwork ToNetwork() => new(ToMathNet(W1), ToMathNet(W2));

    /// <summary>The reduced data (X = I_{dₓ}, Y = Σ_Y): the engine's loss ½‖Y − W̄₂W̄₁X‖²_F is then L of (2).</summary>
    public RegressionData ToData() => LccNumeric.ReducedData(ToMathNet(Sigma));

    /// <summary>A short description (sizes, S_Y, I).</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"d_y = {Dy}, d₁ = {D1}, dₓ = {Dx}, S_Y = diag({string.Join(", ", S.Select(x => x.ToString()))}), r = {Rank}, learned I = {{{string.Join(", ", Learned.Select(i => i + 1))}}}, A = {A}, B = {B}, C = {C}");

    /// <summary>Converts an exact matrix to a MathNet matrix.</summary>
    public static Matrix<double> ToMathNet(RationalMatrix m) => Matrix<double>.Build.Dense(m.Rows, m.Columns, (i, j) => m[i, j].ToDouble());

    /// <summary>A point from given blocks (not necessarily critical).</summary>
    public static LccPoint FromBlocks(Rational[] s, RationalMatrix a, RationalMatrix b, RationalMatrix c)
        => new(c.Rows, a.Rows, a.Columns + b.Columns, s, [], a, b, c, null, null);

    /// <summary>A critical point given by its blocks together with its index set I and (Ā, C̄) (not re-derived).</summary>
    public static LccPoint FromStructure(Rational[] s, int[] learned, RationalMatrix aBar, RationalMatrix cBar, RationalMatrix b)
    {
        int dy = s.Length, d1 = aBar.Rows;
        var a = RationalMatrix.Build(d1, dy, (i, j) => Array.IndexOf(learned, j) is int k and >= 0 ? aBar[i, k] : Rational.Zero);
        var c = RationalMatrix.Build(dy, d1, (i, j) => Array.IndexOf(learned, i) is int k and >= 0 ? cBar[k, j] : Rational.Zero);
        return new(dy, d1, dy + b.Columns, s, learned, a, b, c, aBar, cBar);
    }

    /// <summary>
    /// Builds a critical point of index set <paramref name="learned"/> (the construction above) with small random
    /// integer entries for Ā, Z and the coefficients of B in a basis of Ker C̄.
    /// </summary>
    /// <param name="dy">d_y ≥ 1.</param>
    /// <param name="d1">d₁ ≥ d_y.</param>
    /// <param name="dx">dₓ ≥ d₁.</param>
    /// <param name="s">The diagonal of S_Y (positive).</param>
    /// <param name="learned">The learned indices I (0-based, distinct).</param>
    /// <param name="random">The random source.</param>
    /// <param name="general">Whether to add a random Z ≠ 0 to C̄ (otherwise C̄ = D_YĀ⁺).</param>
    public static LccPoint Critical(int dy, int d1, int dx, Rational[] s, int[] learned, Random random, bool general = true)
    {
        var sorted = learned.OrderBy(i => i).ToArray();
        int r = sorted.Length;
        if (r == 0)
        {
            var b0 = RationalMatrix.Build(d1, dx - dy, (_, _) => random.Next(-2, 3));
            return new LccPoint(dy, d1, dx, s, sorted, ExactLinearAlgebra.Zero(d1, dy), b0, ExactLinearAlgebra.Zero(dy, d1), null, null);
        }

        RationalMatrix aBar;
        do
        {
            aBar = RationalMatrix.Build(d1, r, (_, _) => random.Next(-2, 3));
        }
        while (ExactLinearAlgebra.Rank(aBar) < r);

        var dY = RationalMatrix.Build(r, r, (i, j) => i == j ? s[sorted[i]] : Rational.Zero);
        var cBar = dY * ExactLinearAlgebra.Inverse(aBar.Transpose() * aBar) * aBar.Transpose();
        if (general && d1 > r)
        {
            var kernel = ExactLinearAlgebra.NullSpace(aBar.Transpose());
            var n = RationalMatrix.Build(d1, kernel.Count, (i, j) => kernel[j][i]);
            var z = RationalMatrix.Build(r, kernel.Count, (_, _) => random.Next(-1, 2)) * n.Transpose();
            cBar = cBar + z;
        }

        var cKernel = ExactLinearAlgebra.NullSpace(cBar);
        var kc = RationalMatrix.Build(d1, cKernel.Count, (i, j) => cKernel[j][i]);
        var b = kc * RationalMatrix.Build(cKernel.Count, dx - dy, (_, _) => random.Next(-2, 3));
        var a = RationalMatrix.Build(d1, dy, (i, j) => Array.IndexOf(sorted, j) is int k and >= 0 ? aBar[i, k] : Rational.Zero);
        var c = RationalMatrix.Build(dy, d1, (i, j) => Array.IndexOf(sorted, i) is int k and >= 0 ? cBar[k, j] : Rational.Zero);
        return new LccPoint(dy, d1, dx, s, sorted, a, b, c, aBar, cBar);
    }

    /// <summary>Distinct positive singular values s_i = (d_y + 1 − i)/… : 3, 2, 1, ½, … scaled (Assumption 3 holds).</summary>
    public static Rational[] DistinctValues(int dy, Random random)
    {
        var values = new List<Rational>();
        while (values.Count < dy)
        {
            var v = new Rational(random.Next(1, 13), random.Next(1, 5));
            if (!values.Contains(v))
            {
                values.Add(v);
            }
        }

        return [.. values];
    }

    /// <summary>All subsets of {0, …, n − 1} of size r, in lexicographic order.</summary>
    public static IEnumerable<int[]> Subsets(int n, int r)
    {
        if (r == 0)
        {
            yield return [];
            yield break;
        }

        for (int first = 0; first <= n - r; first++)
        {
            foreach (var rest in Subsets(n - first - 1, r - 1))
            {
                yield return [first, .. rest.Select(x => x + first + 1)];
            }
        }
    }
}
