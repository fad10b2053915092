namespace DeepLinear.Symbolic.Derivations;

/// <summary>How general an exact proof is.</summary>
public enum ProofScope
{
    /// <summary>Entry-wise for the given dimensions (and depth) only.</summary>
    EntrywiseGivenDimensions,

    /// <summary>For all dimensions at once (noncommutative canonical form), at a given depth.</summary>
    AllDimensions,

    /// <summary>For all depths and all dimensions at once.</summary>
    AllDepthsAllDimensions,
}
