using System.Globalization;

namespace DeepLinear.Checks.Evidence;

/// <summary>
/// Evidence of a <see cref="Verdict.Verified"/> verdict for an inequality lhs ≤ rhs (or an identity, with lhs the
/// error and rhs the tolerance): the instances tried, those rejected for not meeting the hypotheses, the minimum
/// slack min(rhs − lhs), the worst ratio max(lhs/rhs), the seed of the worst instance and the tightness search.
/// </summary>
/// <param name="InstanceFamily">The instance family in words (sizes, depths, scales, degenerate cases covered).</param>
/// <param name="InstancesTried">Instances that met the hypotheses and were evaluated.</param>
/// <param name="InstancesRejected">Generated instances that did not meet the hypotheses (counted, not evaluated).</param>
/// <param name="MinimumSlack">The minimum of rhs − lhs over the instances tried.</param>
/// <param name="WorstRatio">The largest lhs/rhs over the instances tried.</param>
/// <param name="WorstSeed">The seed that regenerates the worst instance.</param>
/// <param name="Tightness">The adversarial tightness search, or <see langword="null"/> for identities.</param>
public sealed record NumericEvidence(
    string InstanceFamily,
    int InstancesTried,
    int InstancesRejected,
    double MinimumSlack,
    double WorstRatio,
    ulong WorstSeed,
    TightnessResult? Tightness) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "numeric";

    /// <inheritdoc/>
    public override IReadOnlyList<EvidenceNumber> KeyNumbers()
    {
        List<EvidenceNumber> numbers =
        [
            new("instances", InstancesTried, IsCount: true),
            new("rejected", InstancesRejected, IsCount: true),
            new("min-slack", MinimumSlack),
            new("worst-ratio", WorstRatio),
        ];
        if (Tightness is not null)
        {
            numbers.Add(new("tightness", Tightness.LargestRatio));
        }

        return numbers;
    }

    /// <inheritdoc/>
    public override string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{InstancesTried} instances ({InstancesRejected} rejected by hypotheses) of {InstanceFamily}; min slack {MinimumSlack:G6}, worst lhs/rhs {WorstRatio:G6} (seed {WorstSeed})")
        + (Tightness is null ? string.Empty : "; " + Tightness.Summary());
}
