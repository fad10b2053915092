using DeepLinear.Numeric.Errors;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// The fully connected network of dhl §2 and §4: <c>f(x) = W_N σ(W_{N−1} ⋯ σ(W₁x))</c> with a homogeneous activation σ,
/// quadratic loss <c>L = ½Σ_i ‖f(x_i) − y_i‖²</c> over the columns of X and Y, and gradients by back-propagation.
/// </summary>
public static class HomogeneousNetwork
{
    /// <summary>The outputs f(X) (one column per sample).</summary>
    public static Matrix<double> Forward(IReadOnlyList<Matrix<double>> weights, Activation activation, Matrix<double> x) =>
        ForwardAll(weights, activation, x).Outputs[^1];

    /// <summary>The loss <c>½‖f(X) − Y‖_F²</c>.</summary>
    public static double Loss(IReadOnlyList<Matrix<double>> weights, Activation activation, Matrix<double> x, Matrix<double> y)
    {
        Require.FiniteMatrix(y, nameof(y));
        double f = (Forward(weights, activation, x) - y).FrobeniusNorm();
        return 0.5 * f * f;
    }

    /// <summary>The gradients of the loss with respect to every weight matrix.</summary>
    public static Matrix<double>[] Gradient(IReadOnlyList<Matrix<double>> weights, Activation activation, Matrix<double> x, Matrix<double> y)
    {
        var (pre, outputs) = ForwardAll(weights, activation, x);
        Require.Shape(y, outputs[^1].RowCount, outputs[^1].ColumnCount, nameof(y));
        int n = weights.Count;
        var grads = new Matrix<double>[n];
        var delta = outputs[^1] - y; // ∂L/∂(output of layer N), linear last layer
        for (int h = n; h >= 1; h--)
        {
            grads[h - 1] = delta.TransposeAndMultiply(outputs[h - 1]);
            if (h > 1)
            {
                var back = weights[h - 1].TransposeThisAndMultiply(delta);
                delta = back.PointwiseMultiply(pre[h - 2].Map(activation.Derivative));
            }
        }

        return grads;
    }

    private static (List<Matrix<double>> Pre, List<Matrix<double>> Outputs) ForwardAll(IReadOnlyList<Matrix<double>> weights, Activation activation, Matrix<double> x)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(activation);
        Require.FiniteMatrix(x, nameof(x));
        if (weights.Count == 0)
        {
            throw new NumericArgumentException(nameof(weights), "an empty list", "needs at least one weight matrix");
        }

        var pre = new List<Matrix<double>>();
        var outputs = new List<Matrix<double>> { x };
        var current = x;
        for (int h = 1; h <= weights.Count; h++)
        {
            var w = Require.FiniteMatrix(weights[h - 1], $"weights[{h - 1}]");
            if (w.ColumnCount != current.RowCount)
            {
                throw new NumericArgumentException($"weights[{h - 1}]", $"a {Require.Shape(w)} matrix", $"needs {current.RowCount} columns to act on layer {h - 1}'s output");
            }

            var z = w * current;
            if (h < weights.Count)
            {
                pre.Add(z);
                current = z.Map(activation.Apply);
            }
            else
            {
                current = z;
            }

            outputs.Add(current);
        }

        return (pre, outputs);
    }
}
