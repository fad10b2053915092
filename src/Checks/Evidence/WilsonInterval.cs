namespace DeepLinear.Checks.Evidence;

/// <summary>
/// The Wilson score interval for a binomial proportion: with p̂ = k/n and z the normal quantile,
/// centre = (p̂ + z²/(2n)) / (1 + z²/n), half-width = z·√(p̂(1 − p̂)/n + z²/(4n²)) / (1 + z²/n).
/// Unlike the Wald interval it stays inside [0, 1] and is informative at k = 0 and k = n.
/// </summary>
/// <param name="Lower">The lower end, in [0, 1].</param>
/// <param name="Upper">The upper end, in [0, 1].</param>
public readonly record struct WilsonInterval(double Lower, double Upper)
{
    /// <summary>z for a two-sided 95% interval, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Computes the Wilson interval for <paramref name="successes"/> out of <paramref name="trials"/>.</summary>
    /// <param name="successes">The number of successes, 0 ≤ k ≤ n.</param>
    /// <param name="trials">The number of trials, n ≥ 1.</param>
    /// <param name="z">The normal quantile (default <see cref="Z95"/>), z &gt; 0.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static WilsonInterval Compute(long successes, long trials, double z = Z95)
    {
        if (trials < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(trials), trials, $"Argument 'trials' = {trials} must be at least 1.");
        }

        if (successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(
                nameof(successes), successes, $"Argument 'successes' = {successes} must lie in [0, trials = {trials}].");
        }

        if (!(z > 0) || double.IsInfinity(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"Argument 'z' = {z} must be positive and finite.");
        }

        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;
        // At k = n (k = 0) the upper (lower) end is exactly 1 (0); rounding in centre ± half can land just inside, which
        // would make "P ≥ 1" look refuted after n successes out of n.
        return new WilsonInterval(successes == 0 ? 0 : Math.Max(0, centre - half), successes == trials ? 1 : Math.Min(1, centre + half));
    }
}
