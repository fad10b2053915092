namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>A name: a variable of <c>over:</c>, a size symbol of <c>sizes:</c>, an index bound by <c>sum</c>/<c>prod</c>/<c>forall</c>,
/// or the identity <c>I</c> (its size taken from the matrix it is added to or multiplied with).</summary>
/// <param name="Name">The name.</param>
public sealed record NameExpr(string Name) : Expr
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}
