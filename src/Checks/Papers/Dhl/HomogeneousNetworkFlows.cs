using System.Collections.Concurrent;
using DeepLinear.Numeric.Losses;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;
using static DeepLinear.Checks.Sampling.RandomMatrices;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Theorems 2.1–2.3 and Corollary 2.1 along numeric gradient flows: the weights of small networks (numeric engine
/// <see cref="HomogeneousNetwork"/> for uniform ReLU / leaky-ReLU / linear activations, the square loss ½Σ‖f(xᵢ) − yᵢ‖²)
/// integrated by RK4 (<see cref="ParameterFlow"/>) through activation-pattern changes; the invariants must stay at their
/// initial value up to the integrator's error at every recorded time. Activation-pattern changes (kinks crossed) are
/// counted and reported. Negative controls (tanh, a ReLU at the layer of Theorem 2.2, per-neuron norms of a tied layer)
/// must show drift.
/// </summary>
public static class HomogeneousNetworkFlows
{
    /// <summary>
    /// The noise floor of the drift test, relative to 1 + Σ‖W‖²: RK4 is accurate to ~10⁻¹⁰ on smooth stretches (linear and
    /// leaky networks stay below it), but a step across an activation kink has an O(h²) error, and where the exact
    /// (Filippov) solution slides along a kink the discrete solution chatters across it, so its drift grows like O(h) per
    /// unit time. Every flow is therefore integrated twice, with h = 2·10⁻³ and h/2, and the drift of the fine run must be
    /// at most <see cref="RefinementFactor"/>·|drift(h) − drift(h/2)| + this floor: an integration error shrinks under
    /// refinement and passes, a genuine drift (the negative controls: tanh, a ReLU at the layer of Theorem 2.2, per-neuron
    /// norms of a tied layer) does not shrink and fails.
    /// </summary>
    internal const double FlowTolerance = 1e-6;

    /// <summary>The factor of the refinement test (an O(h^p) error with p ≥ 0.33 passes).</summary>
    internal const double RefinementFactor = 4;

    internal static readonly ConcurrentDictionary<(ulong Seed, bool Thorough, bool Small), Lazy<NetworkFlow[]>> FlowCache = new();

    internal const double CoarseStep = 2e-3;

    /// <summary>Theorem 2.1 / Corollary 2.1 / §2 (with the argument network: small for the depth-first experiment) along numeric flows.</summary>
    [ClaimCheck("neuron-norm-difference-constant-along-relu-flows", Parameters = ["invariant", ClaimMutation.Key])]
    internal static CheckResult NeuronNormDifferenceConstantAlongReluFlows(CheckContext context)
        => InvariantAlongFlows(context, context.Argument("invariant"), tanh: ClaimMutation.Read(context, "tanh") == "tanh");

    /// <summary>Theorem 2.2 along numeric flows.</summary>
    [ClaimCheck("linear-layer-gram-difference-constant-along-flows", Parameters = [ClaimMutation.Key])]
    internal static CheckResult LinearLayerGramDifferenceConstantAlongFlows(CheckContext context)
        => MatrixInvariantAlongFlows(context, reluAtLayer: ClaimMutation.Read(context, "relu-at-layer-h") == "relu-at-layer-h");

    /// <summary>Theorem 2.3 along numeric flows.</summary>
    [ClaimCheck("shared-weight-norm-difference-constant-along-flows", Parameters = [ClaimMutation.Key])]
    internal static CheckResult SharedWeightNormDifferenceConstantAlongFlows(CheckContext context)
        => SharedInvariantAlongFlows(context, perNeuron: ClaimMutation.Read(context, "untied-entry-norms") == "untied-entry-norms");

    /// <summary>A flow integrated twice (h and h/2), recorded at common times, with the number of activation-pattern changes.</summary>
    internal sealed record NetworkFlow(ulong Seed, string Text, (int Rows, int Cols)[] Shapes, List<double[]> Coarse, List<double[]> Fine, double[] Times, int KinkChanges, string? Failure)
    {
        public Matrix<double>[] CoarseWeights(int k) => Unflatten(Coarse[k], Shapes);

        public Matrix<double>[] FineWeights(int k) => Unflatten(Fine[k], Shapes);
    }

    internal static double[] Flatten(IReadOnlyList<Matrix<double>> w) => [.. w.SelectMany(m => m.ToColumnMajorArray())];

    internal static Matrix<double>[] Unflatten(double[] y, (int Rows, int Cols)[] shapes)
    {
        var result = new Matrix<double>[shapes.Length];
        int offset = 0;
        for (int h = 0; h < shapes.Length; h++)
        {
            var (r, c) = shapes[h];
            result[h] = Matrix<double>.Build.Dense(r, c, y[offset..(offset + (r * c))]);
            offset += r * c;
        }

        return result;
    }

    /// <summary>Integrates ẏ = field(y) with h = 2·10⁻³ and h/2, both recorded every 10⁻² in time.</summary>
    internal static (List<double[]> Coarse, List<double[]> Fine, double[] Times, string? Failure) Refined(double[] start, Func<double[], double[]> field, double endTime, CancellationToken token)
    {
        var coarse = ParameterFlow.RungeKutta4(start, field, endTime, CoarseStep, 5, token);
        var fine = ParameterFlow.RungeKutta4(start, field, endTime, CoarseStep / 2, 10, token);
        token.ThrowIfCancellationRequested(); // a cut-short flow tests nothing: the runner reports the check out of budget
        string? failure = coarse.Reason != StopReason.IterationBudget ? coarse.Message : fine.Reason != StopReason.IterationBudget ? fine.Message : null;
        int n = Math.Min(coarse.States.Count, fine.States.Count);
        return ([.. coarse.States.Take(n)], [.. fine.States.Take(n)], [.. fine.Times.Take(n)], failure);
    }

    /// <summary>The refinement test for every quantity at every recorded time (see <see cref="FlowTolerance"/>).</summary>
    internal static int AddRefinedDrift(SlackAccumulator acc, ulong seed, string text, List<double[]> coarse, List<double[]> fine, double[] times, Func<double[], double[]> quantities)
    {
        var q0 = quantities(fine[0]);
        double s0 = fine[0].Sum(z => z * z);
        for (int k = 0; k < fine.Count; k++)
        {
            var qc = quantities(coarse[k]);
            var qf = quantities(fine[k]);
            double scale = 1 + s0 + fine[k].Sum(z => z * z);
            for (int j = 0; j < q0.Length; j++)
            {
                int kk = k, jj = j;
                double driftFine = qf[j] - q0[j], driftCoarse = qc[j] - q0[j];
                acc.AddRelativeError(
                    Math.Abs(driftFine) / scale,
                    (RefinementFactor * Math.Abs(driftCoarse - driftFine) / scale) + FlowTolerance,
                    (seed * 1_000_003UL) + (ulong)k,
                    () => text + string.Create(CultureInfo.InvariantCulture, $", t = {times[kk]:G4}, quantity {jj + 1}: drift {driftFine:G4} (h/2), {driftCoarse:G4} (h)"));
            }
        }

        return fine.Count;
    }

    /// <summary>
    /// Integrates the gradient flow of a random network for instance <paramref name="index"/>: depth N ∈ {2, 3, 4}, widths
    /// ≤ 6, m ≤ 8 samples, activation ReLU / leaky ReLU (α ∈ (0, 1)) / identity (or tanh for the negative control),
    /// initialization scale in [0.3, 1] (10⁻² for small initializations), to t = 1 (t = 4 when small).
    /// </summary>
    internal static NetworkFlow MakeNetworkFlow(CheckContext context, int index, bool tanh, bool small)
    {
        ulong seed = context.DeriveSeed((ulong)(2000 + index));
        var rng = RandomSource.For(seed);
        int depth = 2 + rng.Next(3);
        var widths = Enumerable.Range(0, depth + 1).Select(_ => 1 + rng.Next(6)).ToArray();
        int m = 2 + rng.Next(7);
        var x = Gaussian(rng, widths[0], m);
        var yData = Gaussian(rng, widths[depth], m);
        int kind = index % 3;
        var activation = kind switch { 0 => Activation.Relu, 1 => Activation.LeakyRelu(0.05 + (0.9 * rng.NextDouble())), _ => Activation.Identity };
        double scale = small ? 1e-2 : 0.3 + (0.7 * rng.NextDouble());
        var w0 = Enumerable.Range(0, depth).Select(h => Gaussian(rng, widths[h + 1], widths[h], scale / Math.Sqrt(widths[h]))).ToArray();
        var shapes = w0.Select(w => (w.RowCount, w.ColumnCount)).ToArray();
        Func<double, double> phi = tanh ? Math.Tanh : activation.Apply;
        Func<double, double> dphi = tanh ? z => 1 - (Math.Tanh(z) * Math.Tanh(z)) : activation.Derivative;
        var layered = new LayeredNetwork([.. Enumerable.Repeat(phi, depth)], [.. Enumerable.Repeat(dphi, depth)], x, yData);
        var engine = new HomogeneousNetwork(activation, x, yData);
        Func<double[], double[]> field = tanh
            ? v => Flatten(layered.Gradient(Unflatten(v, shapes))).Select(g => -g).ToArray()
            : v => Flatten(engine.Gradient(Unflatten(v, shapes))).Select(g => -g).ToArray();
        double endTime = small ? 4 : 1;
        // Cached flows are shared by several checks: they are never cut short by one caller's budget.
        var (coarse, fine, times, failure) = Refined(Flatten(w0), field, endTime, CancellationToken.None);
        int kinks = 0;
        for (int i = 1; i < fine.Count; i++)
        {
            kinks += layered.Pattern(Unflatten(fine[i - 1], shapes)).Zip(layered.Pattern(Unflatten(fine[i], shapes))).Count(p => p.First != p.Second);
        }

        string text = string.Create(CultureInfo.InvariantCulture, $"seed {seed}: N = {depth}, widths ({string.Join(", ", widths)}), m = {m}, {(tanh ? "tanh" : activation.ToString())}, scale {scale:G3}, t ≤ {endTime}");
        return new NetworkFlow(seed, text, shapes, coarse, fine, times, kinks, failure);
    }

    internal static NetworkFlow[] NetworkFlows(CheckContext context, bool tanh, bool small)
    {
        int count = context.Thorough ? 24 : 6;
        NetworkFlow[] Make() => [.. Enumerable.Range(0, count).Select(i => MakeNetworkFlow(context, i, tanh, small))];
        return tanh ? Make() : FlowCache.GetOrAdd((context.Seed, context.Thorough, small), _ => new Lazy<NetworkFlow[]>(Make)).Value;
    }

    /// <summary>
    /// Theorem 2.1 (per-neuron), Corollary 2.1 (per-layer) and the small-initialization remark (dhl/text5) along RK4 flows
    /// (refinement test, see <see cref="FlowTolerance"/>). With <paramref name="tanh"/> the activation is tanh (not
    /// homogeneous): the negative control, which must be refuted.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="label">dhl/thm2.1#flow, dhl/cor2.1#flow or dhl/text5.</param>
    /// <param name="tanh">Use tanh instead of the homogeneous activation.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult InvariantAlongFlows(CheckContext context, string label, bool tanh)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool small = label == "layer-norms-small-network";
        var flows = NetworkFlows(context, tanh, small);
        var acc = new SlackAccumulator(1e-9);
        int kinks = 0, points = 0;
        double growth = 0;
        ClaimPlot? plot = null;
        foreach (var flow in flows)
        {
            if (flow.Failure is not null)
            {
                acc.Reject(flow.Text + ": " + flow.Failure);
                continue;
            }

            kinks += flow.KinkChanges;
            double[] Quantities(double[] state)
            {
                var w = Unflatten(state, flow.Shapes);
                var q = new List<double>();
                for (int h = 1; h < w.Length; h++)
                {
                    if (label == "neuron-norms")
                    {
                        q.AddRange(HomogeneousNetwork.NeuronBalances(w, h));
                    }
                    else
                    {
                        q.Add(Fro2(w[h - 1]) - Fro2(w[h]));
                    }
                }

                return [.. q];
            }

            double initial = flow.Fine[0].Sum(z => z * z);
            growth = Math.Max(growth, flow.Fine.Max(s => s.Sum(z => z * z)) / initial);
            points += AddRefinedDrift(acc, flow.Seed, flow.Text, flow.Coarse, flow.Fine, flow.Times, Quantities);
            plot ??= FlowPlot(label, flow);
        }

        string family = string.Create(
            CultureInfo.InvariantCulture,
            $"RK4 gradient flows (h = 2·10⁻³ and h/2, recorded every 10⁻²) of random networks (N ≤ 4, widths ≤ 6, m ≤ 8, ReLU / leaky ReLU / identity in rotation, square loss; numeric engine HomogeneousNetwork){(small ? ", small initialization (scale 10⁻²) to t = 4" : ", t ≤ 1")}; lhs = |I(t) − I(0)| of the fine run, rhs = {RefinementFactor}·|drift(h) − drift(h/2)| + {FlowTolerance:G2}, both relative to 1 + ‖w(0)‖² + ‖w(t)‖²; {kinks} activation-pattern changes crossed; the squared norms grew by up to ×{growth:G3}");
        var result = acc.ToResult(label, string.Create(CultureInfo.InvariantCulture, $"{flows.Length} flows, {points} recorded times"), family);
        return plot is null ? result : result.WithPlots(plot);
    }

    internal static ClaimPlot FlowPlot(string label, NetworkFlow flow)
    {
        int count = flow.Fine.Count;
        int stride = Math.Max(1, count / 400);
        var idx = Enumerable.Range(0, count).Where(k => k % stride == 0).ToArray();
        double[] x = [.. idx.Select(k => flow.Times[k])];
        var weights = idx.Select(flow.FineWeights).ToArray();
        int depth = flow.Shapes.Length;
        var series = new List<PlotSeries>();
        for (int h = 0; h < depth; h++)
        {
            int hh = h;
            series.Add(new($"‖W{h + 1}‖²_F", x, [.. weights.Select(w => Fro2(w[hh]))]));
        }

        for (int h = 1; h < depth; h++)
        {
            int hh = h;
            series.Add(new($"‖W{h}‖²_F − ‖W{h + 1}‖²_F", x, [.. weights.Select(w => Fro2(w[hh - 1]) - Fro2(w[hh]))], Dashed: true));
        }

        return new ClaimPlot("flow", label + " along the first flow", "time t", "value", series, LogY: false);
    }

    /// <summary>
    /// Theorem 2.2 along RK4 flows (refinement test) of networks whose layer h is linear and whose other activations are
    /// ReLU: the matrix W^{(h)}W^{(h)ᵀ} − W^{(h+1)ᵀ}W^{(h+1)} keeps its initial value. With <paramref name="reluAtLayer"/> the
    /// layer h is ReLU as well (negative control: must be refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="reluAtLayer">Make φ_h a ReLU (the hypothesis φ_h = id fails).</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult MatrixInvariantAlongFlows(CheckContext context, bool reluAtLayer)
    {
        ArgumentNullException.ThrowIfNull(context);
        int count = context.Thorough ? 16 : 4;
        var acc = new SlackAccumulator(1e-9);
        int points = 0;
        for (int i = 0; i < count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ulong seed = context.DeriveSeed((ulong)(3000 + i));
            var rng = RandomSource.For(seed);
            int depth = 3 + rng.Next(2);
            var widths = Enumerable.Range(0, depth + 1).Select(_ => 2 + rng.Next(4)).ToArray();
            int m = 3 + rng.Next(6);
            int layer = 1 + rng.Next(depth - 1);
            var x = Gaussian(rng, widths[0], m);
            var yData = Gaussian(rng, widths[depth], m);
            var w0 = Enumerable.Range(0, depth).Select(h => Gaussian(rng, widths[h + 1], widths[h], 1 / Math.Sqrt(widths[h]))).ToArray();
            var shapes = w0.Select(w => (w.RowCount, w.ColumnCount)).ToArray();
            var phi = Enumerable.Range(1, depth).Select(h => h == layer && !reluAtLayer ? (Func<double, double>)(z => z) : Activation.Relu.Apply).ToArray();
            var dphi = Enumerable.Range(1, depth).Select(h => h == layer && !reluAtLayer ? (Func<double, double>)(_ => 1) : Activation.Relu.Derivative).ToArray();
            var net = new LayeredNetwork(phi, dphi, x, yData);
            var (coarse, fine, times, failure) = Refined(Flatten(w0), v => Flatten(net.Gradient(Unflatten(v, shapes))).Select(g => -g).ToArray(), 1, context.CancellationToken);
            string text = string.Create(CultureInfo.InvariantCulture, $"seed {seed}: N = {depth}, widths ({string.Join(", ", widths)}), m = {m}, φ_{layer} = {(reluAtLayer ? "ReLU" : "id")}, other layers ReLU");
            if (failure is not null)
            {
                acc.Reject(text + ": " + failure);
                continue;
            }

            points += AddRefinedDrift(acc, seed, text, coarse, fine, times, state =>
            {
                var s = Unflatten(state, shapes);
                return [.. ((s[layer - 1] * s[layer - 1].Transpose()) - s[layer].TransposeThisAndMultiply(s[layer])).Enumerate()];
            });
        }

        return acc.ToResult(
            "linear-layer-gram-difference-constant-along-flows",
            string.Create(CultureInfo.InvariantCulture, $"{count} flows, {points} recorded times"),
            string.Create(CultureInfo.InvariantCulture, $"RK4 gradient flows (h = 2·10⁻³ and h/2, t ≤ 1) of random networks (N ∈ {{3, 4}}, widths ≤ 5, m ≤ 8, square loss) with one linear layer h and ReLU elsewhere; every entry of W_hW_hᵀ − W_{{h+1}}ᵀW_{{h+1}}; refinement test as for dhl/thm2.1#flow"));
    }

    /// <summary>
    /// Theorem 2.3 along RK4 flows (refinement test) of the free parameters of a network with two tied 1-D convolutions
    /// (filter size 2) and a dense output layer (square loss): ‖v^{(h)}‖² − ‖v^{(h+1)}‖² is conserved. With
    /// <paramref name="perNeuron"/> the per-neuron quantity of Theorem 2.1 of the first (tied) layer is tested instead — it
    /// is not conserved for shared weights (negative control: must be refuted).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="perNeuron">Test the per-neuron norms of the tied layer (not a claim of the paper).</param>
    /// <param name="activation">The activation (default ReLU).</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult SharedInvariantAlongFlows(CheckContext context, bool perNeuron, Activation? activation = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        int count = context.Thorough ? 16 : 4;
        var acc = new SlackAccumulator(1e-9);
        int points = 0;
        for (int i = 0; i < count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ulong seed = context.DeriveSeed((ulong)(4000 + i));
            var rng = RandomSource.For(seed);
            int n0 = 4 + rng.Next(4), n1 = n0 - 1, n2 = n1 - 1, n3 = 1 + rng.Next(3), m = 3 + rng.Next(6);
            var x = Gaussian(rng, n0, m);
            var yData = Gaussian(rng, n3, m);
            var engine = new HomogeneousNetwork(activation ?? Activation.Relu, x, yData);
            double[] v0 = [.. Gaussian(rng, 2 + 2 + (n3 * n2), 1, 0.7).Enumerate()];
            Matrix<double>[] Build(double[] v) =>
            [
                Matrix<double>.Build.Dense(n1, n0, (r, c) => c - r == 0 ? v[0] : c - r == 1 ? v[1] : 0),
                Matrix<double>.Build.Dense(n2, n1, (r, c) => c - r == 0 ? v[2] : c - r == 1 ? v[3] : 0),
                Matrix<double>.Build.Dense(n3, n2, v[4..]),
            ];
            double[] Field(double[] v)
            {
                var g = engine.Gradient(Build(v));
                var result = new double[v.Length];
                for (int r = 0; r < n1; r++)
                {
                    result[0] -= g[0][r, r];
                    result[1] -= g[0][r, r + 1];
                }

                for (int r = 0; r < n2; r++)
                {
                    result[2] -= g[1][r, r];
                    result[3] -= g[1][r, r + 1];
                }

                var g3 = g[2].ToColumnMajorArray();
                for (int k = 0; k < g3.Length; k++)
                {
                    result[4 + k] = -g3[k];
                }

                return result;
            }

            var (coarse, fine, times, failure) = Refined(v0, Field, 1, context.CancellationToken);
            string text = string.Create(CultureInfo.InvariantCulture, $"seed {seed}: conv({n0}→{n1}), conv({n1}→{n2}), dense({n2}→{n3}), {activation ?? Activation.Relu}, m = {m}");
            if (failure is not null)
            {
                acc.Reject(text + ": " + failure);
                continue;
            }

            points += AddRefinedDrift(acc, seed, text, coarse, fine, times, v =>
            {
                if (perNeuron)
                {
                    return HomogeneousNetwork.NeuronBalances(Build(v), 1);
                }

                double a = (v[0] * v[0]) + (v[1] * v[1]), b = (v[2] * v[2]) + (v[3] * v[3]), c = v[4..].Sum(z => z * z);
                return [a - b, b - c];
            });
        }

        return acc.ToResult(
            "shared-weight-norm-difference-constant-along-flows",
            string.Create(CultureInfo.InvariantCulture, $"{count} flows, {points} recorded times"),
            "RK4 gradient flows (h = 2·10⁻³ and h/2, t ≤ 1) of the free parameters v of networks with two tied 1-D convolutions (filter size 2) and a dense output layer, ReLU, square loss (gradient w.r.t. v by summing the engine's ∂L/∂W over each parameter's entries); ‖v^(h)‖² − ‖v^(h+1)‖²; refinement test as for dhl/thm2.1#flow");
    }
}
