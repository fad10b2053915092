namespace DeepLinear.Symbolic.Free;

/// <summary>
/// An expression of the dimension-free matrix language: matrix symbols with shapes, the identity, transposes,
/// products, sums, rational multiples, integer powers, traces and scalar symbols. Nodes are immutable records; the
/// meaning is fixed by <see cref="CanonicalForm"/>, and <see cref="ToString"/> prints text that the parser reads back.
/// </summary>
public abstract record FreeExpr
{
    /// <summary>Sum.</summary>
    public static FreeExpr operator +(FreeExpr a, FreeExpr b) => new FreeSum([a, b]);

    /// <summary>Difference.</summary>
    public static FreeExpr operator -(FreeExpr a, FreeExpr b) => new FreeSum([a, new FreeScale(Scalars.Rational.MinusOne, b)]);

    /// <summary>Product.</summary>
    public static FreeExpr operator *(FreeExpr a, FreeExpr b) => new FreeProduct([a, b]);

    /// <summary>Negation.</summary>
    public static FreeExpr operator -(FreeExpr a) => new FreeScale(Scalars.Rational.MinusOne, a);

    /// <summary>The transpose.</summary>
    public FreeExpr T => new FreeTranspose(this);

    /// <summary>A matrix symbol.</summary>
    public static FreeExpr Sym(string name) => new FreeSymbol(name);
}
