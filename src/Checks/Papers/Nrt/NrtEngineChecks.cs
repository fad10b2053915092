using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// The engine-backed (numeric and symbolic) checks of nrt written in C#, by claim id; wired into
/// <see cref="Catalog.ClaimCatalog.Default"/>. The claims that fit a declarative form are data in <c>catalog/nrt.yaml</c>.
/// </summary>
/// <remarks>
/// Grouped by the structure the checks share: this class holds the checks on single tuples, scalars and sampled sets —
/// <c>Symbolic</c> (exact proofs: gradients (3.1)–(3.2), the flow invariant (2.3), the one-step change of the invariant,
/// the Hessian blocks of §3.2, rational identities of the step-size constants), <c>Definitions</c> (balancedness
/// predicates, (2.6)), <c>FactorBound</c> (the scalar steps of the proof of Proposition 3.2) and <c>StepSize</c>
/// ((2.8)–(2.14), Remark 2.5(b), (5.1)–(5.3)); <see cref="NrtDescentRunChecks"/> the checks along gradient-descent runs
/// (Proposition 3.3, Theorem 2.4, (3.13)–(3.23), the Hessian bound); <see cref="NrtGradientFlowChecks"/> the gradient
/// flow (2.2)–(2.5) and Theorems 2.1–2.2; <see cref="NrtExperimentChecks"/> Section 5 and Theorem 2.6(b). Random
/// matrices, tuples and seeds come from <see cref="NrtSampling"/>; every check derives its randomness from
/// <see cref="CheckContext.Seed"/>.
/// </remarks>
public static partial class NrtEngineChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All { get; } = Build();

    private static Dictionary<string, Func<CheckContext, CheckResult>> Build()
    {
        var all = new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
        foreach (var group in new[]
                 {
                     SymbolicChecks(), FactorBoundChecks(), DefinitionChecks(), StepSizeChecks(),
                     NrtDescentRunChecks.DescentChecks(), NrtDescentRunChecks.HessianChecks(), NrtGradientFlowChecks.FlowChecks(), NrtExperimentChecks.ExperimentChecks(),
                 })
        {
            foreach (var (id, check) in group)
            {
                all.Add(id, check);
            }
        }

        return all;
    }
}
