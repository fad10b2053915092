using System.Globalization;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// Proves or refutes identities of the dimension-free language (the library side of <c>dlv prove</c>).
/// Proved: the canonical form of <c>lhs − rhs</c> is zero, or becomes zero after rewriting with the assumptions
/// (each used as a rule <c>lhs → rhs</c>). Refuted: exact rational matrices of small sizes consistent with the shapes
/// (and satisfying every assumption exactly) at which the expression trees of the two sides evaluate differently.
/// Otherwise unknown. Shape and parse errors are reported as such.
/// </summary>
public static class ProverService
{
    /// <summary>Proves, refutes, or reports unknown/shape-error/parse-error for <paramref name="identity"/>.</summary>
    public static ProveOutcome Prove(string identity, IReadOnlyList<string> assumptions, IReadOnlyList<string> shapes, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(assumptions);
        ArgumentNullException.ThrowIfNull(shapes);
        var steps = new List<DerivationStep>();
        FreeExpr left, right;
        ShapeEnvironment env;
        var relations = new List<(FreeExpr Left, FreeExpr Right, string Text)>();
        try
        {
            (left, right) = FreeParser.ParseIdentity(identity);
            foreach (var a in assumptions)
            {
                var (l, r) = FreeParser.ParseIdentity(a);
                relations.Add((l, r, a));
            }

            env = ShapeEnvironment.Parse(shapes);
        }
        catch (Exception e) when (e is ParseException or FormatException)
        {
            return Fail(ProveVerdict.ParseError, e.Message, identity, steps);
        }

        string claimText = left + " == " + right;
        try
        {
            var ls = ShapeChecker.Infer(left, env);
            var rs = ShapeChecker.Infer(right, env);
            if (!ls.IsFlexible && !rs.IsFlexible && (ls.IsScalar != rs.IsScalar || ls.Rows != rs.Rows || ls.Columns != rs.Columns))
            {
                return Fail(ProveVerdict.ShapeError, $"shape error: the left side '{left}' is {ls} but the right side '{right}' is {rs}", claimText, steps);
            }

            foreach (var (l, r, text) in relations)
            {
                ShapeChecker.Infer(l, env);
                ShapeChecker.Infer(r, env);
            }
        }
        catch (ShapeException e)
        {
            return Fail(ProveVerdict.ShapeError, e.Message, claimText, steps);
        }

        var cl = CanonicalForm.Of(left, env);
        var cr = CanonicalForm.Of(right, env);
        steps.Add(new DerivationStep("canonical-form", "expand the left side, push transposes to symbols, normalize traces", cl.ToLatex(), cl.ToString()));
        steps.Add(new DerivationStep("canonical-form", "the same for the right side", cr.ToLatex(), cr.ToString()));
        var difference = cl - cr;
        steps.Add(new DerivationStep("difference", "left − right in canonical form", difference.ToLatex(), difference.ToString()));
        if (difference.IsZero)
        {
            return Done(ProveVerdict.Proved, "the canonical forms of both sides coincide: the identity holds for all dimensions", claimText, steps, true, null, null);
        }

        var rules = new List<RewriteRule>();
        foreach (var (l, r, text) in relations)
        {
            try
            {
                rules.Add(RewriteRule.FromRelation(text, CanonicalForm.Of(l, env), CanonicalForm.Of(r, env)));
            }
            catch (ArgumentException e)
            {
                return Fail(ProveVerdict.ParseError, e.Message, claimText, steps);
            }
        }

        if (rules.Count > 0)
        {
            var (rewritten, rewriteSteps, finished) = Rewriter.Normalize(difference, rules);
            steps.AddRange(rewriteSteps);
            if (rewritten.IsZero)
            {
                return Done(ProveVerdict.Proved, $"the difference rewrites to 0 with the assumptions ({rewriteSteps.Count} rule applications): the identity holds for all dimensions under the assumptions", claimText, steps, true, null, null);
            }

            if (!finished)
            {
                steps.Add(new DerivationStep("budget", "the rewriting budget was exhausted", string.Empty, string.Empty));
            }
        }

        var witness = SearchWitness(left, right, relations, env, seed);
        if (witness is { } w)
        {
            steps.Add(new DerivationStep("witness", $"evaluated both sides exactly at the witness: left = {w.LeftValue}, right = {w.RightValue}", string.Empty, string.Empty));
            return Done(ProveVerdict.Refuted, "the two sides differ at an exact witness" + (relations.Count > 0 ? " that satisfies every assumption" : string.Empty), claimText, steps, false, w.Dimensions, w.Matrices);
        }

        return Done(ProveVerdict.Unknown, relations.Count > 0
            ? "no rewriting proof with the assumptions and no witness satisfying them was found"
            : "the canonical difference is non-zero but no witness was found", claimText, steps, false, null, null);
    }

    private sealed record Witness(Dictionary<string, int> Dimensions, Dictionary<string, RationalMatrix> Matrices, string LeftValue, string RightValue);

    private static Witness? SearchWitness(FreeExpr left, FreeExpr right, List<(FreeExpr Left, FreeExpr Right, string Text)> relations, ShapeEnvironment env, int seed)
    {
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        Collect(left, symbols);
        Collect(right, symbols);
        foreach (var (l, r, _) in relations)
        {
            Collect(l, symbols);
            Collect(r, symbols);
        }

        var dimensionNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in symbols.Where(s => !env.IsScalar(s)))
        {
            var shape = env.ShapeOf(s);
            foreach (var d in new[] { shape.Rows!, shape.Columns! })
            {
                if (!char.IsAsciiDigit(d[0]))
                {
                    dimensionNames.Add(d);
                }
            }
        }

        var random = new Random(seed);
        for (int attempt = 0; attempt < 300; attempt++)
        {
            var dims = dimensionNames.ToDictionary(d => d, d => attempt < 3 ? attempt + 1 : 1 + random.Next(3), StringComparer.Ordinal);
            int Size(string d) => char.IsAsciiDigit(d[0]) ? int.Parse(d, CultureInfo.InvariantCulture) : dims[d];
            int family = relations.Count == 0 ? 0 : attempt % 3;
            int common = 1 + random.Next(3);
            var matrices = new Dictionary<string, RationalMatrix>(StringComparer.Ordinal);
            var scalars = new Dictionary<string, Rational>(StringComparer.Ordinal);
            foreach (var s in symbols)
            {
                if (env.IsScalar(s))
                {
                    scalars[s] = random.Next(-3, 4);
                    continue;
                }

                var shape = env.ShapeOf(s);
                int r = Size(shape.Rows!);
                int c = Size(shape.Columns!);
                matrices[s] = family switch
                {
                    // Signed partial permutations times a common integer: WᵀW and WWᵀ are both multiples of (partial)
                    // identities, which satisfies balancedness-type relations for equal sizes.
                    1 => SignedPermutation(r, c, common, random),
                    2 => RationalMatrix.Build(r, c, (_, _) => Rational.Zero),
                    _ => RationalMatrix.Build(r, c, (_, _) => random.Next(-3, 4)),
                };
            }

            try
            {
                if (!relations.All(rel => FreeEvaluator.Evaluate(rel.Left, matrices, scalars).SameAs(FreeEvaluator.Evaluate(rel.Right, matrices, scalars))))
                {
                    continue;
                }

                var lv = FreeEvaluator.Evaluate(left, matrices, scalars);
                var rv = FreeEvaluator.Evaluate(right, matrices, scalars);
                if (!lv.SameAs(rv))
                {
                    return new Witness(dims, matrices, lv.ToString(), rv.ToString());
                }
            }
            catch (InvalidOperationException)
            {
                // tr(I) of unknown size in the tree evaluator: no witness from this route
                return null;
            }
        }

        return null;
    }

    private static RationalMatrix SignedPermutation(int rows, int columns, int scale, Random random)
    {
        var order = Enumerable.Range(0, columns).OrderBy(_ => random.Next()).ToArray();
        return RationalMatrix.Build(rows, columns, (i, j) => i < columns && order[i] == j ? (Rational)(scale * (random.Next(2) == 0 ? 1 : -1)) : Rational.Zero);
    }

    private static void Collect(FreeExpr e, ISet<string> symbols)
    {
        switch (e)
        {
            case FreeSymbol s:
                symbols.Add(s.Name);
                break;
            case FreeTranspose t:
                Collect(t.Operand, symbols);
                break;
            case FreeScale c:
                Collect(c.Operand, symbols);
                break;
            case FreeTrace tr:
                Collect(tr.Operand, symbols);
                break;
            case FreePower p:
                Collect(p.Operand, symbols);
                break;
            case FreeProduct p:
                foreach (var f in p.Factors)
                {
                    Collect(f, symbols);
                }

                break;
            case FreeSum s:
                foreach (var f in s.Terms)
                {
                    Collect(f, symbols);
                }

                break;
        }
    }

    private static ProveOutcome Fail(ProveVerdict verdict, string message, string claim, List<DerivationStep> steps) =>
        Done(verdict, message, claim, steps, false, null, null);

    private static ProveOutcome Done(ProveVerdict verdict, string message, string claim, List<DerivationStep> steps, bool proved, Dictionary<string, int>? dims, Dictionary<string, RationalMatrix>? matrices) =>
        new(verdict, message, new Derivation("Identity " + claim, claim, claim, ProofScope.AllDimensions, proved, steps), dims, matrices);
}
