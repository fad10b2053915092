using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// Entry-wise matrix calculus on polynomials: gradients with respect to a matrix of variables, directional
/// derivatives, Hessians (as a bilinear form and as a matrix), and the time derivative of an expression along a vector
/// field <c>Ẇ = V(W)</c> by the chain rule <c>d/dt F(W(t)) = Σ_w ∂F/∂w · V_w(W)</c>.
/// </summary>
public static class EntrywiseCalculus
{
    /// <summary><c>∇_V p</c>: the matrix of <c>∂p/∂V_{ij}</c> for a matrix V of variables.</summary>
    public static SymbolicMatrix Gradient(Polynomial p, SymbolicMatrix variables)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(variables);
        return SymbolicMatrix.Build(variables.Rows, variables.Columns, (i, j) => p.Derivative(variables.VariableAt(i, j)));
    }

    /// <summary>The directional derivative <c>Σ_v ∂p/∂x_v · d_v</c>.</summary>
    public static Polynomial DirectionalDerivative(Polynomial p, IReadOnlyDictionary<int, Polynomial> direction)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(direction);
        var builder = new PolynomialBuilder();
        foreach (int v in p.Variables())
        {
            if (direction.TryGetValue(v, out var d) && !d.IsZero)
            {
                builder.AddProduct(p.Derivative(v), d, Rational.One);
            }
        }

        return builder.Build();
    }

    /// <summary>The time derivative of every entry of F along the field <c>ẋ_v = field[v]</c>.</summary>
    public static SymbolicMatrix TimeDerivative(SymbolicMatrix f, IReadOnlyDictionary<int, Polynomial> field)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.Map(p => DirectionalDerivative(p, field));
    }

    /// <summary>The Hessian bilinear form <c>Σ_{v,w} ∂²p/∂x_v∂x_w · u_v · w_w</c>.</summary>
    public static Polynomial HessianBilinear(Polynomial p, IReadOnlyDictionary<int, Polynomial> u, IReadOnlyDictionary<int, Polynomial> w) =>
        DirectionalDerivative(DirectionalDerivative(p, u), w);

    /// <summary>The Hessian matrix <c>(∂²p/∂x_{v_a}∂x_{v_b})_{a,b}</c> over the listed variables.</summary>
    public static SymbolicMatrix HessianMatrix(Polynomial p, IReadOnlyList<int> variables)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(variables);
        var first = variables.Select(p.Derivative).ToArray();
        return SymbolicMatrix.Build(variables.Count, variables.Count, (a, b) => first[a].Derivative(variables[b]));
    }
}
