using DeepLinear.Checks.ClaimFiles.Expressions;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// One instance drawn by an <see cref="InstanceSpace"/>: the size symbols, the <c>over:</c> variables (in order), the
/// scope holding both, and, when the instance does not meet a <c>where:</c> hypothesis, which one failed.
/// </summary>
/// <param name="Seed">The instance seed (regenerates exactly this instance with the same size overrides).</param>
/// <param name="Sizes">The size symbols and their values, in the order of <c>sizes:</c>.</param>
/// <param name="Values">The <c>over:</c> variables and their values, in order.</param>
/// <param name="Scope">The scope in which the claim is evaluated.</param>
/// <param name="Rejection">The failed hypothesis, or null when every hypothesis holds.</param>
public sealed record SampledInstance(
    ulong Seed,
    IReadOnlyList<KeyValuePair<string, int>> Sizes,
    IReadOnlyList<KeyValuePair<string, ExpressionValue>> Values,
    EvaluationScope Scope,
    string? Rejection)
{
    /// <summary>The logit shifts of the uniform draws (<see cref="Generators.ShiftedRandom"/>); empty for an instance
    /// drawn as its seed gives it.</summary>
    public IReadOnlyList<double> Shifts { get; init; } = [];

    /// <summary>The variables replaced by simpler values of their generator's support (a shrunk counterexample); empty
    /// otherwise.</summary>
    public IReadOnlyDictionary<string, ExpressionValue> Overrides { get; init; } = new Dictionary<string, ExpressionValue>(StringComparer.Ordinal);

    /// <summary>The number of uniform draws the instance consumed (the dimension of the tightness search).</summary>
    public int UniformDraws { get; init; }

    /// <summary>Whether the instance meets every hypothesis.</summary>
    public bool Accepted => Rejection is null;

    /// <summary>The instance in plain text: sizes, then each variable with round-trip numbers, then its seed and, when it
    /// is not the instance its seed draws, how it was moved (tightness search) or simplified (shrinking).</summary>
    /// <returns>The text.</returns>
    public string Describe()
    {
        var sb = new StringBuilder();
        foreach (var (name, value) in Sizes)
        {
            sb.Append(name).Append(" = ").Append(value.ToString(CultureInfo.InvariantCulture)).Append("; ");
        }

        foreach (var (name, value) in Values)
        {
            sb.Append(name).Append(" = ").Append(value).Append("; ");
        }

        sb.Append("instance seed ").Append(Seed.ToString(CultureInfo.InvariantCulture));
        int moved = Shifts.Count(s => s != 0);
        if (moved > 0)
        {
            sb.Append(", ").Append(moved.ToString(CultureInfo.InvariantCulture)).Append(" uniform draws moved by the tightness search");
        }

        if (Overrides.Count > 0)
        {
            sb.Append(", entries of ").Append(string.Join(", ", Overrides.Keys.Order(StringComparer.Ordinal))).Append(" simplified within their generators' support");
        }

        return sb.ToString();
    }
}
