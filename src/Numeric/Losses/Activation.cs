namespace DeepLinear.Numeric.Losses;

/// <summary>A positively homogeneous activation <c>σ(z) = σ'(z)·z</c> (dhl §2): identity, ReLU or leaky ReLU.</summary>
/// <param name="Kind">The activation kind.</param>
/// <param name="Slope">The slope for negative inputs (leaky ReLU only; 0 for ReLU, 1 for identity).</param>
public sealed record Activation(ActivationKind Kind, double Slope)
{
    /// <summary>The identity.</summary>
    public static Activation Identity { get; } = new(ActivationKind.Identity, 1);

    /// <summary>ReLU, <c>max(z, 0)</c>.</summary>
    public static Activation Relu { get; } = new(ActivationKind.Relu, 0);

    /// <summary>Leaky ReLU with the given negative slope.</summary>
    public static Activation LeakyRelu(double slope) => new(ActivationKind.LeakyRelu, slope);

    /// <summary>σ(z).</summary>
    public double Apply(double z) => z >= 0 ? z : Slope * z;

    /// <summary>σ'(z) (the value 1 at z = 0 by convention, as in dhl).</summary>
    public double Derivative(double z) => z >= 0 ? 1 : Slope;
}
