namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>The arithmetic operators.</summary>
public enum BinaryOperator
{
    /// <summary><c>a + b</c> (scalars, or matrices of equal shape; <c>c·I</c> takes the other side's size).</summary>
    Add,

    /// <summary><c>a - b</c>.</summary>
    Subtract,

    /// <summary><c>a * b</c> or juxtaposition <c>a b</c> (scalar·matrix, or matrix product with matching inner size).</summary>
    Multiply,

    /// <summary><c>a / b</c> (b a scalar).</summary>
    Divide,

    /// <summary><c>a ^ b</c>: real power of a scalar; integer power of a square matrix (negative: of its inverse).</summary>
    Power,
}
