using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Collects entry-wise comparisons (each one identity of polynomial matrices) and concludes: proved when every
/// comparison is proved (a <see cref="Derivation"/> listing them), refuted with the first exact rational witness,
/// inconclusive otherwise.
/// </summary>
internal sealed class EntrywiseProof
{
    private readonly List<DerivationStep> steps = [];
    private (string What, EntrywiseOutcome Outcome)? failure;
    private int comparisons;

    public EntrywiseProof(string claimId, string title, string claimLatex, string claimText)
    {
        ClaimId = claimId;
        Title = title;
        ClaimLatex = claimLatex;
        ClaimText = claimText;
    }

    public string ClaimId { get; }

    public string Title { get; }

    public string ClaimLatex { get; }

    public string ClaimText { get; }

    public bool Failed => failure is not null;

    public void Note(string rule, string description, string latex = "", string text = "")
        => steps.Add(new DerivationStep(rule, description, latex, text));

    /// <summary>Compares lhs and rhs entry-wise; returns whether they agree in canonical form.</summary>
    public bool Compare(string what, SymbolicMatrix lhs, SymbolicMatrix rhs, VariableNames names, string latex = "")
    {
        comparisons++;
        var outcome = EntrywiseIdentity.Check(lhs, rhs, names);
        if (outcome.Proved)
        {
            steps.Add(new DerivationStep("canonical-form", what + ": " + outcome.Message, latex, what));
            return true;
        }

        failure ??= (what, outcome);
        steps.Add(new DerivationStep("canonical-form", what + ": " + outcome.Message, latex, what));
        return false;
    }

    public bool Compare(string what, Polynomial lhs, Polynomial rhs, VariableNames names, string latex = "")
        => Compare(what, PatternNetwork.Scalar(lhs), PatternNetwork.Scalar(rhs), names, latex);

    public CheckResult Conclude(string scopeSuffix)
    {
        if (failure is { } f)
        {
            if (f.Outcome.Witness is { } witness)
            {
                string w = string.Join(", ", witness.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} = {kv.Value}"));
                return CheckResult.Refuted(
                    "printed statement, exact rational witness" + scopeSuffix,
                    new CounterexampleEvidence(
                        w,
                        w,
                        string.Create(CultureInfo.InvariantCulture, $"{f.What}: left = {f.Outcome.LeftValue}, right = {f.Outcome.RightValue} at entry ({f.Outcome.Row + 1}, {f.Outcome.Column + 1})"),
                        Exact: true,
                        Shrunk: false,
                        IsShapeError: f.Outcome.Row < 0,
                        CounterexampleEvidence.RerunCommand(ClaimId),
                        Seed: null));
            }

            return CheckResult.Inconclusive("symbolic, entry-wise" + scopeSuffix, new InconclusiveEvidence(f.Outcome.Message, f.What, comparisons));
        }

        var derivation = new Derivation(Title, ClaimLatex, ClaimText, ProofScope.EntrywiseGivenDimensions, true, steps);
        return SymbolicProof.FromDerivation(derivation, scopeSuffix);
    }
}
