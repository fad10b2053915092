namespace DeepLinear.Checks.Support;

/// <summary>
/// Compares numbers a paper prints from its own experiment with our seeded runs of the experiment as described, case
/// by case (e.g. per depth). A printed value p counts as reproduced when some run r is within the accepted factor,
/// max(r/p, p/r) ≤ accepted; the verdict is <see cref="Verdict.Verified"/> when every case is reproduced and
/// <see cref="Verdict.NotReproduced"/> with the factor of the case that misses most otherwise — never "refuted" (the
/// authors' unpublished draw or an unstated detail may explain a miss) and never "inconclusive" (the runs answer).
/// The accepted factor must exceed the spread of our own runs, or a miss could be an accident of our draw; a
/// comparison whose runs spread more than the accepted factor is reported inconclusive.
/// </summary>
public static class PrintedExperimentComparison
{
    /// <summary>Compares.</summary>
    /// <param name="cases">Per case: its label (e.g. <c>N = 2</c>), the printed value and our runs' values (all
    /// positive).</param>
    /// <param name="acceptedFactor">The factor within which a printed value counts as reproduced (&gt; 1).</param>
    /// <param name="scope">The runs in words (draws, sizes).</param>
    /// <param name="family">The instance family for the verified evidence.</param>
    /// <param name="rerun">The command that re-runs the comparison.</param>
    /// <returns>Verified, not-reproduced, or inconclusive when our runs spread more than the accepted factor.</returns>
    public static CheckResult Compare(
        IReadOnlyList<(string Label, double Printed, IReadOnlyList<double> Runs)> cases, double acceptedFactor, string scope, string family, string rerun)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(acceptedFactor, 1);
        if (cases.Count == 0 || cases.Any(c => c.Runs.Count == 0 || !(c.Printed > 0) || c.Runs.Any(r => !(r > 0) || !double.IsFinite(r))))
        {
            throw new ArgumentException("Every case needs a positive printed value and at least one positive, finite run.", nameof(cases));
        }

        var rows = cases.Select(c =>
        {
            double closest = c.Runs.Min(r => Math.Max(r / c.Printed, c.Printed / r));
            double spread = c.Runs.Max() / c.Runs.Min();
            string text = string.Create(
                CultureInfo.InvariantCulture,
                $"{c.Label}: printed {c.Printed:G3}, runs {c.Runs.Min():G3}–{c.Runs.Max():G3} (ratio to printed {c.Runs.Min() / c.Printed:G3}–{c.Runs.Max() / c.Printed:G3})");
            return (Closest: closest, Spread: spread, Text: text);
        }).ToList();
        double worst = rows.Max(r => r.Closest), spreadMax = rows.Max(r => r.Spread);
        string comparison = string.Join("; ", rows.Select(r => r.Text));
        if (spreadMax >= acceptedFactor)
        {
            return CheckResult.Inconclusive(scope, new InconclusiveEvidence(
                string.Create(CultureInfo.InvariantCulture, $"our runs differ from each other by {spreadMax:G3}×, not less than the accepted factor {acceptedFactor:G3}, so a miss could be an accident of our draw"),
                comparison,
                rows.Count));
        }

        if (worst > acceptedFactor)
        {
            return CheckResult.NotReproduced(scope, new NotReproducedEvidence(comparison, worst, acceptedFactor, spreadMax, rerun));
        }

        int runs = cases.Sum(c => c.Runs.Count);
        return CheckResult.Verified(scope, new NumericEvidence(family, runs, 0, acceptedFactor - worst, worst / acceptedFactor, null, null)
        {
            WorstInstance = rows.MaxBy(r => r.Closest).Text,
        });
    }
}
