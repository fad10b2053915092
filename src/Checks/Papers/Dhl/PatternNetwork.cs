using DeepLinear.Symbolic.Entrywise;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;

namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>
/// The symbolic model of dhl §2 for a fixed activation pattern: a network whose hidden activation φ_h acts on sample s as
/// a diagonal matrix D_{h,s} of symbolic slopes (every 0/1 ReLU pattern, every leaky slope α, and the identity are
/// specializations), so f_w(x_s) = W^{(N)}D_{N−1,s}⋯D_{1,s}W^{(1)}x_s is a polynomial in the weights.
/// The polynomial model: weights (dense or tied to free parameters by a sharing map), per-sample masks, inputs x_s,
/// and output gradients g_s = ∂ℓ/∂f(x_s) as free symbols; <see cref="Objective"/> = Σ_s g_sᵀf_w(x_s) has the same
/// weight gradient as the training loss at the current point (chain rule with the output gradient frozen), so the
/// gradient-flow field of every weight is −∂(Objective)/∂w.
/// </summary>
internal sealed class PatternNetwork
{
    private PatternNetwork(VariableNames names, SymbolicMatrix[] weights, SymbolicMatrix[] parameters, SymbolicMatrix[] preActivations, SymbolicMatrix[] layerOutputs, SymbolicMatrix[] backward, Polynomial objective, string description)
    {
        Names = names;
        Weights = weights;
        Parameters = parameters;
        PreActivations = preActivations;
        LayerOutputs = layerOutputs;
        Backward = backward;
        Objective = objective;
        Description = description;
    }

    public VariableNames Names { get; }

    /// <summary>W^{(h)} at index h − 1.</summary>
    public SymbolicMatrix[] Weights { get; }

    /// <summary>The free parameters v^{(h)} of layer h (a column of variables) at index h − 1.</summary>
    public SymbolicMatrix[] Parameters { get; }

    /// <summary>For sample 0: x^{(h)} = f^{(h)}(x) (n_h × 1) at index h − 1, h = 1..N.</summary>
    public SymbolicMatrix[] PreActivations { get; }

    /// <summary>For sample 0: φ_{h}(x^{(h)}) at index h (index 0 holds x itself, φ₀ = id).</summary>
    public SymbolicMatrix[] LayerOutputs { get; }

    /// <summary>For sample 0: ∂(g₀ᵀf)/∂x^{(h)} (n_h × 1) at index h − 1, h = 1..N, by the chain rule of the pattern model.</summary>
    public SymbolicMatrix[] Backward { get; }

    public Polynomial Objective { get; }

    public string Description { get; }

    public int Depth => Weights.Length;

    /// <summary>The gradient-flow field ẇ = −∂(Objective)/∂w over every free parameter.</summary>
    public Dictionary<int, Polynomial> Field()
    {
        var field = new Dictionary<int, Polynomial>();
        foreach (var p in Parameters)
        {
            for (int i = 0; i < p.Rows; i++)
            {
                int v = p.VariableAt(i, 0);
                field[v] = -Objective.Derivative(v);
            }
        }

        return field;
    }

    /// <summary>∂(Objective)/∂W^{(h)} entry-wise through the sharing map (dense layers only).</summary>
    public SymbolicMatrix Gradient(int h) => EntrywiseCalculus.Gradient(Objective, Weights[h - 1]);

    /// <summary>
    /// Builds the model. <paramref name="widths"/> = (n₀, …, n_N); <paramref name="activations"/>[h − 1] is the model of
    /// φ_h (h = 1..N−1); <paramref name="sharing"/>[h − 1], when not null, maps entry (i, j) of W^{(h)} to a parameter
    /// index k ≥ 1 or 0 (absent), as g_h of dhl §2.2; <paramref name="biasLayer"/> adds a symbolic bias to x^{(h)} of that
    /// layer (a non-homogeneous negative control; 0 for none).
    /// </summary>
    public static PatternNetwork Build(int[] widths, PatternActivation[] activations, int samples, Func<int, int, int>?[]? sharing = null, int[]? parameterCounts = null, int biasLayer = 0)
    {
        int n = widths.Length - 1;
        var names = new VariableNames();
        var weights = new SymbolicMatrix[n];
        var parameters = new SymbolicMatrix[n];
        for (int h = 1; h <= n; h++)
        {
            var map = sharing?[h - 1];
            if (map is null)
            {
                weights[h - 1] = SymbolicMatrix.Fresh(names, $"W{h}", $"W^{{({h})}}", widths[h], widths[h - 1]);
                int rows = widths[h], cols = widths[h - 1];
                var w = weights[h - 1];
                parameters[h - 1] = SymbolicMatrix.Build(rows * cols, 1, (k, _) => w[k / cols, k % cols]);
            }
            else
            {
                var v = SymbolicMatrix.Fresh(names, $"v{h}", $"v^{{({h})}}", parameterCounts![h - 1], 1);
                parameters[h - 1] = v;
                weights[h - 1] = SymbolicMatrix.Build(widths[h], widths[h - 1], (i, j) => map(i, j) is var k && k > 0 ? v[k - 1, 0] : Polynomial.Zero);
            }
        }

        var masks = new SymbolicMatrix[samples, n];
        var offsets = new SymbolicMatrix[samples, n];
        for (int s = 0; s < samples; s++)
        {
            for (int h = 1; h < n; h++)
            {
                int width = widths[h];
                switch (activations[h - 1])
                {
                    case PatternActivation.Identity:
                        masks[s, h] = SymbolicMatrix.Identity(width);
                        break;
                    default:
                        var d = SymbolicMatrix.Fresh(names, $"D{h}s{s + 1}", $"D^{{({h})}}_{{s{s + 1}}}", width, 1);
                        masks[s, h] = SymbolicMatrix.Build(width, width, (i, j) => i == j ? d[i, 0] : Polynomial.Zero);
                        if (activations[h - 1] == PatternActivation.Affine)
                        {
                            offsets[s, h] = SymbolicMatrix.Fresh(names, $"c{h}s{s + 1}", $"c^{{({h})}}_{{s{s + 1}}}", width, 1);
                        }

                        break;
                }
            }
        }

        var bias = biasLayer > 0 ? SymbolicMatrix.Fresh(names, $"b{biasLayer}", $"b^{{({biasLayer})}}", widths[biasLayer], 1) : null;
        var objective = Polynomial.Zero;
        SymbolicMatrix[] pre0 = new SymbolicMatrix[n], out0 = new SymbolicMatrix[n + 1], back0 = new SymbolicMatrix[n];
        for (int s = 0; s < samples; s++)
        {
            var x = SymbolicMatrix.Fresh(names, $"x{s + 1}", $"x_{{{s + 1}}}", widths[0], 1);
            var g = SymbolicMatrix.Fresh(names, $"g{s + 1}", $"g_{{{s + 1}}}", widths[n], 1);
            var current = x;
            var pre = new SymbolicMatrix[n];
            var outs = new SymbolicMatrix[n + 1];
            outs[0] = x;
            for (int h = 1; h <= n; h++)
            {
                var z = weights[h - 1] * current;
                if (bias is not null && h == biasLayer)
                {
                    z += bias;
                }

                pre[h - 1] = z;
                if (h < n)
                {
                    current = masks[s, h] * z;
                    if (offsets[s, h] is { } c)
                    {
                        current += c;
                    }

                    outs[h] = current;
                }
            }

            objective += (g.Transpose() * pre[n - 1])[0, 0];
            if (s == 0)
            {
                pre0 = pre;
                out0 = outs;
                var delta = g;
                back0[n - 1] = delta;
                for (int h = n - 1; h >= 1; h--)
                {
                    // ∂x^{(h+1)}/∂x^{(h)} = W^{(h+1)}D_h in the pattern model.
                    delta = masks[s, h] * (weights[h].Transpose() * delta);
                    back0[h - 1] = delta;
                }
            }
        }

        string acts = string.Join(", ", activations.Select((a, i) => $"φ{i + 1} {a.ToString().ToLowerInvariant()}"));
        string description = $"widths ({string.Join(", ", widths)}), {samples} samples, {acts}"
            + (sharing is not null && sharing.Any(m => m is not null) ? ", tied/sparse weights" : string.Empty)
            + (bias is not null ? $", bias in layer {biasLayer}" : string.Empty);
        return new PatternNetwork(names, weights, parameters, pre0, out0, back0, objective, description);
    }

    /// <summary>‖row i of W^{(h)}‖² (1-based h, 0-based i).</summary>
    public Polynomial RowNormSquared(int h, int i)
    {
        var w = Weights[h - 1];
        var p = Polynomial.Zero;
        for (int j = 0; j < w.Columns; j++)
        {
            p += w[i, j] * w[i, j];
        }

        return p;
    }

    /// <summary>‖column i of W^{(h)}‖².</summary>
    public Polynomial ColumnNormSquared(int h, int i)
    {
        var w = Weights[h - 1];
        var p = Polynomial.Zero;
        for (int k = 0; k < w.Rows; k++)
        {
            p += w[k, i] * w[k, i];
        }

        return p;
    }

    /// <summary>‖W^{(h)}‖²_F.</summary>
    public Polynomial FrobeniusSquared(int h) => SymbolicMatrix.FrobeniusInner(Weights[h - 1], Weights[h - 1]);

    /// <summary>‖v^{(h)}‖².</summary>
    public Polynomial ParameterNormSquared(int h) => SymbolicMatrix.FrobeniusInner(Parameters[h - 1], Parameters[h - 1]);

    /// <summary>The scalar polynomial as a 1 × 1 matrix.</summary>
    public static SymbolicMatrix Scalar(Polynomial p) => SymbolicMatrix.Build(1, 1, (_, _) => p);

    /// <summary>The constant rational as a polynomial.</summary>
    public static Polynomial Const(int value) => Polynomial.Constant((Rational)value);
}
