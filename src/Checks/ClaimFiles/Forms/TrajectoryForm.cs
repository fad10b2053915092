using DeepLinear.Checks.ClaimFiles.Expressions;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>trajectory:</c> form: a claim (<see cref="ClaimStatement"/>) that must hold at every recorded iterate of a run
/// of the numeric engine on the loss L = ½‖W_N⋯W₁X − Y‖_F² — either gradient descent Wⱼ(k+1) = Wⱼ(k) − η_k∇_{Wⱼ}L(W(k))
/// (<see cref="GradientDescent"/>) or the gradient flow Ẇⱼ = −∇_{Wⱼ}L(W) (trbw (5), nrt (2.2)) integrated by
/// <see cref="FieldIntegrator"/> on the allocation-free <see cref="GradientFlowField"/>. The start and the data are drawn
/// like instances: <c>over:</c> must define the start tuple <c>W0</c> and the data <c>X</c>, <c>Y</c> (with
/// <c>sizes:</c> and <c>where:</c> as in <see cref="InstanceSpace"/>); a run whose start fails <c>where:</c> is rejected.
/// </summary>
/// <remarks>
/// <para><c>run:</c> keys. Common: <c>dynamics</c> (<c>descent</c>, the default, or <c>flow</c>) and <c>seeds</c> (the
/// number of runs, default 3; thorough 3×); run r starts from seed <see cref="CheckContext.DeriveSeed"/>(r).</para>
/// <para>Descent: <c>step</c> (a constant η, an expression in the drawn names, e.g. <c>0.1 / norm(X)^2</c>) or
/// <c>schedule</c> (the syntax of <c>dlv run --schedule</c>: <c>constant:η</c>, <c>nrt:a₁,a₂,γ</c> for
/// η_k = min{a₁, a₂/(k+1)^γ} (nrt (5.2)), <c>dhl:c,δ</c> for η_k = c/(k+1)^{1/2+δ} (dhl Theorem 3.1); each parameter an
/// expression in the drawn names), <c>iterations</c> (default 200), <c>record-every</c> (default 1). The claim sees
/// the current tuple <c>W</c>, the iteration <c>k</c>, the step <c>eta</c> = η_k about to be taken and every drawn
/// name.</para>
/// <para>Both dynamics also give the claim <c>Wprev</c>, the previous recorded iterate (<c>W0</c> at the first record),
/// so monotonicity between records (<c>L(W) &lt;= L(Wprev)</c>) is a claim.</para>
/// <para>Flow: <c>time</c> (the horizon T &gt; 0, required), <c>records</c> (the claim is evaluated at t = 0 and the
/// record times tᵢ = i·T/records, i = 1…records, which the integrator hits exactly; default 10), <c>integrator</c>
/// (<c>dp54</c>, the default: Dormand–Prince 5(4) with <c>relative-tolerance</c> 10⁻⁹ and <c>absolute-tolerance</c>
/// 10⁻¹² unless given, at most <c>max-steps</c> attempted steps (default 10⁶); or <c>rk4</c>: classic Runge–Kutta with
/// the fixed step <c>step</c>, required). The claim sees <c>W</c>, the time <c>t</c>, the record index <c>k</c> and
/// every drawn name.</para>
/// <para>A run that diverges (a non-finite iterate or state) stops there and is checked up to its last finite
/// recorded iterate; the scope says how many did — unless <c>on-divergence: refute</c>, for claims that the run exists
/// and stays finite (a divergence is then a violation). A flow that exhausts <c>max-steps</c> before T is
/// inconclusive.</para>
/// </remarks>
public sealed class TrajectoryForm : IReplayableForm
{
    /// <summary>The default relative tolerance of the Dormand–Prince integrator.</summary>
    public const double DefaultRelativeTolerance = 1e-9;

    /// <summary>The default absolute tolerance of the Dormand–Prince integrator.</summary>
    public const double DefaultAbsoluteTolerance = 1e-12;

    private static readonly string[] DescentKeys = ["dynamics", "seeds", "on-divergence", "step", "schedule", "iterations", "record-every"];
    private static readonly string[] FlowKeys = ["dynamics", "seeds", "on-divergence", "time", "records", "integrator", "step", "relative-tolerance", "absolute-tolerance", "max-steps"];

    private readonly FormNode node;
    private readonly ClaimStatement statement;
    private readonly InstanceSpace space;
    private readonly TrajectoryDynamics plan;
    private readonly int seeds;
    private readonly bool divergenceRefutes;

    private TrajectoryForm(FormNode node, ClaimStatement statement, InstanceSpace space, TrajectoryDynamics plan, int seeds, bool divergenceRefutes)
    {
        this.node = node;
        this.statement = statement;
        this.space = space;
        this.plan = plan;
        this.seeds = seeds;
        this.divergenceRefutes = divergenceRefutes;
    }

    private string ClaimId => node.ClaimId;

    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        var form = Create(node);
        return context => ClaimForms.WithRerun(form.Run(context), form.node, context.Seed);
    }

    /// <summary>Reads the form from its check mapping (also for the per-run replay).</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The form.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static TrajectoryForm Create(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var statement = ClaimStatement.Compile(node, "trajectory", node.RequiredString("trajectory"), node.Number("tolerance", InstanceOutcome.DefaultIdentityTolerance, 0, 1));
        var space = new InstanceSpace(node);
        var overNames = node.Map("over").Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (string required in new[] { "W0", "X", "Y" })
        {
            if (!overNames.Contains(required))
            {
                throw node.Error(node.Node("over") ?? node.Mapping, "over." + required, null, "a trajectory needs the start tuple W0 and the data X, Y in over:");
            }
        }

        var runNode = node.Node("run") as YamlMappingNode
            ?? throw node.Error(node.Node("run") ?? node.Mapping, "run", node.Node("run") is { } r ? FormNode.Show(r) : null, "a trajectory needs run: { dynamics, seeds, … } (step or schedule for descent, time for flow)");
        var run = new FormNode(runNode, node.ClaimId, node.FileName);
        string dynamics = run.String("dynamics") ?? "descent";
        int seeds = run.Integer("seeds", 3, 1, 10_000);
        string onDivergence = run.String("on-divergence") ?? "stop";
        if (onDivergence is not ("stop" or "refute"))
        {
            throw run.Error(run.Node("on-divergence"), "run.on-divergence", onDivergence, "must be 'stop' (check up to the last finite iterate) or 'refute' (a divergence violates the claim)");
        }

        TrajectoryDynamics plan = dynamics switch
        {
            "descent" => CompileDescent(run),
            "flow" => CompileFlow(run),
            _ => throw run.Error(run.Node("dynamics"), "run.dynamics", dynamics, "must be 'descent' (gradient descent) or 'flow' (gradient flow)"),
        };
        run.RejectUnknownKeys("run", dynamics == "descent" ? DescentKeys : FlowKeys);
        node.RejectUnknownKeys("trajectory", ClaimForms.ModifierKeys);
        return new TrajectoryForm(node, statement, space, plan, seeds, onDivergence == "refute");
    }

    private static TrajectoryDynamics CompileDescent(FormNode run)
    {
        string? stepText = run.String("step");
        string? scheduleText = run.String("schedule");
        if ((stepText is null) == (scheduleText is null))
        {
            throw run.Error(run.Mapping, "run.step", stepText ?? scheduleText, "gradient descent needs exactly one of step: (a constant η) and schedule: (constant:η, nrt:a1,a2,γ or dhl:c,δ)");
        }

        string kind;
        Expr[] parameters;
        if (stepText is not null)
        {
            kind = "constant";
            parameters = [run.Expression("run.step", stepText, run.Node("step")!)];
        }
        else
        {
            (kind, parameters) = ParseSchedule(run, scheduleText!);
        }

        int iterations = run.Integer("iterations", 200, 1, 1_000_000);
        int stride = run.Integer("record-every", 1, 1, 1_000_000);
        return new TrajectoryDynamics.Descent(kind, parameters, iterations, stride);
    }

    private static (string Kind, Expr[] Parameters) ParseSchedule(FormNode run, string text)
    {
        const string rule = "must be 'constant:η', 'nrt:a1,a2,γ' or 'dhl:c,δ' (the syntax of dlv run --schedule; each parameter an expression)";
        var at = run.Node("schedule")!;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw run.Error(at, "run.schedule", text, rule);
        }

        string kind = text[..colon].Trim();
        var pieces = SplitTopLevel(text[(colon + 1)..]);
        int expected = kind switch { "constant" => 1, "nrt" => 3, "dhl" => 2, _ => -1 };
        if (expected != pieces.Count)
        {
            throw run.Error(at, "run.schedule", text, rule);
        }

        return (kind, pieces.Select(p => run.Expression("run.schedule", p, at)).ToArray());
    }

    private static List<string> SplitTopLevel(string text)
    {
        var pieces = new List<string>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                pieces.Add(text[start..i]);
                start = i + 1;
            }
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    private static TrajectoryDynamics CompileFlow(FormNode run)
    {
        if (!run.Has("time"))
        {
            throw run.Error(run.Mapping, "run.time", null, "a gradient flow needs its horizon time: T > 0");
        }

        double time = run.Number("time", 1, 1e-12, 1e9);
        int records = run.Integer("records", 10, 1, 100_000);
        string integrator = run.String("integrator") ?? "dp54";
        switch (integrator)
        {
            case "dp54":
                double relative = run.Number("relative-tolerance", DefaultRelativeTolerance, 1e-15, 0.5);
                double absolute = run.Number("absolute-tolerance", DefaultAbsoluteTolerance, 1e-300, 1);
                int maxSteps = run.Integer("max-steps", 1_000_000, 1, 100_000_000);
                return new TrajectoryDynamics.Flow(time, records, new AdaptiveTolerance(relative, absolute), 0, maxSteps);
            case "rk4":
                if (!run.Has("step"))
                {
                    throw run.Error(run.Mapping, "run.step", null, "the rk4 integrator needs its fixed step: h > 0");
                }

                double step = run.Number("step", 0, 1e-9, 1e6);
                return new TrajectoryDynamics.Flow(time, records, null, step, 0);
            default:
                throw run.Error(run.Node("integrator"), "run.integrator", integrator, "must be 'dp54' (Dormand–Prince 5(4), adaptive) or 'rk4' (fixed step)");
        }
    }

    private CheckResult Run(CheckContext context)
    {
        int runs = context.Thorough ? seeds * 3 : seeds;
        string family = plan.Describe() + ", from " + space.Family;
        string scope = string.Create(CultureInfo.InvariantCulture, $"{runs} runs of {family}");
        var accumulator = new SlackAccumulator();
        int diverged = 0;
        for (int r = 0; r < runs; r++)
        {
            if (context.CancellationToken.IsCancellationRequested)
            {
                return Budget(scope, r, accumulator);
            }

            var one = RunOne(context, context.DeriveSeed((ulong)r), accumulator);
            switch (one.End)
            {
                case RunEnd.Rejected:
                    break;
                case RunEnd.NotSetUp:
                    return CheckResult.Inconclusive(scope, new InconclusiveEvidence(one.Problem!, family, accumulator.Tested));
                case RunEnd.Decided:
                    return one.Walk!.Result ?? accumulator.ToResult(ClaimId, "printed statement on a " + plan.Name + " run", family, runSeed: context.Seed);
                case RunEnd.Cancelled:
                    return Budget(scope, r, accumulator);
                case RunEnd.Diverged when divergenceRefutes:
                    AddDivergence(accumulator, one);
                    return accumulator.ToResult(ClaimId, "printed statement on a " + plan.Name + " run", family, runSeed: context.Seed);
                case RunEnd.Diverged:
                    diverged++;
                    break;
                case RunEnd.StepBudget:
                    return CheckResult.Inconclusive(scope, new InconclusiveEvidence(
                        "the integrator used up max-steps before the horizon on the run from " + one.Start!.Describe(), family, accumulator.Tested));
            }
        }

        string divergedText = diverged == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; {diverged} runs diverged and were checked up to their last finite recorded iterate");
        return accumulator.ToResult(ClaimId, scope + divergedText, family);
    }

    /// <inheritdoc/>
    /// <remarks>Re-runs the one run of the seed (<see cref="CheckContext.DeriveSeed"/>(r) of run r; its start, data and
    /// schedule parameters are all drawn from it) and evaluates the claim at every recorded iterate, as the check does;
    /// the replay's ratio is that run's largest lhs/rhs, at the first iterate reaching it. Descent and both flow
    /// integrators are deterministic functions of the seed, so the recorded worst lhs/rhs is reproduced bit for
    /// bit.</remarks>
    public InstanceReplay ReplayWorst(ulong seed, CheckContext context) => Replay(seed, context, false);

    /// <inheritdoc/>
    /// <remarks>Re-runs the one run of the seed up to its first violation (or shape error, or divergence under
    /// <c>on-divergence: refute</c>) and states it exactly as the check's evidence does.</remarks>
    public InstanceReplay ReplayCounterexample(ulong seed, CheckContext context) => Replay(seed, context, true);

    private InstanceReplay Replay(ulong seed, CheckContext context, bool counterexample)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accumulator = new SlackAccumulator();
        var one = RunOne(context, seed, accumulator);
        var lines = new List<string>();
        if (one.Start is { } start)
        {
            lines.Add("the run from " + start.Describe());
        }

        InstanceReplay Failed(string why)
        {
            lines.Add(why);
            return new InstanceReplay(seed, counterexample, lines, double.NaN, double.NaN, null);
        }

        switch (one.End)
        {
            case RunEnd.Rejected:
                return Failed("rejected: " + one.Start!.Rejection);
            case RunEnd.NotSetUp:
                return Failed(one.Problem!);
            case RunEnd.Cancelled:
                return Failed("the run was cancelled (time budget)");
            case RunEnd.StepBudget:
                return Failed("the integrator used up max-steps before the horizon");
            case RunEnd.Decided when one.Walk!.Result is { Evidence: CounterexampleEvidence shape }:
                return Failed("shape error: " + shape.Violation) with { Violation = shape.Violation };
            case RunEnd.Diverged when divergenceRefutes:
                AddDivergence(accumulator, one);
                break;
        }

        string family = plan.Describe() + ", from " + space.Family;
        var result = accumulator.ToResult(ClaimId, "replay of one run", family, runSeed: context.Seed);
        if (accumulator.FirstViolation is { } v && result.Evidence is CounterexampleEvidence c)
        {
            lines.Add("violation: " + c.Violation);
            return new InstanceReplay(seed, counterexample, lines, v.Outcome.Lhs, v.Outcome.Rhs, c.Violation);
        }

        if (result.Evidence is not NumericEvidence numeric)
        {
            return Failed("no finite iterate to compare: " + result.Evidence.Summary());
        }

        var worst = accumulator.WorstOutcome;
        string at = numeric.WorstInstance is { } w && w.IndexOf(" of the run from ", StringComparison.Ordinal) is int cut and >= 0 ? w[..cut] : numeric.WorstText;
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"worst at {at}: lhs = {worst.Lhs:R}, rhs = {worst.Rhs:R}, lhs/rhs = {worst.Ratio:G6}"));
        if (one.End == RunEnd.Diverged)
        {
            lines.Add("the run diverged; checked up to its last finite recorded iterate");
        }

        return new InstanceReplay(seed, counterexample, lines, worst.Lhs, worst.Rhs, null);
    }

    private static void AddDivergence(SlackAccumulator accumulator, OneRun one)
        => accumulator.Add(InstanceOutcome.Inequality(1, 0), one.Seed, () => "the run from " + one.Start!.Describe() + " diverged (a non-finite iterate)");

    /// <summary>One run from its own seed: draws the start, data and schedule parameters, runs the dynamics and
    /// evaluates the claim at every recorded iterate into <paramref name="accumulator"/>.</summary>
    private OneRun RunOne(CheckContext context, ulong seed, SlackAccumulator accumulator)
    {
        SampledInstance start;
        DeepLinearNetwork network;
        RegressionData data;
        double[] parameters;
        try
        {
            start = space.Sample(seed);
            if (!start.Accepted)
            {
                accumulator.Add(InstanceOutcome.Rejected(start.Rejection!), seed);
                return new OneRun(RunEnd.Rejected, seed, start, null, null);
            }

            start.Scope.TryGet("W0", out var w0);
            start.Scope.TryGet("X", out var x);
            start.Scope.TryGet("Y", out var y);
            if (w0!.Kind != ValueKind.Tuple || x!.Kind != ValueKind.Matrix || y!.Kind != ValueKind.Matrix)
            {
                throw new ExpressionException($"W0 must be a tuple and X, Y matrices; got {w0.DescribeShape()}, {x!.DescribeShape()}, {y!.DescribeShape()}");
            }

            network = InstanceSpace.Guard(() => new DeepLinearNetwork(w0.Tuple.ToArray()), new NameExpr("W0"));
            data = InstanceSpace.Guard(() => new RegressionData(x.Matrix, y.Matrix), new NameExpr("X"));
            parameters = plan is TrajectoryDynamics.Descent d
                ? d.Parameters.Select(p => ExpressionEvaluator.AsScalar(InstanceSpace.Guard(() => ExpressionEvaluator.Evaluate(p, start.Scope), p), p)).ToArray()
                : [];
        }
        catch (ExpressionException e)
        {
            return new OneRun(RunEnd.NotSetUp, seed, null, null, "the runs could not be set up: " + e.Message);
        }

        var walk = new RunWalk(context, ClaimId, statement, start, seed, accumulator);
        if (plan is TrajectoryDynamics.Descent descent)
        {
            if (parameters.Any(p => !(p > 0) || !double.IsFinite(p)) && !(descent.Kind == "nrt" && parameters[2] == 0) && !(descent.Kind == "dhl" && parameters[1] == 0))
            {
                return new OneRun(RunEnd.NotSetUp, seed, start, null,
                    "the step schedule's parameters (" + string.Join(", ", parameters.Select(p => p.ToString("R", CultureInfo.InvariantCulture))) + ") are not positive numbers");
            }

            return new OneRun(RunDescent(walk, descent, Schedule(descent.Kind, parameters), network, data), seed, start, walk, null);
        }

        return new OneRun(RunFlow(walk, (TrajectoryDynamics.Flow)plan, network, data), seed, start, walk, null);
    }

    /// <summary>How one run ended, with its seed, start (null when it could not be drawn), walk and problem text.</summary>
    private sealed record OneRun(RunEnd End, ulong Seed, SampledInstance? Start, RunWalk? Walk, string? Problem);

    private static CheckResult Budget(string scope, int runsDone, SlackAccumulator accumulator)
        => CheckResult.Inconclusive(scope, new InconclusiveEvidence("the time budget was exhausted", string.Create(CultureInfo.InvariantCulture, $"{runsDone} runs"), accumulator.Tested));

    private static StepSchedule Schedule(string kind, double[] p) => kind switch
    {
        "constant" => StepSchedule.Constant(p[0]),
        "nrt" => StepSchedule.NrtDecreasing(p[0], p[1], p[2]),
        _ => StepSchedule.DhlDecreasing(p[0], p[1]),
    };

    private static RunEnd RunDescent(RunWalk walk, TrajectoryDynamics.Descent plan, StepSchedule schedule, DeepLinearNetwork network, RegressionData data)
    {
        for (int k = 0; k <= plan.Iterations; k += plan.Stride)
        {
            if (walk.Context.CancellationToken.IsCancellationRequested)
            {
                return RunEnd.Cancelled;
            }

            int iteration = k;
            double eta = schedule.StepSize(k);
            if (walk.Check(network, [("k", k), ("eta", eta)], () => string.Create(CultureInfo.InvariantCulture, $"iteration {iteration} (η_k = {eta:R})")))
            {
                return RunEnd.Decided;
            }

            int steps = Math.Min(plan.Stride, plan.Iterations - k);
            if (steps == 0)
            {
                break;
            }

            int offset = k;
            var shifted = StepSchedule.FromFunction(i => schedule.StepSize(offset + i), schedule.Description);
            var result = GradientDescent.Run(network, data, new GradientDescentOptions(steps, shifted, RecordStride: steps, Metrics: TrajectoryMetrics.None), walk.Context.CancellationToken);
            if (result.Reason == StopReason.Diverged)
            {
                return RunEnd.Diverged;
            }

            if (result.Reason == StopReason.Cancelled)
            {
                return RunEnd.Cancelled;
            }

            network = result.Final;
        }

        return RunEnd.Completed;
    }

    private static RunEnd RunFlow(RunWalk walk, TrajectoryDynamics.Flow plan, DeepLinearNetwork network, RegressionData data)
    {
        var field = new GradientFlowField(network, data);
        if (walk.Check(network, [("k", 0), ("t", 0)], () => "t = 0"))
        {
            return RunEnd.Decided;
        }

        double[] state = field.Parameters(network);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(walk.Context.CancellationToken);
        bool decided = false;
        void Record(int i, double t, double[] y)
        {
            if (!decided && walk.Check(field.Network(y), [("k", i), ("t", t)], () => string.Create(CultureInfo.InvariantCulture, $"t = {t:R}")))
            {
                decided = true;
                stop.Cancel();
            }
        }

        var result = plan.Tolerance is { } tolerance
            ? FieldIntegrator.DormandPrince54(state, field.Evaluate, plan.Time, tolerance, plan.Records, Record, maxSteps: plan.MaxSteps, cancellationToken: stop.Token)
            : FieldIntegrator.RungeKutta4(state, field.Evaluate, plan.Time, plan.Step, plan.Records, Record, stop.Token);
        if (decided)
        {
            return RunEnd.Decided;
        }

        return result.Reason switch
        {
            StopReason.Diverged => RunEnd.Diverged,
            StopReason.Cancelled => RunEnd.Cancelled,
            _ when result.Time < plan.Time * (1 - 1e-12) => RunEnd.StepBudget,
            _ => RunEnd.Completed,
        };
    }

    private enum RunEnd
    {
        Rejected,
        NotSetUp,
        Completed,
        Decided,
        Diverged,
        Cancelled,
        StepBudget,
    }

    /// <summary>The dynamics of a trajectory run as compiled from <c>run:</c>.</summary>
    private abstract record TrajectoryDynamics(string Name)
    {
        public abstract string Describe();

        /// <summary>Gradient descent with a schedule of kind constant / nrt / dhl and its parameter expressions.</summary>
        public sealed record Descent(string Kind, Expr[] Parameters, int Iterations, int Stride) : TrajectoryDynamics("descent")
        {
            public override string Describe()
            {
                string schedule = Kind switch
                {
                    "constant" => $"constant η = {Parameters[0]}",
                    "nrt" => $"η_k = min{{{Parameters[0]}, {Parameters[1]}/(k+1)^{Parameters[2]}}} (nrt (5.2))",
                    _ => $"η_k = {Parameters[0]}/(k+1)^(1/2+{Parameters[1]}) (dhl)",
                };
                return string.Create(CultureInfo.InvariantCulture, $"gradient descent, {schedule}, {Iterations} iterations recorded every {Stride}");
            }
        }

        /// <summary>The gradient flow on [0, Time], by Dormand–Prince (Tolerance set) or RK4 with a fixed Step.</summary>
        public sealed record Flow(double Time, int Records, AdaptiveTolerance? Tolerance, double Step, int MaxSteps) : TrajectoryDynamics("flow")
        {
            public override string Describe() => Tolerance is { } tol
                ? string.Create(CultureInfo.InvariantCulture, $"gradient flow by Dormand–Prince 5(4) (relative tolerance {tol.Relative:0.##e0}, absolute {tol.Absolute:0.##e0}) on [0, {Time:G6}], claim at t = 0 and {Records} equally spaced times")
                : string.Create(CultureInfo.InvariantCulture, $"gradient flow by RK4 (step {Step:G6}) on [0, {Time:G6}], claim at t = 0 and {Records} equally spaced times");
        }
    }

    /// <summary>One run's bookkeeping: evaluates the claim at an iterate and records the outcome; a shape error or a
    /// violation decides the claim (<see cref="Result"/> holds the shape-error result; a violation is in the
    /// accumulator).</summary>
    private sealed class RunWalk(CheckContext context, string claimId, ClaimStatement statement, SampledInstance start, ulong seed, SlackAccumulator accumulator)
    {
        public CheckContext Context { get; } = context;

        public CheckResult? Result { get; private set; }

        private DeepLinearNetwork? previous;

        public bool Check(DeepLinearNetwork network, (string Name, double Value)[] scalars, Func<string> where)
        {
            var at = start.Scope.Child();
            at.Set("W", ExpressionValue.OfTuple(network.Factors()));
            at.Set("Wprev", ExpressionValue.OfTuple((previous ?? network).Factors()));
            previous = network;
            foreach (var (name, value) in scalars)
            {
                at.Set(name, ExpressionValue.OfScalar(value));
            }

            InstanceOutcome outcome;
            try
            {
                outcome = statement.Evaluate(at);
            }
            catch (ExpressionException e)
            {
                Result = CheckResult.Refuted(
                    "shape check of the claim on a run",
                    new CounterexampleEvidence(start.Describe(), start.Describe(), e.Message, Exact: true, Shrunk: false, IsShapeError: true,
                        CounterexampleEvidence.RerunCommand(claimId, Context.Seed), seed));
                return true;
            }

            return accumulator.Add(outcome, seed, () => where() + " of the run from " + start.Describe());
        }
    }
}
