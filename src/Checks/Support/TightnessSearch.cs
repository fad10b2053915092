using MathNet.Numerics.Distributions;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Random;

namespace DeepLinear.Checks.Support;

/// <summary>
/// The adversarial tightness search of an inequality lhs ≤ rhs: random restarts (normal starting points from an
/// explicit seed) plus a Nelder–Mead simplex (<see cref="NelderMeadSimplex"/>) maximising lhs/rhs over instances that
/// meet the hypotheses (others get a penalty). The result is the largest ratio seen — a lower bound on the supremum
/// of lhs/rhs; a value near 1 means the inequality is tight, far below 1 that it is loose on the family searched.
/// </summary>
public static class TightnessSearch
{
    private const double Penalty = 1e6;

    /// <summary>Runs the search.</summary>
    /// <typeparam name="T">The instance type.</typeparam>
    /// <param name="spec">The parameterization and effort.</param>
    /// <param name="evaluate">Evaluates an instance.</param>
    /// <param name="context">The check context (seed, thoroughness, cancellation).</param>
    /// <param name="seed">The seed of the search.</param>
    /// <returns>The largest ratio found (−∞ when no instance met the hypotheses), restarts and evaluations.</returns>
    public static TightnessResult Run<T>(TightnessSpec<T> spec, Func<T, InstanceOutcome> evaluate, CheckContext context, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(evaluate);
        ArgumentNullException.ThrowIfNull(context);
        if (spec.Dimension < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), $"Argument 'spec.Dimension' = {spec.Dimension} must be at least 1.");
        }

        int restarts = context.Thorough ? spec.ThoroughRestarts : spec.Restarts;
        int maxEvaluations = context.Thorough ? 4 * spec.MaxEvaluations : spec.MaxEvaluations;
        var random = new Xoshiro256StarStar(unchecked((int)(seed ^ (seed >> 32))), threadSafe: false);
        double best = double.NegativeInfinity;
        int evaluations = 0;

        double Objective(Vector<double> p)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            evaluations++;
            InstanceOutcome outcome;
            try
            {
                outcome = evaluate(spec.FromParameters(p.ToArray()));
            }
            catch (ArithmeticException)
            {
                return Penalty;
            }
            catch (ArgumentException)
            {
                return Penalty;
            }

            if (!outcome.HypothesesMet || !outcome.IsFinite)
            {
                return Penalty;
            }

            double ratio = outcome.Ratio;
            if (!double.IsFinite(ratio))
            {
                return Penalty;
            }

            best = Math.Max(best, ratio);
            return -ratio;
        }

        for (int r = 0; r < restarts; r++)
        {
            var start = Vector<double>.Build.Dense(spec.Dimension, _ => Normal.Sample(random, 0, spec.StartScale));
            var objective = ObjectiveFunction.Value(Objective);
            int before = evaluations;
            try
            {
                var solver = new NelderMeadSimplex(1e-10, maxEvaluations);
                solver.FindMinimum(objective, start);
            }
            catch (MaximumIterationsException)
            {
                // The evaluation budget of this restart is spent; the best ratio seen is kept.
            }
            catch (OptimizationException)
            {
                // A degenerate simplex; the best ratio seen is kept.
            }

            if (evaluations == before)
            {
                Objective(start);
            }
        }

        return new TightnessResult(best, restarts, evaluations, "random restarts + Nelder–Mead", seed);
    }
}
