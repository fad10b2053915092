using DeepLinear.Checks.ClaimFiles.Expressions;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>inequality:</c> form: a claim (<see cref="ClaimStatement"/>) tested on seeded instances of an
/// <see cref="InstanceSpace"/>. Keys: <c>inequality</c> (the claim), <c>over</c>, <c>sizes</c>, <c>where</c>,
/// <c>instances</c> (fast tier, default 200; the thorough tier runs 10×), <c>tolerance</c> (of <c>==</c>, default 10⁻⁹),
/// <c>tightness</c> (evaluations of the tightness search, default 100, thorough tier 4×; 0 turns it off).
/// Instance i is drawn from seed <see cref="CheckContext.DeriveSeed"/>(i); rejected instances are counted, never tested.
/// <list type="bullet">
/// <item>Verified with <see cref="NumericEvidence"/>: instances, rejected, minimum slack, worst ratio, the seed of the
/// worst instance, and the tightness search (<see cref="DrawTightnessSearch"/>: the largest lhs/rhs and smallest slack
/// found by moving the draws of the instance closest to equality within the family, and how); claims with <c>==</c>
/// have no search.</item>
/// <item>Refuted at the first violation — of a sampled instance, or of a point of the tightness search that exceeds the
/// claim beyond rounding — shrunk over the sizes and the entries (<see cref="CounterexampleShrinker"/>), then drawn
/// afresh from its seed, shifts and replaced values and evaluated once more before it is reported.</item>
/// <item>A shape error (refuted, <see cref="CounterexampleEvidence.IsShapeError"/>) when the claim is ill-typed on an
/// instance; inconclusive when a side is not finite, the budget runs out, or the instances cannot be drawn;
/// hypotheses-not-met when every instance was rejected.</item>
/// </list>
/// <see cref="ReplayWorst(ulong)"/> and <see cref="ReplayCounterexample"/> re-draw one instance from its own seed
/// (<c>dlv show --replay</c>).
/// </summary>
public sealed class InequalityForm : IReplayableForm
{
    /// <summary>The default number of instances of the fast tier.</summary>
    public const int DefaultInstances = 200;

    /// <summary>The factor applied to <c>instances</c> in the thorough tier.</summary>
    public const int ThoroughFactor = 10;

    /// <summary>The default evaluation budget of the tightness search in the fast tier.</summary>
    public const int DefaultTightness = 100;

    /// <summary>The factor applied to <c>tightness</c> in the thorough tier.</summary>
    public const int ThoroughTightnessFactor = 4;

    private readonly FormNode node;
    private readonly ClaimStatement statement;
    private readonly InstanceSpace space;
    private readonly int instances;
    private readonly int tightness;

    private InequalityForm(FormNode node, ClaimStatement statement, InstanceSpace space, int instances, int tightness)
    {
        this.node = node;
        this.statement = statement;
        this.space = space;
        this.instances = instances;
        this.tightness = tightness;
    }

    private string ClaimId => node.ClaimId;

    /// <summary>Compiles the form from its check mapping.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Has("exhaustive"))
        {
            return ExhaustiveGrid.Compile(node);
        }

        var form = Create(node);
        return form.Run;
    }

    /// <summary>Reads the form from its check mapping (for the per-instance replay).</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static InequalityForm Create(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        double tolerance = node.Number("tolerance", InstanceOutcome.DefaultIdentityTolerance, 0, 1);
        var statement = ClaimStatement.Compile(node, "inequality", node.RequiredString("inequality"), tolerance);
        var space = new InstanceSpace(node);
        int instances = node.Integer("instances", DefaultInstances, 1, 1_000_000);
        int tightness = node.Integer("tightness", DefaultTightness, 0, 100_000);
        node.RejectUnknownKeys("inequality", ClaimForms.ModifierKeys);
        return new InequalityForm(node, statement, space, instances, tightness);
    }

    /// <summary>Runs the check.</summary>
    /// <param name="context">The context.</param>
    /// <returns>The result.</returns>
    public CheckResult Run(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ClaimForms.WithRerun(RunInstances(context), node, context.Seed);
    }

    /// <inheritdoc/>
    public InstanceReplay ReplayWorst(ulong seed, CheckContext context) => ReplayWorst(seed);

    /// <summary>Re-draws the worst instance of a verified run from its seed and evaluates the claim on it.</summary>
    /// <param name="seed">The worst instance's seed (<see cref="NumericEvidence.WorstSeed"/>).</param>
    /// <returns>The instance's numbers.</returns>
    public InstanceReplay ReplayWorst(ulong seed)
    {
        SampledInstance instance;
        try
        {
            instance = space.Sample(seed);
        }
        catch (ExpressionException e)
        {
            return new InstanceReplay(seed, false, ["the instance could not be drawn: " + e.Message], double.NaN, double.NaN, null);
        }

        var lines = Lines(instance);
        if (!instance.Accepted)
        {
            lines.Add("rejected: " + instance.Rejection);
            return new InstanceReplay(seed, false, lines, double.NaN, double.NaN, null);
        }

        try
        {
            var outcome = statement.Evaluate(instance.Scope);
            lines.Add(Sides(outcome));
            return new InstanceReplay(seed, false, lines, outcome.Lhs, outcome.Rhs, null);
        }
        catch (ExpressionException e)
        {
            lines.Add("the claim is ill-typed on this instance: " + e.Message);
            return new InstanceReplay(seed, false, lines, double.NaN, double.NaN, null);
        }
    }

    /// <summary>
    /// Re-draws a counterexample from its seed (<see cref="CounterexampleEvidence.Seed"/>): the instance of the seed; if
    /// it does not violate the claim, the tightness search from it (as in the run that found it); then the same
    /// shrinking and re-check. Deterministic, so the witness and violation are those of the recorded run.
    /// </summary>
    /// <param name="seed">The counterexample's seed.</param>
    /// <param name="context">The tier (search budget) and time budget.</param>
    /// <returns>The witness's numbers and violation.</returns>
    public InstanceReplay ReplayCounterexample(ulong seed, CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        SampledInstance first;
        try
        {
            first = space.Sample(seed);
        }
        catch (ExpressionException e)
        {
            return new InstanceReplay(seed, true, ["the instance could not be drawn: " + e.Message], double.NaN, double.NaN, null);
        }

        var lines = new List<string>();
        int budget = context.Thorough ? tightness * ThoroughTightnessFactor : tightness;
        if (!first.Accepted || !Violates(first))
        {
            if (!first.Accepted || budget == 0)
            {
                lines.AddRange(Lines(first));
                lines.Add(first.Accepted ? "this instance does not violate the claim (and the tightness search is off)" : "rejected: " + first.Rejection);
                return new InstanceReplay(seed, true, lines, double.NaN, double.NaN, null);
            }

            var (_, found) = DrawTightnessSearch.Run(space, statement, first, budget, context.CancellationToken);
            if (found is null)
            {
                lines.AddRange(Lines(first));
                lines.Add("neither this instance nor the tightness search from it violates the claim");
                return new InstanceReplay(seed, true, lines, double.NaN, double.NaN, null);
            }

            lines.Add("the instance of this seed does not violate the claim; the tightness search from it does:");
            first = found;
        }

        var (result, witness, outcome) = CounterexampleAndWitness(context, first);
        lines.AddRange(Lines(witness));
        lines.Add(Sides(outcome));
        return new InstanceReplay(seed, true, lines, outcome.Lhs, outcome.Rhs, (result.Evidence as CounterexampleEvidence)?.Violation);
    }

    private static List<string> Lines(SampledInstance instance)
    {
        var lines = new List<string>();
        foreach (var (name, value) in instance.Sizes)
        {
            lines.Add(name + " = " + value.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (name, value) in instance.Values)
        {
            lines.Add(name + " = " + value);
        }

        return lines;
    }

    private static string Sides(InstanceOutcome o) => string.Create(
        CultureInfo.InvariantCulture,
        $"lhs = {o.Lhs:R}, rhs = {o.Rhs:R}, lhs/rhs = {o.Ratio:G6}, slack rhs − lhs = {o.Slack:G6}");

    private CheckResult RunInstances(CheckContext context)
    {
        int count = context.Thorough ? instances * ThoroughFactor : instances;
        string family = space.Family;
        string scope = string.Create(CultureInfo.InvariantCulture, $"{count} instances of {family}");
        var accumulator = new SlackAccumulator { Replay = seed => statement.Evaluate(space.Sample(seed).Scope) };
        ulong closestSeed = 0;
        double closest = double.PositiveInfinity;
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
                return Counterexample(context, instance);
            }

            if (outcome.IsFinite && DrawTightnessSearch.RelativeSlack(outcome) < closest)
            {
                closest = DrawTightnessSearch.RelativeSlack(outcome);
                closestSeed = seed;
            }
        }

        int budget = context.Thorough ? tightness * ThoroughTightnessFactor : tightness;
        TightnessResult? tight = null;
        if (budget > 0 && !statement.HasEquality && accumulator.Tested > 0 && accumulator.NonFinite == 0)
        {
            var (result, violation) = DrawTightnessSearch.Run(space, statement, space.Sample(closestSeed), budget, context.CancellationToken);
            if (violation is not null)
            {
                return Counterexample(context, violation);
            }

            tight = result;
        }

        return accumulator.ToResult(ClaimId, scope, family, tight);
    }

    private CheckResult ShapeError(CheckContext context, SampledInstance instance, ExpressionException e)
        => CheckResult.Refuted(
            "shape check of the claim on a generated instance",
            new CounterexampleEvidence(
                instance.Describe(), instance.Describe(), e.Message, Exact: true, Shrunk: false, IsShapeError: true,
                CounterexampleEvidence.RerunCommand(ClaimId, context.Seed), instance.Seed));

    private CheckResult Counterexample(CheckContext context, SampledInstance first) => CounterexampleAndWitness(context, first).Result;

    private (CheckResult Result, SampledInstance Witness, InstanceOutcome Outcome) CounterexampleAndWitness(CheckContext context, SampledInstance first)
    {
        var (witness, outcome, shrunk) = Witness(first, context);
        var sizes = witness.Sizes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        // Implementation note: the witness is its seed's instance at the shrunk sizes, moved by the recorded shifts and
        // with the recorded replaced values (its description names them), so the replay applies the same three.
        var recheck = new SlackAccumulator { Replay = seed => statement.Evaluate(space.Sample(seed, sizes, witness.Shifts, witness.Overrides).Scope) };
        if (!recheck.Add(outcome, witness.Seed, witness.Describe))
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The counterexample of '{ClaimId}' (seed {witness.Seed}) did not violate the claim when drawn again from its seed: the evaluation is not deterministic."));
        }

        return (recheck.ToResult(ClaimId, "printed statement", space.Family, shrunk: shrunk, runSeed: context.Seed), witness, outcome);
    }

    /// <summary>Shrinks a violating instance, then draws the witness afresh from its seed, shifts and replaced values and
    /// evaluates it once more (the re-check outside the search).</summary>
    private (SampledInstance Instance, InstanceOutcome Outcome, bool Shrunk) Witness(SampledInstance first, CheckContext context)
    {
        var (current, shrunk) = new CounterexampleShrinker(space, Violates, context.CancellationToken).Shrink(first);
        var sizes = current.Sizes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var witness = space.Sample(current.Seed, sizes, current.Shifts, current.Overrides);
        if (!witness.Accepted)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The counterexample of '{ClaimId}' (seed {current.Seed}) did not meet the hypotheses when drawn again ({witness.Rejection}): the sampling is not deterministic."));
        }

        return (witness, statement.Evaluate(witness.Scope), shrunk);
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
