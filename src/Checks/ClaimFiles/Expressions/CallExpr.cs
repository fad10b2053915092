namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>A call of a built-in function or generator: <c>norm(A)</c>, <c>sv(A, 2)</c>, <c>gaussian(n, n)</c>.</summary>
/// <param name="Function">The function name.</param>
/// <param name="Arguments">The arguments, in order.</param>
public sealed record CallExpr(string Function, IReadOnlyList<Expr> Arguments) : Expr
{
    /// <summary>Structural equality: same function name and element-wise equal arguments.</summary>
    /// <param name="other">The other call.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CallExpr? other)
        => other is not null && base.Equals(other) && Function == other.Function && Arguments.SequenceEqual(other.Arguments);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Function, Arguments.Count);

    /// <inheritdoc/>
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";
}
