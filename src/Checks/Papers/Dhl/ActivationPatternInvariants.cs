using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using static DeepLinear.Checks.Papers.Dhl.FactorizationNumerics;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// Section 2 and Appendix A of dhl, symbolically for fixed activation patterns: Theorems 2.1–2.3, Corollary 2.1, (6),
/// (7), (10), (11) and the gradient formulas of the proof of Theorem 2.2. A ReLU / leaky-ReLU network with a fixed
/// pattern is multilinear in its weights (φ_h(z) = D_h z with D_h = φ′_h(z), which is exactly homogeneity), so each
/// invariant's time derivative along ẇ = −∂L/∂w is a polynomial that must vanish identically; the masks D_{h,s} (one per
/// sample) are free symbols, so the proof covers every 0/1 pattern, every leaky slope and the identity at once.
/// </summary>
public static class ActivationPatternInvariants
{
    /// <summary>Theorem 2.1 / (6): d/dt(‖W^{(h)}[i,:]‖² − ‖W^{(h+1)}[:,i]‖²) = 0 for fixed activation patterns.</summary>
    [ClaimCheck("neuron-norm-difference-constant-for-fixed-activation-patterns", Parameters = [ClaimMutation.Key])]
    internal static CheckResult NeuronNormDifferenceConstantForFixedActivationPatterns(CheckContext context) => NeuronInvariantPattern(context, "neuron-norm-difference-constant-for-fixed-activation-patterns", HomogeneousOrAffine(context));

    /// <summary>Corollary 2.1: d/dt(‖W^{(h)}‖²_F − ‖W^{(h+1)}‖²_F) = 0 for fixed activation patterns.</summary>
    [ClaimCheck("layer-norm-difference-constant-for-fixed-activation-patterns", Parameters = [ClaimMutation.Key])]
    internal static CheckResult LayerNormDifferenceConstantForFixedActivationPatterns(CheckContext context) => LayerInvariantPattern(context, HomogeneousOrAffine(context));

    /// <summary>Theorem 2.2: d/dt(W^{(h)}W^{(h)ᵀ} − W^{(h+1)ᵀ}W^{(h+1)}) = 0 around a linear layer.</summary>
    [ClaimCheck("linear-layer-gram-difference-constant-for-fixed-activation-patterns", Parameters = [ClaimMutation.Key])]
    internal static CheckResult LinearLayerGramDifferenceConstantForFixedActivationPatterns(CheckContext context)
        => MatrixInvariantPattern(context, ClaimMutation.Read(context, "relu-at-layer-h") == "none" ? PatternActivation.Identity : PatternActivation.Mask);

    /// <summary>Theorem 2.3: d/dt(‖v^{(h)}‖² − ‖v^{(h+1)}‖²) = 0 for tied (convolutional) layers.</summary>
    [ClaimCheck("shared-weight-norm-difference-constant-for-fixed-activation-patterns", Parameters = [ClaimMutation.Key])]
    internal static CheckResult SharedWeightNormDifferenceConstantForFixedActivationPatterns(CheckContext context) => SharedInvariantPattern(context, BiasLayer(context));

    /// <summary>(7): the chain for d/dt‖W^{(h+1)}[:,i]‖².</summary>
    [ClaimCheck("outgoing-weight-norm-derivative-chain")]
    internal static CheckResult OutgoingWeightNormDerivativeChain(CheckContext context) => OutgoingChain("outgoing-weight-norm-derivative-chain");

    /// <summary>§2: the chain for d/dt‖W^{(h)}[i,:]‖².</summary>
    [ClaimCheck("incoming-weight-norm-derivative-chain")]
    internal static CheckResult IncomingWeightNormDerivativeChain(CheckContext context) => IncomingChain("incoming-weight-norm-derivative-chain");

    /// <summary>(10): the outgoing chain for tied weights.</summary>
    [ClaimCheck("shared-weight-outgoing-derivative-chain", Parameters = [ClaimMutation.Key])]
    internal static CheckResult SharedWeightOutgoingDerivativeChain(CheckContext context) => SharedOutgoingChain("shared-weight-outgoing-derivative-chain", BiasLayer(context));

    /// <summary>(11): homogeneity moves the activation into the inner product.</summary>
    [ClaimCheck("homogeneity-moves-activation-into-inner-product", Parameters = [ClaimMutation.Key])]
    internal static CheckResult HomogeneityMovesActivationIntoInnerProduct(CheckContext context) => HomogeneityTransfer("homogeneity-moves-activation-into-inner-product", HomogeneousOrAffine(context));

    /// <summary>§2, proof of Theorem 2.2: the layer gradients around a linear layer.</summary>
    [ClaimCheck("linear-layer-gradients-of-the-gram-invariant")]
    internal static CheckResult LinearLayerGradientsOfTheGramInvariant(CheckContext context) => LinearLayerGradients("linear-layer-gradients-of-the-gram-invariant");

    /// <summary>The hidden activation of a pattern check: symbolic masks (homogeneous: φ(z) = D z), or with
    /// <c>mutation: affine-activation</c> the negative control φ(z) = D z + c (not homogeneous: slope ≠ φ(z)/z).</summary>
    private static PatternActivation HomogeneousOrAffine(CheckContext context)
        => ClaimMutation.Read(context, "affine-activation") == "none" ? PatternActivation.Mask : PatternActivation.Affine;

    /// <summary>The layer with a bias: none (0) for the claim, layer h+1 = 2 with <c>mutation: bias-in-next-layer</c>
    /// (the negative control: a bias breaks the identity).</summary>
    private static int BiasLayer(CheckContext context)
        => ClaimMutation.Read(context, "bias-in-next-layer") == "none" ? 0 : 2;

    internal static IEnumerable<int[]> PatternWidths(CheckContext context)
        => context.Thorough
            ? [[2, 2, 2], [2, 2, 2, 2], [3, 3, 2, 2], [2, 2, 2, 2, 1]]
            : [[2, 2, 2], [2, 2, 2, 2]];

    /// <summary>
    /// dhl Theorem 2.1 / (6) for fixed activation patterns: d/dt(‖W^{(h)}[i,:]‖² − ‖W^{(h+1)}[:,i]‖²) = 0 for every h, i,
    /// entry-wise for small widths with symbolic masks. With <see cref="PatternActivation.Affine"/> (φ(z) = Dz + c, not
    /// homogeneous) the identity fails: the negative control, public so tests can run it.
    /// </summary>
    /// <param name="context">The check context (thorough adds N = 4 and width 3).</param>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="activation">The model of the hidden activations.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult NeuronInvariantPattern(CheckContext context, string label, PatternActivation activation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proof = new EntrywiseProof(
            label,
            "Per-neuron invariant of the gradient flow for fixed activation patterns (dhl Theorem 2.1)",
            @"\frac{d}{dt}\left(\|W^{(h)}[i,:]\|^2 - \|W^{(h+1)}[:,i]\|^2\right) = 0",
            "d/dt(‖W^(h)[i,:]‖² − ‖W^(h+1)[:,i]‖²) = 0 along dw/dt = −∂L/∂w");
        var sizes = new List<string>();
        foreach (var widths in PatternWidths(context))
        {
            var net = PatternNetwork.Build(widths, Enumerable.Repeat(activation, widths.Length - 2).ToArray(), samples: 2);
            var field = net.Field();
            proof.Note("setup", "model: " + net.Description + "; output gradients g_s free symbols; field ẇ = −∂(Σ_s g_sᵀf(x_s))/∂w");
            sizes.Add("(" + string.Join(", ", widths) + ")");
            for (int h = 1; h < net.Depth; h++)
            {
                for (int i = 0; i < widths[h]; i++)
                {
                    var invariant = net.RowNormSquared(h, i) - net.ColumnNormSquared(h + 1, i);
                    var derivative = EntrywiseCalculus.DirectionalDerivative(invariant, field);
                    proof.Compare($"widths ({string.Join(",", widths)}), h = {h}, i = {i + 1}: d/dt(‖W{h}[{i + 1},:]‖² − ‖W{h + 1}[:,{i + 1}]‖²) = 0", derivative, Polynomial.Zero, net.Names);
                }
            }
        }

        return proof.Conclude($" (widths {string.Join(", ", sizes)}, 2 samples, symbolic masks D_{{h,s}})");
    }

    /// <summary>dhl Corollary 2.1 for fixed patterns: d/dt(‖W^{(h)}‖²_F − ‖W^{(h+1)}‖²_F) = 0 (negative control: affine activation).</summary>
    /// <param name="context">The check context.</param>
    /// <param name="activation">The model of the hidden activations.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult LayerInvariantPattern(CheckContext context, PatternActivation activation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proof = new EntrywiseProof(
            "layer-norm-difference-constant-for-fixed-activation-patterns",
            "Layer-wise invariant of the gradient flow for fixed activation patterns (dhl Corollary 2.1)",
            @"\frac{d}{dt}\left(\|W^{(h)}\|_F^2 - \|W^{(h+1)}\|_F^2\right) = 0",
            "d/dt(‖W^(h)‖²_F − ‖W^(h+1)‖²_F) = 0");
        foreach (var widths in PatternWidths(context))
        {
            var net = PatternNetwork.Build(widths, Enumerable.Repeat(activation, widths.Length - 2).ToArray(), samples: 2);
            var field = net.Field();
            proof.Note("setup", "model: " + net.Description);
            for (int h = 1; h < net.Depth; h++)
            {
                var derivative = EntrywiseCalculus.DirectionalDerivative(net.FrobeniusSquared(h) - net.FrobeniusSquared(h + 1), field);
                proof.Compare($"widths ({string.Join(",", widths)}), h = {h}: d/dt(‖W{h}‖² − ‖W{h + 1}‖²) = 0", derivative, Polynomial.Zero, net.Names);
            }
        }

        return proof.Conclude(" (2 samples, symbolic masks)");
    }

    /// <summary>
    /// dhl Theorem 2.2 for fixed patterns: with φ_h the identity (the other activations masked), the matrix
    /// W^{(h)}W^{(h)ᵀ} − W^{(h+1)ᵀ}W^{(h+1)} has zero time derivative. Negative control: <paramref name="layerActivation"/> =
    /// <see cref="PatternActivation.Mask"/> (φ_h a ReLU pattern) must be refuted (only the trace survives).
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="layerActivation">The model of φ_h at the layer whose invariant is checked.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult MatrixInvariantPattern(CheckContext context, PatternActivation layerActivation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proof = new EntrywiseProof(
            "linear-layer-gram-difference-constant-for-fixed-activation-patterns",
            "Matrix invariant across a linear activation (dhl Theorem 2.2)",
            @"\frac{d}{dt}\left(W^{(h)}W^{(h)\top} - W^{(h+1)\top}W^{(h+1)}\right) = 0",
            "d/dt(W^(h)W^(h)ᵀ − W^(h+1)ᵀW^(h+1)) = 0 when φ_h = id");
        int[][] configs = context.Thorough ? [[2, 2, 2], [2, 2, 2, 2], [2, 3, 2, 2]] : [[2, 2, 2], [2, 2, 2, 2]];
        foreach (var widths in configs)
        {
            int n = widths.Length - 1;
            for (int h = 1; h < n; h++)
            {
                var acts = Enumerable.Range(1, n - 1).Select(k => k == h ? layerActivation : PatternActivation.Mask).ToArray();
                var net = PatternNetwork.Build(widths, acts, samples: 2);
                var field = net.Field();
                var w = net.Weights;
                var invariant = (w[h - 1] * w[h - 1].Transpose()) - (w[h].Transpose() * w[h]);
                var derivative = EntrywiseCalculus.TimeDerivative(invariant, field);
                proof.Note("setup", "model: " + net.Description);
                proof.Compare($"widths ({string.Join(",", widths)}), h = {h}: d/dt(W{h}W{h}ᵀ − W{h + 1}ᵀW{h + 1}) = 0", derivative, SymbolicMatrix.Zero(derivative.Rows, derivative.Columns), net.Names);
            }
        }

        return proof.Conclude(" (2 samples, symbolic masks on the other layers)");
    }

    /// <summary>The sharing map of a stride-1 1-D convolution with one filter of size <paramref name="size"/>: W[i, j] = v[j − i + 1] for 0 ≤ j − i &lt; size.</summary>
    internal static Func<int, int, int> Convolution(int size) => (i, j) => j - i >= 0 && j - i < size ? j - i + 1 : 0;

    /// <summary>
    /// dhl Theorem 2.3 for fixed patterns: a network of two tied convolutional layers (filters of size 2) and a dense
    /// output layer, d/dt(‖v^{(h)}‖² − ‖v^{(h+1)}‖²) = 0 along v̇ = −∂L/∂v. Negative control: a bias in layer h+1
    /// (<paramref name="biasLayer"/> = 2) must be refuted.
    /// </summary>
    /// <param name="context">The check context.</param>
    /// <param name="biasLayer">0 for none, else the layer that gets a symbolic bias.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult SharedInvariantPattern(CheckContext context, int biasLayer)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proof = new EntrywiseProof(
            "shared-weight-norm-difference-constant-for-fixed-activation-patterns",
            "Invariant for shared and sparse weights (dhl Theorem 2.3)",
            @"\frac{d}{dt}\left(\|v^{(h)}\|^2 - \|v^{(h+1)}\|^2\right) = 0",
            "d/dt(‖v^(h)‖² − ‖v^(h+1)‖²) = 0");
        var configs = new List<(int[] Widths, Func<int, int, int>?[] Sharing, int[] Counts, string Text)>
        {
            ([4, 3, 2, 1], [Convolution(2), Convolution(2), null], [2, 2, 0], "conv(4→3, filter 2), conv(3→2, filter 2), dense(2→1)"),
        };
        if (context.Thorough)
        {
            // An arbitrary sparsity and sharing pattern: some entries absent, one parameter used in two rows.
            configs.Add(([3, 3, 2], [(i, j) => (i + j) % 3 == 0 ? 0 : ((i * 3) + j) % 2 + 1, Convolution(2)], [2, 2], "sparse tied (3→3), conv(3→2, filter 2)"));
        }

        foreach (var (widths, sharing, counts, text) in configs)
        {
            var net = PatternNetwork.Build(widths, Enumerable.Repeat(PatternActivation.Mask, widths.Length - 2).ToArray(), samples: 2, sharing, counts, biasLayer);
            var field = net.Field();
            proof.Note("setup", $"model: {text}; {net.Description}");
            for (int h = 1; h < net.Depth; h++)
            {
                var derivative = EntrywiseCalculus.DirectionalDerivative(net.ParameterNormSquared(h) - net.ParameterNormSquared(h + 1), field);
                proof.Compare($"{text}, h = {h}: d/dt(‖v{h}‖² − ‖v{h + 1}‖²) = 0", derivative, Polynomial.Zero, net.Names);
            }
        }

        return proof.Conclude(" (tied convolutional layers, 2 samples, symbolic masks)");
    }

    /// <summary>dhl (7) entry-wise for fixed patterns; <paramref name="coefficient"/> is the printed −2 (another value is a negative control).</summary>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="coefficient">The coefficient of the last two members of the chain.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult OutgoingChain(string label, int coefficient = -2)
    {
        var proof = new EntrywiseProof(
            label,
            "The outgoing-weight chain of the proof of Theorem 2.1 (dhl (7))",
            @"\frac{d}{dt}\|W^{(h+1)}[:,i]\|^2 = -2\langle W^{(h+1)}[:,i], \partial L/\partial W^{(h+1)}[:,i]\rangle = -2\phi_h(x^{(h)}[i])\langle W^{(h+1)}[:,i], \partial L/\partial x^{(h+1)}\rangle",
            "(7)");
        foreach (var widths in new[] { new[] { 2, 2, 2 }, new[] { 2, 2, 2, 2 } })
        {
            var net = PatternNetwork.Build(widths, Enumerable.Repeat(PatternActivation.Mask, widths.Length - 2).ToArray(), samples: 1);
            var field = net.Field();
            proof.Note("setup", "one sample (the average over samples is linear); model: " + net.Description);
            for (int h = 1; h < net.Depth; h++)
            {
                var grad = net.Gradient(h + 1);
                var delta = net.Backward[h];
                var phi = net.LayerOutputs[h];
                for (int i = 0; i < widths[h]; i++)
                {
                    var column = SymbolicMatrix.Build(widths[h + 1], 1, (k, _) => net.Weights[h][k, i]);
                    var gradColumn = SymbolicMatrix.Build(widths[h + 1], 1, (k, _) => grad[k, i]);
                    proof.Compare($"h = {h}, i = {i + 1}: ∂L/∂W{h + 1}[:,{i + 1}] = φ_h(x^(h)[{i + 1}])·∂L/∂x^(h+1)", gradColumn, phi[i, 0] * delta, net.Names);
                    var derivative = EntrywiseCalculus.DirectionalDerivative(net.ColumnNormSquared(h + 1, i), field);
                    var middle = ((Rational)coefficient) * SymbolicMatrix.FrobeniusInner(column, gradColumn);
                    var last = ((Rational)coefficient) * (phi[i, 0] * SymbolicMatrix.FrobeniusInner(column, delta));
                    proof.Compare($"h = {h}, i = {i + 1}: d/dt‖W{h + 1}[:,{i + 1}]‖² = −2⟨W{h + 1}[:,{i + 1}], ∂L/∂W{h + 1}[:,{i + 1}]⟩", derivative, middle, net.Names);
                    proof.Compare($"h = {h}, i = {i + 1}: −2⟨W{h + 1}[:,{i + 1}], ∂L/∂W{h + 1}[:,{i + 1}]⟩ = −2φ_h(x^(h)[{i + 1}])⟨W{h + 1}[:,{i + 1}], ∂L/∂x^(h+1)⟩", middle, last, net.Names);
                }
            }
        }

        return proof.Conclude(" (N = 2, 3, widths 2, one sample, symbolic masks)");
    }

    /// <summary>The second chain of §2.3 for fixed patterns; with <see cref="PatternActivation.Affine"/> (φ′(x)x ≠ φ(x)) it is refuted (negative control).</summary>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="activation">The model of the hidden activations.</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult IncomingChain(string label, PatternActivation activation = PatternActivation.Mask)
    {
        var proof = new EntrywiseProof(
            label,
            "The incoming-weight chain of the proof of Theorem 2.1 (dhl §2.3)",
            @"\frac{d}{dt}\|W^{(h)}[i,:]\|^2 = -2\langle \partial L/\partial x^{(h+1)}, W^{(h+1)}[:,i]\rangle\,\phi'_h(x^{(h)}[i])\,x^{(h)}[i] = -2\langle \partial L/\partial x^{(h+1)}, W^{(h+1)}[:,i]\rangle\,\phi_h(x^{(h)}[i])",
            "second chain of §2.3");
        foreach (var widths in new[] { new[] { 2, 2, 2 }, new[] { 2, 2, 2, 2 } })
        {
            var net = PatternNetwork.Build(widths, Enumerable.Repeat(activation, widths.Length - 2).ToArray(), samples: 1);
            var field = net.Field();
            proof.Note("setup", "one sample; φ_h acts as D_h (a symbolic slope per neuron: any sub-gradient at 0), so φ′_h(x)·x = D_h x = φ_h(x) (homogeneity)");
            for (int h = 1; h < net.Depth; h++)
            {
                var delta = net.Backward[h];
                for (int i = 0; i < widths[h]; i++)
                {
                    var column = SymbolicMatrix.Build(widths[h + 1], 1, (k, _) => net.Weights[h][k, i]);
                    var derivative = EntrywiseCalculus.DirectionalDerivative(net.RowNormSquared(h, i), field);
                    var rhs = ((Rational)(-2)) * (SymbolicMatrix.FrobeniusInner(delta, column) * net.LayerOutputs[h][i, 0]);
                    proof.Compare($"h = {h}, i = {i + 1}: d/dt‖W{h}[{i + 1},:]‖² = −2⟨∂L/∂x^(h+1), W{h + 1}[:,{i + 1}]⟩φ_h(x^(h)[{i + 1}])", derivative, rhs, net.Names);
                }
            }
        }

        return proof.Conclude(" (N = 2, 3, widths 2, one sample, symbolic slopes)");
    }

    /// <summary>
    /// dhl (10): ⟨v^{(h+1)}, ∂L/∂v^{(h+1)}⟩ = Σ_{(k,i)} ∂L/∂x^{(h+1)}[k]·W^{(h+1)}[k,i]·φ_h(x^{(h)}[i]) = ⟨∂L/∂x^{(h+1)}, x^{(h+1)}⟩
    /// for tied convolutional layers (one sample). Negative control: a bias in layer h+1 (<paramref name="biasLayer"/>).
    /// </summary>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="biasLayer">0, or the layer with a symbolic bias.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult SharedOutgoingChain(string label, int biasLayer)
    {
        var proof = new EntrywiseProof(
            label,
            "Shared-weight chain (dhl (10))",
            @"\langle v^{(h+1)}, \partial L/\partial v^{(h+1)}\rangle = \sum_{(k,i)} \frac{\partial L}{\partial x^{(h+1)}[k]} W^{(h+1)}[k,i]\phi_h(x^{(h)}[i]) = \langle \partial L/\partial x^{(h+1)}, x^{(h+1)}\rangle",
            "(10)");
        var net = PatternNetwork.Build([4, 3, 2, 1], [PatternActivation.Mask, PatternActivation.Mask], samples: 1, [Convolution(2), Convolution(2), null], [2, 2, 0], biasLayer);
        proof.Note("setup", "conv(4→3, filter 2), conv(3→2, filter 2), dense(2→1); one sample; " + net.Description);
        for (int h = 0; h < net.Depth; h++)
        {
            var v = net.Parameters[h];
            var inner = Polynomial.Zero;
            for (int k = 0; k < v.Rows; k++)
            {
                inner += v[k, 0] * net.Objective.Derivative(v.VariableAt(k, 0));
            }

            var delta = net.Backward[h];
            var middle = SymbolicMatrix.FrobeniusInner(delta, net.Weights[h] * net.LayerOutputs[h]);
            var last = SymbolicMatrix.FrobeniusInner(delta, net.PreActivations[h]);
            proof.Compare($"layer {h + 1}: ⟨v{h + 1}, ∂L/∂v{h + 1}⟩ = Σ_(k,i) δ_k W[k,i] φ(x_i)", inner, middle, net.Names);
            proof.Compare($"layer {h + 1}: Σ_(k,i) δ_k W[k,i] φ(x_i) = ⟨∂L/∂x^({h + 1}), x^({h + 1})⟩", middle, last, net.Names);
        }

        return proof.Conclude(" (tied convolutions, one sample)");
    }

    /// <summary>
    /// dhl (11): ⟨∂L/∂x^{(h)}, x^{(h)}⟩ = ⟨∂L/∂x^{(h+1)}, x^{(h+1)}⟩, where homogeneity enters (φ′_h(x)x = φ_h(x)).
    /// Negative control: <see cref="PatternActivation.Affine"/> (φ(z) = Dz + c) must be refuted.
    /// </summary>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="activation">The model of the hidden activations.</param>
    /// <returns>Proved, or refuted with an exact witness.</returns>
    public static CheckResult HomogeneityTransfer(string label, PatternActivation activation)
    {
        var proof = new EntrywiseProof(
            label,
            "Transfer of ⟨∂L/∂x, x⟩ across a homogeneous activation (dhl (11))",
            @"\langle \partial L/\partial x^{(h)}, x^{(h)}\rangle = \sum_k \frac{\partial L}{\partial x^{(h+1)}[k]}\sum_i W^{(h+1)}[k,i]\phi_h(x^{(h)}[i]) = \langle \partial L/\partial x^{(h+1)}, x^{(h+1)}\rangle",
            "(11)");
        foreach (var widths in new[] { new[] { 2, 2, 2 }, new[] { 2, 3, 2, 2 } })
        {
            var net = PatternNetwork.Build(widths, Enumerable.Repeat(activation, widths.Length - 2).ToArray(), samples: 1);
            proof.Note("setup", "one sample; ∂L/∂x^(h) = φ′_h(x^(h)) ⊙ W^(h+1)ᵀ∂L/∂x^(h+1) (chain rule); " + net.Description);
            for (int h = 1; h < net.Depth; h++)
            {
                var left = SymbolicMatrix.FrobeniusInner(net.Backward[h - 1], net.PreActivations[h - 1]);
                var middle = SymbolicMatrix.FrobeniusInner(net.Backward[h], net.Weights[h] * net.LayerOutputs[h]);
                var right = SymbolicMatrix.FrobeniusInner(net.Backward[h], net.PreActivations[h]);
                proof.Compare($"widths ({string.Join(",", widths)}), h = {h}: ⟨∂L/∂x^({h}), x^({h})⟩ = Σ_k δ_k Σ_i W[k,i]φ(x_i)", left, middle, net.Names);
                proof.Compare($"widths ({string.Join(",", widths)}), h = {h}: Σ_k δ_k Σ_i W[k,i]φ(x_i) = ⟨∂L/∂x^({h + 1}), x^({h + 1})⟩", middle, right, net.Names);
            }
        }

        return proof.Conclude(" (one sample, symbolic slopes)");
    }

    /// <summary>The gradients of Appendix A around a linear φ_h; with <paramref name="linear"/> false (φ_h a ReLU pattern) the first formula fails (negative control).</summary>
    /// <param name="label">The label of the result (the check name, or the invariant checked).</param>
    /// <param name="linear">Whether φ_h is the identity (the hypothesis).</param>
    /// <returns>Proved, or refuted.</returns>
    public static CheckResult LinearLayerGradients(string label, bool linear = true)
    {
        var proof = new EntrywiseProof(
            label,
            "Layer gradients around a linear activation (proof of dhl Theorem 2.2)",
            @"\frac{\partial L}{\partial W^{(h)}} = (W^{(h+1)})^\top \frac{\partial L}{\partial x^{(h+1)}} u^\top,\quad \frac{\partial L}{\partial W^{(h+1)}} = \frac{\partial L}{\partial x^{(h+1)}} (W^{(h)} u)^\top",
            "gradients of Appendix A");
        foreach (var widths in new[] { new[] { 2, 2, 2 }, new[] { 2, 2, 3, 2 } })
        {
            int n = widths.Length - 1;
            for (int h = 1; h < n; h++)
            {
                var acts = Enumerable.Range(1, n - 1).Select(k => k == h && linear ? PatternActivation.Identity : PatternActivation.Mask).ToArray();
                var net = PatternNetwork.Build(widths, acts, samples: 1);
                var u = net.LayerOutputs[h - 1];
                var delta = net.Backward[h];
                proof.Note("setup", $"φ_{h} = id, u = φ_{h - 1}(x^({h - 1})); " + net.Description);
                proof.Compare($"widths ({string.Join(",", widths)}), h = {h}: ∂L/∂W{h} = W{h + 1}ᵀ δ uᵀ", net.Gradient(h), net.Weights[h].Transpose() * delta * u.Transpose(), net.Names);
                proof.Compare($"widths ({string.Join(",", widths)}), h = {h}: ∂L/∂W{h + 1} = δ (W{h} u)ᵀ", net.Gradient(h + 1), delta * (net.Weights[h - 1] * u).Transpose(), net.Names);
            }
        }

        return proof.Conclude(" (one sample, symbolic masks elsewhere)");
    }

}
