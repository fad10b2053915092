using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Polynomials;

/// <summary>
/// A mutable accumulator of terms (the fast path for sums of many products); <see cref="Build"/> freezes it into a
/// canonical <see cref="Polynomial"/> (zero coefficients dropped, monomials sorted).
/// </summary>
public sealed class PolynomialBuilder
{
    private readonly Dictionary<Monomial, Rational> _terms = [];

    /// <summary>Adds <c>c·m</c>.</summary>
    public void Add(Monomial monomial, Rational coefficient)
    {
        if (coefficient.IsZero)
        {
            return;
        }

        if (_terms.TryGetValue(monomial, out var existing))
        {
            _terms[monomial] = existing + coefficient;
        }
        else
        {
            _terms[monomial] = coefficient;
        }
    }

    /// <summary>Adds <c>scale·p</c>.</summary>
    public void Add(Polynomial p, Rational scale)
    {
        ArgumentNullException.ThrowIfNull(p);
        for (int i = 0; i < p.TermCount; i++)
        {
            Add(p.MonomialAt(i), p.CoefficientAt(i) * scale);
        }
    }

    /// <summary>Adds <c>scale·p·q</c>.</summary>
    public void AddProduct(Polynomial p, Polynomial q, Rational scale)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(q);
        for (int i = 0; i < p.TermCount; i++)
        {
            var ci = p.CoefficientAt(i) * scale;
            var mi = p.MonomialAt(i);
            for (int j = 0; j < q.TermCount; j++)
            {
                Add(mi * q.MonomialAt(j), ci * q.CoefficientAt(j));
            }
        }
    }

    /// <summary>The canonical polynomial of the accumulated terms.</summary>
    public Polynomial Build()
    {
        var monomials = new List<Monomial>(_terms.Count);
        foreach (var (m, c) in _terms)
        {
            if (!c.IsZero)
            {
                monomials.Add(m);
            }
        }

        if (monomials.Count == 0)
        {
            return Polynomial.Zero;
        }

        var array = monomials.ToArray();
        Array.Sort(array);
        return new Polynomial(array, array.Select(m => _terms[m]).ToArray());
    }
}
