using DeepLinear.Numeric.Losses;
using FsCheck;
using FsCheck.Fluent;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;
using static DeepLinear.Checks.Sampling.RandomMatrices;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Definitions and sentences of dhl §1–§2 about the network itself, checked on the numeric engine's
/// <see cref="HomogeneousNetwork"/>: homogeneity of the prediction (§1), the training loss (4), the gradient that drives
/// the flow (5), and the parameter count of a convolutional layer (§2.2).
/// </summary>
public static class HomogeneousNetworkIdentities
{
    /// <summary>§1: f(x; cW^{(i)}, …, W^{(j)}/c) = f(x; W) for c > 0 and homogeneous activations.</summary>
    [ClaimCheck("prediction-invariant-under-layer-rescaling", Parameters = [ClaimMutation.Key])]
    internal static CheckResult PredictionInvariantUnderLayerRescaling(CheckContext context)
    {
        string mutation = ClaimMutation.Read(context, "negative-scale", "tanh");
        return PredictionHomogeneity(context, negativeScale: mutation == "negative-scale", tanh: mutation == "tanh");
    }

    /// <summary>(4): the training loss is the average over the samples.</summary>
    [ClaimCheck("training-loss-is-sample-average")]
    internal static CheckResult TrainingLossIsSampleAverage(CheckContext context) => TrainingLossDefinition(context);

    /// <summary>(5): the flow field is −∂L/∂W.</summary>
    [ClaimCheck("flow-field-is-negative-gradient")]
    internal static CheckResult FlowFieldEqualsNegativeGradient(CheckContext context) => FlowFieldIsNegativeGradient(context);

    /// <summary>§2: the parameter count of a 1-D convolution.</summary>
    [ClaimCheck("convolution-parameter-count")]
    internal static CheckResult ConvolutionParameterCountMatches(CheckContext context) => ConvolutionParameterCount(context);

    /// <summary>A random network and data set: depth N ≤ 4, widths ≤ 6, m ≤ 8 samples, one of ReLU / leaky ReLU / identity.</summary>
    internal sealed record NetworkInstance(int Seed, Activation Activation, Matrix<double>[] Weights, Matrix<double> X, Matrix<double> Y, int I, int J, double C)
    {
        public string Text => string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: N = {Weights.Length}, widths ({Weights[0].ColumnCount}, {string.Join(", ", Weights.Select(w => w.RowCount))}), m = {X.ColumnCount}, {Activation}, layers {I + 1} × c and {J + 1} ÷ c, c = {C:G4}");
    }

    internal static Gen<NetworkInstance> NetworkInstances =>
        from seed in Seeds
        from k in Gen.Choose(-3000, 3000)
        select MakeNetworkInstance(seed, Math.Pow(10, k / 1000.0));

    internal static NetworkInstance MakeNetworkInstance(int seed, double c)
    {
        var rng = RandomSource.For(seed);
        int depth = 2 + rng.Next(3);
        var widths = Enumerable.Range(0, depth + 1).Select(_ => 1 + rng.Next(6)).ToArray();
        int m = 1 + rng.Next(8);
        var activation = rng.Next(3) switch { 0 => Activation.Relu, 1 => Activation.LeakyRelu(0.05 + (0.9 * rng.NextDouble())), _ => Activation.Identity };
        var weights = Enumerable.Range(0, depth).Select(h => Gaussian(rng, widths[h + 1], widths[h], Math.Pow(10, rng.NextDouble() - 0.5))).ToArray();
        int i = rng.Next(depth), j = (i + 1 + rng.Next(depth - 1)) % depth;
        return new NetworkInstance(seed, activation, weights, Gaussian(rng, widths[0], m), Gaussian(rng, widths[depth], m), i, j, c);
    }

    /// <summary>
    /// dhl §1: f(x; …, cW^{(i)}, …, W^{(j)}/c, …) = f(x; W) for c &gt; 0 and any two layers. Negative controls:
    /// <paramref name="negativeScale"/> (c &lt; 0 with ReLU networks) and <paramref name="tanh"/> (a tanh network) must be
    /// refuted.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="negativeScale">Use −c (and ReLU networks only).</param>
    /// <param name="tanh">Evaluate a tanh network instead.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult PredictionHomogeneity(CheckContext context, bool negativeScale, bool tanh)
        => new InequalityCheck<NetworkInstance>
        {
            ClaimId = "prediction-invariant-under-layer-rescaling",
            Family = "random networks (N ≤ 4, widths ≤ 6, m ≤ 8, ReLU / leaky ReLU / identity; numeric engine HomogeneousNetwork), any two layers, c log-uniform in [10⁻³, 10³]: ‖f(X; rescaled) − f(X; W)‖_F relative to ‖f(X; W)‖_F",
            Generator = NetworkInstances,
            Instances = 100,
            Evaluate = inst =>
            {
                double c = negativeScale ? -inst.C : inst.C;
                var scaled = inst.Weights.Select((w, h) => h == inst.I ? w * c : h == inst.J ? w / c : w.Clone()).ToArray();
                Matrix<double> F(Matrix<double>[] w)
                {
                    if (tanh)
                    {
                        int n = w.Length;
                        var net = new LayeredNetwork([.. Enumerable.Repeat<Func<double, double>>(Math.Tanh, n)], [.. Enumerable.Repeat<Func<double, double>>(z => 1 - (Math.Tanh(z) * Math.Tanh(z)), n)], inst.X, inst.Y);
                        return net.Forward(w).Out[^1];
                    }

                    var activation = negativeScale ? Activation.Relu : inst.Activation;
                    return new HomogeneousNetwork(activation, inst.X, inst.Y).Forward(w);
                }

                var f = F(inst.Weights);
                return InstanceOutcome.Identity(Fro(F(scaled) - f), Fro(f), 1e-12 * Math.Max(1, Math.Abs(Math.Log10(inst.C)) * 10));
            },
            Describe = inst => inst.Text,
        }.Run(context);

    /// <summary>dhl (4) with ℓ = ½‖·‖²: m·(1/m)Σℓ equals the engine's loss (without the factor m the comparison is a negative control, refuted when m &gt; 1).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="useSampleCount">Multiply the average by m (the claim) or by 1 (negative control).</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult TrainingLossDefinition(CheckContext context, bool useSampleCount = true)
        => new InequalityCheck<NetworkInstance>
        {
            ClaimId = "training-loss-is-sample-average",
            Family = "random networks and data (m ≤ 8 samples): with ℓ(p, y) = ½‖p − y‖², m·(1/m)Σᵢ ℓ(f(xᵢ), yᵢ) computed sample by sample equals the engine's ½‖f(X) − Y‖²_F (the engine's L is m times (4); the invariants are unaffected by the factor)",
            Generator = NetworkInstances,
            Instances = 60,
            Evaluate = inst =>
            {
                int m = inst.X.ColumnCount;
                double total = new HomogeneousNetwork(inst.Activation, inst.X, inst.Y).Value(inst.Weights);
                double average = 0;
                for (int s = 0; s < m; s++)
                {
                    var one = new HomogeneousNetwork(inst.Activation, inst.X.SubMatrix(0, inst.X.RowCount, s, 1), inst.Y.SubMatrix(0, inst.Y.RowCount, s, 1));
                    average += one.Value(inst.Weights) / m;
                }

                return InstanceOutcome.Identity(((useSampleCount ? m : 1) * average) - total, total);
            },
            Describe = inst => inst.Text,
        }.Run(context);

    /// <summary>dhl (5): the engine's gradient against central differences; <paramref name="sign"/> = −1 compares with the ascent direction (negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="sign">+1 for the claim.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult FlowFieldIsNegativeGradient(CheckContext context, double sign = 1)
        => new InequalityCheck<NetworkInstance>
        {
            ClaimId = "flow-field-is-negative-gradient",
            Family = "random networks and data away from activation kinks (every hidden pre-activation at least 10⁻³ from 0, others rejected): the engine's ∂L/∂W^{(h)} (the field −dW^{(h)}/dt of (5)) against central differences of L with step 10⁻⁶, max entry error relative to the gradient's size",
            Generator = NetworkInstances,
            Instances = 40,
            Evaluate = inst =>
            {
                var engine = new HomogeneousNetwork(inst.Activation, inst.X, inst.Y);
                int n = inst.Weights.Length;
                var layered = new LayeredNetwork([.. Enumerable.Repeat<Func<double, double>>(inst.Activation.Apply, n)], [.. Enumerable.Repeat<Func<double, double>>(inst.Activation.Derivative, n)], inst.X, inst.Y);
                double nearest = layered.Forward(inst.Weights).Pre.Take(n - 1).SelectMany(z => z.Enumerate()).Select(Math.Abs).DefaultIfEmpty(1).Min();
                if (inst.Activation.Kind != ActivationKind.Identity && nearest < 1e-3)
                {
                    return InstanceOutcome.Rejected($"a pre-activation is {G(nearest)} from a kink");
                }

                var grads = engine.Gradient(inst.Weights);
                double error = 0, size = 0;
                const double step = 1e-6;
                for (int h = 0; h < n; h++)
                {
                    for (int a = 0; a < inst.Weights[h].RowCount; a++)
                    {
                        for (int b = 0; b < inst.Weights[h].ColumnCount; b++)
                        {
                            var plus = inst.Weights.Select(w => w.Clone()).ToArray();
                            var minus = inst.Weights.Select(w => w.Clone()).ToArray();
                            plus[h][a, b] += step;
                            minus[h][a, b] -= step;
                            double fd = (engine.Value(plus) - engine.Value(minus)) / (2 * step);
                            error = Math.Max(error, Math.Abs(fd - (sign * grads[h][a, b])));
                            size = Math.Max(size, Math.Abs(grads[h][a, b]));
                        }
                    }
                }

                return InstanceOutcome.Identity(error, size + engine.Value(inst.Weights), 1e-6);
            },
            Describe = inst => inst.Text,
        }.Run(context);

    /// <summary>dhl §2.2: d_h = r·k for k convolutional filters of size r; <paramref name="claimed"/> is the claimed count as a function of (r, k) (r·k for the claim; another formula is a negative control).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="claimed">The claimed count, default r·k.</param>
    /// <returns>Verified or refuted.</returns>
    public static CheckResult ConvolutionParameterCount(CheckContext context, Func<int, int, int>? claimed = null)
    {
        claimed ??= (r, k) => r * k;
        // Stride-1 1-D convolution with k filters of size r on an input of length n: output unit (f, p), p = 0..n − r,
        // W[(f, p), j] = v[f·r + (j − p) + 1] when 0 ≤ j − p < r, else absent (g = 0).
        var acc = new SlackAccumulator(0);
        for (int n = 1; n <= 12; n++)
        {
            for (int r = 1; r <= n; r++)
            {
                for (int k = 1; k <= 4; k++)
                {
                    context.CancellationToken.ThrowIfCancellationRequested();
                    var used = new HashSet<int>();
                    int positions = n - r + 1;
                    for (int f = 0; f < k; f++)
                    {
                        for (int p = 0; p < positions; p++)
                        {
                            for (int j = 0; j < n; j++)
                            {
                                int s = j - p;
                                int g = s >= 0 && s < r ? (f * r) + s + 1 : 0;
                                if (g > 0)
                                {
                                    used.Add(g);
                                }
                            }
                        }
                    }

                    int nn = n, rr = r, kk = k;
                    acc.AddIdentity(used.Count - claimed(r, k), r * k, (ulong)((n * 1000) + (r * 10) + k), () => string.Create(CultureInfo.InvariantCulture, $"n = {nn}, r = {rr}, k = {kk}: {used.Count} distinct parameters"), 0);
                }
            }
        }

        return acc.ToResult(
            "convolution-parameter-count",
            "exhaustive: input length n ≤ 12, filter size r ≤ n, k ≤ 4 filters",
            "stride-1 1-D convolutions with k filters of size r: the number of distinct parameter indices in the image of the sharing map g_h (minus 0) equals r·k exactly (integer comparison)");
    }
}
