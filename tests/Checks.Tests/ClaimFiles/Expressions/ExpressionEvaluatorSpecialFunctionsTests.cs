using System.Globalization;
using DeepLinear.Checks.ClaimFiles.Expressions;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles.Expressions;

/// <summary>
/// The special functions checked against closed forms they must agree with: F(x) + F(−x) = 1 and the Simpson integral
/// of the density; P[χ²₂ ≤ x] = 1 − e^{−x/2}; I_x(a, 1) = xᵃ and I_x(1, b) = 1 − (1 − x)ᵇ; ln Γ(n) = ln (n − 1)!;
/// each with a negative control, and arguments outside the domain refused with the rule.
/// </summary>
public class ExpressionEvaluatorSpecialFunctionsTests
{
    private static double S(string text)
        => ExpressionEvaluator.AsScalar(ExpressionEvaluator.Evaluate(ExpressionParser.Parse(text), new EvaluationScope()), new NameExpr("result"));

    private static bool Close(double x, double y) => Math.Abs(x - y) <= 1e-9 * (1 + Math.Max(Math.Abs(x), Math.Abs(y)));

    private static double SimpsonNormal(double x)
    {
        const int n = 2000;
        double h = x / n, sum = 0;
        for (int i = 0; i <= n; i++)
        {
            double t = i * h, w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            sum += w * Math.Exp(-t * t / 2);
        }

        return 0.5 + (sum * h / 3 / Math.Sqrt(2 * Math.PI));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1.7)]
    [InlineData(4)]
    public void Normcdf_Points_AgreesWithTheIntegralOfTheDensity(double x)
    {
        Assert.True(Close(S($"normcdf({x.ToString(CultureInfo.InvariantCulture)})"), SimpsonNormal(x)));
        Assert.True(Close(S($"normcdf({x.ToString(CultureInfo.InvariantCulture)}) + normcdf(-{x.ToString(CultureInfo.InvariantCulture)})"), 1));
    }

    [Fact]
    public void Normcdf_NegativeControl_IsNotTheDensityIntegralWithoutTheHalf()
        => Assert.False(Close(S("normcdf(1.7)"), SimpsonNormal(1.7) - 0.5));

    [Theory]
    [InlineData(0.5)]
    [InlineData(3)]
    [InlineData(20)]
    public void Chi2cdf_TwoDegrees_IsOneMinusExpOfHalf(double x)
    {
        string t = x.ToString(CultureInfo.InvariantCulture);
        Assert.True(Close(S($"chi2cdf(2, {t})"), 1 - Math.Exp(-x / 2)));
        Assert.False(Close(S($"chi2cdf(2, {t})"), 1 - Math.Exp(-x)));
        Assert.Equal(0, S($"chi2cdf(5, -{t})"));
    }

    [Theory]
    [InlineData(0.2, 3.5)]
    [InlineData(0.9, 0.5)]
    public void Betainc_OneParameterIsOne_IsThePowerClosedForm(double x, double p)
    {
        string tx = x.ToString(CultureInfo.InvariantCulture), tp = p.ToString(CultureInfo.InvariantCulture);
        Assert.True(Close(S($"betainc({tp}, 1, {tx})"), Math.Pow(x, p)));
        Assert.True(Close(S($"betainc(1, {tp}, {tx})"), 1 - Math.Pow(1 - x, p)));
        Assert.False(Close(S($"betainc(1, {tp}, {tx})"), Math.Pow(x, p)));
    }

    [Fact]
    public void Lgamma_Integers_IsTheLogFactorial()
    {
        Assert.True(Close(S("lgamma(6)"), Math.Log(120)));
        Assert.True(Close(S("exp(2 * lgamma(1/2))"), Math.PI));
        Assert.False(Close(S("lgamma(6)"), Math.Log(720)));
    }

    [Theory]
    [InlineData("betainc(1, 2, 1.5)", "x must lie in [0, 1]")]
    [InlineData("chi2cdf(0, 1)", "must be positive")]
    [InlineData("lgamma(-1)", "must be positive")]
    public void SpecialFunctions_OutsideTheDomain_AreRefusedWithTheRule(string text, string rule)
        => Assert.Contains(rule, Assert.Throws<ExpressionException>(() => S(text)).Message, StringComparison.Ordinal);
}
