using System.Globalization;
using System.Text;
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
    /// <summary>Whether the instance meets every hypothesis.</summary>
    public bool Accepted => Rejection is null;

    /// <summary>The instance in plain text: sizes, then each variable with round-trip numbers, then its seed.</summary>
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

        return sb.Append("instance seed ").Append(Seed.ToString(CultureInfo.InvariantCulture)).ToString();
    }
}
