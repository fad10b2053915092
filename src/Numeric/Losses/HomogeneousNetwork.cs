using System.Globalization;
using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// The fully connected network of dhl §2.1 and §4 with a homogeneous activation σ (identity, ReLU, leaky ReLU):
/// <c>f⁽¹⁾(x) = W⁽¹⁾x</c>, <c>f⁽ʰ⁾(x) = W⁽ʰ⁾σ(f⁽ʰ⁻¹⁾(x))</c>, <c>f = f⁽ᴺ⁾</c>, with the quadratic loss
/// <c>L(w) = ½Σ_i ‖f(x_i) − y_i‖²</c> over the columns of X and Y and gradients by back-propagation.
/// </summary>
/// <remarks>
/// dhl (4) averages a loss ℓ over the m samples; with ℓ(p, y) = ½‖p − y‖² that is this L divided by m (the
/// invariants of dhl Theorems 2.1–2.2 hold for either). Immutable: X and Y are copied in.
/// </remarks>
public sealed class HomogeneousNetwork
{
    private readonly Matrix<double> _x;
    private readonly Matrix<double> _y;

    /// <summary>Creates the loss for activation σ and data X (inputs as columns), Y (targets as columns).</summary>
    /// <exception cref="NumericArgumentException">A non-finite entry, or different column counts.</exception>
    public HomogeneousNetwork(Activation activation, Matrix<double> x, Matrix<double> y)
    {
        ArgumentNullException.ThrowIfNull(activation);
        Require.FiniteMatrix(x, nameof(x));
        Require.FiniteMatrix(y, nameof(y));
        if (x.ColumnCount != y.ColumnCount)
        {
            throw new NumericArgumentException(nameof(y), $"a {Require.Shape(y)} matrix while X is {Require.Shape(x)}", "X and Y must have the same number m of columns (samples)");
        }

        Activation = activation;
        _x = x.Clone();
        _y = y.Clone();
    }

    /// <summary>The activation σ.</summary>
    public Activation Activation { get; }

    /// <summary>The outputs <c>f(X)</c>, one column per sample.</summary>
    /// <exception cref="NumericArgumentException">Weights that do not chain from d = rows(X) to p = rows(Y), or a non-finite entry.</exception>
    public Matrix<double> Forward(IReadOnlyList<Matrix<double>> weights) => ForwardAll(weights).Outputs[^1];

    /// <summary>The loss <c>½‖f(X) − Y‖_F²</c>.</summary>
    public double Value(IReadOnlyList<Matrix<double>> weights)
    {
        double f = (Forward(weights) - _y).FrobeniusNorm();
        return 0.5 * f * f;
    }

    /// <summary>The gradients <c>∂L/∂W⁽ʰ⁾</c>, h = 1..N (index h − 1), by back-propagation.</summary>
    public Matrix<double>[] Gradient(IReadOnlyList<Matrix<double>> weights)
    {
        var (pre, outputs) = ForwardAll(weights);
        int n = weights.Count;
        var grads = new Matrix<double>[n];
        var delta = outputs[^1] - _y; // ∂L/∂f⁽ᴺ⁾: the last layer has no activation
        for (int h = n; h >= 1; h--)
        {
            grads[h - 1] = delta.TransposeAndMultiply(outputs[h - 1]);
            if (h > 1)
            {
                var back = weights[h - 1].TransposeThisAndMultiply(delta);
                delta = back.PointwiseMultiply(pre[h - 2].Map(Activation.Derivative));
            }
        }

        return grads;
    }

    /// <summary>
    /// The per-neuron quantities of dhl Theorem 2.1, (6): for hidden layer h (1 ≤ h ≤ N−1) and neuron i,
    /// <c>‖W⁽ʰ⁾[i,:]‖² − ‖W⁽ʰ⁺¹⁾[:,i]‖²</c> (incoming minus outgoing), conserved by the gradient flow. Their sum over i is
    /// <c>‖W⁽ʰ⁾‖_F² − ‖W⁽ʰ⁺¹⁾‖_F²</c> (Corollary 2.1).
    /// </summary>
    /// <exception cref="NumericArgumentException">h outside [1, N−1] or weights that do not chain.</exception>
    public static double[] NeuronBalances(IReadOnlyList<Matrix<double>> weights, int h)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Require.InRange(h, 1, weights.Count - 1, nameof(h));
        var incoming = Require.FiniteMatrix(weights[h - 1], $"weights[{h - 1}]");
        var outgoing = Require.FiniteMatrix(weights[h], $"weights[{h}]");
        if (outgoing.ColumnCount != incoming.RowCount)
        {
            throw new NumericArgumentException($"weights[{h}]", $"a {Require.Shape(outgoing)} matrix", $"needs {incoming.RowCount.ToString(CultureInfo.InvariantCulture)} columns to follow weights[{h - 1}] ({Require.Shape(incoming)})");
        }

        return Enumerable.Range(0, incoming.RowCount)
            .Select(i => Math.Pow(incoming.Row(i).L2Norm(), 2) - Math.Pow(outgoing.Column(i).L2Norm(), 2))
            .ToArray();
    }

    private (List<Matrix<double>> Pre, List<Matrix<double>> Outputs) ForwardAll(IReadOnlyList<Matrix<double>> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Count == 0)
        {
            throw new NumericArgumentException(nameof(weights), "an empty list", "needs at least one weight matrix");
        }

        var pre = new List<Matrix<double>>();
        var outputs = new List<Matrix<double>> { _x };
        var current = _x;
        for (int h = 1; h <= weights.Count; h++)
        {
            var w = Require.FiniteMatrix(weights[h - 1], $"weights[{h - 1}]");
            if (w.ColumnCount != current.RowCount)
            {
                throw new NumericArgumentException($"weights[{h - 1}]", $"a {Require.Shape(w)} matrix", $"needs {current.RowCount.ToString(CultureInfo.InvariantCulture)} columns to act on layer {(h - 1).ToString(CultureInfo.InvariantCulture)}'s output");
            }

            var z = w * current;
            if (h < weights.Count)
            {
                pre.Add(z);
                current = z.Map(Activation.Apply);
            }
            else
            {
                current = z;
            }

            outputs.Add(current);
        }

        if (current.RowCount != _y.RowCount)
        {
            throw new NumericArgumentException($"weights[{weights.Count - 1}]", $"a {Require.Shape(weights[^1])} matrix", $"the output width must equal p = rows(Y) = {_y.RowCount.ToString(CultureInfo.InvariantCulture)}");
        }

        return (pre, outputs);
    }
}
