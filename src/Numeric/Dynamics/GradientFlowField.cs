using DeepLinear.Numeric.Data;
using DeepLinear.Numeric.Model;
using DeepLinear.Numeric.Workspace;
using MathNet.Numerics.LinearAlgebra;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The gradient-flow field <c>Ẇ_j = −∇_{W_j}L^N(W₁, …, W_N)</c> of <c>L^N = ½‖Y − W_N⋯W₁X‖_F²</c> (nrt (2.2), trbw (3))
/// on one parameter vector (<c>W₁, …, W_N</c> in order, each row-major), evaluated without allocation by the numeric
/// engine's <see cref="DescentWorkspace"/> (its cheapest gradient plan; the cost does not depend on the sample count).
/// Mutable and not thread-safe: one instance per concurrently integrated run.
/// </summary>
public sealed class GradientFlowField
{
    private readonly DescentWorkspace _workspace;
    private readonly LayerDimensions _dimensions;

    /// <summary>Creates the field for networks of the widths of <paramref name="shape"/> on <paramref name="data"/>.</summary>
    /// <exception cref="Errors.NumericArgumentException">The network's input/output widths do not match the data.</exception>
    public GradientFlowField(DeepLinearNetwork shape, RegressionData data)
    {
        ArgumentNullException.ThrowIfNull(shape);
        _workspace = new DescentWorkspace(shape, data);
        _dimensions = shape.Dimensions;
    }

    /// <summary>The number of parameters <c>Σ_j d_j·d_{j−1}</c>.</summary>
    public int Dimension => _workspace.ParameterCount;

    /// <summary>Multiply-adds of one evaluation (the workspace's cost model).</summary>
    public long MultiplyAddsPerEvaluation => _workspace.MultiplyAddsPerGradient;

    /// <summary>Writes <c>−∇L^N</c> at <paramref name="state"/> into <paramref name="derivative"/> (no allocation); a
    /// <see cref="VectorField"/>. Non-finite values propagate (the integrator rejects or stops on them).</summary>
    public void Evaluate(ReadOnlySpan<double> state, Span<double> derivative)
    {
        _workspace.LoadParameters(state);
        _workspace.CopyGradients(derivative, -1);
    }

    /// <summary>The parameter vector of <paramref name="network"/> (widths of this field).</summary>
    /// <exception cref="Errors.NumericArgumentException">A network of other widths.</exception>
    public double[] Parameters(DeepLinearNetwork network)
    {
        _workspace.Reset(network);
        var parameters = new double[Dimension];
        _workspace.CopyParameters(parameters);
        return parameters;
    }

    /// <summary>The network whose parameter vector is <paramref name="state"/> (allocates a snapshot).</summary>
    public DeepLinearNetwork Network(ReadOnlySpan<double> state)
    {
        var factors = new Matrix<double>[_dimensions.Depth];
        int offset = 0;
        for (int j = 1; j <= _dimensions.Depth; j++)
        {
            int rows = _dimensions.Width(j);
            int columns = _dimensions.Width(j - 1);
            var m = Matrix<double>.Build.Dense(rows, columns);
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    m[r, c] = state[offset + (r * columns) + c];
                }
            }

            factors[j - 1] = m;
            offset += rows * columns;
        }

        return new DeepLinearNetwork(factors);
    }
}
