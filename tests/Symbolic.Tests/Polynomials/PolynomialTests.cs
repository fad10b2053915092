using DeepLinear.Symbolic.Polynomials;
using DeepLinear.Symbolic.Scalars;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Polynomials;

public class PolynomialTests
{
    private static readonly Config Deterministic = Config.QuickThrowOnFailure.WithMaxTest(150)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(424242UL, 17UL), FSharpOption<int>.None)));

    // Random polynomials in x0..x3 with up to 4 terms, degrees ≤ 3 per variable, small rational coefficients.
    private static Gen<Polynomial> Polynomials()
    {
        var term = Gen.Choose(-5, 5).SelectMany(c => Gen.Choose(1, 3), (c, d) => new Rational(c, d))
            .SelectMany(c => Gen.Choose(0, 3).Two().SelectMany(_ => Gen.Choose(0, 3).Two(), (a, b) => (a.Item1, a.Item2, b.Item1, b.Item2)), (c, e) => Term(c, e.Item1, e.Item2, e.Item3, e.Item4));
        return Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(term, n), (n, terms) => terms.Aggregate(Polynomial.Zero, (acc, t) => acc + t));
    }

    private static Polynomial Term(Rational c, int e0, int e1, int e2, int e3) =>
        c * Polynomial.Variable(0).Pow(e0) * Polynomial.Variable(1).Pow(e1) * Polynomial.Variable(2).Pow(e2) * Polynomial.Variable(3).Pow(e3);

    private static Arbitrary<(Polynomial P, Polynomial Q, Polynomial R)> Triples()
    {
        var g = Polynomials();
        return g.SelectMany(p => g, (p, q) => (p, q)).SelectMany(pq => g, (pq, r) => (pq.p, pq.q, r)).ToArbitrary();
    }

    [Fact]
    public void RingAxioms_Hold() =>
        Check.One(Deterministic, Prop.ForAll(Triples(), t =>
            t.P + t.Q == t.Q + t.P
            && t.P * t.Q == t.Q * t.P
            && (t.P + t.Q) + t.R == t.P + (t.Q + t.R)
            && (t.P * t.Q) * t.R == t.P * (t.Q * t.R)
            && t.P * (t.Q + t.R) == (t.P * t.Q) + (t.P * t.R)
            && (t.P - t.P).IsZero
            && t.P * Polynomial.One == t.P));

    [Fact]
    public void RingAxioms_NegativeControl_NonDistributiveLawIsFalsified()
    {
        var e = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Triples(), t => t.P * (t.Q + t.R) == (t.P * t.Q) + t.R)));
        Assert.Contains("Falsifiable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Derivative_IsLinearAndObeysProductRule() =>
        Check.One(Deterministic, Prop.ForAll(Triples(), t =>
            (t.P + t.Q).Derivative(1) == t.P.Derivative(1) + t.Q.Derivative(1)
            && (t.P * t.Q).Derivative(2) == (t.P.Derivative(2) * t.Q) + (t.P * t.Q.Derivative(2))));

    [Fact]
    public void ProductRule_NegativeControl_MissingTermIsFalsified()
    {
        var e = Assert.ThrowsAny<Exception>(() => Check.One(Deterministic, Prop.ForAll(Triples(), t => (t.P * t.Q).Derivative(2) == t.P.Derivative(2) * t.Q)));
        Assert.Contains("Falsifiable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainRule_ViaSubstitution_Holds() =>
        Check.One(Deterministic, Prop.ForAll(Triples(), t =>
        {
            // d/dx1 P(x0 := Q) = Σ over x0: (∂P/∂x0)(Q)·∂Q/∂x1 + (∂P/∂x1)(Q)
            var sub = new Dictionary<int, Polynomial> { [0] = t.Q };
            var lhs = t.P.Substitute(sub).Derivative(1);
            var rhs = (t.P.Derivative(0).Substitute(sub) * t.Q.Derivative(1)) + t.P.Derivative(1).Substitute(sub);
            return lhs == rhs;
        }));

    [Fact]
    public void Evaluation_IsARingHomomorphism() =>
        Check.One(Deterministic, Prop.ForAll(Triples(), t =>
        {
            Rational V(int v) => new Rational(v + 2, 3);
            return (t.P * t.Q).Evaluate(V) == t.P.Evaluate(V) * t.Q.Evaluate(V)
                && (t.P + t.R).Evaluate(V) == t.P.Evaluate(V) + t.R.Evaluate(V)
                && Math.Abs((t.P * t.Q).EvaluateDouble(v => (v + 2) / 3.0) - (t.P * t.Q).Evaluate(V).ToDouble()) <= 1e-9 * Math.Max(1, Math.Abs((t.P * t.Q).Evaluate(V).ToDouble()));
        }));

    [Fact]
    public void CanonicalForm_IsIndependentOfConstructionOrder()
    {
        var x = Polynomial.Variable(0);
        var y = Polynomial.Variable(1);
        var a = ((x + y) * (x - y)) + (y * y);
        var b = x.Pow(2);
        Assert.Equal(b, a);
        Assert.Equal(b.GetHashCode(), a.GetHashCode());
        Assert.Equal("x0^2", a.ToText());
        Assert.Equal(2, ((x + y).Pow(2) - (2 * Polynomial.One * x * y)).Degree);
    }

    [Fact]
    public void ToLatex_SuperscriptedNameSquared_IsBracedAgainstDoubleSuperscript()
    {
        var names = new VariableNames();
        var w = Polynomial.Variable(names.Fresh("W1[1,2]", "W^{(1)}_{1,2}"));
        var x = Polynomial.Variable(names.Fresh("x", "x"));
        var p = (w * w) - (new Rational(3, 2) * x);
        Assert.Equal("{W^{(1)}_{1,2}}^{2} - \\frac{3}{2} x", p.ToLatex(names));
        Assert.Equal("W1[1,2]^2 - 3/2*x", p.ToText(names));
    }

    [Fact]
    public void Pow_NegativeExponent_NamesTheArgument()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Polynomial.Variable(0).Pow(-1));
        Assert.Contains("exponent", e.Message, StringComparison.Ordinal);
    }
}
