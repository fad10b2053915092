// Rational: exact rational numbers over System.Numerics.BigInteger.
// Main facts: every value is kept normalized (gcd(num, den) = 1, den > 0, zero is 0/1), so structural equality
// is mathematical equality and hashing is consistent with it; overflow is impossible.
using System.Globalization;
using System.Numerics;

namespace DeepLinear.Symbolic.Scalars;

/// <summary>
/// An exact rational number p/q with p, q ∈ ℤ, q &gt; 0 and gcd(p, q) = 1.
/// </summary>
/// <remarks>
/// Range: unbounded (big integers). Equality: value equality of the normalized pair. Default: <c>default(Rational)</c>
/// is zero (the denominator field 0 is read as 1). Printing uses the invariant culture: <c>-3/2</c>, <c>5</c>.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne; // stored minus one so that default(Rational) is 0/1

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, normalized: true);

    /// <summary>Minus one.</summary>
    public static Rational MinusOne => new(BigInteger.MinusOne, BigInteger.One, normalized: true);

    private Rational(BigInteger numerator, BigInteger denominator, bool normalized)
    {
        _ = normalized;
        _numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    /// <summary>Creates the normalized value of <paramref name="numerator"/> / <paramref name="denominator"/>.</summary>
    /// <exception cref="DivideByZeroException">If <paramref name="denominator"/> is zero.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"Rational: argument 'denominator' is 0; a rational number needs a non-zero denominator.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero)
        {
            numerator /= g;
            denominator /= g;
        }

        if (numerator.IsZero)
        {
            denominator = BigInteger.One;
        }

        _numerator = numerator;
        _denominatorMinusOne = denominator - BigInteger.One;
    }

    /// <summary>The numerator p (carries the sign).</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator q &gt; 0.</summary>
    public BigInteger Denominator => _denominatorMinusOne + BigInteger.One;

    /// <summary>True when the value is 0.</summary>
    public bool IsZero => _numerator.IsZero;

    /// <summary>True when the value is 1.</summary>
    public bool IsOne => _numerator.IsOne && _denominatorMinusOne.IsZero;

    /// <summary>True when the denominator is 1.</summary>
    public bool IsInteger => _denominatorMinusOne.IsZero;

    /// <summary>The sign: −1, 0 or 1.</summary>
    public int Sign => _numerator.Sign;

    /// <summary>Converts an integer.</summary>
    public static implicit operator Rational(int value) => new(value, BigInteger.One, normalized: true);

    /// <summary>Converts an integer.</summary>
    public static implicit operator Rational(long value) => new(value, BigInteger.One, normalized: true);

    /// <summary>Converts a big integer.</summary>
    public static implicit operator Rational(BigInteger value) => new(value, BigInteger.One, normalized: true);

    /// <summary>
    /// The exact value of a finite double (every finite double is a dyadic rational).
    /// </summary>
    /// <exception cref="ArgumentException">If <paramref name="value"/> is NaN or infinite.</exception>
    public static Rational FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Rational.FromDouble: argument 'value' is {value.ToString(CultureInfo.InvariantCulture)}; only finite doubles have an exact rational value.", nameof(value));
        }

        if (value == 0)
        {
            return Zero;
        }

        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent++;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger num = mantissa;
        BigInteger den = BigInteger.One;
        if (exponent > 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }

        return new Rational(negative ? -num : num, den);
    }

    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b)
    {
        if (a.IsZero)
        {
            return b;
        }

        if (b.IsZero)
        {
            return a;
        }

        if (a.IsInteger && b.IsInteger)
        {
            return new Rational(a._numerator + b._numerator, BigInteger.One, normalized: true);
        }

        return new Rational((a._numerator * b.Denominator) + (b._numerator * a.Denominator), a.Denominator * b.Denominator);
    }

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b) => a + (-b);

    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a._numerator, a.Denominator, normalized: true);

    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b)
    {
        if (a.IsZero || b.IsZero)
        {
            return Zero;
        }

        if (a.IsInteger && b.IsInteger)
        {
            return new Rational(a._numerator * b._numerator, BigInteger.One, normalized: true);
        }

        return new Rational(a._numerator * b._numerator, a.Denominator * b.Denominator);
    }

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException">If <paramref name="b"/> is zero.</exception>
    public static Rational operator /(Rational a, Rational b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException("Rational division: argument 'b' is 0; division by zero is undefined.");
        }

        return new Rational(a._numerator * b.Denominator, a.Denominator * b._numerator);
    }

    /// <summary>The multiplicative inverse.</summary>
    /// <exception cref="DivideByZeroException">If the value is zero.</exception>
    public Rational Reciprocal() => One / this;

    /// <summary>Absolute value.</summary>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>Integer power; negative exponents invert (and need a non-zero base).</summary>
    public Rational Pow(int exponent)
    {
        if (exponent < 0)
        {
            return Reciprocal().Pow(-exponent);
        }

        return new Rational(BigInteger.Pow(_numerator, exponent), BigInteger.Pow(Denominator, exponent), normalized: true);
    }

    /// <summary>The nearest double (correct up to double rounding of the quotient).</summary>
    public double ToDouble()
    {
        if (IsInteger)
        {
            return (double)_numerator;
        }

        // Scale so that the quotient keeps 64 significant bits before converting.
        var den = Denominator;
        long shift = (long)den.GetBitLength() - (long)BigInteger.Abs(_numerator).GetBitLength() + 64;
        if (shift <= 0)
        {
            return (double)(_numerator / den);
        }

        var q = (_numerator << (int)shift) / den;
        return Math.ScaleB((double)q, (int)-shift);
    }

    /// <inheritdoc />
    public bool Equals(Rational other) => _numerator.Equals(other._numerator) && _denominatorMinusOne.Equals(other._denominatorMinusOne);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    /// <inheritdoc />
    public int CompareTo(Rational other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <summary>Equality.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>Order.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Order.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>Order.</summary>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <summary>Invariant-culture text: <c>p</c> or <c>p/q</c>.</summary>
    public override string ToString() => IsInteger
        ? _numerator.ToString(CultureInfo.InvariantCulture)
        : _numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture);

    /// <summary>LaTeX text: <c>\frac{p}{q}</c> (sign in front) or <c>p</c>.</summary>
    public string ToLatex() => IsInteger
        ? _numerator.ToString(CultureInfo.InvariantCulture)
        : (Sign < 0 ? "-" : string.Empty) + @"\frac{" + BigInteger.Abs(_numerator).ToString(CultureInfo.InvariantCulture) + "}{" + Denominator.ToString(CultureInfo.InvariantCulture) + "}";

    /// <summary>
    /// Parses <c>p</c>, <c>p/q</c>, or a decimal <c>1.25</c> / <c>-0.5e-3</c> (read exactly), invariant culture.
    /// </summary>
    /// <exception cref="FormatException">Naming the text and the expected form.</exception>
    public static Rational Parse(string text)
    {
        if (TryParse(text, out var value))
        {
            return value;
        }

        throw new FormatException($"Rational.Parse: argument 'text' is \"{text}\"; expected an integer 'p', a fraction 'p/q' with q ≠ 0, or a decimal like '1.25' or '2e-3'.");
    }

    /// <summary>Tries to parse like <see cref="Parse"/>.</summary>
    public static bool TryParse(string? text, out Rational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!BigInteger.TryParse(text.AsSpan(0, slash).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)
                || !BigInteger.TryParse(text.AsSpan(slash + 1).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var q)
                || q.IsZero)
            {
                return false;
            }

            value = new Rational(p, q);
            return true;
        }

        if (BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            value = integer;
            return true;
        }

        // Decimal with optional exponent, read exactly: mantissa digits / 10^k · 10^e.
        int exponent = 0;
        string mantissa = text;
        int e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return false;
            }

            mantissa = text[..e];
        }

        int dot = mantissa.IndexOf('.');
        string digits = dot >= 0 ? mantissa.Remove(dot, 1) : mantissa;
        int fraction = dot >= 0 ? mantissa.Length - dot - 1 : 0;
        if (digits.Length == 0 || digits is "-" or "+"
            || !BigInteger.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m))
        {
            return false;
        }

        int scale = exponent - fraction;
        value = scale >= 0 ? new Rational(m * BigInteger.Pow(10, scale), BigInteger.One) : new Rational(m, BigInteger.Pow(10, -scale));
        return true;
    }
}
