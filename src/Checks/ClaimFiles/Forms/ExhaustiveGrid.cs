using DeepLinear.Checks.ClaimFiles.Expressions;

namespace DeepLinear.Checks.ClaimFiles.Forms;

/// <summary>
/// <c>exhaustive: true</c> of the inequality form: the claim is decided at every point of the finite grid of its
/// <c>sizes:</c> in exact rational arithmetic (<see cref="ExactRationalEvaluator"/>), so it is <b>proved</b> on that grid
/// (scope: the grid, the points rejected by <c>where:</c> counted) or <b>refuted</b> at the first point where it fails,
/// with that point as an exact witness. <c>over:</c> may only define names from the sizes (no generator: nothing is
/// random), and the claim, <c>over:</c> and <c>where:</c> must lie in the exact subset (integers, + − * / ^, floor,
/// ceil, round, min, max, abs, comparisons, and, or, sum, prod, forall) — both are checked when the file is read.
/// </summary>
public static class ExhaustiveGrid
{
    /// <summary>The most grid points one claim may enumerate.</summary>
    public const long MaxPoints = 1_000_000;

    /// <summary>Compiles an inequality check with <c>exhaustive: true</c>.</summary>
    /// <param name="node">The check mapping.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ClaimFileException">A key breaks the rules above, or the grid is larger than <see cref="MaxPoints"/>.</exception>
    public static Func<CheckContext, CheckResult> Compile(FormNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string flag = node.RequiredString("exhaustive");
        if (flag != "true")
        {
            throw node.Error(node.Node("exhaustive"), "exhaustive", flag, "must be true (leave the key out for sampled instances)");
        }

        string text = node.RequiredString("inequality");
        var claim = node.Expression("inequality", text, node.Node("inequality")!);
        Exact(node, "inequality", text, claim);
        var space = new InstanceSpace(node);
        foreach (var (name, expr) in space.Definitions)
        {
            Exact(node, "over." + name, expr.ToString(), expr);
        }

        foreach (var (whereText, expr) in space.Conditions)
        {
            Exact(node, "where", whereText, expr);
        }

        long points = space.Sizes.Aggregate(1L, (p, s) => p * (s.Max - s.Min + 1));
        if (points > MaxPoints)
        {
            throw node.Error(node.Node("sizes"), "sizes", FormNode.Show(node.Node("sizes")!), string.Create(CultureInfo.InvariantCulture, $"spans {points} grid points; exhaustive: true enumerates at most {MaxPoints}"));
        }

        node.RejectUnknownKeys("inequality", ClaimForms.ModifierKeys);
        return context => Run(node, claim, text, space, context);
    }

    private static void Exact(FormNode node, string key, string text, Expr expr)
    {
        string? inexact = ExactRationalEvaluator.FindInexact(expr);
        if (inexact is not null)
        {
            throw node.Error(node.Node(key.Split('.')[0]), key, text, "exhaustive: true decides the claim in exact arithmetic, but " + inexact);
        }
    }

    private static CheckResult Run(FormNode node, Expr claim, string text, InstanceSpace space, CheckContext context)
    {
        long tested = 0;
        long rejected = 0;
        foreach (var point in Points(space.Sizes))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var names = point.ToDictionary(p => p.Key, p => (Rational)p.Value, StringComparer.Ordinal);
            string at = string.Join(", ", point.Select(p => p.Key + " = " + p.Value.ToString(CultureInfo.InvariantCulture)));
            try
            {
                foreach (var (name, expr) in space.Definitions)
                {
                    names[name] = ExactRationalEvaluator.Evaluate(expr, names);
                }

                if (!space.Conditions.All(c => ExactRationalEvaluator.EvaluateCondition(c.Expr, names)))
                {
                    rejected++;
                    continue;
                }

                tested++;
                if (!ExactRationalEvaluator.EvaluateCondition(claim, names))
                {
                    string defined = string.Join(", ", space.Definitions.Select(d => d.Name + " = " + names[d.Name]));
                    string witness = defined.Length == 0 ? at : at + " (" + defined + ")";
                    return ClaimForms.WithRerun(ExactCheck.Counterexample(node.ClaimId, witness, witness, "the claim " + text + " is false here (exact rational arithmetic)"), node, context.Seed);
                }
            }
            catch (ExpressionException e)
            {
                return CheckResult.Inconclusive("exhaustive grid", new InconclusiveEvidence("the claim could not be evaluated at " + at + ": " + e.Message, "exhaustive grid", (int)Math.Min(tested, int.MaxValue)));
            }
        }

        string grid = string.Join(", ", space.Sizes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} ∈ {s.Min}..{s.Max}")));
        if (tested == 0)
        {
            return CheckResult.Inconclusive("exhaustive grid " + grid, new InconclusiveEvidence("every grid point was rejected by where:", "exhaustive grid " + grid, 0, HypothesesNotMet: true));
        }

        string where = space.Conditions.Count == 0 ? string.Empty : " where " + string.Join(" and ", space.Conditions.Select(c => c.Text));
        return ExactCheck.Proved(
            "exhaustive over " + grid + where,
            [
                string.Create(CultureInfo.InvariantCulture, $"{tested} grid points decided in exact rational arithmetic, {rejected} rejected by where:"),
                "at every point: " + text,
            ],
            "exhaustive enumeration", "exact rational arithmetic");
    }

    private static IEnumerable<List<KeyValuePair<string, int>>> Points(IReadOnlyList<(string Name, int Min, int Max)> sizes)
    {
        IEnumerable<List<KeyValuePair<string, int>>> points = [[]];
        foreach (var (name, min, max) in sizes)
        {
            var earlier = points;
            points = earlier.SelectMany(p => Enumerable.Range(min, max - min + 1).Select(v => new List<KeyValuePair<string, int>>(p) { new(name, v) }));
        }

        return points;
    }
}
