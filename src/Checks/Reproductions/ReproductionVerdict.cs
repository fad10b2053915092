namespace DeepLinear.Checks.Reproductions;

/// <summary>The verdict on one row of a reproduction: does our run give the number the paper printed?</summary>
public enum ReproductionVerdict
{
    /// <summary>Our value matches the printed one (within the rule stated in the row's note).</summary>
    Reproduced,

    /// <summary>Our value differs from the printed one; the note gives the factor.</summary>
    NotReproduced,

    /// <summary>The paper does not specify enough to reproduce the number; the note says what is missing.</summary>
    NotReproducible,
}
