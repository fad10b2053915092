using System.Numerics;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Scalars;

public class RationalTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(1123UL, 31UL), FSharpOption<int>.None)));

    private static Arbitrary<Rational> Rationals() =>
        Gen.Choose(-1000, 1000).SelectMany(p => Gen.Choose(1, 60), (p, q) => new Rational(p, q)).ToArbitrary();

    private static Arbitrary<(Rational A, Rational B, Rational C)> Triples()
    {
        var g = Rationals().Generator;
        return g.SelectMany(a => g, (a, b) => (a, b)).SelectMany(ab => g, (ab, c) => (ab.a, ab.b, c)).ToArbitrary();
    }

    [Fact]
    public void FieldAxioms_HoldOnRandomRationals() =>
        Check.One(Deterministic, Prop.ForAll(Triples(), t =>
            t.A + t.B == t.B + t.A
            && (t.A + t.B) + t.C == t.A + (t.B + t.C)
            && t.A * (t.B + t.C) == (t.A * t.B) + (t.A * t.C)
            && (t.A * t.B) * t.C == t.A * (t.B * t.C)
            && t.A - t.A == Rational.Zero
            && (t.A.IsZero || t.A * t.A.Reciprocal() == Rational.One)));

    [Fact]
    public void Distributivity_NegativeControl_WrongLawIsFalsified()
    {
        var e = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Triples(), t => t.A * (t.B + t.C) == (t.A * t.B) + t.C)));
        Assert.Contains("Falsifiable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalization_EqualValuesHaveEqualRepresentationAndHash()
    {
        var a = new Rational(6, -4);
        var b = new Rational(-3, 2);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(BigInteger.Parse("2"), a.Denominator);
        Assert.Equal("-3/2", a.ToString());
        Assert.Equal(Rational.Zero, new Rational(0, 7));
        Assert.Equal(Rational.Zero, default);
    }

    [Fact]
    public void ParsePrint_RoundTrips() =>
        Check.One(Deterministic, Prop.ForAll(Rationals(), r => Rational.Parse(r.ToString()) == r));

    [Theory]
    [InlineData("1.25", "5/4")]
    [InlineData("-0.5e-3", "-1/2000")]
    [InlineData("2e3", "2000")]
    [InlineData(" 7 / 14 ", "1/2")]
    public void Parse_DecimalsAndFractions_AreExact(string text, string expected) =>
        Assert.Equal(expected, Rational.Parse(text).ToString());

    [Theory]
    [InlineData("")]
    [InlineData("1/0")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingText(string text)
    {
        var e = Assert.Throws<FormatException>(() => Rational.Parse(text));
        Assert.Contains("text", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDouble_IsExact()
    {
        Assert.Equal(new Rational(1, 8), Rational.FromDouble(0.125));
        Assert.Equal(0.1, Rational.FromDouble(0.1).ToDouble());
        Assert.Equal(new Rational(3602879701896397, BigInteger.Pow(2, 55)), Rational.FromDouble(0.1));
        Assert.Throws<ArgumentException>(() => Rational.FromDouble(double.NaN));
    }

    [Fact]
    public void Division_ByZero_Throws() => Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
}
