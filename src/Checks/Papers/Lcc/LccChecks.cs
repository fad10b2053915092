using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// The checks of lcc (Liao, Chitour, Couillet, <i>Almost global convergence to global minima for gradient descent in
/// deep linear networks</i>), by claim id; wired into <see cref="Catalog.ClaimCatalog.Default"/>. The partials hold the
/// symbolic identities (<c>LccChecks.Symbolic.cs</c>), the exact checks at constructed critical points
/// (<c>LccChecks.CriticalPoints.cs</c>), the gradient-flow checks (<c>LccChecks.Flows.cs</c>), the inequalities and
/// exact witnesses of the printed proof steps (<c>LccChecks.ProofSteps.cs</c>) and the dimension counts and
/// not-checkable items (<c>LccChecks.Counts.cs</c>).
/// </summary>
public static partial class LccChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All { get; } = Build();

    private static Dictionary<string, Func<CheckContext, CheckResult>> Build()
    {
        var all = new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
        foreach (var part in new[] { SymbolicChecks(), CriticalPointChecks(), FlowChecks(), CountChecks() })
        {
            foreach (var (id, check) in part)
            {
                all.Add(id, check);
            }
        }

        return all;
    }
}
