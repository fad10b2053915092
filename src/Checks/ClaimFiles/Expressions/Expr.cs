namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// A node of the claim-file expression language (numbers, names, sums, products, powers, transposes, function calls,
/// indexed sums/products, <c>forall</c>, comparisons, <c>and</c>/<c>or</c>). Nodes are immutable records; equality is
/// structural and ignores <see cref="Position"/>, so a tree parsed from its own printed form equals the original.
/// <see cref="ToString"/> prints the canonical, fully parenthesized text that <see cref="ExpressionParser"/> reads back.
/// </summary>
public abstract record Expr
{
    /// <summary>The 0-based character position of the node in the text it was parsed from (0 for built nodes).</summary>
    public int Position { get; init; }

    /// <summary>Structural equality: the same node type and the same fields; the position is ignored.</summary>
    /// <param name="other">The other node.</param>
    /// <returns>Whether they are equal.</returns>
    public virtual bool Equals(Expr? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc/>
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>The canonical text of the node (fully parenthesized, invariant culture).</summary>
    /// <returns>The text.</returns>
    public abstract override string ToString();
}
