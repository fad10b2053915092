using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>
/// The checks of acgh (S. Arora, N. Cohen, N. Golowich, W. Hu, ICLR 2019), by claim id; wired into
/// <see cref="Catalog.ClaimCatalog.Default"/>. The checks are grouped by the structure they share: the whitened loss and
/// the margin (<see cref="WhitenedLossAndMarginChecks"/>), Procedure 1 (<see cref="BalancedInitializationChecks"/>), runs
/// of gradient descent at the step size (7) (<see cref="DescentRunChecks"/>), single steps (<see cref="SingleStepDescentChecks"/>),
/// the end-to-end gradient and flow (<see cref="EndToEndGradientChecks"/>), near-balanced tuples
/// (<see cref="NearBalancedTupleInequalities"/>), balanced scalar starts (<see cref="ScalarBalancedStartProbabilities"/>),
/// layer-wise Gaussian starts (<see cref="LayerwiseGaussianStartChecks"/>) and the divergent constructions of Claims 4–5
/// (<see cref="DivergentDescentConstructions"/>).
/// </summary>
public static class AcghChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All => Registry.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, Func<CheckContext, CheckResult>>> Registry = new(Build);

    private static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> Build()
    {
        var checks = new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
        WhitenedLossAndMarginChecks.Register(checks);
        DescentRunChecks.Register(checks);
        BalancedInitializationChecks.Register(checks);
        EndToEndGradientChecks.Register(checks);
        NearBalancedTupleInequalities.Register(checks);
        SingleStepDescentChecks.Register(checks);
        ScalarBalancedStartProbabilities.Register(checks);
        LayerwiseGaussianStartChecks.Register(checks);
        DivergentDescentConstructions.Register(checks);
        return checks;
    }
}
