namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>The kinds of value an expression evaluates to.</summary>
public enum ValueKind
{
    /// <summary>A real number.</summary>
    Scalar,

    /// <summary>A real matrix.</summary>
    Matrix,

    /// <summary>A multiple c·I of the identity whose size is taken from the matrix it meets.</summary>
    Identity,

    /// <summary>A tuple of matrices (W₁, …, W_N), indexed from 1: the factors of a deep linear network.</summary>
    Tuple,

    /// <summary>A truth value (comparisons, <c>and</c>, <c>or</c>, <c>forall</c>).</summary>
    Boolean,
}
