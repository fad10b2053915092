using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;

namespace DeepLinear.Checks.Papers.Lcc;

/// <summary>
/// How the lcc checks report: a survey over the exact constructed critical points, a claim made of parts, and an exact
/// counterexample. A check serves claims by name and does not know their ids, so a counterexample carries no re-run
/// command here; the <c>code:</c> form adds the claim's.
/// </summary>
internal static class LccOutcomes
{
    /// <summary>A refuted result with an exact (non-random) witness that meets the hypotheses.</summary>
    /// <param name="witness">The witness as text.</param>
    /// <param name="witnessLatex">The witness as LaTeX.</param>
    /// <param name="violation">What fails on the witness, with both sides' exact values.</param>
    /// <returns>The result.</returns>
    internal static CheckResult Counterexample(string witness, string witnessLatex, string violation)
        => CheckResult.Refuted(
            "printed statement, exact witness",
            new CounterexampleEvidence(witness, witnessLatex, violation, Exact: true, Shrunk: false, IsShapeError: false, Rerun: string.Empty, Seed: null));

    /// <summary>A derivation as a result: proved, or — for a mutated identity used as a negative control — refuted with
    /// the steps whose canonical difference is not 0 (nonzero in the free algebra, or entry-wise at the given sizes).</summary>
    /// <param name="derivation">The derivation.</param>
    /// <param name="scopeSuffix">Appended to the scope of a proof.</param>
    /// <returns>The result.</returns>
    internal static CheckResult FromDerivation(Derivation derivation, string scopeSuffix = "")
    {
        if (derivation.Proved)
        {
            return SymbolicProof.FromDerivation(derivation, scopeSuffix);
        }

        var failed = derivation.Steps.Where(step => step.Rule.Contains("mismatch", StringComparison.Ordinal) || step.Rule == "shape-error").ToList();
        return Counterexample(
            derivation.ClaimText,
            derivation.ClaimLatex,
            derivation.Title + ": not an identity — " + string.Join("; ", failed.Select(step => step.Description + (step.Text.Length > 0 ? " (difference " + step.Text + ")" : string.Empty))));
    }

    /// <summary>A result whose counterexample (if any) has its re-run command removed, for the <c>code:</c> form to add
    /// the claim's.</summary>
    /// <param name="result">The result of a shared accumulator or inequality check.</param>
    /// <returns>The result.</returns>
    internal static CheckResult WithoutRerun(CheckResult result) => result is { Verdict: Verdict.Refuted, Evidence: CounterexampleEvidence c }
        ? CheckResult.Refuted(result.Scope, c with { Rerun = string.Empty }).WithPlots([.. result.Plots])
        : result;

    /// <summary>A property checked at every entry of the exact survey that passes <paramref name="filter"/>: verified with
    /// the count, or refuted at the first violation with the point as exact witness.</summary>
    /// <param name="context">The check context (seed and tier of the survey).</param>
    /// <param name="family">The points checked, in words.</param>
    /// <param name="filter">Which survey entries the property concerns.</param>
    /// <param name="violation">The violation at an entry, or null.</param>
    /// <param name="property">The property, in words.</param>
    /// <returns>The result.</returns>
    internal static CheckResult Survey(CheckContext context, string family, Func<LccSurvey.Entry, bool> filter, Func<LccSurvey.Entry, string?> violation, string property)
    {
        var survey = LccSurvey.For(context.Seed, context.Thorough);
        int count = 0;
        foreach (var e in survey.Entries.Where(filter))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            count++;
            if (violation(e) is { } v)
            {
                return Counterexample(e.Point.Describe(), e.Point.Describe(), v);
            }
        }

        return CheckResult.Verified(
            string.Create(CultureInfo.InvariantCulture, $"{count} constructed critical points, exact rational arithmetic, sizes (d_y, d₁, dₓ) ∈ {{{survey.Sizes}}}, every rank and index set"),
            new NumericEvidence($"{family}: {property}; exact (no tolerance)", count, 0, 0, 0, null, null));
    }

    /// <summary>A property checked at every constructed saddle (1 ≤ r ≤ d_y − 1) of the exact survey.</summary>
    /// <param name="context">The check context (seed and tier of the survey).</param>
    /// <param name="violation">The violation at a saddle, or null.</param>
    /// <param name="property">The property, in words.</param>
    /// <returns>The result.</returns>
    internal static CheckResult SaddleSurvey(CheckContext context, Func<LccSurvey.Entry, string?> violation, string property)
        => Survey(context, "constructed saddles, 1 ≤ r ≤ d_y − 1", e => e.IsSaddleRank, violation, property);

    /// <summary>
    /// The verdict of a claim made of parts: the first refuted part if any (its counterexample refutes the whole
    /// statement), otherwise the weakest verdict (verified before proved), with the parts named in the scope.
    /// </summary>
    internal static CheckResult Combine(params CheckResult[] parts)
    {
        var refuted = parts.FirstOrDefault(p => p.Verdict == Verdict.Refuted);
        if (refuted is not null)
        {
            return refuted;
        }

        var notMet = parts.FirstOrDefault(p => p.Verdict is Verdict.Inconclusive or Verdict.NotCheckable);
        if (notMet is not null)
        {
            return notMet;
        }

        return parts.FirstOrDefault(p => p.Verdict == Verdict.Verified) ?? parts[0];
    }

    /// <summary>Decides the scalar polynomial identity lhs = rhs over ℚ in the entries (<see cref="EntrywiseIdentity"/>)
    /// and records it as a derivation step: <paramref name="description"/>, then the engine's message.</summary>
    /// <returns>Whether the identity was proved.</returns>
    internal static bool AddEntrywiseStep(List<DerivationStep> steps, Polynomial lhs, Polynomial rhs, VariableNames names, string description)
    {
        var outcome = EntrywiseIdentity.Check(SymbolicMatrix.Build(1, 1, (_, _) => lhs), SymbolicMatrix.Build(1, 1, (_, _) => rhs), names);
        steps.Add(new DerivationStep(outcome.Proved ? "canonical-form" : "canonical-form (mismatch)", description + ": " + outcome.Message, string.Empty, string.Empty));
        return outcome.Proved;
    }
}
