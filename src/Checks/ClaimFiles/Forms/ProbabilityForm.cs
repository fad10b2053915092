using System.Globalization;
using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>probability:</c> form: an event (a condition) over seeded random instances, its stated <c>bound</c> and
/// <c>direction</c> (<c>at-least</c>: P(event) ≥ bound, the default; <c>at-most</c>: P(event) ≤ bound), <c>trials</c>
/// (fast tier, default 1000; thorough 10×), and the <c>over</c>/<c>sizes</c>/<c>where</c> keys of
/// <see cref="InstanceSpace"/> (a trial rejected by <c>where:</c> is not counted: the probability is conditional on the
/// hypotheses). Evidence: <see cref="MonteCarloEvidence"/> with the Wilson 95% interval; verified when the whole
/// interval lies on the stated side of the bound, refuted when it lies on the other side, inconclusive otherwise.
/// </summary>
public static class ProbabilityForm
{
    /// <summary>The default number of trials of the fast tier.</summary>
    public const int DefaultTrials = 1000;

    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string text = node.RequiredString("probability");
        var @event = node.Expression("probability", text, node.Node("probability")!);
        if (@event is not (ComparisonExpr or LogicalExpr or RangeExpr { Kind: RangeKind.Forall }))
        {
            throw node.Error(node.Node("probability")!, "probability", text, "must be an event: a comparison, 'and'/'or' of comparisons, or a 'forall'");
        }

        if (!node.Has("bound"))
        {
            throw node.Error(node.Mapping, "bound", null, "a probability claim needs the stated bound, a number in [0, 1]");
        }

        double bound = node.Number("bound", double.NaN, 0, 1);
        string direction = node.String("direction") ?? "at-least";
        if (direction is not ("at-least" or "at-most"))
        {
            throw node.Error(node.Node("direction")!, "direction", direction, "must be at-least (P ≥ bound) or at-most (P ≤ bound)");
        }

        int trials = node.Integer("trials", DefaultTrials, 1, 10_000_000);
        var space = new InstanceSpace(node);
        node.RejectUnknownKeys("probability", ClaimForms.ModifierKeys);
        string claimId = node.ClaimId;
        return context => ClaimForms.WithRerun(Run(context, claimId, text, @event, space, bound, direction == "at-least", trials), node, context.Seed);
    }

    private static CheckResult Run(CheckContext context, string claimId, string text, Expr @event, InstanceSpace space, double bound, bool atLeast, int trials)
    {
        int count = context.Thorough ? trials * InequalityForm.ThoroughFactor : trials;
        string scope = string.Create(CultureInfo.InvariantCulture, $"{count} seeded trials of {space.Family}");
        long counted = 0, successes = 0;
        int rejected = 0;
        for (int i = 0; i < count; i++)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                return CheckResult.Inconclusive(scope, new InconclusiveEvidence("the time budget was exhausted", string.Create(CultureInfo.InvariantCulture, $"{i} trials"), (int)counted));
            }

            SampledInstance trial;
            try
            {
                trial = space.Sample(context.DeriveSeed((ulong)i));
            }
            catch (ExpressionException e)
            {
                return CheckResult.Inconclusive(scope, new InconclusiveEvidence("the trials could not be drawn: " + e.Message, space.Family, (int)counted));
            }

            if (!trial.Accepted)
            {
                rejected++;
                continue;
            }

            bool occurred;
            try
            {
                occurred = InstanceSpace.Guard(() => ExpressionEvaluator.EvaluateCondition(@event, trial.Scope), @event);
            }
            catch (ExpressionException e)
            {
                return CheckResult.Refuted(
                    "shape check of the event on a generated trial",
                    new CounterexampleEvidence(trial.Describe(), trial.Describe(), e.Message, Exact: true, Shrunk: false, IsShapeError: true,
                        CounterexampleEvidence.RerunCommand(claimId, context.Seed), trial.Seed));
            }

            counted++;
            successes += occurred ? 1 : 0;
        }

        if (counted == 0)
        {
            return CheckResult.HypothesesNotMet(scope, "every trial failed where:", rejected);
        }

        string rejectedText = rejected == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({rejected} trials rejected by where:)");
        return CheckResult.FromMonteCarlo(scope + rejectedText, MonteCarloEvidence.FromCounts(text, counted, successes, bound, atLeast, context.Seed));
    }
}
