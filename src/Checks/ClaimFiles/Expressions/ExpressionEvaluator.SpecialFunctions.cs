using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <content>
/// The special functions of probability bounds: the standard normal distribution function
/// F(x) = (1 + erf(x/√2))/2, the χ²_k distribution function P[χ²_k ≤ x] = P(k/2, x/2) (regularised lower incomplete
/// gamma), the regularised incomplete beta function I_x(a, b) = B(x; a, b)/B(a, b), and ln Γ(x). They let a claim file
/// state tail bounds and hyperspherical-cap areas (acgh Lemmas 8, 9, 14, 15: the cap of height h on S^{d−1} has area
/// fraction ½I_{1−(1−h)²}((d − 1)/2, ½)) as inequalities between closed forms.
/// </content>
public static partial class ExpressionEvaluator
{
    // Implementation note: the values come from MathNet Numerics (Normal.CDF, ChiSquared.CDF,
    // SpecialFunctions.BetaRegularized, SpecialFunctions.GammaLn); arguments outside a function's domain are errors
    // that name the sub-expression, never NaN.
    private static ExpressionValue SpecialFunction(CallExpr c, List<ExpressionValue> args)
    {
        switch (c.Function)
        {
            case "normcdf":
                Arity(c, 1);
                return ExpressionValue.OfScalar(Normal.CDF(0, 1, AsScalar(args[0], c.Arguments[0])));
            case "lgamma":
                Arity(c, 1);
                return ExpressionValue.OfScalar(SpecialFunctions.GammaLn(Positive(c, args, 0)));
            case "chi2cdf":
                Arity(c, 2);
                double x = AsScalar(args[1], c.Arguments[1]);
                return ExpressionValue.OfScalar(x <= 0 ? 0 : ChiSquared.CDF(Positive(c, args, 0), x));
            default:
                Arity(c, 3);
                double t = AsScalar(args[2], c.Arguments[2]);
                if (t is < 0 or > 1)
                {
                    throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"evaluates I_x(a, b) at x = {t}; x must lie in [0, 1]"));
                }

                return ExpressionValue.OfScalar(SpecialFunctions.BetaRegularized(Positive(c, args, 0), Positive(c, args, 1), t));
        }
    }

    private static double Positive(CallExpr c, List<ExpressionValue> args, int k)
    {
        double v = AsScalar(args[k], c.Arguments[k]);
        return v > 0 ? v : throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"has argument {k + 1} = {v}; it must be positive"));
    }
}
