namespace DeepLinear.Symbolic.Proving;

/// <summary>A property of one symbol (or a pair) that an assumption states, recognized by its canonical form.</summary>
public enum PropertyKind
{
    /// <summary><c>Aᵀ = A</c>: normalized in the canonical form (<c>Aᵀ ↦ A</c>).</summary>
    Symmetric,

    /// <summary><c>Kᵀ = −K</c>: normalized in the canonical form (<c>Kᵀ ↦ −K</c>, so <c>tr(K) = 0</c>).</summary>
    Skew,

    /// <summary><c>QᵀQ = I</c> (orthonormal columns): the rule <c>QᵀQ → I</c>; it does not give <c>QQᵀ = I</c>.</summary>
    OrthonormalColumns,

    /// <summary><c>QQᵀ = I</c> (orthonormal rows): the rule <c>QQᵀ → I</c>.</summary>
    OrthonormalRows,

    /// <summary><c>P² = P</c>: the rule <c>PP → P</c>.</summary>
    Idempotent,

    /// <summary><c>A² = I</c>: the rule <c>AA → I</c>.</summary>
    Involution,

    /// <summary><c>Aᵏ = 0</c>: the rule <c>Aᵏ → 0</c>.</summary>
    Nilpotent,

    /// <summary><c>AB = BA</c>: the rule <c>BA → AB</c> (letters in name order).</summary>
    Commuting,
}
