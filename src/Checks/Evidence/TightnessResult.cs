namespace DeepLinear.Checks.Evidence;

/// <summary>
/// The result of an adversarial tightness search for an inequality lhs ≤ rhs: the largest ratio lhs/rhs found over
/// instances that meet the hypotheses (random restarts plus a local optimizer), and how it was found. A ratio close
/// to 1 means the inequality is nearly tight; a ratio above 1 is a counterexample (reported as such by the check).
/// </summary>
/// <param name="LargestRatio">The largest lhs/rhs found.</param>
/// <param name="Restarts">The number of random restarts.</param>
/// <param name="Evaluations">The total number of lhs/rhs evaluations.</param>
/// <param name="Method">How the search was done (<c>Nelder–Mead on log-parameters from 16 seeded restarts</c>).</param>
/// <param name="Seed">The seed of the restart that found <paramref name="LargestRatio"/>.</param>
public sealed record TightnessResult(double LargestRatio, int Restarts, int Evaluations, string Method, ulong Seed)
{
    /// <summary>The smallest slack rhs − lhs over the points the search evaluated, or NaN when the search does not
    /// record it.</summary>
    public double SmallestSlack { get; init; } = double.NaN;

    /// <summary>A one-line summary.</summary>
    /// <returns>The summary.</returns>
    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"largest lhs/rhs {LargestRatio:G6}{(double.IsNaN(SmallestSlack) ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", smallest slack {SmallestSlack:G6}"))} ({Method}; {Restarts} restarts, {Evaluations} evaluations, seed {Seed})");
}
