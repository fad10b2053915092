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
/// <param name="WorstSeed">The seed that regenerates the worst instance (checked by replaying it), or
/// <see langword="null"/> when the instances are not drawn one per seed (iterates of runs, indexed cases): then
/// <see cref="WorstInstance"/> names it.</param>
/// <param name="Tightness">The adversarial tightness search, or <see langword="null"/> for identities.</param>
public sealed record NumericEvidence(
    string InstanceFamily,
    int InstancesTried,
    int InstancesRejected,
    double MinimumSlack,
    double WorstRatio,
    ulong? WorstSeed,
    TightnessResult? Tightness) : Evidence
{
    /// <inheritdoc/>
    public override string Type => "numeric";

    /// <summary>The worst instance in words (run, its seed, iteration) when <see cref="WorstSeed"/> is null; otherwise null.</summary>
    public string? WorstInstance { get; init; }

    /// <summary>
    /// For an identity a = b (every instance made by <see cref="Support.InstanceOutcome.Identity"/>): the largest
    /// relative error |a − b| / (1 + s) over the instances, where s is the size of the terms (for example
    /// max(‖a‖, ‖b‖)); the denominator 1 + s makes it absolute for terms below 1. Null for inequalities.
    /// </summary>
    public double? WorstRelativeError { get; init; }

    /// <summary>The tolerance the relative error of an identity was compared with (null for inequalities).</summary>
    public double? IdentityTolerance { get; init; }

    /// <summary>The worst instance as reported: <c>seed S</c>, or its description.</summary>
    public string WorstText => WorstSeed is { } s ? "seed " + s.ToString(CultureInfo.InvariantCulture) : WorstInstance ?? "—";

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
        if (WorstRelativeError is { } e)
        {
            numbers.Add(new("worst-rel-error", e));
        }

        if (Tightness is not null)
        {
            numbers.Add(new("tightness", Tightness.LargestRatio));
        }

        return numbers;
    }

    /// <inheritdoc/>
    public override string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"{InstancesTried} instances ({InstancesRejected} rejected by hypotheses) of {InstanceFamily}; ")
        + (WorstRelativeError is { } e
            ? string.Create(CultureInfo.InvariantCulture, $"worst relative error |a − b|/(1 + size) {e:G6} (tolerance {IdentityTolerance:G3})")
            : string.Create(CultureInfo.InvariantCulture, $"min slack {MinimumSlack:G6}, worst lhs/rhs {WorstRatio:G6}"))
        + " (" + WorstText + ")"
        + (Tightness is null ? string.Empty : "; " + Tightness.Summary());
}
