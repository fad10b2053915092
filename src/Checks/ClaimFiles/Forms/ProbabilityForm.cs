using DeepLinear.Checks.ClaimFiles.Expressions;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>probability:</c> form: an event (a condition) over seeded random instances, its stated <c>bound</c> and
/// <c>direction</c> (<c>at-least</c>: P(event) ≥ bound, the default; <c>at-most</c>: P(event) ≤ bound), <c>trials</c>
/// (fast tier, default 1000; thorough 10×), and the <c>over</c>/<c>sizes</c>/<c>where</c> keys of
/// <see cref="InstanceSpace"/> (a trial rejected by <c>where:</c> is not counted: the probability is conditional on the
/// hypotheses). Evidence: <see cref="MonteCarloEvidence"/> with the Wilson 95% interval; verified when the whole
/// interval lies on the stated side of the bound, refuted when it lies on the other side, inconclusive otherwise. The
/// evidence records one trial by its own seed (<see cref="RecordedTrial"/>: the first trial against the stated side,
/// else the first counted one), which <see cref="ReplayWorst"/> / <see cref="ReplayCounterexample"/> re-draw and
/// re-evaluate for <c>dlv show --replay</c>.
/// </summary>
public sealed class ProbabilityForm : IReplayableForm
{
    /// <summary>The default number of trials of the fast tier.</summary>
    public const int DefaultTrials = 1000;

    /// <summary>The key of a claim stated for several settings (<see cref="Compile"/>).</summary>
    public const string SettingsKey = "settings";

    private readonly FormNode node;
    private readonly string text;
    private readonly Expr @event;
    private readonly InstanceSpace space;
    private readonly double bound;
    private readonly bool atLeast;
    private readonly int trials;

    private ProbabilityForm(FormNode node, string text, Expr @event, InstanceSpace space, double bound, bool atLeast, int trials)
    {
        this.node = node;
        this.text = text;
        this.@event = @event;
        this.space = space;
        this.bound = bound;
        this.atLeast = atLeast;
        this.trials = trials;
    }

    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var forms = Settings(node).Select(Create).ToList();
        return context => forms.Select(f => ClaimForms.WithRerun(f.Run(context), f.node, context.Seed)).Aggregate(Weaker);
    }

    /// <summary>
    /// The settings of a claim stated for several settings at once (<c>settings:</c>, a list of mappings): one check
    /// mapping per setting, each the claim's mapping with the setting's keys (<c>sizes</c>, <c>over</c>, <c>where</c>,
    /// <c>bound</c>, <c>trials</c>, …) put in; without <c>settings:</c>, the claim's own mapping. The claim holds when it
    /// holds at every setting, so the verdict is the weakest of the settings' verdicts (refuted, then inconclusive, then
    /// verified; the first such setting in the list).
    /// </summary>
    private static IEnumerable<FormNode> Settings(FormNode node)
    {
        var raw = node.Node(SettingsKey);
        if (raw is null)
        {
            yield return node;
            yield break;
        }

        if (raw is not YamlSequenceNode list || list.Children.Count == 0 || list.Children.Any(c => c is not YamlMappingNode))
        {
            throw node.Error(raw, SettingsKey, FormNode.Show(raw), "must be a non-empty list of mappings, each a setting's keys (sizes, over, where, bound, trials)");
        }

        foreach (YamlMappingNode setting in list.Children.Cast<YamlMappingNode>())
        {
            var merged = new YamlMappingNode();
            foreach (var (key, value) in node.Mapping.Children)
            {
                string name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (name is not (SettingsKey or ClaimForms.NegativeControlsKey) && !setting.Children.ContainsKey(key))
                {
                    merged.Add(key, value);
                }
            }

            foreach (var (key, value) in setting.Children)
            {
                merged.Add(key, value);
            }

            yield return new FormNode(merged, node.ClaimId, node.FileName, setting);
        }
    }

    private static CheckResult Weaker(CheckResult current, CheckResult next)
    {
        static int Rank(Verdict v) => v switch { Verdict.Refuted => 0, Verdict.Inconclusive => 1, _ => 2 };
        return Rank(next.Verdict) < Rank(current.Verdict) ? next : current;
    }

    /// <summary>The stated bound: a number, or an expression without names (<c>"(3 - 4*normcdf(0.2))/2"</c>) evaluated
    /// once, in [0, 1].</summary>
    private static double Bound(FormNode node)
    {
        string text = node.String("bound") ?? throw node.Error(node.Mapping, "bound", null, "a probability claim needs the stated bound, a number in [0, 1]");
        var at = node.Node("bound")!;
        double value;
        try
        {
            value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x)
                ? x
                : ExpressionEvaluator.AsScalar(ExpressionEvaluator.Evaluate(node.Expression("bound", text, at), new EvaluationScope()), new NameExpr("bound"));
        }
        catch (ExpressionException e)
        {
            throw node.Error(at, "bound", text, "must be a number or an expression without names: " + e.Message);
        }

        return value is >= 0 and <= 1 ? value : throw node.Error(at, "bound", text, string.Create(CultureInfo.InvariantCulture, $"must lie in [0, 1]; it is {value}"));
    }

    /// <summary>Reads the form from its check mapping (also for the per-trial replay).</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static ProbabilityForm Create(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string text = node.RequiredString("probability");
        var @event = node.Expression("probability", text, node.Node("probability")!);
        if (@event is not (ComparisonExpr or LogicalExpr or RangeExpr { Kind: RangeKind.Forall }))
        {
            throw node.Error(node.Node("probability")!, "probability", text, "must be an event: a comparison, 'and'/'or' of comparisons, or a 'forall'");
        }

        double bound = Bound(node);
        string direction = node.String("direction") ?? "at-least";
        if (direction is not ("at-least" or "at-most"))
        {
            throw node.Error(node.Node("direction")!, "direction", direction, "must be at-least (P ≥ bound) or at-most (P ≤ bound)");
        }

        int trials = node.Integer("trials", DefaultTrials, 1, 10_000_000);
        var space = new InstanceSpace(node);
        node.RejectUnknownKeys("probability", ClaimForms.ModifierKeys);
        return new ProbabilityForm(node, text, @event, space, bound, direction == "at-least", trials);
    }

    /// <inheritdoc/>
    /// <remarks>Re-draws the recorded trial (<see cref="MonteCarloEvidence.Trial"/>) from its own seed and evaluates
    /// the event on it; <see cref="InstanceReplay.EventOccurred"/> is compared with the record.</remarks>
    public InstanceReplay ReplayWorst(ulong seed, CheckContext context) => ReplayTrial(seed);

    /// <inheritdoc/>
    /// <remarks>As <see cref="ReplayWorst"/>: a refuted probability claim records its deciding trial the same way.</remarks>
    public InstanceReplay ReplayCounterexample(ulong seed, CheckContext context) => ReplayTrial(seed);

    private InstanceReplay ReplayTrial(ulong seed)
    {
        var lines = new List<string>();
        try
        {
            var trial = space.Sample(seed);
            lines.Add("the trial " + trial.Describe());
            if (!trial.Accepted)
            {
                lines.Add("rejected: " + trial.Rejection);
                return new InstanceReplay(seed, false, lines, double.NaN, double.NaN, null);
            }

            bool occurred = InstanceSpace.Guard(() => ExpressionEvaluator.EvaluateCondition(@event, trial.Scope), @event);
            lines.Add("event " + text + ": " + (occurred ? "true" : "false"));
            return new InstanceReplay(seed, false, lines, double.NaN, double.NaN, null) { EventOccurred = occurred };
        }
        catch (ExpressionException e)
        {
            lines.Add("the trial could not be drawn or evaluated: " + e.Message);
            return new InstanceReplay(seed, false, lines, double.NaN, double.NaN, null);
        }
    }

    private CheckResult Run(CheckContext context)
    {
        string claimId = node.ClaimId;
        RecordedTrial? against = null;
        RecordedTrial? first = null;
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
            first ??= new RecordedTrial(trial.Seed, occurred, "the first counted trial; the event occurred in " + (atLeast ? "every" : "no") + " trial");
            if (against is null && occurred != atLeast)
            {
                against = new RecordedTrial(trial.Seed, occurred, "the first trial in which the event " + (occurred ? "occurred" : "did not occur"));
            }
        }

        if (counted == 0)
        {
            return CheckResult.HypothesesNotMet(scope, "every trial failed where:", rejected);
        }

        string rejectedText = rejected == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({rejected} trials rejected by where:)");
        return CheckResult.FromMonteCarlo(scope + rejectedText, MonteCarloEvidence.FromCounts(text, counted, successes, bound, atLeast, context.Seed) with { Trial = against ?? first });
    }
}
