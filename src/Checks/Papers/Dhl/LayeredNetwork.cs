namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>A feed-forward network with per-layer activations (φ_h, φ′_h), square loss ½‖f(X) − Y‖²_F, back-propagation.</summary>
internal sealed class LayeredNetwork(Func<double, double>[] phi, Func<double, double>[] dphi, Matrix<double> x, Matrix<double> y)
{
    public (List<Matrix<double>> Pre, List<Matrix<double>> Out) Forward(IReadOnlyList<Matrix<double>> w)
    {
        var pre = new List<Matrix<double>>();
        var outs = new List<Matrix<double>> { x };
        var current = x;
        for (int h = 0; h < w.Count; h++)
        {
            var z = w[h] * current;
            pre.Add(z);
            current = h < w.Count - 1 ? z.Map(phi[h]) : z;
            outs.Add(current);
        }

        return (pre, outs);
    }

    public Matrix<double>[] Gradient(IReadOnlyList<Matrix<double>> w)
    {
        var (pre, outs) = Forward(w);
        var grads = new Matrix<double>[w.Count];
        var delta = outs[^1] - y;
        for (int h = w.Count - 1; h >= 0; h--)
        {
            grads[h] = delta.TransposeAndMultiply(outs[h]);
            if (h > 0)
            {
                delta = w[h].TransposeThisAndMultiply(delta).PointwiseMultiply(pre[h - 1].Map(dphi[h - 1]));
            }
        }

        return grads;
    }

    /// <summary>The signs of all hidden pre-activations (the activation pattern).</summary>
    public bool[] Pattern(IReadOnlyList<Matrix<double>> w)
    {
        var (pre, _) = Forward(w);
        return [.. pre.Take(w.Count - 1).SelectMany(z => z.Enumerate()).Select(v => v > 0)];
    }
}
