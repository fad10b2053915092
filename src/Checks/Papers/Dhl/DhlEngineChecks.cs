using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The engine-backed (numeric and symbolic) checks of dhl, by claim id; wired into <see cref="Catalog.ClaimCatalog.Default"/>.
/// </summary>
/// <remarks>
/// The checks are split by concern into partial files: <c>Invariants</c> (Section 2 and Appendix A, symbolic proofs for
/// fixed activation patterns and numeric checks of the network identities), <c>Flows</c> (the invariants along numeric
/// gradient flows), <c>Factorization</c> (the identities and inequalities of asymmetric matrix factorization, Appendix
/// B), <c>Descent</c> (Lemma 3.1 and Claims B.1–B.2 along gradient descent with Theorem 3.1's schedule), <c>Saddles</c>
/// (Lemma 3.2 and Claims B.3–B.5 at stationary points) and <c>RankOne</c> (Appendix C: the rank-1 dynamics, Lemmas C.1
/// and C.2, Theorem 3.2). Every check derives its randomness from <see cref="CheckContext.Seed"/>.
/// </remarks>
public static class DhlEngineChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All { get; } = Build();

    private static Dictionary<string, Func<CheckContext, CheckResult>> Build()
    {
        var all = new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
        foreach (var group in new[] { ActivationPatternInvariants.InvariantChecks(), HomogeneousNetworkIdentities.NetworkChecks(), HomogeneousNetworkFlows.FlowChecks(), FactorizationObjective.FactorizationChecks(), FactorizationDescentRuns.DescentChecks(), FactorizationStationaryPoints.SaddleChecks(), RankOneDescentRuns.RankOneChecks() })
        {
            foreach (var (id, check) in group)
            {
                all.Add(id, check);
            }
        }

        return all;
    }
}
