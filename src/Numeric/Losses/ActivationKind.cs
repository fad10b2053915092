namespace DeepLinear.Numeric.Losses;

/// <summary>The kinds of homogeneous activation.</summary>
public enum ActivationKind
{
    /// <summary>σ(z) = z.</summary>
    Identity,

    /// <summary>σ(z) = max(z, 0).</summary>
    Relu,

    /// <summary>σ(z) = z for z ≥ 0, slope·z otherwise.</summary>
    LeakyRelu,
}
