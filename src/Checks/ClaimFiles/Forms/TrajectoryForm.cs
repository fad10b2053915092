using System.Globalization;
using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using DeepLinear.Checks.Support;
using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Dynamics;
using DeepLinear.Numeric.Model;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// The <c>trajectory:</c> form: a claim (<see cref="ClaimStatement"/>) that must hold at every recorded iterate of
/// gradient descent Wⱼ(k+1) = Wⱼ(k) − η∇_{Wⱼ}L(W(k)) on the loss L = ½‖W_N⋯W₁X − Y‖_F² (run by
/// <see cref="GradientDescent"/> of the numeric engine). The start and the data are drawn like instances: <c>over:</c>
/// must define the start tuple <c>W0</c> and the data <c>X</c>, <c>Y</c> (with <c>sizes:</c> and <c>where:</c> as in
/// <see cref="InstanceSpace"/>). <c>run:</c> holds <c>step</c> (the constant step size η, an expression in the drawn
/// names, e.g. <c>0.1 / norm(X)^2</c>), <c>iterations</c> (default 200), <c>record-every</c> (default 1) and
/// <c>seeds</c> (the number of runs, default 3; thorough 3×). At each recorded iterate the claim sees the current
/// tuple <c>W</c>, the iteration <c>k</c>, <c>eta</c> and every drawn name. A run that diverges stops there (stated in
/// the scope); a run whose start fails <c>where:</c> is rejected.
/// </summary>
public static class TrajectoryForm
{
    /// <summary>Compiles the form.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key's value breaks its rule.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
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
            ?? throw node.Error(node.Node("run") ?? node.Mapping, "run", node.Node("run") is { } r ? FormNode.Show(r) : null, "a trajectory needs run: { step, iterations, record-every, seeds }");
        var run = new FormNode(runNode, node.ClaimId, node.FileName);
        string stepText = run.RequiredString("step");
        var step = run.Expression("run.step", stepText, run.Node("step")!);
        int iterations = run.Integer("iterations", 200, 1, 1_000_000);
        int stride = run.Integer("record-every", 1, 1, 1_000_000);
        int seeds = run.Integer("seeds", 3, 1, 10_000);
        run.RejectUnknownKeys("run");
        node.RejectUnknownKeys("trajectory", ClaimForms.ModifierKeys);
        string claimId = node.ClaimId;
        return context => ClaimForms.WithRerun(Run(context, claimId, statement, space, step, iterations, stride, seeds), node, context.Seed);
    }

    private static CheckResult Run(CheckContext context, string claimId, ClaimStatement statement, InstanceSpace space, Expr step, int iterations, int stride, int seeds)
    {
        int runs = context.Thorough ? seeds * 3 : seeds;
        string family = string.Create(CultureInfo.InvariantCulture, $"gradient descent, constant η = {step}, {iterations} iterations recorded every {stride}, from {space.Family}");
        string scope = string.Create(CultureInfo.InvariantCulture, $"{runs} runs of {family}");
        var accumulator = new SlackAccumulator();
        int diverged = 0;
        for (int r = 0; r < runs; r++)
        {
            ulong seed = context.DeriveSeed((ulong)r);
            SampledInstance start;
            double eta;
            DeepLinearNetwork network;
            RegressionData data;
            try
            {
                start = space.Sample(seed);
                if (!start.Accepted)
                {
                    accumulator.Add(InstanceOutcome.Rejected(start.Rejection!), seed);
                    continue;
                }

                eta = ExpressionEvaluator.AsScalar(InstanceSpace.Guard(() => ExpressionEvaluator.Evaluate(step, start.Scope), step), step);
                start.Scope.TryGet("W0", out var w0);
                start.Scope.TryGet("X", out var x);
                start.Scope.TryGet("Y", out var y);
                if (w0!.Kind != ValueKind.Tuple || x!.Kind != ValueKind.Matrix || y!.Kind != ValueKind.Matrix)
                {
                    throw new ExpressionException($"W0 must be a tuple and X, Y matrices; got {w0.DescribeShape()}, {x!.DescribeShape()}, {y!.DescribeShape()}");
                }

                network = InstanceSpace.Guard(() => new DeepLinearNetwork(w0.Tuple.ToArray()), step);
                data = InstanceSpace.Guard(() => new RegressionData(x.Matrix, y.Matrix), step);
            }
            catch (ExpressionException e)
            {
                return CheckResult.Inconclusive(scope, new InconclusiveEvidence("the runs could not be set up: " + e.Message, family, accumulator.Tested));
            }

            if (!(eta > 0) || !double.IsFinite(eta))
            {
                return CheckResult.Inconclusive(scope, new InconclusiveEvidence(string.Create(CultureInfo.InvariantCulture, $"the step size η = {eta} is not a positive number"), family, accumulator.Tested));
            }

            for (int k = 0; k <= iterations; k += stride)
            {
                if (context.CancellationToken.IsCancellationRequested)
                {
                    return CheckResult.Inconclusive(scope, new InconclusiveEvidence("the time budget was exhausted", string.Create(CultureInfo.InvariantCulture, $"{r} runs"), accumulator.Tested));
                }

                var at = start.Scope.Child();
                at.Set("W", ExpressionValue.OfTuple(network.Factors()));
                at.Set("k", ExpressionValue.OfScalar(k));
                at.Set("eta", ExpressionValue.OfScalar(eta));
                InstanceOutcome outcome;
                try
                {
                    outcome = statement.Evaluate(at);
                }
                catch (ExpressionException e)
                {
                    return CheckResult.Refuted(
                        "shape check of the claim on a run",
                        new CounterexampleEvidence(start.Describe(), start.Describe(), e.Message, Exact: true, Shrunk: false, IsShapeError: true,
                            CounterexampleEvidence.RerunCommand(claimId, context.Seed), seed));
                }

                int iteration = k;
                if (accumulator.Add(outcome, seed, () => string.Create(CultureInfo.InvariantCulture, $"iteration {iteration} of the run from {start.Describe()}, η = {eta:R}")))
                {
                    return accumulator.ToResult(claimId, "printed statement on a descent run", family, runSeed: context.Seed);
                }

                int steps = Math.Min(stride, iterations - k);
                if (steps == 0)
                {
                    break;
                }

                var result = GradientDescent.Run(network, data, new GradientDescentOptions(steps, StepSchedule.Constant(eta), RecordStride: steps, Metrics: TrajectoryMetrics.None), context.CancellationToken);
                if (result.Reason == StopReason.Diverged)
                {
                    diverged++;
                    break;
                }

                network = result.Final;
            }
        }

        string divergedText = diverged == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; {diverged} runs diverged and were checked up to their last finite recorded iterate");
        return accumulator.ToResult(claimId, scope + divergedText, family);
    }
}
