using DeepLinear.Numeric.Losses;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using static DeepLinear.Checks.Papers.Acgh.AcghCheckSupport;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>Procedure 1 (balanced initialization) of acgh: its two defining properties (footnote 5) exactly for
/// diagonal targets and numerically for random targets; the shared singular values of 0-balanced layers (Section 3.1);
/// the saddle at the origin (Appendix D.3).</summary>
public static class BalancedInitializationChecks
{
    /// <summary>Procedure 1 numerically (the engine's implementation): the product and the 0-balancedness at round-off.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("procedure-one-gives-balanced-factorization-numerically")]
    internal static CheckResult ProcedureOneNumerically(CheckContext context) => ProcedureOneNumeric(context, productOnly: false);

    /// <summary>Footnote 5 (i): W_N⋯W₁ = A exactly, entry-wise for diagonal targets.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("procedure-one-product-equals-target-exactly", Parameters = ["root-offset"])]
    internal static CheckResult ProcedureOneProduct(CheckContext context) =>
        ProcedureOneSymbolic(context.ClaimId, productProperty: true, rootOffset: (int)Variant(context, "root-offset", 0));

    /// <summary>Footnote 5 (ii): the factors of Procedure 1 are 0-balanced, exactly for diagonal targets.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("procedure-one-factors-balanced-exactly", Parameters = ["root-offset"])]
    internal static CheckResult ProcedureOneBalanced(CheckContext context) =>
        ProcedureOneSymbolic(context.ClaimId, productProperty: false, rootOffset: (int)Variant(context, "root-offset", 0));

    /// <summary>The origin is a saddle of L^N for N ≥ 2.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("origin-is-saddle-of-deep-loss")]
    internal static CheckResult OriginSaddle(CheckContext context) => OriginIsSaddle(context);

    /// <summary>The width configurations of the exact Procedure-1 proofs (d₀, …, d_N), hidden widths ≥ min{d₀, d_N}.</summary>
    private static readonly int[][] ProcedureOneShapes =
    [
        [2, 2, 2], [3, 2, 1], [1, 3, 2], [2, 3, 3, 2], [3, 2, 2, 1], [1, 2, 1, 3], [2, 2, 3, 2, 2], [1, 1, 1, 1, 1, 1],
    ];

    /// <summary>
    /// Footnote 5 of acgh exactly, for diagonal targets: with A = pad(diag(b₁^N, …, b_k^N)) (bᵢ symbols standing for
    /// σᵢ^{1/N} &gt; 0, so the SVD is U = pad(I), V = pad(I) and Σ^{1/N} = diag(bᵢ)), step (iii) gives W_N = pad(diag b),
    /// W_j = pad(diag b), W₁ = pad(diag b); the claim is W_N⋯W₁ = A (product) or W_{j+1}ᵀW_{j+1} = WⱼWⱼᵀ (balanced),
    /// compared entry-wise over ℚ[b] for the shapes in <see cref="ProcedureOneShapes"/>. Public for the negative control:
    /// <paramref name="rootOffset"/> ≠ 0 uses Σ^{1/(N + offset)} (A = pad(diag b^{N+offset})), which must be refuted.
    /// </summary>
    /// <param name="claimId">The claim id (for the witness).</param>
    /// <param name="productProperty">True: W_N⋯W₁ = A; false: 0-balancedness.</param>
    /// <param name="rootOffset">0 for the printed Σ^{1/N}.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult ProcedureOneSymbolic(string claimId, bool productProperty, int rootOffset = 0)
    {
        var steps = new List<string>();
        foreach (var dims in ProcedureOneShapes)
        {
            int n = dims.Length - 1;
            int k = Math.Min(dims[0], dims[n]);
            var names = new VariableNames();
            var b = Enumerable.Range(0, k).Select(i => Polynomial.Variable(names.Fresh($"b{i + 1}", $"b_{{{i + 1}}}"))).ToArray();
            var factors = Enumerable.Range(1, n).Select(j => SymbolicMatrix.Build(dims[j], dims[j - 1], (r, c) => r == c && r < k ? b[r] : Polynomial.Zero)).ToArray();
            var product = factors[0];
            for (int j = 1; j < n; j++)
            {
                product = factors[j] * product;
            }

            string shape = "d = (" + string.Join(",", dims) + ")";
            if (productProperty)
            {
                var a = SymbolicMatrix.Build(dims[n], dims[0], (r, c) => r == c && r < k ? b[r].Pow(n + rootOffset) : Polynomial.Zero);
                var outcome = EntrywiseIdentity.Check(product, a, names);
                if (!outcome.Proved)
                {
                    return Refutation(claimId, shape, outcome, "W_N⋯W₁ ≠ A");
                }

                steps.Add($"{shape}: W_N⋯W₁ = pad(diag(b^{n})) = A entry-wise over ℚ[b]");
            }
            else
            {
                for (int j = 1; j < n; j++)
                {
                    var lhs = factors[j].Transpose() * factors[j];
                    var rhs = factors[j - 1] * factors[j - 1].Transpose();
                    if (rootOffset != 0)
                    {
                        rhs = rhs * rhs;
                    }

                    var outcome = EntrywiseIdentity.Check(lhs, rhs, names);
                    if (!outcome.Proved)
                    {
                        return Refutation(claimId, $"{shape}, j = {j}", outcome, "W_{j+1}ᵀW_{j+1} ≠ WⱼWⱼᵀ");
                    }
                }

                steps.Add($"{shape}: W_(j+1)ᵀW_(j+1) = pad(diag(b²)) = WⱼWⱼᵀ for every j entry-wise over ℚ[b]");
            }
        }

        steps.Add("for a general A = UΣVᵀ the same holds after the orthogonal changes of basis W_N ↦ UᵀW_N, W₁ ↦ W₁V (checked numerically in acgh/proc1)");
        return ExactScoped("entry-wise for diagonal targets, 8 shapes with N ∈ {2, 3, 4, 5}", steps, "padding", "canonical polynomial form");
    }

    /// <summary>
    /// Procedure 1 numerically (Initializations.BalancedFor, the engine's implementation) on random A: W_N⋯W₁ = A and
    /// 0-balancedness to round-off. Public for the negative control: <paramref name="gaussianLayers"/> replaces the
    /// procedure by independent Gaussian layers, which must be refuted.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="productOnly">True: only the product property; false: product and 0-balancedness.</param>
    /// <param name="gaussianLayers">Negative control switch.</param>
    /// <returns>The result.</returns>
    public static CheckResult ProcedureOneNumeric(CheckContext context, bool productOnly, bool gaussianLayers = false) =>
        new InequalityCheck<Draw>
        {
            ClaimId = context.ClaimId,
            Family = "Procedure 1 (engine Initializations.BalancedFor / AcghProcedure1) for N ∈ [1, 5], d₀, d_N ∈ [1, 4], hidden widths in "
                + "[min{d₀, d_N}, 5], A Gaussian of scale 10^[−3, 2] (half of them rank-deficient or with a tiny singular value): "
                + "‖W_N⋯W₁ − A‖_F and max_j ‖W_{j+1}ᵀW_{j+1} − WⱼWⱼᵀ‖_F at round-off (relative 10⁻¹⁰)",
            Generator = DrawGen(12),
            Evaluate = d =>
            {
                int n = d.Int(0, 1, 5), d0 = d.Int(1, 1, 4), dn = d.Int(2, 1, 4);
                int k = Math.Min(d0, dn);
                var widths = new int[n + 1];
                widths[0] = d0;
                widths[n] = dn;
                for (int j = 1; j < n; j++)
                {
                    widths[j] = d.Int(2 + j, k, 5);
                }

                var rng = RandomSource.For(d.Seed(8));
                double scale = d.LogUniform(9, -3, 2);
                var values = Enumerable.Range(0, k).Select(i => d.Int(10, 0, 2) switch { 0 => scale * (1 + i), 1 => i == k - 1 ? 0 : scale * (1 + i), _ => i == k - 1 ? 1e-9 * scale : scale * (1 + i) }).ToArray();
                var a = d.Int(11, 0, 1) == 0 ? RandomMatrices.WithSingularValues(rng, dn, d0, values) : RandomMatrices.Gaussian(rng, dn, d0, scale);
                var dims = new LayerDimensions(widths);
                var w = gaussianLayers ? Initializations.Gaussian(dims, Math.Pow(scale, 1.0 / n), d.Seed(8)).Factors() : Initializations.BalancedFor(a, dims).Factors();
                if (gaussianLayers)
                {
                    a = Partial(w, n, 1);
                }

                double size = Math.Pow(Math.Max(Spectral(a), 1e-300), 2.0 / n);
                double productError = (Partial(w, n, 1) - a).FrobeniusNorm() / Math.Max(a.FrobeniusNorm(), 1e-300);
                double imbalance = n > 1 ? ImbalanceFrobenius(w).Max() / size : 0;
                return InstanceOutcome.Identity(productOnly ? productError : Math.Max(productError, imbalance), 0, 1e-10);
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 80,
        }.Run(context);

    private static CheckResult OriginIsSaddle(CheckContext context) =>
        new InequalityCheck<Draw>
        {
            ClaimId = context.ClaimId,
            Family = "N ∈ [2, 5], d₀, d_N ∈ [1, 4], Φ Gaussian, directions from Procedure 1 with ⟨W_{1:N}, Φ⟩ ≠ 0 and their sign-flipped copies "
                + "(one layer negated), ε = 10⁻²: ∇L^N(0) = 0, L^N(εW) < L^N(0) < L^N(εW⁻)",
            Generator = DrawGen(6),
            Evaluate = d =>
            {
                int n = d.Int(0, 2, 5), d0 = d.Int(1, 1, 4), dn = d.Int(2, 1, 4);
                int k = Math.Min(d0, dn);
                var widths = Enumerable.Range(0, n + 1).Select(j => j == 0 ? d0 : j == n ? dn : k).ToArray();
                var rng = RandomSource.For(d.Seed(3));
                var phi = RandomMatrices.Gaussian(rng, dn, d0);
                var dims = new LayerDimensions(widths);
                var loss = new WhitenedLoss(phi);
                var zero = Initializations.Gaussian(dims, 0, 1);
                double gradientAtZero = loss.Gradient(zero).Sum(g => g.FrobeniusNorm());
                var a = phi + RandomMatrices.Gaussian(rng, dn, d0, 0.1);
                var w = Initializations.BalancedFor(a, dims).Factors();
                const double eps = 1e-2;
                double dot = Partial(w, n, 1).PointwiseMultiply(phi).Enumerate().Sum();
                if (dot == 0)
                {
                    return InstanceOutcome.Rejected("⟨W_{1:N}, Φ⟩ = 0");
                }

                // Orient the direction so that ⟨W_{1:N}, Φ⟩ > 0 (negating one layer negates the product).
                var down = w.Select((f, j) => j == 0 && dot < 0 ? -eps * f : eps * f).ToArray();
                var up = down.Select((f, j) => j == 0 ? -f : f).ToArray();
                double l0 = loss.Value(zero);
                double lDown = loss.Value(new DeepLinearNetwork(down));
                double lUp = loss.Value(new DeepLinearNetwork(up));
                if (gradientAtZero != 0)
                {
                    return InstanceOutcome.Inequality(gradientAtZero, 0);
                }

                // L(εW) < L(0) < L(εW⁻) (the strictness shows in the reported ratios < 1).
                var first = InstanceOutcome.Inequality(lDown, l0);
                var second = InstanceOutcome.Inequality(l0, lUp);
                return first.Ratio >= second.Ratio ? first : second;
            },
            Describe = d => d.ToString(),
            Shrink = ShrinkDraw,
            Instances = 50,
        }.Run(context);
}
