using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.Papers.Acgh;

/// <summary>
/// The checks of acgh (S. Arora, N. Cohen, N. Golowich, W. Hu, ICLR 2019), by claim id; wired into
/// <see cref="Catalog.ClaimCatalog.Default"/>. Every claim of <c>catalog/acgh.yaml</c> has a check. The
/// checks are split by concern: definitions and the whitened loss (<c>AcghChecks.Definitions.cs</c>), Theorem 1 and
/// Lemmas 1–2 along real gradient descent (<c>AcghChecks.TheoremOne.cs</c>), Procedure 1 (<c>AcghChecks.ProcedureOne.cs</c>),
/// the gradient (14), the expansion (29) and the flow (<c>AcghChecks.Gradient.cs</c>), Lemmas 3–6
/// (<c>AcghChecks.LemmasThreeToSix.cs</c>), Lemma 7 (<c>AcghChecks.LemmaSeven.cs</c>), Theorem 2 and Lemmas 8–9, 14–16
/// (<c>AcghChecks.TheoremTwo.cs</c>), Claims 2–3 and Lemmas 10–13 (<c>AcghChecks.ClaimsTwoThree.cs</c>), and Claims 4–5
/// with Lemmas 17–18 (<c>AcghChecks.ClaimsFourFive.cs</c>).
/// </summary>
public static partial class AcghChecks
{
    /// <summary>The checks by claim id.</summary>
    public static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> All => Registry.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, Func<CheckContext, CheckResult>>> Registry = new(Build);

    private static IReadOnlyDictionary<string, Func<CheckContext, CheckResult>> Build()
    {
        var checks = new Dictionary<string, Func<CheckContext, CheckResult>>(StringComparer.Ordinal);
        AddDefinitions(checks);
        AddTheoremOne(checks);
        AddProcedureOne(checks);
        AddGradient(checks);
        AddLemmasThreeToSix(checks);
        AddLemmaSeven(checks);
        AddTheoremTwo(checks);
        AddClaimsTwoThree(checks);
        AddClaimsFourFive(checks);
        return checks;
    }
}
