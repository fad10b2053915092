namespace DeepLinear.Symbolic.Proving;

/// <summary>The verdict of the prover.</summary>
public enum ProveVerdict
{
    /// <summary>A canonical-form or rewriting proof was found: the identity holds for all dimensions.</summary>
    Proved,

    /// <summary>A witness (exact rational matrices satisfying the assumptions) makes the two sides differ.</summary>
    Refuted,

    /// <summary>Neither a proof nor a checked witness was found.</summary>
    Unknown,

    /// <summary>A product, sum, trace or power is ill-typed, or the sides have different shapes.</summary>
    ShapeError,

    /// <summary>The identity, an assumption or a shape declaration could not be parsed.</summary>
    ParseError,
}
