namespace DeepLinear.Checks.Reports;

/// <summary>
/// Renders the evidence of an outcome as Markdown for the reports: the derivation (LaTeX steps naming each rule) of a
/// proof; a table of instances, minimum slack, worst ratio, worst seed and tightness of a numeric verification; the
/// estimate and Wilson interval of a Monte Carlo check; the witness, violation and re-run command of a counterexample;
/// the reason and computable parts of a not-checkable item; what was tried for an inconclusive one. Numbers are
/// printed with <see cref="Digits"/> significant digits (invariant culture), so reports do not change with rounding in
/// the last bits.
/// </summary>
public static class EvidenceMarkdown
{
    /// <summary>Significant digits of the numbers in reports.</summary>
    public const int Digits = 4;

    /// <summary>Renders the evidence of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="seed">The base seed of the run (for re-run commands).</param>
    /// <returns>Markdown.</returns>
    public static string Render(ClaimOutcome outcome, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Result is not { } result)
        {
            return outcome.Status switch
            {
                OutcomeStatus.Pending => "No check is implemented for this item yet (pending).",
                _ => $"The check did not reach a verdict ({outcome.VerdictName}): {outcome.Problem}",
            };
        }

        string id = outcome.Claim.Id.Text;
        return result.Evidence switch
        {
            ProofEvidence p => Proof(p),
            NumericEvidence n => Numeric(n, id, seed),
            MonteCarloEvidence m => MonteCarlo(m, id, seed),
            CounterexampleEvidence c => Counterexample(c),
            NotCheckableEvidence x => NotCheckable(x),
            InconclusiveEvidence i => Inconclusive(i, id, seed),
            NotReproducedEvidence r => NotReproduced(r),
            var other => other.Summary(),
        };
    }

    /// <summary>A number with <see cref="Digits"/> significant digits.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => SignificantDigits.Format(value, Digits);

    private static string Proof(ProofEvidence p)
    {
        var sb = new StringBuilder();
        sb.Append("Exact proof, scope: ").Append(p.Scope).Append("; ").Append(p.Steps.ToString(CultureInfo.InvariantCulture))
          .Append(" steps; rules used: ").Append(string.Join(", ", p.RulesUsed.Select(r => "*" + r + "*"))).Append(".\n\n");
        if (p.DerivationLatex.Contains("$$", StringComparison.Ordinal))
        {
            sb.Append(p.DerivationLatex.TrimEnd()).Append('\n');
        }
        else
        {
            int k = 1;
            foreach (var line in p.DerivationText.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                sb.Append(k++.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(line.Trim()).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Numeric(NumericEvidence n, string id, ulong seed)
    {
        var sb = new StringBuilder();
        sb.Append("Instances: ").Append(n.InstanceFamily).Append(".\n\n");
        bool identity = n.WorstRelativeError is not null;
        sb.Append(identity
            ? "| instances tested | rejected by hypotheses | worst relative error | tolerance | worst instance |"
            : "| instances tested | rejected by hypotheses | minimum slack (rhs − lhs) | worst lhs/rhs | worst instance |");
        sb.Append(n.Tightness is null ? "\n|---:|---:|---:|---:|---|\n" : " tightness search: largest lhs/rhs |\n|---:|---:|---:|---:|---|---:|\n");
        sb.Append("| ").Append(n.InstancesTried.ToString(CultureInfo.InvariantCulture))
          .Append(" | ").Append(n.InstancesRejected.ToString(CultureInfo.InvariantCulture))
          .Append(" | ").Append(identity ? Number(n.WorstRelativeError!.Value) : Number(n.MinimumSlack))
          .Append(" | ").Append(identity ? Number(n.IdentityTolerance ?? double.NaN) : Number(n.WorstRatio))
          .Append(" | ").Append(n.WorstText.Replace("|", "\\|", StringComparison.Ordinal));
        if (n.Tightness is { } t)
        {
            sb.Append(" | ").Append(double.IsNegativeInfinity(t.LargestRatio) ? "no admissible point found" : Number(t.LargestRatio));
        }

        sb.Append(" |\n\n");
        if (n.Tightness is { } tight)
        {
            sb.Append("Tightness search: ").Append(tight.Method).Append(", ").Append(tight.Restarts.ToString(CultureInfo.InvariantCulture))
              .Append(" restarts, ").Append(tight.Evaluations.ToString(CultureInfo.InvariantCulture)).Append(" evaluations, seed ")
              .Append(tight.Seed.ToString(CultureInfo.InvariantCulture)).Append(".\n\n");
        }

        if (identity)
        {
            sb.Append("The claim is an identity a = b; relative error = |a − b| / (1 + s), s the size of the terms (absolute below 1).\n\n");
        }

        sb.Append("Reproduce: `").Append(CounterexampleEvidence.RerunCommand(id, seed)).Append("`\n");
        return sb.ToString();
    }

    /// <summary>"≥ b" or "≤ b"; "none stated" when the paper gives no probability (the bound is NaN).</summary>
    private static string StatedBound(MonteCarloEvidence m) =>
        double.IsNaN(m.StatedBound) ? "none stated" : (m.BoundIsLower ? "≥ " : "≤ ") + Number(m.StatedBound);

    private static string MonteCarlo(MonteCarloEvidence m, string id, ulong seed)
    {
        var sb = new StringBuilder();
        sb.Append("Monte Carlo estimate of P(").Append(m.Event).Append(").\n\n");
        sb.Append("| trials | successes | estimate | Wilson 95% interval | stated bound |\n|---:|---:|---:|---|---|\n");
        sb.Append("| ").Append(m.Trials.ToString(CultureInfo.InvariantCulture))
          .Append(" | ").Append(m.Successes.ToString(CultureInfo.InvariantCulture))
          .Append(" | ").Append(Number(m.Estimate))
          .Append(" | [").Append(Number(m.Interval.Lower)).Append(", ").Append(Number(m.Interval.Upper)).Append(']')
          .Append(" | ").Append(StatedBound(m)).Append(" |\n\n");
        if (m.Trial is { } trial)
        {
            sb.Append("Recorded trial: ").Append(trial.Text).Append(".\n\n");
        }

        sb.Append("Reproduce: `").Append(CounterexampleEvidence.RerunCommand(id, seed)).Append("` (sampling seed ")
          .Append(m.Seed.ToString(CultureInfo.InvariantCulture)).Append(").\n");
        return sb.ToString();
    }

    private static string Counterexample(CounterexampleEvidence c)
    {
        var sb = new StringBuilder();
        sb.Append(c.IsShapeError ? "**Shape error in the printed formula.** " : "**Counterexample.** ");
        sb.Append(c.Violation.Trim()).Append("\n\n");
        sb.Append(c.Exact ? "Exact witness" : "Numeric witness").Append(c.Shrunk ? " (shrunk)" : string.Empty).Append(":\n\n```text\n")
          .Append(c.WitnessText.TrimEnd()).Append("\n```\n\n");
        if (!string.Equals(c.WitnessLatex.Trim(), c.WitnessText.Trim(), StringComparison.Ordinal) && c.WitnessLatex.Trim().Length > 0)
        {
            string latex = c.WitnessLatex.Trim();
            sb.Append(latex.Contains('$', StringComparison.Ordinal) ? latex : "$$" + latex + "$$").Append("\n\n");
        }

        sb.Append("Re-run: `").Append(c.Rerun).Append("`\n");
        return sb.ToString();
    }

    private static string NotCheckable(NotCheckableEvidence x)
    {
        var sb = new StringBuilder();
        sb.Append("Not checkable as printed: ").Append(x.Reason.Trim()).Append(".\n");
        if (x.SubClaimIds.Count > 0)
        {
            sb.Append("\nComputable parts, checked separately: ")
              .Append(string.Join(", ", x.SubClaimIds.Select(s => "[`" + s + "`](#" + MarkdownReportWriter.Anchor(s) + ")"))).Append(".\n");
        }

        return sb.ToString();
    }

    private static string Inconclusive(InconclusiveEvidence i, string id, ulong seed)
    {
        var sb = new StringBuilder();
        sb.Append(i.HypothesesNotMet ? "**Hypotheses not met** — nothing about the claim was tested: " : "Inconclusive: ")
          .Append(i.Reason.Trim()).Append(".\n\nTried: ").Append(i.WhatWasTried.Trim()).Append(".\n\nReproduce: `")
          .Append(CounterexampleEvidence.RerunCommand(id, seed)).Append("`\n");
        return sb.ToString();
    }

    private static string NotReproduced(NotReproducedEvidence r)
    {
        var sb = new StringBuilder();
        sb.Append("**Not reproduced**: the closest of our runs is a factor ").Append(Number(r.ClosestFactor))
          .Append(" from the printed value; a printed value counts as reproduced within a factor ").Append(Number(r.AcceptedFactor))
          .Append(", and our runs differ from each other by at most ").Append(Number(r.RunSpread)).Append("×. ")
          .Append(r.Comparison.Trim()).Append(".\n\nRe-run: `").Append(r.Rerun).Append("`\n");
        return sb.ToString();
    }
}
