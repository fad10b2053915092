namespace DeepLinear.Symbolic.Polynomials;

/// <summary>
/// A monomial <c>x_{v₁}^{e₁}⋯x_{v_k}^{e_k}</c>: variable ids strictly increasing, exponents ≥ 1, stored packed as
/// (id, exponent) pairs with a precomputed hash. Value equality; ordered graded-lexicographically (total degree, then
/// variables) so that canonical polynomials print in a fixed order. <c>default</c> is the constant monomial 1.
/// </summary>
public readonly struct Monomial : IEquatable<Monomial>, IComparable<Monomial>
{
    private readonly int[]? _pairs; // [v0, e0, v1, e1, ...]
    private readonly int _hash;

    private Monomial(int[] pairs)
    {
        _pairs = pairs.Length == 0 ? null : pairs;
        int h = 17;
        int degree = 0;
        for (int i = 0; i < pairs.Length; i++)
        {
            h = unchecked((h * 31) + pairs[i]);
            if ((i & 1) == 1)
            {
                degree += pairs[i];
            }
        }

        _hash = pairs.Length == 0 ? 0 : h; // the constant monomial hashes like default(Monomial)
        Degree = degree;
    }

    /// <summary>The constant monomial 1.</summary>
    public static Monomial One => default;

    /// <summary>The total degree.</summary>
    public int Degree { get; }

    /// <summary>The number of distinct variables.</summary>
    public int VariableCount => _pairs is null ? 0 : _pairs.Length / 2;

    /// <summary>The i-th variable id (increasing in i).</summary>
    public int Variable(int i) => _pairs![2 * i];

    /// <summary>The exponent of the i-th variable.</summary>
    public int Exponent(int i) => _pairs![(2 * i) + 1];

    /// <summary>The monomial <c>x_v</c>.</summary>
    public static Monomial Of(int variable)
    {
        if (variable < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(variable), variable, "Monomial.Of: argument 'variable' must be a non-negative variable id.");
        }

        return new Monomial([variable, 1]);
    }

    /// <summary>The exponent of variable <paramref name="variable"/> (0 when absent).</summary>
    public int ExponentOf(int variable)
    {
        if (_pairs is null)
        {
            return 0;
        }

        for (int i = 0; i < _pairs.Length; i += 2)
        {
            if (_pairs[i] == variable)
            {
                return _pairs[i + 1];
            }

            if (_pairs[i] > variable)
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>The product of two monomials (exponents add).</summary>
    public static Monomial operator *(Monomial a, Monomial b)
    {
        if (a._pairs is null)
        {
            return b;
        }

        if (b._pairs is null)
        {
            return a;
        }

        var x = a._pairs;
        var y = b._pairs;
        var result = new int[x.Length + y.Length];
        int i = 0, j = 0, k = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] < y[j])
            {
                result[k++] = x[i++];
                result[k++] = x[i++];
            }
            else if (x[i] > y[j])
            {
                result[k++] = y[j++];
                result[k++] = y[j++];
            }
            else
            {
                result[k++] = x[i];
                result[k++] = x[i + 1] + y[j + 1];
                i += 2;
                j += 2;
            }
        }

        while (i < x.Length)
        {
            result[k++] = x[i++];
        }

        while (j < y.Length)
        {
            result[k++] = y[j++];
        }

        if (k != result.Length)
        {
            Array.Resize(ref result, k);
        }

        return new Monomial(result);
    }

    /// <summary>The monomial with the exponent of <paramref name="variable"/> lowered by one (it must be present).</summary>
    public Monomial Lower(int variable)
    {
        var p = _pairs ?? throw new InvalidOperationException("Monomial.Lower: the constant monomial has no variables.");
        int at = -1;
        for (int i = 0; i < p.Length; i += 2)
        {
            if (p[i] == variable)
            {
                at = i;
                break;
            }
        }

        if (at < 0)
        {
            throw new InvalidOperationException($"Monomial.Lower: variable {variable} does not occur.");
        }

        if (p[at + 1] > 1)
        {
            var copy = (int[])p.Clone();
            copy[at + 1]--;
            return new Monomial(copy);
        }

        var shorter = new int[p.Length - 2];
        Array.Copy(p, 0, shorter, 0, at);
        Array.Copy(p, at + 2, shorter, at, p.Length - at - 2);
        return new Monomial(shorter);
    }

    /// <inheritdoc />
    public bool Equals(Monomial other)
    {
        if (_hash != other._hash)
        {
            return false;
        }

        var x = _pairs ?? [];
        var y = other._pairs ?? [];
        return x.AsSpan().SequenceEqual(y);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Monomial m && Equals(m);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Graded lexicographic order: higher degree first, then by variable ids and exponents.</summary>
    public int CompareTo(Monomial other)
    {
        if (Degree != other.Degree)
        {
            return other.Degree.CompareTo(Degree);
        }

        var x = _pairs ?? [];
        var y = other._pairs ?? [];
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++)
        {
            if (x[i] != y[i])
            {
                // Smaller variable id (or larger exponent) first.
                return (i & 1) == 0 ? x[i].CompareTo(y[i]) : y[i].CompareTo(x[i]);
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(Monomial a, Monomial b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Monomial a, Monomial b) => !a.Equals(b);

    /// <summary>Order.</summary>
    public static bool operator <(Monomial a, Monomial b) => a.CompareTo(b) < 0;

    /// <summary>Order.</summary>
    public static bool operator >(Monomial a, Monomial b) => a.CompareTo(b) > 0;

    /// <summary>Order.</summary>
    public static bool operator <=(Monomial a, Monomial b) => a.CompareTo(b) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >=(Monomial a, Monomial b) => a.CompareTo(b) >= 0;
}
