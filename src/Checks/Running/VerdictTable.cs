namespace DeepLinear.Checks.Running;

/// <summary>
/// Renders the verdict table used for snapshots: one line per claim, <c>id | verdict | scope | key numbers</c>, in
/// catalog order, with every non-count number rounded to <see cref="Digits"/> significant digits (counts exact) and
/// no timings, so that the table changes exactly when a verdict, a scope or a key number changes at that precision.
/// </summary>
public static class VerdictTable
{
    /// <summary>The precision of the table: significant digits of every non-count number.</summary>
    public const int Digits = 3;

    /// <summary>Renders the table (LF line endings, trailing newline).</summary>
    /// <param name="outcomes">The outcomes, in catalog order.</param>
    /// <returns>The table text.</returns>
    public static string Render(IEnumerable<ClaimOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        var text = new StringBuilder();
        text.Append("# verdict table: id | verdict | scope | key numbers (")
            .Append(Digits)
            .Append(" significant digits, counts exact)\n");
        foreach (var o in list)
        {
            text.Append(Line(o)).Append('\n');
        }

        text.Append("# ").Append(RunSummary.Of(list)).Append('\n');
        return text.ToString();
    }

    /// <summary>One line of the table.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The line, without line ending.</returns>
    public static string Line(ClaimOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        string scope = outcome.Result?.Scope ?? "-";
        string numbers = outcome.Result is { } r
            ? string.Join(" ", r.Evidence.KeyNumbers().Select(Number))
            : string.Empty;
        return $"{outcome.Claim.Id.Text} | {outcome.VerdictName} | {scope} | {numbers}".TrimEnd();
    }

    private static string Number(EvidenceNumber n)
        => n.Name + "=" + (n.IsCount ? SignificantDigits.Count(n.Value) : SignificantDigits.Format(n.Value, Digits));
}
