namespace DeepLinear.Checks.Reproductions;

/// <summary>
/// A real number stored as sign and natural logarithm of its magnitude, <c>x = Sign·e^{Log}</c>, so that values far
/// beyond the double range (the doubly exponential growth of acgh's Claim 4 construction) stay finite. Zero is
/// <c>Sign = 0</c>. Addition of opposite signs loses relative accuracy only when the magnitudes nearly cancel.
/// </summary>
/// <param name="Sign">−1, 0 or +1.</param>
/// <param name="Log">ln|x| (ignored when Sign = 0).</param>
public readonly record struct SignedLog(int Sign, double Log)
{
    /// <summary>Zero.</summary>
    public static SignedLog Zero => new(0, double.NegativeInfinity);

    /// <summary>The value of a double.</summary>
    public static SignedLog From(double value) => value == 0 ? Zero : new(Math.Sign(value), Math.Log(Math.Abs(value)));

    /// <summary>Product.</summary>
    public static SignedLog operator *(SignedLog a, SignedLog b) => a.Sign == 0 || b.Sign == 0 ? Zero : new(a.Sign * b.Sign, a.Log + b.Log);

    /// <summary>Quotient (b ≠ 0).</summary>
    public static SignedLog operator /(SignedLog a, SignedLog b) => a.Sign == 0 ? Zero : new(a.Sign * b.Sign, a.Log - b.Log);

    /// <summary>Negation.</summary>
    public static SignedLog operator -(SignedLog a) => new(-a.Sign, a.Log);

    /// <summary>Difference.</summary>
    public static SignedLog operator -(SignedLog a, SignedLog b) => a + (-b);

    /// <summary>Sum (log-sum-exp; exact cancellation gives zero).</summary>
    public static SignedLog operator +(SignedLog a, SignedLog b)
    {
        if (a.Sign == 0)
        {
            return b;
        }

        if (b.Sign == 0)
        {
            return a;
        }

        var (big, small) = a.Log >= b.Log ? (a, b) : (b, a);
        double ratio = Math.Exp(small.Log - big.Log);
        if (big.Sign == small.Sign)
        {
            return new(big.Sign, big.Log + double.LogP1(ratio));
        }

        return ratio == 1 ? Zero : new(big.Sign, big.Log + double.LogP1(-ratio));
    }

    /// <summary>Integer power.</summary>
    public SignedLog Pow(int exponent) => exponent == 0 ? From(1) : Sign == 0 ? Zero : new(exponent % 2 == 0 ? 1 : Sign, exponent * Log);

    /// <summary>log₁₀|x| (−∞ for zero).</summary>
    public double Log10 => Sign == 0 ? double.NegativeInfinity : Log / Math.Log(10);

    /// <summary>The value as a double (±∞ beyond the double range; for display of small values only).</summary>
    public double ToDouble() => Sign == 0 ? 0 : Sign * Math.Exp(Log);
}
