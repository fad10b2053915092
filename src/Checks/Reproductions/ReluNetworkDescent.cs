using DeepLinear.Numeric.Workspace;

namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// Gradient descent on the 3-layer ReLU network <c>f(x) = W₃φ(W₂φ(W₁x))</c> of dhl §4 with the mean quadratic loss
/// <c>L = (1/m)Σ_i ½‖f(x_i) − y_i‖²</c> (dhl (4) with ℓ(p, y) = ½‖p − y‖²), on row-major buffers with
/// <see cref="RowMajorGemm"/> (the 1,000 × 1,000 data make the products with X, or with XᵀX, dominate). φ′(0) = 1, as in
/// <c>HomogeneousNetwork</c>.
/// </summary>
/// <remarks>
/// With <c>trackFirstLayerProduct</c> the step keeps <c>Z₁ = W₁X</c> instead of forming it: gradient descent changes W₁ by
/// <c>−η G₁</c> with <c>G₁ = B₁Xᵀ</c>, so <c>Z₁ ← Z₁ − η B₁(XᵀX)</c> with the Gram matrix <c>XᵀX</c> (m×m) formed once, and
/// <c>‖W₁‖_F²</c> follows exactly from <c>‖W₁ − ηG₁‖² = ‖W₁‖² − 2η⟨Z₁, B₁⟩ + η²⟨B₁(XᵀX), B₁⟩</c>
/// (<c>⟨W₁, B₁Xᵀ⟩ = ⟨W₁X, B₁⟩</c> and <c>‖B₁Xᵀ‖² = tr(B₁XᵀXB₁ᵀ)</c>). One h×m·m×m product replaces the two h×d·d×m products with
/// X (for dhl Figure 2, d = m = 1,000 and h = 100: 152 M instead of 252 M multiply-adds a step). It is the same gradient
/// descent, up to rounding (a test compares the two over hundreds of steps); W₁ itself is rebuilt only when asked for,
/// as <c>W₁(0) − (Σ_t η_t B₁(t))Xᵀ</c>.
/// </remarks>
public sealed class ReluNetworkDescent
{
    private readonly int _d;
    private readonly int _h;
    private readonly int _p;
    private readonly int _m;
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly double[][] _w;
    private readonly double[] _z1;
    private readonly double[] _z2;
    private readonly double[] _a1;
    private readonly double[] _a2;
    private readonly double[] _o;
    private readonly double[] _b2;
    private readonly double[] _b1;
    private readonly double[][] _g;
    private readonly GemmScratch _scratch;
    private readonly bool _tracked;
    private readonly double[] _gram = [];
    private readonly double[] _c1 = [];
    private readonly double[] _w1Start = [];
    private readonly double[] _stepSum = [];
    private double _w1Norm;

    /// <summary>Creates the descent from data X (d×m), Y (p×m) and weights W₁ (h×d), W₂ (h×h), W₃ (p×h), all row-major.</summary>
    /// <param name="d">Input width.</param>
    /// <param name="h">Hidden width.</param>
    /// <param name="p">Output width.</param>
    /// <param name="m">Number of samples.</param>
    /// <param name="x">Inputs X, d×m row-major.</param>
    /// <param name="y">Targets Y, p×m row-major.</param>
    /// <param name="weights">W₁, W₂, W₃ row-major (copied).</param>
    /// <param name="trackFirstLayerProduct">Keep Z₁ = W₁X and ‖W₁‖_F² by the Gram-matrix updates of the remarks instead of
    /// forming W₁X and B₁Xᵀ every step.</param>
    public ReluNetworkDescent(int d, int h, int p, int m, double[] x, double[] y, double[][] weights, bool trackFirstLayerProduct = false)
    {
        (_d, _h, _p, _m, _x, _y) = (d, h, p, m, x, y);
        _w = weights.Select(w => (double[])w.Clone()).ToArray();
        _z1 = new double[h * m];
        _z2 = new double[h * m];
        _a1 = new double[h * m];
        _a2 = new double[h * m];
        _o = new double[p * m];
        _b2 = new double[h * m];
        _b1 = new double[h * m];
        _g = [new double[h * d], new double[h * h], new double[p * h]];
        _scratch = new GemmScratch([(h, d, m), (h, h, m), (p, h, m), (p, m, h), (h, p, m), (h, m, h), (h, m, d), (m, d, m), (h, m, m)]);
        _tracked = trackFirstLayerProduct;
        if (_tracked)
        {
            _gram = new double[m * m];
            RowMajorGemm.Multiply(_x, true, _x, false, _gram, m, d, m, _scratch);
            _c1 = new double[h * m];
            _w1Start = (double[])_w[0].Clone();
            _stepSum = new double[h * m];
            RowMajorGemm.Multiply(_w[0], false, _x, false, _z1, h, d, m, _scratch);
            _w1Norm = RowMajorGemm.Dot(_w[0], _w[0]);
        }
    }

    /// <summary>The current weights (copies; with a tracked first layer, W₁ is rebuilt from its start and the summed steps).</summary>
    public double[][] Weights
    {
        get
        {
            var copies = _w.Select(w => (double[])w.Clone()).ToArray();
            if (_tracked)
            {
                var change = new double[_h * _d];
                RowMajorGemm.Multiply(_stepSum, false, _x, true, change, _h, _m, _d, _scratch);
                for (int i = 0; i < change.Length; i++)
                {
                    copies[0][i] = _w1Start[i] - change[i];
                }
            }

            return copies;
        }
    }

    /// <summary>‖W_h‖_F² for h = 1, 2, 3.</summary>
    public double[] SquaredNorms()
    {
        var norms = new double[3];
        SquaredNorms(norms);
        return norms;
    }

    /// <summary>Writes ‖W_h‖_F² for h = 1, 2, 3 into <paramref name="norms"/> (length ≥ 3; allocates nothing).</summary>
    /// <param name="norms">The buffer to fill.</param>
    public void SquaredNorms(Span<double> norms)
    {
        if (norms.Length < 3)
        {
            throw new ArgumentException("The buffer must hold the three squared norms; its length is " + norms.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", nameof(norms));
        }

        for (int l = 0; l < 3; l++)
        {
            norms[l] = l == 0 && _tracked ? _w1Norm : RowMajorGemm.Dot(_w[l], _w[l]);
        }
    }

    /// <summary>One step <c>W ← W − η∇L(W)</c>; returns the loss before the step.</summary>
    public double Step(double eta)
    {
        int h = _h, p = _p, m = _m, d = _d;
        if (!_tracked)
        {
            RowMajorGemm.Multiply(_w[0], false, _x, false, _z1, h, d, m, _scratch);
        }

        Relu(_z1, _a1);
        RowMajorGemm.Multiply(_w[1], false, _a1, false, _z2, h, h, m, _scratch);
        Relu(_z2, _a2);
        RowMajorGemm.Multiply(_w[2], false, _a2, false, _o, p, h, m, _scratch);
        double loss = 0;
        for (int i = 0; i < _o.Length; i++)
        {
            double r = _o[i] - _y[i];
            loss += r * r;
            _o[i] = r / m;
        }

        loss /= 2.0 * m;

        // _o now holds ∂L/∂f = (f − Y)/m.
        RowMajorGemm.Multiply(_o, false, _a2, true, _g[2], p, m, h, _scratch);
        RowMajorGemm.Multiply(_w[2], true, _o, false, _b2, h, p, m, _scratch);
        Mask(_b2, _z2);
        RowMajorGemm.Multiply(_b2, false, _a1, true, _g[1], h, m, h, _scratch);
        RowMajorGemm.Multiply(_w[1], true, _b2, false, _b1, h, h, m, _scratch);
        Mask(_b1, _z1);
        if (_tracked)
        {
            // ‖W₁ − ηB₁Xᵀ‖² = ‖W₁‖² − 2η⟨Z₁, B₁⟩ + η²⟨B₁XᵀX, B₁⟩, then Z₁ ← Z₁ − ηB₁XᵀX (see the remarks).
            RowMajorGemm.Multiply(_b1, false, _gram, false, _c1, h, m, m, _scratch);
            _w1Norm += (-2 * eta * RowMajorGemm.Dot(_z1, _b1)) + (eta * eta * RowMajorGemm.Dot(_c1, _b1));
            RowMajorGemm.Axpy(-eta, _c1, _z1);
            RowMajorGemm.Axpy(eta, _b1, _stepSum);
        }
        else
        {
            RowMajorGemm.Multiply(_b1, false, _x, true, _g[0], h, m, d, _scratch);
            RowMajorGemm.Axpy(-eta, _g[0], _w[0]);
        }

        for (int l = 1; l < 3; l++)
        {
            RowMajorGemm.Axpy(-eta, _g[l], _w[l]);
        }

        return loss;
    }

    private static void Relu(double[] z, double[] a)
    {
        for (int i = 0; i < z.Length; i++)
        {
            a[i] = z[i] >= 0 ? z[i] : 0;
        }
    }

    private static void Mask(double[] b, double[] z)
    {
        for (int i = 0; i < b.Length; i++)
        {
            if (z[i] < 0)
            {
                b[i] = 0;
            }
        }
    }
}
