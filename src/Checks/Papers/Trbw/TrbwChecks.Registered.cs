using static DeepLinear.Checks.Papers.Trbw.TrbwInstances;
using static DeepLinear.Checks.Papers.Trbw.TrbwAppendixChecks;

namespace DeepLinear.Checks.Papers.Trbw;

/// <content>
/// The trbw checks written in C#, registered by name for the <c>code:</c> form (<see cref="ClaimCheckAttribute"/>): each
/// name states what the check establishes; the claim ids that use them are in catalog/trbw.yaml.
/// </content>
public static partial class TrbwChecks
{
    /// <summary>Registered as <c>supervised-instances-have-rank-r-targets-and-full-rank-inputs</c>.</summary>
    [ClaimCheck("supervised-instances-have-rank-r-targets-and-full-rank-inputs")]
    private static CheckResult SupervisedInstancesHaveRankRTargetsAndFullRankInputs(CheckContext context) => SupervisedInstanceFamily(context);

    /// <summary>Registered as <c>printed-critical-point-svd-product-is-ill-shaped</c>.</summary>
    [ClaimCheck("printed-critical-point-svd-product-is-ill-shaped")]
    private static CheckResult PrintedCriticalPointSvdProductIsIllShaped(CheckContext context) => ExactCheck.ShapeError(
        "trbw/text11",
        "dₓ = 3, d_y = 2, k = 1: U_k ∈ ℝ^{dₓ×k} = ℝ^{3×1}, Σ_k ∈ ℝ^{1×1}, V_k ∈ ℝ^{d_y×k} = ℝ^{2×1} as printed",
        "U_kΣ_kV_k multiplies (3×1)·(1×1)·(2×1): inner dimensions 1 ≠ 2, undefined; it is defined only when d_y = k and then lies "
        + "in ℝ^{dₓ×k}, never in ℝ^{d_y×dₓ} for k < dₓ (also in the experiments' square case dₓ = d_y = d with k = r < d); "
        + "the reduced SVD is Q = U_kΣ_kV_kᵀ with U_k ∈ ℝ^{d_y×k}, V_k ∈ ℝ^{dₓ×k} (checked as trbw/text11~fixed)");

    /// <summary>Registered as <c>reduced-svd-critical-points-are-critical</c>.</summary>
    [ClaimCheck("reduced-svd-critical-points-are-critical")]
    private static CheckResult ReducedSvdCriticalPointsAreCritical(CheckContext context) => ReducedSvdShapes(context);

    /// <summary>Registered as <c>supervised-flow-limits-are-rank-r-minimizers</c>.</summary>
    [ClaimCheck("supervised-flow-limits-are-rank-r-minimizers")]
    private static CheckResult SupervisedFlowLimitsAreRankRMinimizers(CheckContext context) => SupervisedLimits(context);

    /// <summary>Registered as <c>noiseless-critical-point-is-the-true-parameter</c>.</summary>
    [ClaimCheck("noiseless-critical-point-is-the-true-parameter", Parameters = ["noise"])]
    private static CheckResult NoiselessCriticalPointIsTheTrueParameter(CheckContext context) =>
        CriticalPointIsTrueParameter(context, noise: context.Arguments.ContainsKey("noise") ? context.NumberArgument("noise") : 0);

    /// <summary>Registered as <c>autoencoder-limits-meet-theorems-5a-and-6</c>.</summary>
    [ClaimCheck("autoencoder-limits-meet-theorems-5a-and-6")]
    private static CheckResult AutoencoderLimitsMeetTheorems5aAnd6(CheckContext context) => AutoencoderTheorems(context);

    /// <summary>Registered as <c>balanced-autoencoder-flow-reaches-top-r-projector</c>.</summary>
    [ClaimCheck("balanced-autoencoder-flow-reaches-top-r-projector", Parameters = ["wrong-subspace"])]
    private static CheckResult BalancedAutoencoderFlowReachesTopRProjector(CheckContext context) =>
        AutoencoderLimit(context, "trbw/text16", balanced: true, offset: 0, wrongSubspace: Flag(context, "wrong-subspace"));

    /// <summary>Registered as <c>printed-b1-initialisation-is-balanced-of-rank-r</c>.</summary>
    [ClaimCheck("printed-b1-initialisation-is-balanced-of-rank-r", Parameters = ["independent-frames"])]
    private static CheckResult PrintedB1InitialisationIsBalancedOfRankR(CheckContext context) =>
        PrintedBalancedInitialisation(context, independentFrames: Flag(context, "independent-frames"));

    /// <summary>Registered as <c>balanced-autoencoder-limit-with-width-offset</c>.</summary>
    [ClaimCheck("balanced-autoencoder-limit-with-width-offset")]
    private static CheckResult BalancedAutoencoderLimitWithWidthOffset(CheckContext context) => AutoencoderLimit(context, "trbw/text20", balanced: true, offset: 1);

    /// <summary>Registered as <c>autoencoder-residual-norm-limit-is-tail-sum</c>.</summary>
    [ClaimCheck("autoencoder-residual-norm-limit-is-tail-sum", Parameters = ["without-squares"])]
    private static CheckResult AutoencoderResidualNormLimitIsTailSum(CheckContext context) =>
        ResidualNormLimit(context, withoutSquares: Flag(context, "without-squares"));

    /// <summary>Registered as <c>printed-loss-limit-square-root-is-false</c>.</summary>
    [ClaimCheck("printed-loss-limit-square-root-is-false")]
    private static CheckResult PrintedLossLimitSquareRootIsFalse(CheckContext context) => SquareRootSentence();

    /// <summary>Registered as <c>autoencoder-loss-limit-is-half-tail-sum</c>.</summary>
    [ClaimCheck("autoencoder-loss-limit-is-half-tail-sum")]
    private static CheckResult AutoencoderLossLimitIsHalfTailSum(CheckContext context) => LossLimitHalfTail(context);

    /// <summary>Registered as <c>gaussian-autoencoder-flow-reaches-top-r-projector</c>.</summary>
    [ClaimCheck("gaussian-autoencoder-flow-reaches-top-r-projector")]
    private static CheckResult GaussianAutoencoderFlowReachesTopRProjector(CheckContext context) => AutoencoderLimit(context, "trbw/text23", balanced: false, offset: 0);

    /// <summary>Registered as <c>balanced-starts-converge-faster-than-gaussian</c>.</summary>
    [ClaimCheck("balanced-starts-converge-faster-than-gaussian")]
    private static CheckResult BalancedStartsConvergeFasterThanGaussian(CheckContext context) => BalancedFasterThanGaussian(context);

    /// <summary>Registered as <c>balanced-tuples-are-a-polynomial-null-set</c>.</summary>
    [ClaimCheck("balanced-tuples-are-a-polynomial-null-set")]
    private static CheckResult BalancedTuplesAreAPolynomialNullSet(CheckContext context) => BalancedTuplesAreNull();

    /// <summary>Registered as <c>factor-flow-approaches-a-critical-point</c>.</summary>
    [ClaimCheck("factor-flow-approaches-a-critical-point")]
    private static CheckResult FactorFlowApproachesACriticalPoint(CheckContext context) => FlowApproachesCriticalPoint(context);

    /// <summary>Registered as <c>factor-flow-from-balanced-starts-keeps-product-rank</c>.</summary>
    [ClaimCheck("factor-flow-from-balanced-starts-keeps-product-rank", Parameters = ["unbalanced-starts", "ignore-hypothesis"])]
    private static CheckResult FactorFlowFromBalancedStartsKeepsProductRank(CheckContext context) =>
        RankPreservedFromBalancedStarts(context, unbalancedStarts: Flag(context, "unbalanced-starts"), ignoreHypothesis: Flag(context, "ignore-hypothesis"));

    /// <summary>Registered as <c>balanced-factor-flow-matches-direct-riemannian-flow</c>.</summary>
    [ClaimCheck("balanced-factor-flow-matches-direct-riemannian-flow")]
    private static CheckResult BalancedFactorFlowMatchesDirectRiemannianFlow(CheckContext context) => FactorFlowMatchesDirectFlow(context);

    /// <summary>Registered as <c>direct-riemannian-flow-stays-on-rank-k-manifold</c>.</summary>
    [ClaimCheck("direct-riemannian-flow-stays-on-rank-k-manifold")]
    private static CheckResult DirectRiemannianFlowStaysOnRankKManifold(CheckContext context) => DirectFlowExistsOnHorizon(context);

    /// <summary>Registered as <c>end-to-end-product-shape-by-induction</c>.</summary>
    [ClaimCheck("end-to-end-product-shape-by-induction")]
    private static CheckResult EndToEndProductShapeByInduction(CheckContext context) => ProductShape();

    /// <summary>Registered as <c>factor-flow-limits-are-rank-k-minimizers</c>.</summary>
    [ClaimCheck("factor-flow-limits-are-rank-k-minimizers", Parameters = ["zero-start"])]
    private static CheckResult FactorFlowLimitsAreRankKMinimizers(CheckContext context) =>
        LimitsAreRankKMinimizers(context, autoencoder: false, zeroStart: Flag(context, "zero-start"));

    /// <summary>Registered as <c>factor-flow-limit-rank-at-most-r-bar</c>.</summary>
    [ClaimCheck("factor-flow-limit-rank-at-most-r-bar")]
    private static CheckResult FactorFlowLimitRankAtMostRBar(CheckContext context) => LimitRankBound(context);

    /// <summary>Registered as <c>printed-two-layer-factor-spaces-are-transposed</c>.</summary>
    [ClaimCheck("printed-two-layer-factor-spaces-are-transposed")]
    private static CheckResult PrintedTwoLayerFactorSpacesAreTransposed(CheckContext context) => ExactCheck.ShapeError(
        "trbw/thm5#b",
        "d₀ = 3, d₁ = 2, d₂ = 4: (W₁, W₂) ∈ ℝ^{d₀×d₁} × ℝ^{d₁×d₂} = ℝ^{3×2} × ℝ^{2×4} as printed",
        "L²(W₁, W₂) = ½‖Y − W₂W₁X‖²_F needs W₂W₁ = (2×4)·(3×2): inner dimensions 4 ≠ 3, undefined (and W₁X = (3×2)·(3×m) too); "
        + "by the paper's convention Wⱼ ∈ ℝ^{dⱼ×dⱼ₋₁} the space is ℝ^{d₁×d₀} × ℝ^{d₂×d₁} (checked as trbw/thm5#b~fixed)");

    /// <summary>Registered as <c>two-layer-flow-reaches-global-minimum</c>.</summary>
    [ClaimCheck("two-layer-flow-reaches-global-minimum", Parameters = ["zero-start"])]
    private static CheckResult TwoLayerFlowReachesGlobalMinimum(CheckContext context) => TwoLayerGlobalMinimum(context, zeroStart: Flag(context, "zero-start"));

    /// <summary>Registered as <c>direct-flow-limits-are-rank-k-minimizers-or-drop-rank</c>.</summary>
    [ClaimCheck("direct-flow-limits-are-rank-k-minimizers-or-drop-rank", Parameters = ["target-rank-offset"])]
    private static CheckResult DirectFlowLimitsAreRankKMinimizersOrDropRank(CheckContext context) =>
        DirectFlowLimits(context, targetRankOffset: context.Arguments.ContainsKey("target-rank-offset") ? context.IntegerArgument("target-rank-offset") : 0);

    /// <summary>Registered as <c>no-minimum-of-l1-above-rank-q</c>.</summary>
    [ClaimCheck("no-minimum-of-l1-above-rank-q")]
    private static CheckResult NoMinimumOfL1AboveRankQ(CheckContext context) => NoMinimumAboveRankQ(context);

    /// <summary>Registered as <c>two-layer-non-global-critical-points-are-strict-saddles</c>.</summary>
    [ClaimCheck("two-layer-non-global-critical-points-are-strict-saddles", Parameters = ["global-minimizers"])]
    private static CheckResult TwoLayerNonGlobalCriticalPointsAreStrictSaddles(CheckContext context) =>
        StrictSaddlesTwoLayers(context, globalMinimizers: Flag(context, "global-minimizers"));

    /// <summary>Registered as <c>endop-positive-definite-on-tangent-space</c>.</summary>
    [ClaimCheck("endop-positive-definite-on-tangent-space", Parameters = ["full-space"])]
    private static CheckResult EndopPositiveDefiniteOnTangentSpace(CheckContext context) => PositiveDefiniteOnTangentSpace(context, fullSpace: Flag(context, "full-space"));

    /// <summary>Registered as <c>metric-integral-formula-by-quadrature</c>.</summary>
    [ClaimCheck("metric-integral-formula-by-quadrature", Parameters = ["prefactor-one-over-pi", "exponent-n-minus-one-over-n"])]
    private static CheckResult MetricIntegralFormulaByQuadrature(CheckContext context) =>
        IntegralFormulaOfMetric(context, prefactorOneOverPi: Flag(context, "prefactor-one-over-pi"), exponentNMinusOneOverN: Flag(context, "exponent-n-minus-one-over-n"));

    /// <summary>A negative-control switch of <c>with:</c> (a non-zero integer turns the check into its mutated, false
    /// variant, which must come out refuted); false when the claim does not give the key (the statement as printed).</summary>
    private static bool Flag(CheckContext context, string key) => context.Arguments.ContainsKey(key) && context.IntegerArgument(key) != 0;
}
