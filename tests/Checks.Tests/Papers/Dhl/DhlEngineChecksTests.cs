using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Papers.Dhl;
using DeepLinear.Checks.Running;
using DeepLinear.Numeric.Losses;
using Xunit;

namespace DeepLinear.Checks.Tests.Papers.Dhl;

/// <summary>
/// The engine-backed checks of dhl: each reaches its expected verdict through the catalog, and each has a negative control
/// (a deliberately false variant, a dropped hypothesis, or a hypothesis-violating run) that must be refuted or reported
/// as hypotheses-not-met.
/// </summary>
public class DhlEngineChecksTests
{
    private static readonly CheckContext Context = CheckContext.Direct();

    private static CheckResult Run(string id) => ClaimCatalog.Default.Get(id).Check!(Context);

    public static TheoryData<string, Verdict> Expected()
    {
        var data = new TheoryData<string, Verdict>();
        string[] proved =
        [
            "dhl/thm2.1#pattern", "dhl/eq6", "dhl/cor2.1#pattern", "dhl/thm2.2#pattern", "dhl/thm2.3#pattern", "dhl/eq7", "dhl/text7",
            "dhl/eq10", "dhl/eq11", "dhl/text15", "dhl/eq2", "dhl/text8", "dhl/eq12", "dhl/eq17", "dhl/claimb.1#identity~fixed",
            "dhl/eq19", "dhl/eq20", "dhl/eq21~fixed", "dhl/eq23", "dhl/eq23#perp", "dhl/eq23#perp~fixed", "dhl/text20", "dhl/eq24",
        ];
        string[] verified =
        [
            "dhl/text1", "dhl/eq4", "dhl/eq5", "dhl/text6", "dhl/thm2.1#flow", "dhl/cor2.1#flow", "dhl/text5", "dhl/thm2.2#flow",
            "dhl/thm2.3#flow", "dhl/eq1", "dhl/eq8", "dhl/eq9", "dhl/text19", "dhl/lemmab.1", "dhl/lemmab.1#proof", "dhl/text2",
            "dhl/lemma3.1#i", "dhl/lemma3.1#ii", "dhl/lemma3.1#iii", "dhl/claimb.1", "dhl/claimb.2", "dhl/claimb.2#norm~fixed",
            "dhl/eq13", "dhl/eq14", "dhl/eq16", "dhl/text17", "dhl/lemma3.2", "dhl/eq18", "dhl/claimb.4", "dhl/claimb.5~fixed",
            "dhl/lemma3.2#proof-chain", "dhl/eq22", "dhl/claimb.3", "dhl/eq15", "dhl/claimb.3#proof-sigma", "dhl/claimb.3#final~fixed",
            "dhl/lemmac.1#i", "dhl/lemmac.1#ii", "dhl/lemmac.1#iii", "dhl/lemmac.1#iv", "dhl/lemmac.1#proof-f", "dhl/lemmac.1#proof-h",
            "dhl/lemmac.1#proof-g", "dhl/lemmac.2#a", "dhl/lemmac.2#b", "dhl/lemmac.2#c", "dhl/lemmac.2#d", "dhl/lemmac.2#proof-base",
            "dhl/lemmac.2#proof-exp", "dhl/eq25", "dhl/lemmac.2#proof-k", "dhl/lemmac.2#proof-l", "dhl/lemmac.2#proof-m",
            "dhl/text24#ratio", "dhl/thm3.2#ratio", "dhl/thm3.2#linear", "dhl/text22",
        ];
        foreach (var id in proved)
        {
            data.Add(id, Verdict.Proved);
        }

        foreach (var id in verified)
        {
            data.Add(id, Verdict.Verified);
        }

        data.Add("dhl/eq3", Verdict.NotCheckable);
        data.Add("dhl/text24", Verdict.NotCheckable);
        data.Add("dhl/thm3.1#run", Verdict.NotCheckable);
        return data;
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Check_FastTier_ReachesTheExpectedVerdict(string id, Verdict expected)
    {
        var result = Run(id);
        Assert.True(expected == result.Verdict, $"{id}: {result.Verdict} — {result.Evidence.Summary()}");
    }

    [Fact]
    public void All_EveryDhlClaim_HasACheck()
    {
        var pending = ClaimCatalog.Default.ForPaper("dhl").Where(c => !c.HasCheck).Select(c => c.Id.Text).ToList();
        Assert.Empty(pending);
    }

    [Fact]
    public void TheoremThreeOneRun_PrintedSchedule_IsNotCheckableWithTheTotalStepBound()
    {
        var evidence = Assert.IsType<NotCheckableEvidence>(Run("dhl/thm3.1#run").Evidence);
        Assert.Contains("limit t → ∞", evidence.Reason, StringComparison.Ordinal);
        Assert.Contains("< (1 + ln T)/100", evidence.Reason, StringComparison.Ordinal);
        Assert.Contains("3/2", evidence.Reason, StringComparison.Ordinal);

        // The bound the reason states: Σ_{t<T} η_t‖M*‖_F = √(ε/(r‖M*‖_F))·H_T/100 < H_T/100 ≤ (1 + ln T)/100 < 0.084 at T = 1500.
        double harmonic = Enumerable.Range(1, 1500).Sum(t => 1.0 / t);
        Assert.True(harmonic / 100 < 0.084 && harmonic <= 1 + Math.Log(1500), $"H_1500 = {harmonic}");
        Assert.True(Enumerable.Range(1, 1_000_000).Sum(t => 1.0 / t) / 100 < 0.15);
    }

    [Fact]
    public void Results_SameSeed_AreIdentical()
    {
        foreach (var id in new[] { "dhl/lemma3.1#i", "dhl/claimb.3", "dhl/lemmac.2#d", "dhl/thm2.1#flow", "dhl/text22" })
        {
            Assert.Equal(Run(id).Evidence.Summary(), ClaimCatalog.Default.Get(id).Check!(CheckContext.Direct()).Evidence.Summary());
        }
    }

    public static TheoryData<string, Func<CheckResult>> Refuting() => new()
    {
        { "thm2.1 with an affine activation", () => ActivationPatternInvariants.NeuronInvariantPattern(Context, "dhl/thm2.1#pattern", PatternActivation.Affine) },
        { "cor2.1 with an affine activation", () => ActivationPatternInvariants.LayerInvariantPattern(Context, PatternActivation.Affine) },
        { "thm2.2 with a ReLU at layer h", () => ActivationPatternInvariants.MatrixInvariantPattern(Context, PatternActivation.Mask) },
        { "thm2.3 with a bias in layer h+1", () => ActivationPatternInvariants.SharedInvariantPattern(Context, biasLayer: 2) },
        { "(10) with a bias", () => ActivationPatternInvariants.SharedOutgoingChain("dhl/eq10", biasLayer: 2) },
        { "(11) with an affine activation", () => ActivationPatternInvariants.HomogeneityTransfer("dhl/eq11", PatternActivation.Affine) },
        { "(7) with coefficient −1", () => ActivationPatternInvariants.OutgoingChain("dhl/eq7", coefficient: -1) },
        { "§2.3 chain with an affine activation", () => ActivationPatternInvariants.IncomingChain("dhl/text7", PatternActivation.Affine) },
        { "Appendix A gradients with a ReLU at layer h", () => ActivationPatternInvariants.LinearLayerGradients("dhl/text15", linear: false) },
        { "prediction with c < 0 (ReLU)", () => HomogeneousNetworkIdentities.PredictionHomogeneity(Context, negativeScale: true, tanh: false) },
        { "prediction of a tanh network", () => HomogeneousNetworkIdentities.PredictionHomogeneity(Context, negativeScale: false, tanh: true) },
        { "(4) without the factor m", () => HomogeneousNetworkIdentities.TrainingLossDefinition(Context, useSampleCount: false) },
        { "(5) with the ascent direction", () => HomogeneousNetworkIdentities.FlowFieldIsNegativeGradient(Context, sign: -1) },
        { "conv count r + k", () => HomogeneousNetworkIdentities.ConvolutionParameterCount(Context, (r, k) => r + k) },
        { "thm2.1 flow with tanh", () => HomogeneousNetworkFlows.InvariantAlongFlows(Context, "neuron-norms", tanh: true) },
        { "cor2.1 flow with tanh", () => HomogeneousNetworkFlows.InvariantAlongFlows(Context, "layer-norms", tanh: true) },
        { "thm2.2 flow with a ReLU at layer h", () => HomogeneousNetworkFlows.MatrixInvariantAlongFlows(Context, reluAtLayer: true) },
        { "thm2.3 flow, per-neuron norms of a tied layer", () => HomogeneousNetworkFlows.SharedInvariantAlongFlows(Context, perNeuron: true) },
        { "(2) with (UVᵀ − M*)ᵀV", () => FactorizationObjective.GradientFormula(transposedU: true) },
        { "(12) with factor 1", () => FactorizationObjective.HessianFormula("dhl/eq12", factor: 1) },
        { "Lemma B.1 with (c + 2)‖M*‖", () => FactorizationObjective.SmoothnessBound(Context, 1) },
        { "Lemma B.1 chain with halved bounds", () => FactorizationObjective.SmoothnessChain(Context, rhsFactor: 0.5) },
        { "non-smoothness with 1/ε³", () => FactorizationObjective.NonSmoothness(Context, exponent: 3) },
        { "Lemma 3.2 demanding λ_min ≤ −10‖M*‖", () => FactorizationStationaryPoints.StrictSaddles(Context, requiredNegativity: 10) },
        { "(18) off the stationary points", () => FactorizationStationaryPoints.StationarityIdentities(Context, "residual-times-factors-vanish", perturbation: 0.1) },
        { "Claim B.4 off the stationary points", () => FactorizationStationaryPoints.StationarityIdentities(Context, "residual-orthogonal-to-directions", perturbation: 0.1) },
        { "Claim B.5 with a hundredth of the bound", () => FactorizationStationaryPoints.ClaimB5Fixed(Context, rhsFactor: 0.01) },
        { "Appendix B.3 chain without ε²/2", () => FactorizationStationaryPoints.SaddleChain(Context, rhsFactor: 0) },
        { "P(α₀β₀ > 0) with a biased generator", () => RankOneDescentRuns.PositiveSignalProbability(Context, bias: 1) },
        { "Theorem 3.2 linear rate with C = 0.01", () => RankOneDescentRuns.LinearConvergence(Context, constant: 0.01) },
    };

    [Theory]
    [MemberData(nameof(Refuting))]
    public void NegativeControl_FalseVariant_IsRefuted(string name, Func<CheckResult> check)
    {
        var result = check();
        Assert.True(result.Verdict == Verdict.Refuted, $"{name}: {result.Verdict} — {result.Evidence.Summary()}");
    }

    public static TheoryData<string> RankOneProperties() =>
    [
        "signals-positive", "complement-small", "signal-growth", "signal-ratio-bounded", "first-stage-step-f", "first-stage-step-h",
        "first-stage-step-g", "signal-non-vanishing", "signal-product-below-sigma", "complement-shrinking", "signal-residual-contraction", "second-stage-base-case",
        "second-stage-exponential-bound", "second-stage-residual-step", "second-stage-step-k", "second-stage-step-l", "second-stage-step-m",
        "ratio-within-c1", "ratio-within-one-hundred",
    ];

    [Theory]
    [MemberData(nameof(RankOneProperties))]
    public void RankOne_UnbalancedStart_IsHypothesesNotMet(string property)
        => AssertNotMet(RankOneDescentRuns.RankOneClaimWithoutRetry(Context, property, 1e-2, imbalance: 1000));

    [Fact]
    public void SharedFlow_LinearAndLeakyActivations_AreVerified()
    {
        Assert.Equal(Verdict.Verified, HomogeneousNetworkFlows.SharedInvariantAlongFlows(Context, perNeuron: false, Activation.Identity).Verdict);
        Assert.Equal(Verdict.Verified, HomogeneousNetworkFlows.SharedInvariantAlongFlows(Context, perNeuron: false, Activation.LeakyRelu(0.5)).Verdict);
    }

    [Fact]
    public void Mutation_UnknownValue_IsRejectedNamingTheAllowedOnes()
    {
        var context = Context with { Arguments = new Dictionary<string, string> { ["mutation"] = "cosine" } };
        var error = Assert.Throws<ArgumentException>(() => FactorizationObjective.FactorizationGradientFormula(context));
        Assert.Contains("transposed-residual", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonSmoothness_BalancedOptima_IsRefuted()
        => Assert.Equal(Verdict.Refuted, FactorizationObjective.NonSmoothness(Context, exponent: 2, balanced: true).Verdict);

    private static void AssertNotMet(CheckResult result)
    {
        Assert.Equal(Verdict.Inconclusive, result.Verdict);
        var evidence = Assert.IsType<InconclusiveEvidence>(result.Evidence);
        Assert.True(evidence.HypothesesNotMet, evidence.Summary());
    }
}
