using System.Numerics;

namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// Evaluates the integer and rational part of the claim-file language exactly, in <see cref="Rational"/> arithmetic
/// (arbitrary-precision numerator and denominator): integer literals, names bound to rationals, <c>+ - * /</c>, unary
/// <c>-</c>, <c>^</c> with an integer exponent, <c>floor</c>, <c>ceil</c>, <c>round</c> (halves away from zero),
/// <c>min</c>, <c>max</c>, <c>abs</c>, comparisons, <c>and</c>, <c>or</c>, and <c>sum</c>/<c>prod</c>/<c>forall</c> over index ranges.
/// It backs <c>exhaustive: true</c> of the inequality form: a claim decided at every point of a finite grid in exact
/// arithmetic is proved on that grid, with no rounding anywhere.
/// </summary>
public static class ExactRationalEvaluator
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal) { "floor", "ceil", "round", "min", "max", "abs" };

    /// <summary>
    /// The first sub-expression outside the exact subset, with the reason, or null when <paramref name="expr"/> lies in it.
    /// </summary>
    /// <param name="expr">The expression.</param>
    /// <returns>Null, or a message naming the sub-expression and the rule.</returns>
    public static string? FindInexact(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        return expr switch
        {
            NumberExpr n => n.Value == Math.Floor(n.Value) && Math.Abs(n.Value) < 9e15 ? null
                : string.Create(CultureInfo.InvariantCulture, $"the number {n.Value:R} (position {n.Position}) is not an integer: exact claims write fractions as quotients, 1/10"),
            NameExpr => null,
            NegateExpr n => FindInexact(n.Operand),
            BinaryExpr b => FindInexact(b.Left) ?? FindInexact(b.Right),
            ComparisonExpr c => FindInexact(c.Left) ?? FindInexact(c.Right),
            LogicalExpr l => FindInexact(l.Left) ?? FindInexact(l.Right),
            RangeExpr r => FindInexact(r.From) ?? FindInexact(r.To) ?? FindInexact(r.Body),
            CallExpr c when Functions.Contains(c.Function) => c.Arguments.Select(FindInexact).FirstOrDefault(m => m is not null),
            CallExpr c => $"'{c}' (position {c.Position}) calls '{c.Function}', which is not exact; exact claims use + - * / ^, {string.Join(", ", Functions)}, comparisons, and, or, sum, prod, forall",
            _ => $"'{expr}' (position {expr.Position}) is not integer or rational arithmetic",
        };
    }

    /// <summary>Evaluates an expression of the exact subset to a rational.</summary>
    /// <param name="expr">The expression (see <see cref="FindInexact"/>).</param>
    /// <param name="names">The values of the names.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="ExpressionException">An unknown name, a division by zero, a condition where a number is needed or
    /// the other way round, a non-integer exponent or range bound, or an expression outside the exact subset.</exception>
    public static Rational Evaluate(Expr expr, IReadOnlyDictionary<string, Rational> names)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(names);
        switch (expr)
        {
            case NumberExpr n:
                return new BigInteger(n.Value);
            case NameExpr n:
                return names.TryGetValue(n.Name, out var v) ? v
                    : throw new ExpressionException($"the name '{n.Name}' (position {n.Position}) is not defined; defined here: {string.Join(", ", names.Keys.Order(StringComparer.Ordinal))}", n.Position);
            case NegateExpr n:
                return -Evaluate(n.Operand, names);
            case BinaryExpr b:
                var left = Evaluate(b.Left, names);
                var right = Evaluate(b.Right, names);
                return b.Operator switch
                {
                    BinaryOperator.Add => left + right,
                    BinaryOperator.Subtract => left - right,
                    BinaryOperator.Multiply => left * right,
                    BinaryOperator.Divide => right.IsZero ? throw Fail(b, "divides by zero") : left / right,
                    _ => Power(left, right, b),
                };
            case CallExpr c:
                return Call(c, names);
            case RangeExpr { Kind: RangeKind.Sum } r:
                var total = Rational.Zero;
                foreach (var inner in Indices(r, names))
                {
                    total += Evaluate(r.Body, inner);
                }

                return total;
            case RangeExpr { Kind: RangeKind.Product } r:
                var product = Rational.One;
                foreach (var inner in Indices(r, names))
                {
                    product *= Evaluate(r.Body, inner);
                }

                return product;
            default:
                throw Fail(expr, "is a condition or outside integer and rational arithmetic, but a number is required");
        }
    }

    /// <summary>Evaluates a condition of the exact subset.</summary>
    /// <param name="expr">The condition.</param>
    /// <param name="names">The values of the names.</param>
    /// <returns>The truth value, decided exactly.</returns>
    /// <exception cref="ExpressionException">As for <see cref="Evaluate"/>, or the expression is not a condition.</exception>
    public static bool EvaluateCondition(Expr expr, IReadOnlyDictionary<string, Rational> names)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(names);
        switch (expr)
        {
            case ComparisonExpr c:
                int order = Evaluate(c.Left, names).CompareTo(Evaluate(c.Right, names));
                return c.Operator switch
                {
                    ComparisonOperator.LessOrEqual => order <= 0,
                    ComparisonOperator.Less => order < 0,
                    ComparisonOperator.GreaterOrEqual => order >= 0,
                    ComparisonOperator.Greater => order > 0,
                    ComparisonOperator.Equal => order == 0,
                    _ => order != 0,
                };
            case LogicalExpr l:
                bool first = EvaluateCondition(l.Left, names);
                return l.IsAnd ? first && EvaluateCondition(l.Right, names) : first || EvaluateCondition(l.Right, names);
            case RangeExpr { Kind: RangeKind.Forall } r:
                return Indices(r, names).All(inner => EvaluateCondition(r.Body, inner));
            default:
                throw Fail(expr, "is a number, but a condition (a comparison, and, or, forall) is required");
        }
    }

    private static IEnumerable<Dictionary<string, Rational>> Indices(RangeExpr r, IReadOnlyDictionary<string, Rational> names)
    {
        var from = Integer(Evaluate(r.From, names), r.From, "a range bound");
        var to = Integer(Evaluate(r.To, names), r.To, "a range bound");
        for (var j = from; j <= to; j++)
        {
            yield return new Dictionary<string, Rational>(names, StringComparer.Ordinal) { [r.Index] = j };
        }
    }

    private static Rational Call(CallExpr c, IReadOnlyDictionary<string, Rational> names)
    {
        var args = c.Arguments.Select(a => Evaluate(a, names)).ToList();
        if (c.Function is "min" or "max")
        {
            return args.Count == 0 ? throw Fail(c, "needs at least one argument") : c.Function == "min" ? args.Min() : args.Max();
        }

        if (args.Count != 1)
        {
            throw Fail(c, string.Create(CultureInfo.InvariantCulture, $"has {args.Count} arguments; {c.Function} takes 1"));
        }

        var x = args[0];
        return c.Function switch
        {
            "floor" => Floor(x),
            "ceil" => -Floor(-x),
            "round" => x.Sign >= 0 ? Floor(x + new Rational(1, 2)) : -Floor(-x + new Rational(1, 2)),
            "abs" => x.Sign < 0 ? -x : x,
            _ => throw Fail(c, $"calls '{c.Function}', which is not exact"),
        };
    }

    /// <summary>⌊p/q⌋ for q &gt; 0 (BigInteger division truncates toward zero).</summary>
    private static Rational Floor(Rational x)
    {
        var quotient = BigInteger.DivRem(x.Numerator, x.Denominator, out var remainder);
        return remainder.Sign < 0 ? quotient - 1 : quotient;
    }

    private static Rational Power(Rational b, Rational e, BinaryExpr at)
    {
        var k = Integer(e, at.Right, "an exponent");
        if (BigInteger.Abs(k) > 10_000)
        {
            throw Fail(at, $"has the exponent {k}; exact powers take exponents in -10000..10000");
        }

        if (k < 0 && b.IsZero)
        {
            throw Fail(at, "raises 0 to a negative power");
        }

        var result = Rational.One;
        for (var i = BigInteger.Zero; i < BigInteger.Abs(k); i++)
        {
            result *= b;
        }

        return k < 0 ? Rational.One / result : result;
    }

    private static BigInteger Integer(Rational value, Expr at, string what)
        => value.IsInteger ? value.Numerator : throw Fail(at, $"= {value}, but {what} must be an integer");

    private static ExpressionException Fail(Expr at, string rule) => new($"'{at}' (position {at.Position}) {rule}", at.Position);
}
