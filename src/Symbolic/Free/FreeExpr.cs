namespace DeepLinear.Symbolic.Free;

/// <summary>
/// An expression of the dimension-free matrix language: matrix symbols with shapes, the identity, transposes,
/// products, sums, rational multiples, integer powers, traces and scalar symbols. Nodes are immutable records; the
/// meaning is fixed by <see cref="CanonicalForm"/>, and <see cref="ToString"/> prints text that the parser reads back.
/// </summary>
public abstract record FreeExpr
{
    /// <summary>The sum <c>a + b</c> (shapes must agree; checked by <see cref="ShapeChecker"/>).</summary>
    public static FreeExpr operator +(FreeExpr a, FreeExpr b) => new FreeSum([a, b]);

    /// <summary>The difference <c>a + (−1)·b</c>.</summary>
    public static FreeExpr operator -(FreeExpr a, FreeExpr b) => new FreeSum([a, new FreeScale(Scalars.Rational.MinusOne, b)]);

    /// <summary>The matrix product <c>a·b</c> (inner dimensions must agree; scalars commute with everything).</summary>
    public static FreeExpr operator *(FreeExpr a, FreeExpr b) => new FreeProduct([a, b]);

    /// <summary>The negation <c>(−1)·a</c>.</summary>
    public static FreeExpr operator -(FreeExpr a) => new FreeScale(Scalars.Rational.MinusOne, a);

    /// <summary>The transpose <c>eᵀ</c> (an involution; <c>(ab)ᵀ = bᵀaᵀ</c> in the canonical form).</summary>
    public FreeExpr T => new FreeTranspose(this);

    /// <summary>A symbol named <paramref name="name"/> (a matrix unless declared scalar in the <see cref="ShapeEnvironment"/>).</summary>
    /// <param name="name">The symbol name, such as <c>W1</c> or <c>Phi</c>.</param>
    public static FreeExpr Sym(string name) => new FreeSymbol(name);
}
