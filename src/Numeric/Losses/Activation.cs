using DeepLinear.Numeric.Errors;

namespace DeepLinear.Numeric.Losses;

/// <summary>
/// A positively homogeneous activation, <c>σ(z) = σ'(z)·z</c> for every z and every element of the sub-differential
/// (dhl §2.1): the identity, ReLU <c>max{z, 0}</c>, or leaky ReLU <c>max{z, αz}</c> with 0 &lt; α &lt; 1.
/// </summary>
/// <remarks>Immutable. At z = 0 the derivative used is 1 (any sub-gradient works there, dhl footnote 10).</remarks>
public sealed class Activation
{
    private Activation(ActivationKind kind, double slope)
    {
        Kind = kind;
        Slope = slope;
    }

    /// <summary>The identity σ(z) = z (a linear network).</summary>
    public static Activation Identity { get; } = new(ActivationKind.Identity, 1);

    /// <summary>ReLU, σ(z) = max(z, 0).</summary>
    public static Activation Relu { get; } = new(ActivationKind.Relu, 0);

    /// <summary>The activation kind.</summary>
    public ActivationKind Kind { get; }

    /// <summary>The slope for negative inputs: 1 for the identity, 0 for ReLU, α for leaky ReLU.</summary>
    public double Slope { get; }

    /// <summary>Leaky ReLU <c>max{z, αz}</c> with negative slope α.</summary>
    /// <param name="slope">α, with 0 &lt; α &lt; 1 (dhl §2.1).</param>
    /// <exception cref="NumericArgumentException">α outside (0, 1).</exception>
    public static Activation LeakyRelu(double slope)
    {
        if (!(slope > 0 && slope < 1))
        {
            throw new NumericArgumentException(nameof(slope), Require.Format(slope), "the leaky-ReLU slope α must lie in (0, 1) (dhl §2.1)");
        }

        return new Activation(ActivationKind.LeakyRelu, slope);
    }

    /// <summary>σ(z).</summary>
    public double Apply(double z) => z >= 0 ? z : Slope * z;

    /// <summary>σ'(z) (1 at z = 0).</summary>
    public double Derivative(double z) => z >= 0 ? 1 : Slope;

    /// <summary><c>identity</c>, <c>relu</c> or <c>leaky-relu(α)</c>.</summary>
    public override string ToString() => Kind switch
    {
        ActivationKind.Identity => "identity",
        ActivationKind.Relu => "relu",
        _ => $"leaky-relu({Require.Format(Slope)})",
    };
}
