using DeepLinear.Checks.ClaimFiles.Expressions;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// A numeric claim compiled to slack form: each comparison becomes lhs ≤ rhs (<c>a &lt;= b</c>, <c>a &lt; b</c> as is;
/// <c>a &gt;= b</c>, <c>a &gt; b</c> swapped), <c>a == b</c> becomes the relative residual
/// ‖a − b‖_F / (1 + max(‖a‖_F, ‖b‖_F)) ≤ tolerance, and <c>and</c> / <c>forall</c> take the worst part (a violated
/// part first, otherwise the part with the largest lhs/rhs). A non-strict comparison is violated when lhs exceeds rhs
/// beyond rounding (relative 10⁻⁹); a strict one (<c>&lt;</c>, <c>&gt;</c>) already when the two sides agree within
/// rounding, since such an instance cannot confirm strictness (<see cref="InstanceOutcome.Strict"/>).
/// </summary>
public sealed class ClaimStatement
{
    private readonly double tolerance;

    private ClaimStatement(Expr expr, double tolerance)
    {
        Expr = expr;
        this.tolerance = tolerance;
    }

    /// <summary>The parsed statement.</summary>
    public Expr Expr { get; }

    /// <summary>Compiles a statement, rejecting forms that have no slack (<c>or</c>, <c>!=</c>, a bare expression).</summary>
    /// <param name="node">The check mapping (for errors).</param>
    /// <param name="key">The key of the statement.</param>
    /// <param name="text">The statement text.</param>
    /// <param name="tolerance">The tolerance of <c>==</c>.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ClaimFileException">A parse error, or a statement that is not a conjunction of comparisons.</exception>
    public static ClaimStatement Compile(FormNode node, string key, string text, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(node);
        var at = node.Node(key) ?? node.Mapping;
        var expr = node.Expression(key, text, at);
        string? problem = Problem(expr);
        if (problem is not null)
        {
            throw node.Error(at, key, text, problem);
        }

        return new ClaimStatement(expr, tolerance);
    }

    /// <summary>Whether a part of the statement is an equality <c>==</c> (its slack is a tolerance on a residual, so a
    /// tightness search has nothing to measure).</summary>
    public bool HasEquality => ContainsEquality(Expr);

    /// <summary>Evaluates the statement on an instance.</summary>
    /// <param name="scope">The instance's scope.</param>
    /// <returns>The outcome (lhs, rhs) of the worst part.</returns>
    /// <exception cref="ExpressionException">An ill-typed part.</exception>
    public InstanceOutcome Evaluate(EvaluationScope scope) => Outcome(Expr, scope);

    private static bool ContainsEquality(Expr expr) => expr switch
    {
        ComparisonExpr c => c.Operator == ComparisonOperator.Equal,
        LogicalExpr l => ContainsEquality(l.Left) || ContainsEquality(l.Right),
        RangeExpr r => ContainsEquality(r.Body),
        _ => false,
    };

    private static string? Problem(Expr expr) => expr switch
    {
        ComparisonExpr { Operator: ComparisonOperator.NotEqual } => "uses '!=', which has no slack to measure; state the claim as a comparison <=, <, >=, > or ==",
        ComparisonExpr => null,
        LogicalExpr { IsAnd: true } l => Problem(l.Left) ?? Problem(l.Right),
        LogicalExpr => "uses 'or' outside where:; a claim is a comparison, an 'and' of comparisons or a 'forall'",
        RangeExpr { Kind: RangeKind.Forall } r => Problem(r.Body),
        _ => "is not a claim: it must be a comparison (<=, <, >=, >, ==), an 'and' of comparisons or a 'forall'",
    };

    private InstanceOutcome Outcome(Expr expr, EvaluationScope scope)
    {
        switch (expr)
        {
            case ComparisonExpr c:
                var left = InstanceSpace.Guard(() => ExpressionEvaluator.Evaluate(c.Left, scope), c.Left);
                var right = InstanceSpace.Guard(() => ExpressionEvaluator.Evaluate(c.Right, scope), c.Right);
                if (c.Operator == ComparisonOperator.Equal)
                {
                    return Equality(left, right, c);
                }

                double a = ExpressionEvaluator.AsScalar(left, c.Left), b = ExpressionEvaluator.AsScalar(right, c.Right);
                bool strict = c.Operator is ComparisonOperator.Less or ComparisonOperator.Greater;
                var outcome = c.Operator is ComparisonOperator.LessOrEqual or ComparisonOperator.Less
                    ? InstanceOutcome.Inequality(a, b)
                    : InstanceOutcome.Inequality(b, a);
                return outcome with { Strict = strict };
            case LogicalExpr l:
                return Worse(Outcome(l.Left, scope), Outcome(l.Right, scope));
            case RangeExpr r:
                int from = ExpressionEvaluator.Integer(ExpressionEvaluator.Evaluate(r.From, scope), r.From, "a range bound");
                int to = ExpressionEvaluator.Integer(ExpressionEvaluator.Evaluate(r.To, scope), r.To, "a range bound");
                InstanceOutcome? worst = null;
                for (int j = from; j <= to; j++)
                {
                    var inner = scope.Child();
                    inner.Set(r.Index, ExpressionValue.OfScalar(j));
                    var o = Outcome(r.Body, inner);
                    worst = worst is { } w ? Worse(w, o) : o;
                }

                // An empty range holds vacuously: report zero slack-free "0 <= 0".
                return worst ?? InstanceOutcome.Inequality(0, 0);
            default:
                throw new ExpressionException($"'{expr}' is not a comparison", expr.Position);
        }
    }

    private InstanceOutcome Equality(ExpressionValue left, ExpressionValue right, ComparisonExpr at)
    {
        if (left.Kind == ValueKind.Matrix && right.Kind == ValueKind.Matrix)
        {
            var l = left.Matrix;
            var r = right.Matrix;
            if (l.RowCount != r.RowCount || l.ColumnCount != r.ColumnCount)
            {
                throw new ExpressionException(
                    $"'{at}' (position {at.Position}) compares a {left.DescribeShape()} with a {right.DescribeShape()}; == needs equal shapes", at.Position);
            }

            double scale = Math.Max(l.FrobeniusNorm(), r.FrobeniusNorm());
            return InstanceOutcome.Identity((l - r).FrobeniusNorm(), scale, tolerance);
        }

        double a = ExpressionEvaluator.AsScalar(left, at.Left), b = ExpressionEvaluator.AsScalar(right, at.Right);
        return InstanceOutcome.Identity(a - b, Math.Max(Math.Abs(a), Math.Abs(b)), tolerance);
    }

    private static InstanceOutcome Worse(InstanceOutcome a, InstanceOutcome b)
    {
        bool av = a.Violates(1e-9, 0), bv = b.Violates(1e-9, 0);
        if (av != bv)
        {
            return av ? a : b;
        }

        if (!a.IsFinite)
        {
            return a;
        }

        if (!b.IsFinite)
        {
            return b;
        }

        return b.Ratio > a.Ratio ? b : a;
    }
}
