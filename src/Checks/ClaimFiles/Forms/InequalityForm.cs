using System.Globalization;
using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>inequality:</c> form: a claim (<see cref="ClaimStatement"/>) tested on seeded instances of an
/// <see cref="InstanceSpace"/>. Keys: <c>inequality</c> (the claim), <c>over</c>, <c>sizes</c>, <c>where</c>,
/// <c>instances</c> (fast tier, default 200; the thorough tier runs 10×), <c>tolerance</c> (of <c>==</c>, default 10⁻⁹).
/// Instance i is drawn from seed <see cref="CheckContext.DeriveSeed"/>(i); rejected instances are counted, never tested.
/// Verdicts: verified with <see cref="NumericEvidence"/> (instances, rejected, minimum slack, worst ratio, the seed of
/// the worst instance); refuted at the first violation, shrunk over the size symbols (each smaller size re-drawn from
/// the same seed, kept when it still meets the hypotheses and still violates) and re-evaluated from its seed before it
/// is reported; a shape error (refuted, <see cref="CounterexampleEvidence.IsShapeError"/>) when the claim is ill-typed
/// on an instance; inconclusive when a side is not finite, the budget runs out, or the instances cannot be drawn;
/// hypotheses-not-met when every instance was rejected.
/// </summary>
public sealed class InequalityForm
{
    /// <summary>The default number of instances of the fast tier.</summary>
    public const int DefaultInstances = 200;

    /// <summary>The factor applied to <c>instances</c> in the thorough tier.</summary>
    public const int ThoroughFactor = 10;

    private readonly string claimId;
    private readonly ClaimStatement statement;
    private readonly InstanceSpace space;
    private readonly int instances;

    private InequalityForm(string claimId, ClaimStatement statement, InstanceSpace space, int instances)
    {
        this.claimId = claimId;
        this.statement = statement;
        this.space = space;
        this.instances = instances;
    }

    /// <summary>Compiles the form from its check mapping.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        double tolerance = node.Number("tolerance", InstanceOutcome.DefaultIdentityTolerance, 0, 1);
        var statement = ClaimStatement.Compile(node, "inequality", node.RequiredString("inequality"), tolerance);
        var space = new InstanceSpace(node);
        int instances = node.Integer("instances", DefaultInstances, 1, 1_000_000);
        node.RejectUnknownKeys("inequality", ClaimForms.ModifierKeys);
        var form = new InequalityForm(node.ClaimId, statement, space, instances);
        return context => ClaimForms.WithRerun(form.Run(context), node, context.Seed);
    }

    /// <summary>Runs the check.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    public CheckResult Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        int count = context.Thorough ? instances * ThoroughFactor : instances;
        string family = space.Family;
        string scope = string.Create(CultureInfo.InvariantCulture, $"{count} instances of {family}");
        var accumulator = new SlackAccumulator { Replay = seed => statement.Evaluate(space.Sample(seed).Scope) };
        for (int i = 0; i < count; i++)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                return CheckResult.Inconclusive(scope, new InconclusiveEvidence("the time budget was exhausted", string.Create(CultureInfo.InvariantCulture, $"{i} instances of {family}"), accumulator.Tested));
            }

            ulong seed = context.DeriveSeed((ulong)i);
            SampledInstance instance;
            try
            {
                instance = space.Sample(seed);
            }
            catch (ExpressionException e)
            {
                return CheckResult.Inconclusive(scope, new InconclusiveEvidence("the instances could not be drawn: " + e.Message, family, accumulator.Tested));
            }

            if (!instance.Accepted)
            {
                accumulator.Add(InstanceOutcome.Rejected(instance.Rejection!), seed);
                continue;
            }

            InstanceOutcome outcome;
            try
            {
                outcome = statement.Evaluate(instance.Scope);
            }
            catch (ExpressionException e)
            {
                return ShapeError(context, instance, e);
            }

            if (accumulator.Add(outcome, seed, instance.Describe))
            {
                return Counterexample(context, instance, outcome);
            }
        }

        return accumulator.ToResult(claimId, scope, family);
    }

    private CheckResult ShapeError(CheckContext context, SampledInstance instance, ExpressionException e)
        => CheckResult.Refuted(
            "shape check of the claim on a generated instance",
            new CounterexampleEvidence(
                instance.Describe(), instance.Describe(), e.Message, Exact: true, Shrunk: false, IsShapeError: true,
                CounterexampleEvidence.RerunCommand(claimId, context.Seed), instance.Seed));

    private CheckResult Counterexample(CheckContext context, SampledInstance first, InstanceOutcome firstOutcome)
    {
        var current = first;
        bool shrunk = false;
        for (int round = 0; round < 100 && !context.CancellationToken.IsCancellationRequested; round++)
        {
            bool improved = false;
            foreach (var sizes in space.SmallerSizes(current))
            {
                var candidate = TrySample(current.Seed, sizes);
                if (candidate is { Accepted: true } && Violates(candidate))
                {
                    current = candidate;
                    improved = shrunk = true;
                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        // Re-check outside the search: draw the witness afresh from its seed and sizes, evaluate once more.
        var overrides = current.Sizes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var witness = space.Sample(current.Seed, overrides);
        var outcome = statement.Evaluate(witness.Scope);
        // Implementation note: the witness is the instance of its seed at the shrunk sizes (which its description names).
        var recheck = new SlackAccumulator { Replay = seed => statement.Evaluate(space.Sample(seed, overrides).Scope) };
        if (!witness.Accepted || !recheck.Add(outcome, witness.Seed, witness.Describe))
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The counterexample of '{claimId}' (seed {current.Seed}) did not violate the claim when drawn again from its seed (first: lhs {firstOutcome.Lhs:R}, rhs {firstOutcome.Rhs:R}); the evaluation is not deterministic."));
        }

        return recheck.ToResult(claimId, "printed statement", space.Family, shrunk: shrunk, runSeed: context.Seed);
    }

    private SampledInstance? TrySample(ulong seed, IReadOnlyDictionary<string, int> sizes)
    {
        try
        {
            return space.Sample(seed, sizes);
        }
        catch (ExpressionException)
        {
            return null;
        }
    }

    private bool Violates(SampledInstance instance)
    {
        try
        {
            return statement.Evaluate(instance.Scope).Violates(1e-9, 0);
        }
        catch (ExpressionException)
        {
            return false;
        }
    }
}
