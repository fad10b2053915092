using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Errors;
using DeepLinear.Numeric.Model;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Workspace;

/// <summary>
/// The allocation-free gradient-descent kernel for <c>L^N(W₁,…,W_N) = ½‖Y − W_N⋯W₁X‖_F²</c> (nrt (1.1), (2.1)).
/// It holds the factors and every intermediate product in preallocated row-major buffers; one <see cref="Step"/>
/// computes all layer gradients
/// <c>∇_{W_j}L^N = W_{j+1}ᵀ⋯W_Nᵀ (WXXᵀ − YXᵀ) W₁ᵀ⋯W_{j−1}ᵀ</c> (nrt (3.2)) and applies <c>W_j ← W_j − η∇_{W_j}L^N</c>.
/// </summary>
/// <remarks>
/// The cost per step does not depend on the sample count m: only <c>XXᵀ</c> and <c>YXᵀ</c> enter. The products are
/// associated by a <see cref="ChainPlanner"/> chosen once at construction (cheapest order through bottlenecks, shared
/// sub-products across layers). Candidate plans are the factored form above (with <c>G = WXXᵀ − YXᵀ</c> formed once)
/// and the expanded form <c>∇_{W_j}L^N = Lⱼᵀ·W·XXᵀ·Rⱼᵀ − Lⱼᵀ·YXᵀ·Rⱼᵀ</c> (<c>Lⱼ = W_N⋯W_{j+1}</c>,
/// <c>Rⱼ = W_{j−1}⋯W₁</c>), which never forms a d_N×d₀ matrix when a layer is narrow; each is planned with the layers
/// in ascending and in descending order, and the plan with the fewest multiply-adds is kept
/// (<see cref="MultiplyAddsPerGradient"/>, <see cref="PlanDescription"/>). Mutable by design (a workspace); snapshots
/// via <see cref="ToNetwork"/>.
/// </remarks>
public sealed class DescentWorkspace
{
    private readonly int _depth;
    private readonly int[] _widths;
    private readonly double[][] _factors;
    private readonly ChainPlanner _gradientPlan;
    private readonly double[][] _gradients;
    private readonly ChainPlanner _lossPlan;
    private readonly double[] _lossProduct;
    private readonly double[] _whitenedTarget;
    private readonly double _constant;
    private readonly int _parameterCount;
    private bool _gradientsCurrent;

    /// <summary>Creates the workspace for descent from <paramref name="start"/> on <paramref name="data"/>.</summary>
    /// <exception cref="NumericArgumentException">If the network's input/output widths do not match the data.</exception>
    public DescentWorkspace(DeepLinearNetwork start, RegressionData data)
        : this(start, data, forcedPlan: null)
    {
    }

    /// <summary>The number of candidate gradient plans (see <see cref="DescentWorkspace(DeepLinearNetwork, RegressionData, int?)"/>).</summary>
    internal const int PlanCandidates = 6;

    /// <summary>
    /// Creates the workspace with the candidate gradient plan <paramref name="forcedPlan"/> (0 ≤ index &lt;
    /// <see cref="PlanCandidates"/>: factored / expanded / expanded with shared-cost association, each with the layers
    /// planned in ascending then descending order) instead of the cheapest one; null picks the cheapest. For tests.
    /// </summary>
    internal DescentWorkspace(DeepLinearNetwork start, RegressionData data, int? forcedPlan)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(data);
        if (start.Dimensions.InputWidth != data.InputDimension || start.Dimensions.OutputWidth != data.OutputDimension)
        {
            throw new NumericArgumentException(nameof(start), $"a network with widths {start.Dimensions}", $"its input width d₀ must equal d_x = {data.InputDimension} and its output width d_N must equal d_y = {data.OutputDimension}");
        }

        _depth = start.Depth;
        _widths = start.Dimensions.Widths.ToArray();
        _factors = new double[_depth][];
        for (int j = 1; j <= _depth; j++)
        {
            _factors[j - 1] = ToRowMajor(start.FactorsView[j - 1]);
        }

        _parameterCount = _factors.Sum(w => w.Length);

        var c = ToRowMajor(data.InputCovarianceView);
        var b = ToRowMajor(data.CrossCovarianceView);
        ChainPlanner? best = null;
        double[][]? gradients = null;
        for (int candidate = 0; candidate < PlanCandidates; candidate++)
        {
            if (forcedPlan is { } forced && forced != candidate)
            {
                continue;
            }

            int variant = candidate / 2;
            bool ascending = candidate % 2 == 0;
            var plan = variant == 0 ? BuildGradientPlan(c, b, ascending, out var g) : BuildExpandedGradientPlan(c, b, ascending, anticipate: variant == 2, out g);
            if (best is null || plan.MultiplyAdds < best.MultiplyAdds)
            {
                best = plan;
                gradients = g;
            }
        }

        if (best is null)
        {
            throw new NumericArgumentException(nameof(forcedPlan), forcedPlan!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), $"must lie in [0, {PlanCandidates})");
        }

        _gradientPlan = best!;
        _gradientPlan.Seal();
        _gradients = gradients!;
        PlanDescription = _gradientPlan.Describe();

        _lossPlan = new ChainPlanner();
        var lossChain = new List<(int, bool)>();
        for (int j = _depth; j >= 1; j--)
        {
            lossChain.Add((_lossPlan.AddInput($"W{j}", _factors[j - 1], _widths[j], _widths[j - 1]), false));
        }

        lossChain.Add((_lossPlan.AddInput("S", ToRowMajor(data.WhiteningRootView), _widths[0], _widths[0]), false));
        var lossResult = _lossPlan.PlanProduct(lossChain);
        _lossPlan.Seal();
        _lossProduct = _lossPlan.Buffers[lossResult.Buffer].Data;
        _whitenedTarget = ToRowMajor(data.WhitenedTargetView);
        _constant = data.Constant;
        Data = data;
    }

    /// <summary>The data the workspace descends on.</summary>
    public RegressionData Data { get; }

    /// <summary>The depth N.</summary>
    public int Depth => _depth;

    /// <summary>The chosen gradient plan, one operation per line (for reports and benchmarks).</summary>
    public string PlanDescription { get; }

    /// <summary>Multiply-adds of one gradient evaluation under the chosen plan (a cost model, independent of m).</summary>
    public long MultiplyAddsPerGradient => _gradientPlan.MultiplyAdds;

    /// <summary>Computes every layer gradient at the current factors (no allocation).</summary>
    public void ComputeGradients()
    {
        _gradientPlan.Execute();
        _gradientsCurrent = true;
    }

    /// <summary>
    /// One gradient-descent step <c>W_j ← W_j − η∇_{W_j}L^N(W)</c> for all j, gradients taken at the current point
    /// (nrt (2.1)). No allocation. Returns <c>‖∇L^N‖_F²</c> at the point before the step.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public double Step(double eta)
    {
        if (!_gradientsCurrent)
        {
            _gradientPlan.Execute();
        }

        double norm = 0;
        for (int j = 0; j < _depth; j++)
        {
            var w = _factors[j];
            var g = _gradients[j];
            norm += RowMajorGemm.Dot(g, g);
            RowMajorGemm.Axpy(-eta, g, w);
        }

        _gradientsCurrent = false;
        return norm;
    }

    /// <summary><c>‖∇L^N(W)‖_F² = Σ_j ‖∇_{W_j}L^N‖_F²</c> at the current factors.</summary>
    public double GradientNormSquared()
    {
        if (!_gradientsCurrent)
        {
            ComputeGradients();
        }

        double norm = 0;
        for (int j = 0; j < _depth; j++)
        {
            norm += RowMajorGemm.Dot(_gradients[j], _gradients[j]);
        }

        return norm;
    }

    /// <summary><c>L^N</c> at the current factors, as <c>½‖W_N⋯W₁S − Q‖_F² + c</c> (no allocation).</summary>
    public double Loss()
    {
        _lossPlan.Execute();
        double s = 0;
        for (int i = 0; i < _lossProduct.Length; i++)
        {
            double r = _lossProduct[i] - _whitenedTarget[i];
            s += r * r;
        }

        return (0.5 * s) + _constant;
    }

    /// <summary>Copies the factors of <paramref name="network"/> (same widths) into the workspace (no allocation beyond
    /// reading the network's matrices).</summary>
    public void Reset(DeepLinearNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.Dimensions.Equals(new LayerDimensions(_widths)))
        {
            throw new NumericArgumentException(nameof(network), $"a network with widths {network.Dimensions}", $"must have the workspace's widths {string.Join(",", _widths)}");
        }

        for (int j = 0; j < _depth; j++)
        {
            var m = network.FactorsView[j];
            var w = _factors[j];
            int columns = _widths[j];
            for (int r = 0; r < m.RowCount; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    w[(r * columns) + c] = m[r, c];
                }
            }
        }

        _gradientsCurrent = false;
    }

    /// <summary>The number of parameters <c>Σ_j d_j·d_{j−1}</c>: the length of the vectors of
    /// <see cref="LoadParameters"/> and <see cref="CopyGradients"/>.</summary>
    public int ParameterCount => _parameterCount;

    /// <summary>
    /// Sets the factors from one parameter vector: <c>W₁, …, W_N</c> in that order, each row-major (no allocation).
    /// </summary>
    /// <exception cref="NumericArgumentException">A vector whose length is not <see cref="ParameterCount"/>.</exception>
    public void LoadParameters(ReadOnlySpan<double> parameters)
    {
        RequireParameterLength(parameters.Length, nameof(parameters));
        int offset = 0;
        foreach (var w in _factors)
        {
            parameters.Slice(offset, w.Length).CopyTo(w);
            offset += w.Length;
        }

        _gradientsCurrent = false;
    }

    /// <summary>Copies the current factors into one parameter vector (layout of <see cref="LoadParameters"/>).</summary>
    /// <exception cref="NumericArgumentException">A vector whose length is not <see cref="ParameterCount"/>.</exception>
    public void CopyParameters(Span<double> parameters)
    {
        RequireParameterLength(parameters.Length, nameof(parameters));
        int offset = 0;
        foreach (var w in _factors)
        {
            w.CopyTo(parameters.Slice(offset, w.Length));
            offset += w.Length;
        }
    }

    /// <summary>
    /// Writes <c>scale·∇_{W_j}L^N</c> at the current factors for all j into one vector (layout of
    /// <see cref="LoadParameters"/>); <c>scale = −1</c> gives the gradient-flow field <c>Ẇ_j = −∇_{W_j}L^N</c> (nrt (2.2)).
    /// No allocation.
    /// </summary>
    /// <exception cref="NumericArgumentException">A vector whose length is not <see cref="ParameterCount"/>.</exception>
    public void CopyGradients(Span<double> gradients, double scale = 1)
    {
        RequireParameterLength(gradients.Length, nameof(gradients));
        if (!_gradientsCurrent)
        {
            ComputeGradients();
        }

        int offset = 0;
        foreach (var g in _gradients)
        {
            var target = gradients.Slice(offset, g.Length);
            for (int i = 0; i < g.Length; i++)
            {
                target[i] = scale * g[i];
            }

            offset += g.Length;
        }
    }

    /// <summary>True when every factor entry is finite.</summary>
    public bool FactorsAreFinite()
    {
        foreach (var w in _factors)
        {
            foreach (var x in w)
            {
                if (!double.IsFinite(x))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>A snapshot of the current factors as an immutable network (allocates).</summary>
    public DeepLinearNetwork ToNetwork()
    {
        var factors = new Matrix<double>[_depth];
        for (int j = 0; j < _depth; j++)
        {
            factors[j] = FromRowMajor(_factors[j], _widths[j + 1], _widths[j]);
        }

        return new DeepLinearNetwork(factors);
    }

    /// <summary>A copy of the gradient <c>∇_{W_j}L^N</c> at the current factors, <c>1 ≤ j ≤ N</c> (allocates).</summary>
    public Matrix<double> Gradient(int j)
    {
        Require.InRange(j, 1, _depth, nameof(j));
        if (!_gradientsCurrent)
        {
            ComputeGradients();
        }

        return FromRowMajor(_gradients[j - 1], _widths[j], _widths[j - 1]);
    }

    private void RequireParameterLength(int length, string argument)
    {
        int expected = ParameterCount;
        if (length != expected)
        {
            throw new NumericArgumentException(argument, $"a vector of length {length}", $"must have length Σ_j d_j·d_(j−1) = {expected} for widths {string.Join(",", _widths)}");
        }
    }

    // A plan with the factors W₁…W_N, XXᵀ and YXᵀ registered as inputs (the factors' arrays are used in place).
    private (ChainPlanner Plan, int[] W, int C, int B) NewPlan(double[] c, double[] b)
    {
        var plan = new ChainPlanner();
        var w = new int[_depth + 1];
        for (int j = 1; j <= _depth; j++)
        {
            w[j] = plan.AddInput($"W{j}", _factors[j - 1], _widths[j], _widths[j - 1]);
        }

        return (plan, w, plan.AddInput("XXᵀ", c, _widths[0], _widths[0]), plan.AddInput("YXᵀ", b, _widths[_depth], _widths[0]));
    }

    private ChainPlanner BuildGradientPlan(double[] c, double[] b, bool ascending, out double[][] gradients)
    {
        var (plan, w, cIndex, bIndex) = NewPlan(c, b);

        // G = ∇L¹(W) = W_N⋯W₁·XXᵀ − YXᵀ.
        var forward = new List<(int, bool)>();
        for (int j = _depth; j >= 1; j--)
        {
            forward.Add((w[j], false));
        }

        forward.Add((cIndex, false));
        var product = plan.PlanProduct(forward);
        int g = plan.AddBuffer("G", _widths[_depth], _widths[0]);
        if (product.Transposed)
        {
            throw new InvalidOperationException("The forward product cannot be cached transposed.");
        }

        plan.AddSubtract(g, product.Buffer, bIndex);

        gradients = new double[_depth][];
        var order = ascending ? Enumerable.Range(1, _depth) : Enumerable.Range(1, _depth).Reverse();
        foreach (int j in order)
        {
            // ∇_{W_j} = W_{j+1}ᵀ⋯W_Nᵀ · G · W₁ᵀ⋯W_{j−1}ᵀ.
            var chain = new List<(int, bool)>();
            for (int k = j + 1; k <= _depth; k++)
            {
                chain.Add((w[k], true));
            }

            chain.Add((g, false));
            for (int k = 1; k <= j - 1; k++)
            {
                chain.Add((w[k], true));
            }

            var result = plan.PlanProduct(chain);
            if (result.Transposed)
            {
                throw new InvalidOperationException("A gradient chain resolved to a transposed cached product; this shape is not supported.");
            }

            // The gradient may be an intermediate of the plan (for N = 1 it is G itself): Step only reads it before
            // updating the factors, so the buffer is used directly instead of being copied every step.
            gradients[j - 1] = plan.Buffers[result.Buffer].Data;
        }

        return plan;
    }

    // The expanded form ∇_{W_j}L^N = Lⱼᵀ·P·XXᵀ·Rⱼᵀ − Lⱼᵀ·YXᵀ·Rⱼᵀ with Lⱼ = W_N⋯W_{j+1}, P = W_N⋯W₁,
    // Rⱼ = W_{j−1}⋯W₁: both terms are chains planned on their own, so with a narrow layer no d_N×d₀ matrix is formed.
    private ChainPlanner BuildExpandedGradientPlan(double[] c, double[] b, bool ascending, bool anticipate, out double[][] gradients)
    {
        var (plan, w, cIndex, bIndex) = NewPlan(c, b);
        gradients = new double[_depth][];
        var order = ascending ? Enumerable.Range(1, _depth) : Enumerable.Range(1, _depth).Reverse();
        var chains = new List<(int J, List<(int, bool)> First, List<(int, bool)> Second)>();
        foreach (int j in order)
        {
            var left = new List<(int, bool)>();
            for (int k = j + 1; k <= _depth; k++)
            {
                left.Add((w[k], true));
            }

            var right = new List<(int, bool)>();
            for (int k = 1; k <= j - 1; k++)
            {
                right.Add((w[k], true));
            }

            var first = new List<(int, bool)>(left);
            for (int k = _depth; k >= 1; k--)
            {
                first.Add((w[k], false));
            }

            first.Add((cIndex, false));
            first.AddRange(right);
            var second = new List<(int, bool)>(left) { (bIndex, false) };
            second.AddRange(right);
            chains.Add((j, first, second));
        }

        if (anticipate)
        {
            plan.Anticipate(chains.SelectMany(t => new IReadOnlyList<(int, bool)>[] { t.First, t.Second }));
        }

        foreach (var (j, first, second) in chains)
        {
            var p = plan.PlanProduct(first);
            var q = plan.PlanProduct(second);
            int own = plan.AddBuffer($"grad{j}", _widths[j], _widths[j - 1]);
            plan.AddSubtract(own, p, q);
            gradients[j - 1] = plan.Buffers[own].Data;
        }

        return plan;
    }

    internal static double[] ToRowMajor(Matrix<double> m)
    {
        var a = new double[m.RowCount * m.ColumnCount];
        for (int i = 0; i < m.RowCount; i++)
        {
            for (int j = 0; j < m.ColumnCount; j++)
            {
                a[(i * m.ColumnCount) + j] = m[i, j];
            }
        }

        return a;
    }

    internal static Matrix<double> FromRowMajor(double[] a, int rows, int columns) =>
        Matrix<double>.Build.Dense(rows, columns, (i, j) => a[(i * columns) + j]);
}
