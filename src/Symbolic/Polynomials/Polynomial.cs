using System.Globalization;
using System.Text;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Polynomials;

/// <summary>
/// A commutative polynomial over ℚ in canonical form: a sparse sum of terms <c>c·m</c> with distinct monomials m, no
/// zero coefficients, monomials sorted graded-lexicographically. Two polynomials are equal iff their canonical forms
/// are, so <c>p == q</c> decides the identity <c>p = q</c> exactly (the zero test). Immutable.
/// </summary>
public sealed class Polynomial : IEquatable<Polynomial>
{
    private readonly Monomial[] _monomials;
    private readonly Rational[] _coefficients;
    private readonly int _hash;

    internal Polynomial(Monomial[] monomials, Rational[] coefficients)
    {
        _monomials = monomials;
        _coefficients = coefficients;
        var h = new HashCode();
        for (int i = 0; i < monomials.Length; i++)
        {
            h.Add(monomials[i]);
            h.Add(coefficients[i]);
        }

        _hash = h.ToHashCode();
    }

    /// <summary>The zero polynomial.</summary>
    public static Polynomial Zero { get; } = new([], []);

    /// <summary>The constant 1.</summary>
    public static Polynomial One { get; } = Constant(Rational.One);

    /// <summary>The constant polynomial c.</summary>
    public static Polynomial Constant(Rational c) => c.IsZero ? Zero : new Polynomial([Monomial.One], [c]);

    /// <summary>The polynomial <c>x_v</c>.</summary>
    public static Polynomial Variable(int variable) => new([Monomial.Of(variable)], [Rational.One]);

    /// <summary>The number of terms.</summary>
    public int TermCount => _monomials.Length;

    /// <summary>True for the zero polynomial.</summary>
    public bool IsZero => _monomials.Length == 0;

    /// <summary>The total degree (−1 for zero).</summary>
    public int Degree => _monomials.Length == 0 ? -1 : _monomials.Max(m => m.Degree);

    /// <summary>The i-th monomial in canonical order.</summary>
    public Monomial MonomialAt(int i) => _monomials[i];

    /// <summary>The i-th coefficient in canonical order.</summary>
    public Rational CoefficientAt(int i) => _coefficients[i];

    /// <summary>The variable ids that occur, increasing.</summary>
    public IReadOnlyList<int> Variables()
    {
        var set = new SortedSet<int>();
        foreach (var m in _monomials)
        {
            for (int i = 0; i < m.VariableCount; i++)
            {
                set.Add(m.Variable(i));
            }
        }

        return set.ToArray();
    }

    /// <summary>Sum.</summary>
    public static Polynomial operator +(Polynomial a, Polynomial b)
    {
        var builder = new PolynomialBuilder();
        builder.Add(a, Rational.One);
        builder.Add(b, Rational.One);
        return builder.Build();
    }

    /// <summary>Difference.</summary>
    public static Polynomial operator -(Polynomial a, Polynomial b)
    {
        var builder = new PolynomialBuilder();
        builder.Add(a, Rational.One);
        builder.Add(b, Rational.MinusOne);
        return builder.Build();
    }

    /// <summary>Negation.</summary>
    public static Polynomial operator -(Polynomial a) => a.Scale(Rational.MinusOne);

    /// <summary>Product.</summary>
    public static Polynomial operator *(Polynomial a, Polynomial b)
    {
        var builder = new PolynomialBuilder();
        builder.AddProduct(a, b, Rational.One);
        return builder.Build();
    }

    /// <summary>Scalar multiple.</summary>
    public static Polynomial operator *(Rational c, Polynomial a) => a.Scale(c);

    /// <summary>Scalar multiple <c>c·p</c>.</summary>
    public Polynomial Scale(Rational c)
    {
        if (c.IsZero || IsZero)
        {
            return Zero;
        }

        return new Polynomial((Monomial[])_monomials.Clone(), _coefficients.Select(x => x * c).ToArray());
    }

    /// <summary>Non-negative integer power by repeated squaring.</summary>
    public Polynomial Pow(int exponent)
    {
        if (exponent < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), exponent, "Polynomial.Pow: argument 'exponent' must be ≥ 0 (polynomials have no inverses).");
        }

        var result = One;
        var b = this;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result *= b;
            }

            exponent >>= 1;
            if (exponent > 0)
            {
                b *= b;
            }
        }

        return result;
    }

    /// <summary>The partial derivative <c>∂p/∂x_v</c>.</summary>
    public Polynomial Derivative(int variable)
    {
        var builder = new PolynomialBuilder();
        for (int i = 0; i < _monomials.Length; i++)
        {
            int e = _monomials[i].ExponentOf(variable);
            if (e > 0)
            {
                builder.Add(_monomials[i].Lower(variable), _coefficients[i] * e);
            }
        }

        return builder.Build();
    }

    /// <summary>Substitutes polynomials for variables (variables not in the map stay).</summary>
    public Polynomial Substitute(IReadOnlyDictionary<int, Polynomial> substitution)
    {
        ArgumentNullException.ThrowIfNull(substitution);
        var builder = new PolynomialBuilder();
        for (int i = 0; i < _monomials.Length; i++)
        {
            var m = _monomials[i];
            var term = Constant(_coefficients[i]);
            var kept = Monomial.One;
            for (int k = 0; k < m.VariableCount; k++)
            {
                if (substitution.TryGetValue(m.Variable(k), out var q))
                {
                    term *= q.Pow(m.Exponent(k));
                }
                else
                {
                    var x = Monomial.Of(m.Variable(k));
                    for (int e = 0; e < m.Exponent(k); e++)
                    {
                        kept *= x;
                    }
                }
            }

            builder.AddProduct(term, new Polynomial([kept], [Rational.One]), Rational.One);
        }

        return builder.Build();
    }

    /// <summary>Exact evaluation at rational values (a function of the variable id).</summary>
    public Rational Evaluate(Func<int, Rational> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sum = Rational.Zero;
        var cache = new Dictionary<int, Rational>();
        for (int i = 0; i < _monomials.Length; i++)
        {
            var m = _monomials[i];
            var term = _coefficients[i];
            for (int k = 0; k < m.VariableCount; k++)
            {
                int v = m.Variable(k);
                if (!cache.TryGetValue(v, out var x))
                {
                    x = value(v);
                    cache[v] = x;
                }

                term *= x.Pow(m.Exponent(k));
            }

            sum += term;
        }

        return sum;
    }

    /// <summary>Floating-point evaluation.</summary>
    public double EvaluateDouble(Func<int, double> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        double sum = 0;
        for (int i = 0; i < _monomials.Length; i++)
        {
            var m = _monomials[i];
            double term = _coefficients[i].ToDouble();
            for (int k = 0; k < m.VariableCount; k++)
            {
                term *= Math.Pow(value(m.Variable(k)), m.Exponent(k));
            }

            sum += term;
        }

        return sum;
    }

    /// <inheritdoc />
    public bool Equals(Polynomial? other)
    {
        if (other is null || other._hash != _hash || other._monomials.Length != _monomials.Length)
        {
            return false;
        }

        for (int i = 0; i < _monomials.Length; i++)
        {
            if (_monomials[i] != other._monomials[i] || _coefficients[i] != other._coefficients[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Polynomial);

    /// <summary>Value equality of canonical forms.</summary>
    public static bool operator ==(Polynomial? a, Polynomial? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Value inequality of canonical forms.</summary>
    public static bool operator !=(Polynomial? a, Polynomial? b) => !(a == b);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Plain text with the given variable names (or <c>x0, x1, …</c>).</summary>
    public string ToText(VariableNames? names = null) => Render(names, latex: false);

    /// <summary>LaTeX with the given variable names.</summary>
    public string ToLatex(VariableNames? names = null) => Render(names, latex: true);

    /// <inheritdoc />
    public override string ToString() => ToText();

    private string Render(VariableNames? names, bool latex)
    {
        if (IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        for (int i = 0; i < _monomials.Length; i++)
        {
            var c = _coefficients[i];
            var m = _monomials[i];
            bool negative = c.Sign < 0;
            var abs = c.Abs();
            if (i > 0)
            {
                sb.Append(negative ? " - " : " + ");
            }
            else if (negative)
            {
                sb.Append('-');
            }

            bool showCoefficient = !abs.IsOne || m.VariableCount == 0;
            if (showCoefficient)
            {
                sb.Append(latex ? abs.ToLatex() : abs.ToString());
            }

            for (int k = 0; k < m.VariableCount; k++)
            {
                if (showCoefficient || k > 0)
                {
                    sb.Append(latex ? " " : "*");
                }

                int v = m.Variable(k);
                string name = names is null
                    ? (latex ? "x_{" + v.ToString(CultureInfo.InvariantCulture) + "}" : "x" + v.ToString(CultureInfo.InvariantCulture))
                    : (latex ? names.Latex(v) : names.Text(v));
                bool brace = latex && m.Exponent(k) > 1 && name.Contains('^', StringComparison.Ordinal);
                sb.Append(brace ? "{" + name + "}" : name); // {W^{(1)}_{1,2}}^{2}: no double superscript
                if (m.Exponent(k) > 1)
                {
                    sb.Append(latex ? "^{" : "^").Append(m.Exponent(k).ToString(CultureInfo.InvariantCulture)).Append(latex ? "}" : string.Empty);
                }
            }
        }

        return sb.ToString();
    }
}
