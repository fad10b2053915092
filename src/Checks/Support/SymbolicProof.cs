using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Proving;

namespace DeepLinear.Checks.Support;

/// <summary>
/// Turns results of the symbolic engine into check results: a completed <see cref="Derivation"/> becomes a proved
/// verdict whose scope is the derivation's (entry-wise for given dimensions, all dimensions, all depths); a prover
/// outcome becomes proved, refuted with its exact rational witness, or inconclusive.
/// </summary>
public static class SymbolicProof
{
    /// <summary>The proof evidence of a derivation.</summary>
    /// <param name="derivation">The derivation (must be proved).</param>
    /// <param name="scopeSuffix">Appended to the scope (for example " (N = 2, 3; d ≤ 3)").</param>
    /// <returns>The evidence.</returns>
    public static ProofEvidence Evidence(Derivation derivation, string scopeSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(derivation);
        return new ProofEvidence(
            Derivation.ScopeText(derivation.Scope) + scopeSuffix,
            derivation.ToText(),
            derivation.ToLatex(),
            derivation.Steps.Select(s => s.Rule).Distinct(StringComparer.Ordinal).ToList(),
            derivation.Steps.Count);
    }

    /// <summary>A proved result from a derivation.</summary>
    /// <param name="derivation">The derivation.</param>
    /// <param name="scopeSuffix">Appended to the scope.</param>
    /// <returns>Proved.</returns>
    /// <exception cref="InvalidOperationException">The derivation did not prove its claim (a check must not call a failed
    /// derivation a proof; inspect <see cref="Derivation.Proved"/> first).</exception>
    public static CheckResult FromDerivation(Derivation derivation, string scopeSuffix = "")
    {
        ArgumentNullException.ThrowIfNull(derivation);
        if (!derivation.Proved)
        {
            throw new InvalidOperationException($"The derivation '{derivation.Title}' did not prove its claim; it cannot be reported as proved.");
        }

        return CheckResult.Proved(Evidence(derivation, scopeSuffix));
    }

    /// <summary>A result from the prover: proved; refuted with the exact witness; inconclusive when unknown; a shape
    /// error in the printed formula when the prover reports one.</summary>
    /// <param name="claimId">The claim id (for the re-run command).</param>
    /// <param name="outcome">The prover's outcome.</param>
    /// <returns>The result.</returns>
    public static CheckResult FromProver(string claimId, ProveOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Verdict switch
        {
            ProveVerdict.Proved => CheckResult.Proved(Evidence(outcome.Derivation)),
            ProveVerdict.Refuted => CheckResult.Refuted(
                "printed statement, exact rational witness",
                new CounterexampleEvidence(
                    outcome.ToText(),
                    outcome.Derivation.ToLatex(),
                    outcome.Message,
                    Exact: true,
                    Shrunk: false,
                    IsShapeError: false,
                    CounterexampleEvidence.RerunCommand(claimId),
                    Seed: null)),
            ProveVerdict.ShapeError => ExactCheck.ShapeError(claimId, outcome.ToText(), outcome.Message),
            _ => CheckResult.Inconclusive(
                "symbolic prover",
                new InconclusiveEvidence(outcome.Message, outcome.ToText(), 0)),
        };
    }
}
