namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// One row of a reproduction table: a quantity the paper printed, the printed value, the value we reproduced, the
/// verdict and a note (the rule behind the verdict, the factor when not reproduced, or what the paper leaves open).
/// Text fields are Markdown with math in <c>$…$</c>.
/// </summary>
/// <param name="Quantity">What is compared (for example <c>$\eta$ of (5.1), $N = 2$</c>).</param>
/// <param name="Printed">The value as printed in the paper.</param>
/// <param name="Reproduced">Our value (with its spread when several seeds were run).</param>
/// <param name="Verdict">The verdict.</param>
/// <param name="Note">The rule, the factor, or what is unspecified.</param>
public sealed record ReproductionRow(string Quantity, string Printed, string Reproduced, ReproductionVerdict Verdict, string Note)
{
    /// <summary>
    /// The machine-readable fields of the row for JSON, in order (values are <see cref="double"/>, <see cref="int"/>,
    /// <see cref="string"/> or <see cref="bool"/>); the verdict is appended as <c>"verdict"</c>. When empty, the JSON row
    /// carries <c>quantity</c>, <c>printed</c>, <c>reproduced</c>, <c>verdict</c> and <c>note</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object>> Fields { get; init; } = [];
}
