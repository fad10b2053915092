using DeepLinear.Symbolic.Free;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The exact checks at constructed critical points of lcc's one-hidden-layer loss (5), Section 3.2 and the supplement:
/// every check runs on the exact rational survey of critical points (<see cref="LccSurvey"/>: every size of the tier,
/// every rank r and index set) or on a small exact witness. Lemma 2 and (7), the count of U (text12), (8), the loss at
/// critical points, the decomposition of Crit(L), Proposition 2 with its proof steps, (10), Lemma 3, (11)–(14), the
/// counts in the proof of Lemma 4 and the inertia proxy for the codimension-two claim. Every Hessian inertia and kernel
/// dimension is exact (rational Hessian, congruence diagonalisation).
/// </summary>
public static class ExactCriticalPointChecks
{
    /// <summary>A critical point of rank 0 (A = 0, C = 0): <c>consequence</c> says what it contradicts.</summary>
    [ClaimCheck("rank-zero-critical-point-exists", Parameters = ["consequence"])]
    internal static CheckResult RankZeroCriticalPointExists(CheckContext context) => RankZeroCriticalPoint(context.Argument("consequence"));

    /// <summary>Lemma 2: Ker A = Ker Cᵀ at every critical point, and the basis change (7) as printed (refuted).</summary>
    [ClaimCheck("kernels-agree-and-printed-basis-change-fails")]
    internal static CheckResult KernelsAgreeAndPrintedBasisChangeFails(CheckContext context) => LccOutcomes.Combine(KernelsAgree(context), SignedDiagonalBasisChangeFails(context));

    /// <summary>Ker A = Ker Cᵀ at every constructed critical point and at flow limits.</summary>
    /// <remarks>Negative control <c>mutation: non-critical-point</c>: every point with r &lt; d_y replaced by the
    /// non-critical point with C[j, 0] increased by 1 for the first unlearned j, so that Cᵀe_j ≠ 0 = Ae_j (refuted).</remarks>
    [ClaimCheck("kernel-of-a-equals-kernel-of-c-transpose", Parameters = ["mutation"])]
    internal static CheckResult KernelOfAEqualsKernelOfCTranspose(CheckContext context)
    {
        bool nonCritical = ClaimMutation.Read(context, "non-critical-point") == "non-critical-point";
        return CriticalPointFlowLimits.Extend(context, KernelsAgree(context, nonCritical), CriticalPointFlowLimits.KernelViolation, "rank A = rank Cᵀ = rank [A; Cᵀ] (numerical ranks)");
    }

    /// <summary>(8) at every constructed critical point and at flow limits.</summary>
    /// <remarks>Negative control <c>mutation: cbar-b-nonzero</c>: every point with r ≥ 1 and dₓ &gt; d_y replaced by the
    /// point with the same Ā, C̄ (so C̄Ā = D_Y) and B + C̄ᵀE, E = e₁e₁ᵀ, so that C̄B ≠ 0 (C̄C̄ᵀ ≻ 0): not critical (refuted).</remarks>
    [ClaimCheck("critical-points-have-the-learned-block-structure", Parameters = ["mutation"])]
    internal static CheckResult LearnedBlockStructure(CheckContext context)
    {
        bool cbarBNonzero = ClaimMutation.Read(context, "cbar-b-nonzero") == "cbar-b-nonzero";
        return CriticalPointFlowLimits.Extend(context, EightStructure(context, cbarBNonzero), CriticalPointFlowLimits.BlockStructureViolation, "with I = the nonzero columns of A: C̄Ā = D_Y, C̄B = 0, zero unlearned columns of A and rows of C");
    }

    /// <summary>L = ½‖E_Y‖²_F at every constructed critical point and at flow limits.</summary>
    [ClaimCheck("critical-loss-is-half-the-unlearned-squares")]
    internal static CheckResult CriticalLossIsHalfTheUnlearnedSquares(CheckContext context)
        => CriticalPointFlowLimits.Extend(context, CriticalLoss(context), CriticalPointFlowLimits.LossViolation, "L = ½‖E_Y‖²_F with E_Y the unlearned values");

    /// <summary>No critical point is a local maximum: ∇²L has a positive eigenvalue everywhere on Crit(L).</summary>
    /// <remarks>Negative control <c>mutation: negated-loss</c>: the same claim for −L, whose Hessian ∇²(−L) = −∇²L has
    /// the negative eigenvalues of ∇²L as its positive ones; it fails at the global minima of L (refuted).</remarks>
    [ClaimCheck("hessian-has-a-positive-eigenvalue-at-every-critical-point", Parameters = ["mutation"])]
    internal static CheckResult NoLocalMaximum(CheckContext context)
    {
        bool negated = ClaimMutation.Read(context, "negated-loss") == "negated-loss";
        return LccOutcomes.Survey(context, "every constructed critical point, r = 0, …, d_y", _ => true,
            e => (negated ? e.Inertia.Negative : e.Inertia.Positive) >= 1 ? null : $"no positive eigenvalue of {(negated ? "∇²(−L)" : "∇²L")}: {e.InertiaText} (of ∇²L)",
            negated ? "∇²(−L) has a positive eigenvalue (exact inertia), so no critical point is a local maximum of −L" : "∇²L has a positive eigenvalue (exact inertia), so no critical point is a local maximum");
    }

    /// <summary>Proposition 2 as a whole: (i) as printed, (ii), (iii) and the variety.</summary>
    [ClaimCheck("limit-set-minima-and-saddles")]
    internal static CheckResult LimitSetMinimaAndSaddles(CheckContext context)
        => LccOutcomes.Combine(PrintedLimitSetMissesHalf(context), MinimaAreFullRank(context), SaddlesHaveBothCurvatures(context), CriticalVariety(context));

    /// <summary>The kernel of b ↦ Cb has dimension (d₁ − r)(dₓ − d_y) at every saddle.</summary>
    [ClaimCheck("kernel-of-b-to-cb-has-the-printed-dimension")]
    internal static CheckResult KernelOfBToCb(CheckContext context) => LccOutcomes.SaddleSurvey(context,
        e =>
        {
            var p = e.Point;
            int db = p.Dx - p.Dy;
            var map = ExactLinearAlgebra.MatrixOfMap(p.D1 * db, v => { int o = 0; return ExactLinearAlgebra.Flatten(p.C * ExactLinearAlgebra.Read(v, ref o, p.D1, db)); });
            int nullity = (p.D1 * db) - ExactLinearAlgebra.Rank(map);
            int claimed = (p.D1 - p.Rank) * db;
            return nullity == claimed ? null : string.Create(CultureInfo.InvariantCulture, $"nullity of b ↦ Cb is {nullity}, printed (d₁ − r)(dₓ − d_y) = {claimed}");
        },
        "the kernel of b ↦ Cb has dimension (d₁ − r)(dₓ − d_y) (exact rank–nullity)");

    /// <summary>The kernel of (a₁, c₁) ↦ C̄a₁ + c₁Ā has dimension 2rd₁ − r² at every saddle.</summary>
    [ClaimCheck("kernel-of-learned-block-map-has-the-printed-dimension")]
    internal static CheckResult KernelOfLearnedBlockMap(CheckContext context) => LccOutcomes.SaddleSurvey(context,
        e =>
        {
            var p = e.Point;
            int r = p.Rank;
            var map = ExactLinearAlgebra.MatrixOfMap((p.D1 * r) + (r * p.D1), v =>
            {
                int o = 0;
                var a1 = ExactLinearAlgebra.Read(v, ref o, p.D1, r);
                var c1 = ExactLinearAlgebra.Read(v, ref o, r, p.D1);
                return ExactLinearAlgebra.Flatten((p.CBar! * a1) + (c1 * p.ABar!));
            });
            int nullity = (2 * p.D1 * r) - ExactLinearAlgebra.Rank(map);
            int claimed = (2 * r * p.D1) - (r * r);
            return nullity == claimed ? null : string.Create(CultureInfo.InvariantCulture, $"nullity {nullity}, printed 2rd₁ − r² = {claimed}");
        },
        "the kernel of (a₁, c₁) ↦ C̄a₁ + c₁Ā has dimension 2rd₁ − r² (exact rank–nullity)");

    private static LccPoint SmallSaddle(Rational s1, Rational s2, int learned)
    {
        // d_y = d₁ = dₓ = 2, learned index 'learned' (0-based), Ā = e₁, C̄ = s_learned·e₁ᵀ (so C̄Ā = D_Y).
        var s = new[] { s1, s2 };
        var aBar = RationalMatrix.Build(2, 1, (i, _) => i == 0 ? Rational.One : Rational.Zero);
        var cBar = RationalMatrix.Build(1, 2, (_, j) => j == 0 ? s[learned] : Rational.Zero);
        return LccPoint.FromStructure(s, [learned], aBar, cBar, ExactLinearAlgebra.Zero(2, 0));
    }

    private static CheckResult RankZeroCriticalPoint(string consequence)
    {
        var s = new Rational[] { 2, 1 };
        var b = ExactLinearAlgebra.Of(new[,] { { 1 }, { 1 } });
        var point = LccPoint.FromBlocks(s, ExactLinearAlgebra.Zero(2, 2), b, ExactLinearAlgebra.Zero(2, 2));
        if (!point.IsCritical || ExactLinearAlgebra.Rank(point.A) != 0)
        {
            throw new InvalidOperationException("The rank-0 witness is not a critical point; the witness construction is wrong.");
        }

        return LccOutcomes.Counterexample(
            "d_y = d₁ = 2, dₓ = 3, S_Y = diag(2, 1), A = 0, C = 0, B = (1, 1)ᵀ: ∇_A L = −CᵀM = 0, ∇_B L = CᵀCB = 0, ∇_C L = −MAᵀ + CBBᵀ = 0 (exact), so Ξ ∈ Crit(L) with rank A = rank C = 0 and L = ½‖S_Y‖²_F = 5/2",
            @"d_y = d_1 = 2,\ d_x = 3,\ S_Y = \mathrm{diag}(2,1),\ A = 0,\ C = 0,\ B = (1,1)^T",
            "a critical point of rank 0: " + consequence);
    }

    private static CheckResult KernelsAgree(CheckContext context, bool nonCritical = false) => LccOutcomes.Survey(
        context,
        "every constructed critical point, r = 0, …, d_y (C̄ = D_YĀ⁺ + Z with Z ≠ 0 on half of them)",
        _ => true,
        e =>
        {
            var p = nonCritical && e.Point.Unlearned.Length > 0 ? WithUnlearnedRowOfC(e.Point) : e.Point;
            int na = p.Dy - ExactLinearAlgebra.Rank(p.A);
            int nc = p.Dy - ExactLinearAlgebra.Rank(p.C.Transpose());
            int both = p.Dy - ExactLinearAlgebra.Rank(ExactLinearAlgebra.Stack(p.A, p.C.Transpose()));
            return na == nc && nc == both && p.IsCritical ? null
                : $"dim Ker A = {na}, dim Ker Cᵀ = {nc}, dim(Ker A ∩ Ker Cᵀ) = {both}{(ReferenceEquals(p, e.Point) ? string.Empty : $" at the mutated point {p.Describe()} (critical: {p.IsCritical})")}";
        },
        "Ker A = Ker Cᵀ (dim Ker A = dim Ker Cᵀ = dim(Ker A ∩ Ker Cᵀ), exact ranks)");

    /// <summary>(7) as printed: a signed diagonal U cannot bring A to [Ā | 0] at a saddle learning the second value.</summary>
    [ClaimCheck("signed-diagonal-basis-change-fails-at-a-saddle")]
    internal static CheckResult SignedDiagonalBasisChangeFails(CheckContext context)
    {
        var point = SmallSaddle(2, 1, learned: 1);
        if (!point.IsCritical)
        {
            throw new InvalidOperationException("The (7) witness is not critical.");
        }

        // US = SU with S = diag(2, 1): (US − SU)_{ij} = U_{ij}(s_j − s_i) = 0 forces U diagonal; orthogonal ⇒ U = diag(±1, ±1).
        var failures = new List<string>();
        foreach (int u1 in new[] { 1, -1 })
        {
            foreach (int u2 in new[] { 1, -1 })
            {
                var u = ExactLinearAlgebra.Of(new[,] { { u1, 0 }, { 0, u2 } });
                var au = point.A * u;
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"U = diag({u1}, {u2}): AU = {au} (second column ≠ 0)"));
                if (au[0, 1].IsZero && au[1, 1].IsZero && !(au[0, 0].IsZero && au[1, 0].IsZero))
                {
                    throw new InvalidOperationException("The (7) witness admits a U; the witness is wrong.");
                }
            }
        }

        return LccOutcomes.Counterexample(
            "d_y = d₁ = dₓ = 2, S_Y = diag(2, 1), critical point learning the second singular value: A = [[0, 1], [0, 0]], C = [[0, 0], [1, 0]] (CA = diag(0, 1), CᵀM = 0, MAᵀ = 0 exactly), r = 1",
            @"S_Y = \mathrm{diag}(2,1),\ A = \begin{pmatrix}0&1\\0&0\end{pmatrix},\ C = \begin{pmatrix}0&0\\1&0\end{pmatrix}",
            "U⁻¹S_YU = S_Y with distinct diagonal entries forces U_{ij}(s_j − s_i) = 0, i.e. U ∈ {diag(±1, ±1)}; for all four, AU has a nonzero second column, so AU = [Ā | 0_{2×1}] with Ā ∈ ℝ^{2×1} fails: "
            + string.Join("; ", failures) + ". The printed third line must read UᵀS_YU = a re-ordering of S_Y (lcc/eq7~fixed)");
    }

    /// <summary>The permutation putting the learned indices first brings A, Cᵀ to block form (fixed (7)).</summary>
    [ClaimCheck("permutation-puts-learned-indices-first")]
    internal static CheckResult PermutationPutsLearnedIndicesFirst(CheckContext context) => LccOutcomes.Survey(
        context,
        "constructed critical points with r ≥ 1",
        e => e.Rank >= 1,
        e =>
        {
            var p = e.Point;
            var u = p.LearnedFirstPermutation;
            var au = p.A * u;
            var cu = p.C.Transpose() * u;
            var usu = u.Transpose() * p.SY * u;
            int r = p.Rank;
            bool ok = ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(ExactLinearAlgebra.Columns(au, 0, r), p.ABar!))
                && ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Columns(au, r, p.Dy - r))
                && ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(ExactLinearAlgebra.Columns(cu, 0, r), p.CBar!.Transpose()))
                && ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Columns(cu, r, p.Dy - r))
                && Enumerable.Range(0, p.Dy).All(i => Enumerable.Range(0, p.Dy).All(j => i == j || usu[i, j].IsZero));
            return ok ? null : "the permutation putting I first does not give AU = [Ā | 0], CᵀU = [C̄ᵀ | 0] with UᵀS_YU diagonal";
        },
        "with U the permutation matrix putting the learned indices first, AU = [Ā | 0], CᵀU = [C̄ᵀ | 0] and UᵀS_YU is diagonal (a re-ordering of S_Y), exactly; U is a permutation matrix (fixed reading of (7); with the printed third line U would have to be diag(±1))");

    /// <summary>The negative control of Lemma 2: C with C[j, 0] increased by 1 at the first unlearned index j
    /// (a point that is not critical, with Ker Cᵀ ≠ Ker A).</summary>
    private static LccPoint WithUnlearnedRowOfC(LccPoint p)
    {
        int j = p.Unlearned[0];
        var c = RationalMatrix.Build(p.Dy, p.D1, (i, k) => i == j && k == 0 ? p.C[i, k] + Rational.One : p.C[i, k]);
        return LccPoint.FromBlocks(p.S, p.A, p.B, c);
    }

    /// <summary>The negative control of (8): the same Ā, C̄ with B + C̄ᵀE, E = e₁e₁ᵀ (r × (dₓ − d_y)), so that
    /// C̄Ā = D_Y still holds but C̄B changes by C̄C̄ᵀE ≠ 0 (C̄ has full row rank r).</summary>
    private static LccPoint WithCBarBNonzero(LccPoint p)
    {
        var shift = RationalMatrix.Build(p.Rank, p.Dx - p.Dy, (i, k) => i == 0 && k == 0 ? Rational.One : Rational.Zero);
        var cbt = p.CBar!.Transpose() * shift;
        var b = RationalMatrix.Build(p.D1, p.Dx - p.Dy, (i, k) => p.B[i, k] + cbt[i, k]);
        return LccPoint.FromStructure(p.S, p.Learned, p.ABar!, p.CBar!, b);
    }

    private static CheckResult EightStructure(CheckContext context, bool cbarBNonzero = false) => LccOutcomes.Survey(
        context,
        "constructed critical points with r ≥ 1",
        e => e.Rank >= 1,
        e =>
        {
            var p = cbarBNonzero && e.Point.Dx > e.Point.Dy ? WithCBarBNonzero(e.Point) : e.Point;
            var order = p.LearnedFirst;
            var u = p.LearnedFirstPermutation;
            var mu = u.Transpose() * p.M * u;
            int r = p.Rank;
            var dY = RationalMatrix.Build(r, r, (i, j) => i == j ? p.S[p.Learned[i]] : Rational.Zero);
            bool ok = p.IsCritical
                && ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(p.CBar! * p.ABar!, dY))
                && ExactLinearAlgebra.IsZero(p.CBar! * p.B)
                && Enumerable.Range(0, p.Dy).All(i => Enumerable.Range(0, p.Dy).All(j =>
                    (i >= r && j >= r && i == j) ? mu[i, j] == p.S[order[i]] : mu[i, j].IsZero))
                && ExactLinearAlgebra.Rank(p.ABar!) == r && ExactLinearAlgebra.Rank(p.CBar!) == r;
            return ok ? null : ReferenceEquals(p, e.Point) ? "(8) fails" : $"(8) fails at the mutated point {p.Describe()} (C̄B = 0: {ExactLinearAlgebra.IsZero(p.CBar! * p.B)}, critical: {p.IsCritical})";
        },
        "∇L = 0, C̄Ā = D_Y, C̄B = 0, UᵀMU = diag(0, E_Y), Ā and C̄ᵀ of full rank r, exactly");

    private static CheckResult CriticalLoss(CheckContext context) => LccOutcomes.Survey(
        context,
        "every constructed critical point, r = 0, …, d_y",
        _ => true,
        e => e.Point.IsCritical && e.Point.Loss == e.Point.HalfUnlearnedSquares ? null : $"L = {e.Point.Loss} ≠ ½‖E_Y‖²_F = {e.Point.HalfUnlearnedSquares}",
        "L(Ξ) = ½‖E_Y‖²_F exactly");

    /// <summary>Proposition 2(i) as printed: the limit 1/8 at a constant trajectory is not in the printed set.</summary>
    [ClaimCheck("printed-limit-set-misses-the-factor-half")]
    internal static CheckResult PrintedLimitSetMissesHalf(CheckContext context)
    {
        var s = new[] { Rational.One, new Rational(1, 2) };
        var a = ExactLinearAlgebra.Of(new[,] { { 1, 0 }, { 0, 0 } });
        var c = ExactLinearAlgebra.Of(new[,] { { 1, 0 }, { 0, 0 } });
        var point = LccPoint.FromBlocks(s, a, ExactLinearAlgebra.Zero(2, 0), c);
        if (!point.IsCritical)
        {
            throw new InvalidOperationException("The prop2#i witness is not critical.");
        }

        var printed = new[] { Rational.Zero, s[0] * s[0], s[1] * s[1], (s[0] * s[0]) + (s[1] * s[1]) };
        if (printed.Contains(point.Loss))
        {
            throw new InvalidOperationException("The prop2#i witness value is in the printed set.");
        }

        return LccOutcomes.Counterexample(
            "d_y = d₁ = dₓ = 2, Σ_Y = S_Y = diag(1, ½), Ξ = (A = C = e₁e₁ᵀ): a critical point (∇L = 0 exactly), so the GDD trajectory starting there is constant and L along it has the limit L(Ξ) = ½(½)² = 1/8",
            @"S_Y = \mathrm{diag}(1, \tfrac12),\ A = C = e_1e_1^T,\ \lim L = \tfrac18",
            "1/8 is not in the printed set {0, 1/4, 1, 5/4} of sums of squares of subsets of {1, ½}; the limits are ½Σ_{j∈J} s_j² (L carries the factor ½, lcc/text13), see lcc/prop2#i~fixed");
    }

    /// <summary>Proposition 2(i) fixed: every J is attained, with limit ½Σ_{j∈J} s_j².</summary>
    [ClaimCheck("limit-values-are-half-the-unlearned-squares")]
    internal static CheckResult LimitSetWithHalf(CheckContext context)
    {
        var survey = LccSurvey.For(context.Seed, context.Thorough);
        var byPoint = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        int count = 0;
        foreach (var e in survey.Entries)
        {
            var p = e.Point;
            count++;
            if (!p.IsCritical || p.Loss != p.HalfUnlearnedSquares)
            {
                return LccOutcomes.Counterexample(
            p.Describe(), p.Describe(), $"limit L = {p.Loss} ≠ ½Σ_J s_j² = {p.HalfUnlearnedSquares}");
            }

            string key = string.Join(",", p.S.Select(x => x.ToString())) + "|" + p.D1 + "|" + p.Dx;
            if (!byPoint.TryGetValue(key, out var set))
            {
                byPoint[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(string.Join(",", p.Unlearned));
        }

        foreach (var (key, sets) in byPoint)
        {
            int dy = key.Split('|')[0].Split(',').Length;
            if (sets.Count != 1 << dy)
            {
                return LccOutcomes.Counterexample(
            key, key, "not every subset J was attained");
            }
        }

        return CheckResult.Verified(
            string.Create(CultureInfo.InvariantCulture, $"{count} constructed critical points (constant GDD trajectories), every subset J of every size {survey.Sizes}; flow limits from random starts: lcc/thm1"),
            new NumericEvidence("every J ⊆ {1, …, d_y} is attained as a limit, with value ½Σ_{j∈J} s_j² exactly; the set of limits equals the fixed set", count, 0, 0, 0, null, null));
    }

    /// <summary>(ii): r = d_y gives L = 0 and ∇²L ⪰ 0; r &lt; d_y a negative eigenvalue.</summary>
    /// <remarks>Negative control <c>mutation: corank-one-minimum</c>: the claim that the r = d_y − 1 points are local minima
    /// too (L = 0, M = 0, ∇²L ⪰ 0 demanded there); they are saddles, so it is refuted.</remarks>
    [ClaimCheck("local-minima-are-the-full-rank-critical-points", Parameters = ["mutation"])]
    internal static CheckResult MinimaAreFullRank(CheckContext context)
    {
        bool corankOneCountsAsMinimum = ClaimMutation.Read(context, "corank-one-minimum") == "corank-one-minimum";
        return LccOutcomes.Survey(
            context,
            "every constructed critical point, r = 0, …, d_y",
            _ => true,
            e =>
            {
                var p = e.Point;
                if (p.Rank == p.Dy || (corankOneCountsAsMinimum && p.Rank == p.Dy - 1))
                {
                    return p.Loss.IsZero && ExactLinearAlgebra.IsZero(p.M) && e.Inertia.Negative == 0 ? null : $"r = {p.Rank} (d_y = {p.Dy}) taken for a minimum but L = {p.Loss}, {e.InertiaText}";
                }

                return e.Inertia.Negative >= 1 ? null : $"r = {p.Rank} < d_y but no negative eigenvalue: {e.InertiaText} (a local minimum outside Crit_{{d_y}})";
            },
            "r = d_y: L = 0, M = 0, ∇²L ⪰ 0 (exact inertia, n₋ = 0); r < d_y (r = 0 included): n₋ ≥ 1, so no other local minimum");
    }

    /// <summary>(iii): every saddle has a negative and a positive Hessian eigenvalue (exact; the numeric inertia agrees).</summary>
    [ClaimCheck("saddles-have-negative-and-positive-curvature")]
    internal static CheckResult SaddlesHaveBothCurvatures(CheckContext context)
    {
        var disagreement = LccSurvey.For(context.Seed, context.Thorough).Entries.FirstOrDefault(x => !x.EngineAgrees);
        if (disagreement is not null)
        {
            return CheckResult.Inconclusive(
                "exact and numeric Hessian inertia",
                new InconclusiveEvidence(
                    $"the numeric engine's inertia {disagreement.NumericInertia} differs from the exact {disagreement.InertiaText} at {disagreement.Point.Describe()}",
                    "exact congruence diagonalisation against DeepLinearHessian.Inertia",
                    0));
        }

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in LccSurvey.For(context.Seed, context.Thorough).Entries.Where(x => x.IsSaddleRank))
        {
            string key = string.Create(CultureInfo.InvariantCulture, $"n₋ = {e.Inertia.Negative}");
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        string distribution = string.Join(", ", counts.Select(kv => $"{kv.Key}: {kv.Value} points"));
        return LccOutcomes.Survey(
            context,
            "constructed saddles, 1 ≤ r ≤ d_y − 1, every index set",
            e => e.IsSaddleRank,
            e => e.Inertia.Negative >= 1 && e.Inertia.Positive >= 1 ? null : $"not a strict saddle: {e.InertiaText}",
            "∇²L has a negative and a positive eigenvalue (exact inertia; the numeric engine's DeepLinearHessian.Inertia agrees at every point); distribution of n₋: " + distribution);
    }

    /// <summary>(iii): the zero set of (8) has tangent dimension D_C^r > 0.</summary>
    [ClaimCheck("saddle-stratum-has-the-tangent-dimension")]
    internal static CheckResult CriticalVariety(CheckContext context) => LccOutcomes.SaddleSurvey(
        context,
        e => e.JacobianNullity == e.DC && e.DC > 0 && !ExactLinearAlgebra.IsZero(e.Point.M)
            ? null
            : $"tangent dimension of (8) = {e.JacobianNullity}, D_C^r = {e.DC}",
        "the zero set of (8) has tangent dimension (nullity of the exact Jacobian of (C̄Ā − D_Y, C̄B)) D_C^r > 0 and E_Y ≠ 0");

    /// <summary>The proof of Proposition 2: ξ = (0, b, c) with Cb + cB ≠ 0 gives H_Ξ(ξ) > 0.</summary>
    [ClaimCheck("positive-direction-exists-at-critical-points")]
    internal static CheckResult PositiveDirection(CheckContext context)
    {
        var random = RandomSource.For(context.DeriveSeed(7));
        return LccOutcomes.Survey(
            context,
            "constructed critical points with B ≠ 0 or C ≠ 0",
            e => !ExactLinearAlgebra.IsZero(e.Point.B) || !ExactLinearAlgebra.IsZero(e.Point.C),
            e =>
            {
                var p = e.Point;
                if (p.Dx == p.Dy)
                {
                    return "dₓ = d_y (allowed by Assumption 1): B and b are empty (d₁×0 matrices), so Cb + cB ∈ ℝ^{d_y×0} is always 0 — no ξ with Cb + cB ≠ 0 exists although C ≠ 0, contrary to 'such ξ always exists for at least one of B, C away from 0'. The conclusion (no local maximum) still holds: ∇²L has a positive eigenvalue at every critical point (lcc/text7)";
                }

                for (int attempt = 0; attempt < 20; attempt++)
                {
                    var b = RationalMatrix.Build(p.D1, p.Dx - p.Dy, (_, _) => random.Next(-2, 3));
                    var c = RationalMatrix.Build(p.Dy, p.D1, (_, _) => random.Next(-2, 3));
                    if (ExactLinearAlgebra.IsZero((p.C * b) + (c * p.B)))
                    {
                        continue;
                    }

                    var h = QuadraticForm(p, ExactLinearAlgebra.Zero(p.D1, p.Dy), b, c);
                    return h.Sign > 0 ? null : $"H_Ξ(0, b, c) = {h} ≤ 0 with Cb + cB ≠ 0";
                }

                return "no ξ with Cb + cB ≠ 0 found in 20 attempts";
            },
            "ξ = (a = 0, b, c) with Cb + cB ≠ 0 gives H_Ξ(ξ) = ½ξᵀ∇²Lξ > 0 exactly");
    }

    /// <summary>H_Ξ(ξ) = ½ξᵀ∇²L(Ξ)ξ from the exact Hessian (independent of the printed formula).</summary>
    private static Rational QuadraticForm(LccPoint p, RationalMatrix a, RationalMatrix b, RationalMatrix c)
    {
        var v = LccSurvey.Join(a, b, c);
        var h = p.Hessian();
        var sum = Rational.Zero;
        for (int i = 0; i < v.Length; i++)
        {
            if (v[i].IsZero)
            {
                continue;
            }

            for (int j = 0; j < v.Length; j++)
            {
                sum += v[i] * h[i, j] * v[j];
            }
        }

        return sum * new Rational(1, 2);
    }

    /// <summary>The proof of Proposition 2 as printed: the value of H_Ξ along the chosen direction.</summary>
    [ClaimCheck("printed-negative-direction-value-differs")]
    internal static CheckResult PrintedNegativeDirectionValueDiffers(CheckContext context)
    {
        // Saddle: S_Y = diag(2, 1), A = e₁e₁ᵀ, C = 2e₁e₁ᵀ (learns s₁), M = diag(0, 1), no B (dₓ = d_y).
        var point = SmallSaddle(2, 1, learned: 0);
        var c = RationalMatrix.Build(2, 2, (i, j) => (i, j) switch { (1, 0) => new Rational(1, 4), (1, 1) => Rational.One, _ => Rational.Zero });
        var c0 = Rational.One;
        var m = point.M;
        var a = c0 * (c.Transpose() * m);
        var b = ExactLinearAlgebra.Zero(2, 0);
        var mtc = ExactLinearAlgebra.FrobeniusSquared(m.Transpose() * c);
        var cct = ExactLinearAlgebra.FrobeniusSquared(point.C * c.Transpose());
        var exact = QuadraticForm(point, a, b, c);
        var printed = (-c0 * ExactLinearAlgebra.FrobeniusSquared(c.Transpose() * m)) + (new Rational(1, 2) * ExactLinearAlgebra.FrobeniusSquared(c * point.A));
        if (!point.IsCritical || mtc <= cct || exact == printed)
        {
            throw new InvalidOperationException("The prop2#proof-negative witness does not have the intended properties.");
        }

        return LccOutcomes.Counterexample(
            string.Create(CultureInfo.InvariantCulture, $"d_y = d₁ = dₓ = 2, S_Y = diag(2, 1), saddle A = e₁e₁ᵀ, C = 2e₁e₁ᵀ (M = diag(0, 1)), c = [[0, 0], [1/4, 1]] with ‖Mᵀc‖²_F = {mtc} > ‖Ccᵀ‖²_F = {cct} (the proof's condition), b = 0 (Cb + cB = 0), c₀ = 1, a = c₀cᵀM"),
            @"S_Y = \mathrm{diag}(2,1),\ A = e_1e_1^T,\ C = 2e_1e_1^T,\ c = \begin{pmatrix}0&0\\ 1/4&1\end{pmatrix},\ c_0 = 1",
            string.Create(CultureInfo.InvariantCulture, $"H_Ξ(ξ) = {exact} (exact, from the Hessian) but the printed right-hand side −c₀‖cᵀM‖²_F + ½‖cA‖²_F = {printed}: the dropped term ½‖c₀CcᵀM‖²_F needs Ccᵀ = 0 (the choice of (10)), not CᵀM = 0 as cited; see lcc/prop2#proof-negative~fixed"));
    }

    /// <summary>(10): c from Ker C̄ gives a direction of negative curvature at every saddle.</summary>
    /// <remarks>Negative control <c>mutation: learned-rows-nonzero</c>: c₁ ≠ 0, the learned rows of c set to the rows of
    /// C̄ (not in Ker C̄), so that Ccᵀ ⊇ C̄C̄ᵀ ≠ 0 violates (10) (refuted).</remarks>
    [ClaimCheck("negative-direction-from-the-kernel-of-c-bar", Parameters = ["mutation"])]
    internal static CheckResult NegativeDirectionFromKernel(CheckContext context)
    {
        bool learnedRowsNonzero = ClaimMutation.Read(context, "learned-rows-nonzero") == "learned-rows-nonzero";
        return LccOutcomes.SaddleSurvey(
            context,
            e =>
            {
                var p = e.Point;
                var kernel = ExactLinearAlgebra.NullSpace(p.CBar!);
                if (kernel.Count == 0)
                {
                    return "Ker C̄ = {0}";
                }

                // c with rows I zero and rows J = unlearned equal to c₂; c₂ᵀ = first kernel vector in every column.
                var unlearned = p.Unlearned;
                var c = RationalMatrix.Build(p.Dy, p.D1, (i, j) => Array.IndexOf(unlearned, i) >= 0 ? kernel[0][j]
                    : learnedRowsNonzero ? p.CBar![Array.IndexOf(p.Learned, i), j] : Rational.Zero);
                var m = p.M;
                bool tenHolds = ExactLinearAlgebra.IsZero(p.C.Transpose() * m) && ExactLinearAlgebra.IsZero(p.C * c.Transpose()) && !ExactLinearAlgebra.IsZero(c.Transpose() * m);
                if (!tenHolds)
                {
                    return "the constructed c does not satisfy (10)";
                }

                var ctm = ExactLinearAlgebra.FrobeniusSquared(c.Transpose() * m);
                var rest = (ExactLinearAlgebra.FrobeniusSquared(c * p.A) + ExactLinearAlgebra.FrobeniusSquared(c * p.B)) * new Rational(1, 2);
                var c0 = (rest / ctm) + Rational.One;
                var a = c0 * (c.Transpose() * m);
                var h = QuadraticForm(p, a, ExactLinearAlgebra.Zero(p.D1, p.Dx - p.Dy), c);
                var formula = (-c0 * ctm) + rest;
                return h == formula && h.Sign < 0 ? null : $"H_Ξ(ξ) = {h}, formula −c₀‖cᵀM‖² + ½‖cA‖² + ½‖cB‖² = {formula}";
            },
            "c = U[0; c₂] with c₂ᵀ ∈ Ker C̄ satisfies (10) (CᵀM = 0, Ccᵀ = 0, cᵀM ≠ 0) exactly; with a = c₀cᵀM, b = 0: H_Ξ(ξ) = −c₀‖cᵀM‖²_F + ½‖cA‖²_F + ½‖cB‖²_F < 0 for c₀ = 1 + (½‖cA‖² + ½‖cB‖²)/‖cᵀM‖² (exact, Hessian-based)");
    }

    /// <summary>Lemma 3: the tangent space of Crit_r has dimension ≤ D_C^r.</summary>
    [ClaimCheck("critical-stratum-dimension-at-most-dc")]
    internal static CheckResult CriticalDimension(CheckContext context) => LccOutcomes.Survey(
        context,
        "constructed saddles, 1 ≤ r ≤ d_y − 1, every index set",
        e => e.IsSaddleRank,
        e => e.JacobianNullity <= e.DC && e.Inertia.Zero <= e.DC
            ? null
            : $"tangent dimension {e.JacobianNullity} or dim Ker ∇²L = {e.Inertia.Zero} exceeds D_C^r = {e.DC}",
        "the tangent space of (8) (exact Jacobian nullity) and Ker ∇²L (which contains the tangent space of Crit_r) have dimension ≤ 2d₁r − r² + (d₁ − r)(dₓ − d_y); both are equal to it at every point (the bound is attained)");

    /// <summary>(11): the count and the rank of the constraints of (8).</summary>
    [ClaimCheck("constraint-count-closed-form")]
    internal static CheckResult ConstraintCount(CheckContext context)
    {
        var names = new Symbolic.Polynomials.VariableNames();
        var d1 = Symbolic.Polynomials.Polynomial.Variable(names.Fresh("d1", "d_1"));
        var r = Symbolic.Polynomials.Polynomial.Variable(names.Fresh("r", "r"));
        var dx = Symbolic.Polynomials.Polynomial.Variable(names.Fresh("dx", "d_x"));
        var dy = Symbolic.Polynomials.Polynomial.Variable(names.Fresh("dy", "d_y"));
        var lhs = (d1 * r) + (r * d1) + (d1 * (dx - dy)) - ((r * r) + (r * (dx - dy)));
        var rhs = (Rational.FromDouble(2) * (d1 * r)) - (r * r) + ((d1 - r) * (dx - dy));
        if (lhs != rhs)
        {
            return LccOutcomes.Counterexample(
            lhs.ToText(names), lhs.ToLatex(names), "the printed closed form differs from the count");
        }

        int points = 0;
        foreach (var e in LccSurvey.For(context.Seed, context.Thorough).Entries.Where(x => x.IsSaddleRank))
        {
            var p = e.Point;
            int constraints = ExactLinearAlgebra.Rank(LccSurvey.ConstraintJacobian(p));
            int expected = (p.Rank * p.Rank) + (p.Rank * (p.Dx - p.Dy));
            if (constraints != expected)
            {
                return LccOutcomes.Counterexample(
            p.Describe(), p.Describe(), $"the constraints of (8) have rank {constraints}, not r² + r(dₓ − d_y) = {expected}");
            }

            points++;
        }

        return ExactCheck.Proved(
            "polynomial identity over ℚ[d₁, r, dₓ, d_y]; constraint count by exact Jacobian rank",
            [
                "dim Ā + dim C̄ + dim B − dim{constraints} = d₁r + rd₁ + d₁(dₓ − d_y) − (r² + r(dₓ − d_y))",
                "= 2d₁r − r² + (d₁ − r)(dₓ − d_y) (canonical polynomial difference 0)",
                string.Create(CultureInfo.InvariantCulture, $"constraint count: the Jacobian of (C̄Ā − D_Y, C̄B) has rank r² + r(dₓ − d_y) (independent constraints) at all {points} constructed saddles"),
            ],
            "polynomial-identity",
            "exact-rank");
    }

    /// <summary>(12) overcounts: the solution space of (13) has dimension D_C^r.</summary>
    [ClaimCheck("saddle-count-overcounts-the-tangent-space")]
    internal static CheckResult SaddleCountOvercounts(CheckContext context)
    {
        var point = SmallSaddle(2, 1, learned: 0);
        var entry = LccSurvey.Analyse(point);
        int us = LccSurvey.US(2, 2, 2, 1);
        return LccOutcomes.Counterexample(
            "d_y = d₁ = dₓ = 2, r = 1, S_Y = diag(2, 1), saddle A = e₁e₁ᵀ, C = 2e₁e₁ᵀ",
            @"d_y = d_1 = d_x = 2,\ r = 1",
            string.Create(CultureInfo.InvariantCulture, $"the proof of Lemma 4 counts U_S^r = dim(solutions of (13)) + 1 with dim(solutions of (13)) = (d₁ − r)(dₓ − d_y) + 2rd₁ − r² + (d_y − r)(d₁ − r) = {us - 1}; exactly, the solution space of (13) has dimension {entry.Solutions13} (= D_C^r = {entry.DC}, = dim Ker ∇²L = {entry.Inertia.Zero}), so the count is {entry.Solutions13 + 1}, not {us}: the (d_y − r)(d₁ − r) term is spurious (lcc/lemma4#kernel-c2)"));
    }

    /// <summary>(13) is the tangent space of Crit_r.</summary>
    [ClaimCheck("tangent-space-solves-the-linearized-critical-equations")]
    internal static CheckResult TangentEquations(CheckContext context) => LccOutcomes.SaddleSurvey(
        context,
        e =>
        {
            var p = e.Point;
            var tangents = LccSurvey.TangentVectors(p);
            foreach (var t in tangents)
            {
                if (LccSurvey.Linearized(p, t).Any(x => !x.IsZero))
                {
                    return "a tangent vector of Crit_r violates (13)";
                }
            }

            return tangents.Count == e.Solutions13 ? null : $"solution space of (13) has dimension {e.Solutions13} but the tangent space of Crit_r has {tangents.Count}";
        },
        "every tangent vector of Crit_r (null space of the Jacobian of (8), mapped to Ξ) solves (13), and the solution space of (13) has the same dimension D_C^r: (13) is the tangent space, exactly");

    /// <summary>(14) and (13) have the same solution space.</summary>
    [ClaimCheck("change-of-basis-system-has-the-same-solutions")]
    internal static CheckResult ChangeOfBasisSystem(CheckContext context) => LccOutcomes.SaddleSurvey(
        context,
        e =>
        {
            var p = e.Point;
            int r = p.Rank, dy = p.Dy, d1 = p.D1;
            var order = p.LearnedFirst;
            var u = p.LearnedFirstPermutation;
            var eY = RationalMatrix.Build(dy - r, dy - r, (i, j) => i == j ? p.S[order[r + i]] : Rational.Zero);
            var eInv = ExactLinearAlgebra.Inverse(eY);
            var k = p.CBar!.Transpose() * p.CBar! * p.ABar! * p.ABar!.Transpose();
            int n = (d1 * dy) + (dy * d1);
            Rational[] First(Rational[] v)
            {
                int o = 0;
                var a = ExactLinearAlgebra.Read(v, ref o, d1, dy);
                var c = ExactLinearAlgebra.Read(v, ref o, dy, d1);
                var inner = (c * p.A) + (p.C * a);
                return ExactLinearAlgebra.Flatten(
                    ExactLinearAlgebra.Minus(c.Transpose() * p.M, p.C.Transpose() * inner),
                    ExactLinearAlgebra.Minus(a * p.M.Transpose(), p.A * inner.Transpose()));
            }

            Rational[] Fourteen(Rational[] v)
            {
                int o = 0;
                var a = ExactLinearAlgebra.Read(v, ref o, d1, dy);
                var c = ExactLinearAlgebra.Read(v, ref o, dy, d1);
                var au = a * u;
                var ctu = c.Transpose() * u;
                var a1 = ExactLinearAlgebra.Columns(au, 0, r);
                var a2 = ExactLinearAlgebra.Columns(au, r, dy - r);
                var c1 = ExactLinearAlgebra.Columns(ctu, 0, r).Transpose();
                var c2t = ExactLinearAlgebra.Columns(ctu, r, dy - r);
                return ExactLinearAlgebra.Flatten(
                    (p.CBar! * a1) + (c1 * p.ABar!),
                    ExactLinearAlgebra.Minus(c2t * eY * eY, k * c2t),
                    ExactLinearAlgebra.Minus(a2, p.ABar! * p.ABar!.Transpose() * c2t * eInv));
            }

            var t13 = ExactLinearAlgebra.MatrixOfMap(n, First);
            var t14 = ExactLinearAlgebra.MatrixOfMap(n, Fourteen);
            int r13 = ExactLinearAlgebra.Rank(t13), r14 = ExactLinearAlgebra.Rank(t14), both = ExactLinearAlgebra.Rank(ExactLinearAlgebra.Stack(t13, t14));
            return r13 == r14 && r14 == both ? null : $"ranks: (13) first/third {r13}, (14) {r14}, stacked {both} — different solution spaces";
        },
        "the first and third equations of (13) and the system (14) (in aU = [a₁ | a₂], cᵀU = [c₁ᵀ | c₂ᵀ]) have the same solution space in (a, c): equal exact ranks of both linear maps and of the two stacked");

    /// <summary>The Sylvester kernel of the proof of Lemma 4 is {0}, not of dimension (d_y − r)(d₁ − r).</summary>
    [ClaimCheck("sylvester-kernel-is-trivial")]
    internal static CheckResult SylvesterKernelIsTrivial(CheckContext context)
    {
        var cBar = ExactLinearAlgebra.Of(new[,] { { 2, 0 } });
        var aBar = ExactLinearAlgebra.Of(new[,] { { 1 }, { 0 } });
        var k = cBar.Transpose() * cBar * aBar * aBar.Transpose();
        var e2 = ExactLinearAlgebra.Of(new[,] { { 1 } });
        var map = ExactLinearAlgebra.MatrixOfMap(2, v =>
        {
            var x = RationalMatrix.Build(2, 1, (i, _) => v[i]);
            return ExactLinearAlgebra.Flatten(ExactLinearAlgebra.Minus(x * e2, k * x));
        });
        int nullity = 2 - ExactLinearAlgebra.Rank(map);
        return LccOutcomes.Counterexample(
            "d_y = d₁ = dₓ = 2, r = 1, S_Y = diag(2, 1) (distinct, Assumption 3), learned s₁ = 2: Ā = e₁, C̄ = 2e₁ᵀ (C̄Ā = D_Y = 2), E_Y = 1, K = C̄ᵀC̄ĀĀᵀ = diag(4, 0)",
            @"\bar A = e_1,\ \bar C = 2e_1^T,\ E_Y = 1,\ K = \mathrm{diag}(4, 0)",
            string.Create(CultureInfo.InvariantCulture, $"the kernel of c₂ ↦ c₂ᵀE_Y² − Kc₂ᵀ has dimension {nullity} (exact: (1 − 4)x₁ = 0, (1 − 0)x₂ = 0), not (d_y − r)(d₁ − r) = 1; in general it is {{0}} because the spectra of K (the learned s_i² and 0) and E_Y² (the unlearned s_j² > 0) are disjoint under Assumption 3"));
    }

    /// <summary>A Morse–Bott saddle with one negative Hessian eigenvalue (codimension one, not two).</summary>
    [ClaimCheck("saddle-with-one-negative-eigenvalue")]
    internal static CheckResult SaddleWithOneNegativeEigenvalue(CheckContext context)
    {
        var point = SmallSaddle(2, 1, learned: 0);
        var e = LccSurvey.Analyse(point);
        if (e.Inertia.Negative != 1)
        {
            throw new InvalidOperationException("The text18 witness does not have one negative eigenvalue.");
        }

        return LccOutcomes.Counterexample(
            "d_y = d₁ = dₓ = 2, r = 1, S_Y = diag(2, 1), the saddle learning the larger singular value: A = e₁e₁ᵀ, C = 2e₁e₁ᵀ",
            @"S_Y = \mathrm{diag}(2,1),\ A = e_1e_1^T,\ C = 2e_1e_1^T",
            string.Create(CultureInfo.InvariantCulture, $"exact inertia of ∇²L: {e.InertiaText} with n₀ = D_C¹ = {e.DC} (the kernel is exactly the tangent space of Crit₁, a Morse–Bott critical manifold), so only one negative eigenvalue: the stable set of this stratum has dimension D_C + n₊ = {e.DC + e.Inertia.Positive} = dim 𝒳 − 1, codimension one (still of measure zero, so Theorem 1's conclusion survives)"));
    }

    /// <summary>
    /// lcc (6), equivalence of the two systems, exactly: at every constructed critical point both residuals vanish; at the
    /// same points perturbed by a random rational ξ both residuals are nonzero (the systems fail together).
    /// </summary>
    [ClaimCheck("gradient-and-polynomial-critical-systems-agree")]
    internal static CheckResult CriticalSystemsAgree(CheckContext context)
    {
        var random = RandomSource.For(context.DeriveSeed(11));
        return LccOutcomes.Survey(
            context,
            "every constructed critical point and a random rational perturbation of it",
            _ => true,
            e =>
            {
                var p = e.Point;
                var q = LccPoint.FromBlocks(
                    p.S,
                    p.A + Symbolic.Free.RationalMatrix.Build(p.D1, p.Dy, (_, _) => new Rational(random.Next(-3, 4), 7)),
                    p.B + Symbolic.Free.RationalMatrix.Build(p.D1, p.Dx - p.Dy, (_, _) => new Rational(random.Next(-3, 4), 7)),
                    p.C + Symbolic.Free.RationalMatrix.Build(p.Dy, p.D1, (_, _) => new Rational(random.Next(-3, 4), 7)));
                bool left0 = GradientSystemZero(p), right0 = PolynomialSystemZero(p);
                bool left1 = GradientSystemZero(q), right1 = PolynomialSystemZero(q);
                return left0 && right0 && left1 == right1 ? null : $"gradient system zero: {left0}/{left1}, polynomial system zero: {right0}/{right1} (critical/perturbed)";
            },
            "{CᵀM = 0, CᵀCB = 0, MAᵀ − CBBᵀ = 0} and {CᵀS_Y = CᵀCA, CB = 0, AS_Y = AAᵀCᵀ} hold together (critical points) and fail together (perturbed points), exactly");
    }

    private static bool GradientSystemZero(LccPoint p)
    {
        var m = p.M;
        return ExactLinearAlgebra.IsZero(p.C.Transpose() * m)
            && ExactLinearAlgebra.IsZero(p.C.Transpose() * p.C * p.B)
            && ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(m * p.A.Transpose(), p.C * p.B * p.B.Transpose()));
    }

    private static bool PolynomialSystemZero(LccPoint p)
        => ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(p.C.Transpose() * p.SY, p.C.Transpose() * p.C * p.A))
            && ExactLinearAlgebra.IsZero(p.C * p.B)
            && ExactLinearAlgebra.IsZero(ExactLinearAlgebra.Minus(p.A * p.SY, p.A * p.A.Transpose() * p.C.Transpose()));
}
