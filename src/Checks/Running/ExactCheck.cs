namespace DeepLinear.Checks.Running;

/// <summary>
/// Builders for the results of engine-free exact checks: arithmetic on printed numbers, shape and index arithmetic
/// on printed dimensions, exact scalar witnesses. They never sample, so their verdicts do not depend on the seed.
/// </summary>
public static class ExactCheck
{
    /// <summary>The scope of a proof by exact arithmetic on printed numbers.</summary>
    public const string PrintedNumbersScope = "exact arithmetic on the printed numbers";

    /// <summary>A proved result whose derivation is a list of exact arithmetic steps.</summary>
    /// <param name="scope">The scope (<see cref="PrintedNumbersScope"/>, <c>all t ≥ 0, r ≥ 1</c>, …).</param>
    /// <param name="steps">The steps, one per line, each an exact (in)equality that was evaluated.</param>
    /// <param name="rules">The facts or rules used.</param>
    /// <returns>The result.</returns>
    public static CheckResult Proved(string scope, IReadOnlyList<string> steps, params string[] rules)
    {
        ArgumentNullException.ThrowIfNull(steps);
        string text = string.Join("\n", steps);
        string latex = string.Join(" \\\\\n", steps.Select(s => "\\text{" + s.Replace("\\", "\\textbackslash{}", StringComparison.Ordinal) + "}"));
        return CheckResult.Proved(new ProofEvidence(scope, text, latex, rules, steps.Count));
    }

    /// <summary>A refuted result for a shape or index error in the printed formula.</summary>
    /// <param name="claimId">The claim id (for the re-run command).</param>
    /// <param name="witness">The dimensions that exhibit the error.</param>
    /// <param name="violation">The ill-formed operation.</param>
    /// <returns>The result.</returns>
    public static CheckResult ShapeError(string claimId, string witness, string violation)
        => CheckResult.Refuted(
            "shape check of the printed formula",
            new CounterexampleEvidence(witness, witness, violation, Exact: true, Shrunk: false, IsShapeError: true,
                CounterexampleEvidence.RerunCommand(claimId), Seed: null));

    /// <summary>A refuted result with an exact (non-random) witness that meets the hypotheses.</summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="witness">The witness as text.</param>
    /// <param name="witnessLatex">The witness as LaTeX.</param>
    /// <param name="violation">What fails on the witness, with both sides' exact values.</param>
    /// <returns>The result.</returns>
    public static CheckResult Counterexample(string claimId, string witness, string witnessLatex, string violation)
        => CheckResult.Refuted(
            "printed statement, exact witness",
            new CounterexampleEvidence(witness, witnessLatex, violation, Exact: true, Shrunk: false, IsShapeError: false,
                CounterexampleEvidence.RerunCommand(claimId), Seed: null));
}
