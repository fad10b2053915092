using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Nrt;

/// <summary>
/// The engine-backed (numeric and symbolic) checks of nrt, by claim id; wired into <see cref="Catalog.ClaimCatalog.Default"/>.
/// </summary>
/// <remarks>
/// The checks are split by concern into partial files: <c>Sampling</c> (seeded random matrices, balanced tuples and the
/// instance families shared by the checks), <c>Symbolic</c> (exact proofs: gradients (3.1)–(3.2), the flow invariant
/// (2.3), the one-step change of the invariant, the Hessian blocks of §3.2, rational identities of the step-size
/// constants), <c>ProductBound</c> (Lemma 3.1 and Remark 2.5(b)'s loss bound over generated data), <c>FactorBound</c>
/// (the scalar steps of the proof of Proposition 3.2; the tuple inequalities are claims in <c>catalog/nrt.yaml</c>),
/// <c>Definitions</c> (balancedness predicates, the parameter space, (2.6)), <c>StepSize</c> ((2.8)–(2.14), Remark 2.5(b),
/// (5.1)–(5.3)), <c>Descent</c> (Proposition 3.3, Theorem 2.4 and the displays (3.13)–(3.23) along real gradient-descent
/// runs, with hypothesis-violating negative controls), <c>Hessian</c> (the bound ‖∇²L^N‖_{F→F} ≤ B_δ and (3.16)),
/// <c>Flow</c> (the gradient flow (2.2)–(2.5), Theorems 2.1–2.2) and <c>Experiments</c> (Section 5 and Theorem 2.6(b)).
/// Every check derives its randomness from <see cref="CheckContext.Seed"/>.
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
                     SymbolicChecks(), ProductBoundChecks(), FactorBoundChecks(), DefinitionChecks(), StepSizeChecks(),
                     DescentChecks(), HessianChecks(), FlowChecks(), ExperimentChecks(),
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
