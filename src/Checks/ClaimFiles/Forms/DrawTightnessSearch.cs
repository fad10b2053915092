using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.ClaimFiles.Generators;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The tightness search of the <c>inequality:</c> form: how close the worst instance of the family gets to equality.
/// Starting from the sampled instance closest to equality (smallest relative slack), a (1+1) evolution strategy moves the instance's uniform draws by logit
/// shifts (<see cref="ShiftedRandom"/>): a candidate adds σ·N(0, 1) to every shift and is kept when its relative slack
/// (rhs − lhs)/(|lhs| + |rhs|) is smaller; σ grows by 1.5 after a success and shrinks by 0.85 after a failure (a
/// one-fifth success rule). Every point is a member of the same family (the generators map draws to values), and points
/// that fail <c>where:</c> are skipped, so the largest lhs/rhs and the smallest slack rhs − lhs over the points evaluated
/// (both reported) bound the supremum of lhs/rhs and the infimum of the slack over the family from one side. The search's own draws come from the start instance's seed, so it is
/// deterministic and replays from that seed.
/// </summary>
internal static class DrawTightnessSearch
{
    /// <summary>How the search works, as the evidence states it.</summary>
    public const string Method = "local search from the sampled instance closest to equality over the generators' uniform draws ((1+1) evolution strategy on logit shifts, minimising (rhs − lhs)/(|lhs| + |rhs|))";

    /// <summary>Runs the search.</summary>
    /// <param name="space">The instance family.</param>
    /// <param name="statement">The claim.</param>
    /// <param name="start">The sampled instance closest to equality.</param>
    /// <param name="evaluations">The evaluation budget.</param>
    /// <param name="token">Stops the search early (the time budget).</param>
    /// <returns>The tightness result and, when a point violates the claim beyond rounding, that point.</returns>
    public static (TightnessResult Result, SampledInstance? Violation) Run(
        InstanceSpace space, ClaimStatement statement, SampledInstance start, int evaluations, CancellationToken token)
    {
        var first = statement.Evaluate(start.Scope);
        double best = first.Ratio, smallestSlack = first.Slack, closest = RelativeSlack(first);
        int dimension = start.UniformDraws;
        if (dimension == 0)
        {
            return (new TightnessResult(best, 1, 0, "no search: the family has no continuous draws", start.Seed) { SmallestSlack = smallestSlack }, null);
        }

        var random = SeededRandom.For(start.Seed ^ 0x9E3779B97F4A7C15UL);
        var sizes = start.Sizes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var current = new double[dimension];
        double sigma = 0.3;
        int used = 0;
        while (used < evaluations && !token.IsCancellationRequested)
        {
            used++;
            var candidate = current.Select(x => x + (sigma * StandardNormal(random))).ToArray();
            InstanceOutcome outcome;
            SampledInstance instance;
            try
            {
                instance = space.Sample(start.Seed, sizes, candidate, null);
                outcome = instance.Accepted ? statement.Evaluate(instance.Scope) : default;
            }
            catch (ExpressionException)
            {
                sigma = Math.Max(sigma * 0.85, 1e-4);
                continue;
            }

            if (!instance.Accepted || !outcome.IsFinite)
            {
                sigma = Math.Max(sigma * 0.85, 1e-4);
                continue;
            }

            smallestSlack = Math.Min(smallestSlack, outcome.Slack);
            if ((outcome with { Strict = false }).Violates(1e-9, 0))
            {
                // A strict claim whose sides only approach equality is not refuted by the search: it needs lhs > rhs
                // beyond rounding, as a non-strict claim does.
                return (Result(best, used, start.Seed, smallestSlack), instance);
            }

            best = Math.Max(best, outcome.Ratio);
            if (RelativeSlack(outcome) < closest)
            {
                closest = RelativeSlack(outcome);
                current = candidate;
                sigma = Math.Min(sigma * 1.5, 3);
            }
            else
            {
                sigma = Math.Max(sigma * 0.85, 1e-4);
            }
        }

        return (Result(best, used, start.Seed, smallestSlack), null);
    }

    /// <summary>(rhs − lhs) / (|lhs| + |rhs|): 0 at equality, negative when violated, scale-free and meaningful for
    /// sides of either sign (a ratio lhs/rhs explodes as rhs → 0 without the claim getting any closer to failing).</summary>
    public static double RelativeSlack(InstanceOutcome o)
    {
        double scale = Math.Abs(o.Lhs) + Math.Abs(o.Rhs);
        return scale == 0 ? 0 : o.Slack / scale;
    }

    private static TightnessResult Result(double best, int used, ulong seed, double smallestSlack)
        => new(best, 1, used, Method, seed) { SmallestSlack = smallestSlack };

    private static double StandardNormal(System.Random random)
    {
        // Box–Muller from two uniforms in (0, 1].
        double u = 1 - random.NextDouble(), v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
