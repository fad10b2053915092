namespace DeepLinear.Checks.Papers.Dhl;

/// <summary>How a hidden layer's activation is modelled symbolically.</summary>
public enum PatternActivation
{
    /// <summary>φ(z) = D z with a diagonal of symbolic slopes (ReLU / leaky ReLU with a fixed pattern).</summary>
    Mask,

    /// <summary>φ(z) = z.</summary>
    Identity,

    /// <summary>φ(z) = D z + c with symbolic c (not homogeneous: the negative control).</summary>
    Affine,
}
