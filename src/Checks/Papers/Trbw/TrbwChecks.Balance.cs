using DeepLinear.Symbolic.DepthGeneric;
using static DeepLinear.Checks.Papers.Trbw.TrbwInstances;
using static DeepLinear.Checks.Papers.Trbw.TrbwAppendixChecks;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>
/// The null-set remark of Section 4 (balanced tuples form a null set). Definition 2 (def2) and the preservation of
/// balancedness (text4 as an identity, text4#flow as a gradient-flow trajectory) are declarative, in catalog/trbw.yaml.
/// </content>
public static partial class TrbwChecks
{
    private sealed record TupleInstance(int Depth, int[] Widths, int Rank, double Scale, int Seed)
    {
        public DeepLinearNetwork Balanced()
        {
            var rng = Rng(Seed);
            return BalancedTuple(Widths, Spectrum(Math.Min(Rank, Widths.Min()), Scale, Seed % 3 == 0, rng), rng);
        }

        public DeepLinearNetwork Gaussian()
        {
            var rng = Rng(Seed);
            return new DeepLinearNetwork(Enumerable.Range(1, Depth).Select(j => GaussianMatrix(Widths[j], Widths[j - 1], Scale / Math.Sqrt(Widths[j - 1]), rng)).ToArray());
        }

        public override string ToString()
            => string.Create(CultureInfo.InvariantCulture, $"N = {Depth}, widths = ({string.Join(", ", Widths)}), rank {Rank}, scale {Scale}, seed {Seed}");
    }

    [ClaimCheck("balanced-tuples-are-a-polynomial-null-set")]
    private static CheckResult BalancedTuplesAreNull(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // p(W₁, …, W_N) = Σⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖²_F is a polynomial in the entries; witness W₁ = E₁₁, Wⱼ = 0 (j ≥ 2): the
        // defect of the first pair is −E₁₁E₁₁ᵀ = −E₁₁, so p = 1 exactly.
        var w1 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(1, 1, 1.0);
        var w2 = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(1, 1, 0.0);
        double p = Math.Pow(((w2.Transpose() * w2) - (w1 * w1.Transpose())).FrobeniusNorm(), 2);
        return p == 1
            ? ExactCheck.Proved(
                "all depths N ≥ 2 and all widths",
                [
                    "balanced ⇔ p(W₁, …, W_N) = Σⱼ‖Wⱼ₊₁ᵀWⱼ₊₁ − WⱼWⱼᵀ‖²_F = 0, a polynomial in the entries",
                    "witness W₁ = E₁₁ (the matrix unit), Wⱼ = 0 for j ≥ 2: the first defect is −E₁₁, p = 1 ≠ 0 (exact)",
                    "the zero set of a polynomial that is not identically zero has Lebesgue measure zero",
                    "hence the balanced tuples form a null set (the printed 'a set of zero' read as 'a set of measure zero')",
                ],
                "zero sets of nonzero polynomials are null", "exact witness")
            : ExactCheck.Counterexample("trbw/text8", "W₁ = E₁₁", "W_1 = E_{11}", "p(witness) ≠ 1");
    }
}
