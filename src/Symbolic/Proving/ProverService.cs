using System.Globalization;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// Proves or refutes identities of the dimension-free matrix language: the library side of
/// <c>dlv prove "&lt;identity&gt;" [--assume "&lt;lhs&gt; == &lt;rhs&gt;"]… [--shape NAME=RxC]… [--json]</c>.
/// <list type="bullet">
/// <item><b>proved</b>: the canonical form of <c>lhs − rhs</c> is zero (the identity holds for all dimensions and all
/// values of the symbols), or it rewrites to zero with the assumptions used as rules <c>ℓ → r</c> (it holds whenever the
/// assumptions do).</item>
/// <item><b>refuted</b>: exact rational matrices of small sizes (1–3 for every dimension name) consistent with the shapes,
/// satisfying every assumption exactly, at which the expression trees of the two sides evaluate differently; the
/// evaluation is independent of the canonical form.</item>
/// <item><b>unknown</b>: neither (for example a non-zero difference under assumptions with no witness found).</item>
/// <item><b>shape-error</b> / <b>parse-error</b>: the message names the offending sub-expression, or the position and
/// what was expected.</item>
/// </list>
/// Without shape declarations every symbol is square of one symbolic size n. Deterministic for a given seed.
/// </summary>
public static class ProverService
{
    /// <summary>The number of candidate witnesses tried before reporting unknown.</summary>
    public const int WitnessAttempts = 300;

    /// <summary>The largest number of rewrite steps an inconclusive rewriting run lists in the derivation (a proof lists all).</summary>
    public const int RecordedFailedRewrites = 10;

    /// <summary>The most rule applications tried before the rewriting is abandoned (reported as a step; the verdict is then decided by the witness search).</summary>
    public const int RewriteBudget = 200;

    /// <summary>Proves, refutes, or reports unknown / shape error / parse error for <paramref name="identity"/>.</summary>
    /// <param name="identity">The identity <c>lhs == rhs</c> in the language of <see cref="FreeParser"/>.</param>
    /// <param name="assumptions">Relations <c>ℓ == r</c>; each is used as a rewrite rule <c>ℓ → r</c> (or <c>r → ℓ</c> if only r is a single word), and every witness must satisfy all of them.</param>
    /// <param name="shapes">Declarations <c>NAME=RxC</c> (R, C positive integers or dimension names) or <c>NAME=scalar</c>.</param>
    /// <param name="seed">The seed of the witness search.</param>
    public static ProveOutcome Prove(string identity, IReadOnlyList<string> assumptions, IReadOnlyList<string> shapes, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(assumptions);
        ArgumentNullException.ThrowIfNull(shapes);
        var steps = new List<DerivationStep>();
        FreeExpr left, right;
        ShapeEnvironment env;
        var relations = new List<Relation>();
        string current = identity;
        try
        {
            (left, right) = FreeParser.ParseIdentity(identity);
            foreach (var a in assumptions)
            {
                current = a;
                var (l, r) = FreeParser.ParseIdentity(a);
                relations.Add(new Relation(l, r, a));
            }

            env = ShapeEnvironment.Parse(shapes);
        }
        catch (ParseException e)
        {
            string what = ReferenceEquals(current, identity) ? "identity" : "assumption '" + current + "'";
            return Finish(ProveVerdict.ParseError, $"in the {what}: {e.Message}", identity, steps);
        }
        catch (FormatException e)
        {
            return Finish(ProveVerdict.ParseError, e.Message, identity, steps);
        }

        string claim = left + " == " + right;
        string latex = FreeLatex.Of(left) + " = " + FreeLatex.Of(right);
        try
        {
            CheckSides(left, right, env, "identity");
            foreach (var rel in relations)
            {
                CheckSides(rel.Left, rel.Right, env, "assumption '" + rel.Text + "'");
            }
        }
        catch (ShapeException e)
        {
            return Finish(ProveVerdict.ShapeError, e.Message, claim, steps, claimLatex: latex);
        }

        try
        {
            return Decide(left, right, relations, env, seed, claim, latex, steps);
        }
        catch (ExpansionLimitException e)
        {
            return Finish(ProveVerdict.Unknown, e.Message, claim, steps, claimLatex: latex);
        }
        catch (ShapeException e)
        {
            return Finish(ProveVerdict.ShapeError, e.Message, claim, steps, claimLatex: latex);
        }
    }

    private static ProveOutcome Decide(FreeExpr left, FreeExpr right, List<Relation> relations, ShapeEnvironment env, int seed, string claim, string latex, List<DerivationStep> steps)
    {
        var cl = CanonicalForm.Of(left, env);
        var cr = CanonicalForm.Of(right, env);
        steps.Add(new DerivationStep("canonical-form", "expand the left side, push transposes to symbols ((AB)ᵀ = BᵀAᵀ), normalize traces under rotation and transposition", cl.ToLatex(), cl.ToString()));
        steps.Add(new DerivationStep("canonical-form", "the same for the right side", cr.ToLatex(), cr.ToString()));
        var difference = cl - cr;
        steps.Add(new DerivationStep("difference", "left − right in canonical form", difference.ToLatex(), difference.ToString()));
        if (difference.IsZero)
        {
            return Finish(ProveVerdict.Proved, "the canonical forms of both sides coincide: the identity holds for all dimensions", claim, steps, claimLatex: latex);
        }

        var rules = new List<RewriteRule>();
        foreach (var rel in relations)
        {
            var rl = CanonicalForm.Of(rel.Left, env);
            var rr = CanonicalForm.Of(rel.Right, env);
            if (IsWord(rl))
            {
                rules.Add(RewriteRule.FromRelation(rel.Text, rl, rr));
            }
            else if (IsWord(rr))
            {
                rules.Add(RewriteRule.FromRelation(rel.Text + " (right to left)", rr, rl));
            }
            else
            {
                steps.Add(new DerivationStep("assumption", $"'{rel.Text}' is not used for rewriting: neither side is a single word with coefficient 1; witnesses must still satisfy it", string.Empty, string.Empty));
            }
        }

        if (rules.Count > 0)
        {
            var (rewritten, rewriteSteps, finished) = Rewriter.Normalize(difference, rules, RewriteBudget, env);
            if (rewritten.IsZero)
            {
                steps.AddRange(rewriteSteps);
                return Finish(ProveVerdict.Proved, $"the difference rewrites to 0 with the assumptions ({rewriteSteps.Count} rule applications): the identity holds for all dimensions whenever the assumptions do", claim, steps, claimLatex: latex);
            }

            // Not a proof: keep the first applications and summarize the rest, so a looping rule does not flood the report.
            steps.AddRange(rewriteSteps.Take(RecordedFailedRewrites));
            if (rewriteSteps.Count > RecordedFailedRewrites)
            {
                steps.Add(new DerivationStep("rewrite: omitted", string.Create(CultureInfo.InvariantCulture, $"{rewriteSteps.Count - RecordedFailedRewrites} further rule applications not listed"), string.Empty, string.Empty));
            }

            steps.Add(finished
                ? new DerivationStep("rewrite: fixed point", "no rule applies any more; the difference is not 0", rewritten.ToLatex(), rewritten.ToString())
                : new DerivationStep("rewrite: budget exhausted", "the rewriting budget was exhausted before a fixed point", rewritten.ToLatex(), rewritten.ToString()));
        }

        var witness = SearchWitness(left, right, relations, env, seed);
        if (witness is not null)
        {
            if (relations.Count > 0)
            {
                steps.Add(new DerivationStep("witness: assumptions", "every assumption holds exactly at the witness", string.Empty, string.Join("; ", relations.Select(r => r.Text))));
            }

            steps.Add(new DerivationStep("witness", "evaluated both sides exactly at the witness; they differ", string.Empty, $"left = {witness.LeftValue}, right = {witness.RightValue}"));
            return Finish(
                ProveVerdict.Refuted,
                "the two sides differ at an exact witness" + (relations.Count > 0 ? " that satisfies every assumption" : string.Empty),
                claim,
                steps,
                witness,
                latex);
        }

        return Finish(ProveVerdict.Unknown, relations.Count > 0
            ? "no rewriting proof with the assumptions and no witness satisfying them was found"
            : "the canonical difference is non-zero but no witness was found", claim, steps, claimLatex: latex);
    }

    private static bool IsWord(CanonicalForm f) =>
        f.Terms.Count == 1 && f.Terms[0].Coefficient.IsOne && f.Terms[0].Scalars.Count == 0 && f.Terms[0].Word.Count > 0;

    private static void CheckSides(FreeExpr left, FreeExpr right, ShapeEnvironment env, string what)
    {
        var ls = ShapeChecker.Infer(left, env);
        var rs = ShapeChecker.Infer(right, env);
        static bool NonSquareMatrix(FreeShape s) => !s.IsScalar && !s.IsFlexible && s.Rows != s.Columns;
        bool mismatch = (!ls.IsFlexible && !rs.IsFlexible && (ls.IsScalar != rs.IsScalar || ls.Rows != rs.Rows || ls.Columns != rs.Columns))
            || (ls.IsFlexible && NonSquareMatrix(rs)) || (rs.IsFlexible && NonSquareMatrix(ls));
        if (mismatch)
        {
            throw new ShapeException(left + " == " + right, $"in the {what} the left side '{left}' is {ls} but the right side '{right}' is {rs}");
        }
    }

    private sealed record Relation(FreeExpr Left, FreeExpr Right, string Text);

    private sealed record Found(Dictionary<string, int> Dimensions, Dictionary<string, RationalMatrix> Matrices, Dictionary<string, Rational> Scalars, string LeftValue, string RightValue);

    // Implementation note: candidates come in families. Without assumptions: random integer matrices in [−3, 3], every
    // dimension 1, 2, 3 in the first three attempts, then random sizes. With assumptions, the families rotate through
    // random matrices, signed partial permutations times a common integer (WᵀW and WWᵀ are then multiples of partial
    // identities, which satisfies balancedness-type relations), zero matrices, and "SVD" matrices U·Σ·Vᵀ with a common
    // integer diagonal Σ and rational orthogonal U, V drawn from a pool of two per size (so WᵀW and the next layer's
    // W'W'ᵀ coincide when the shared side draws the same U, while W itself is not normal); only candidates that satisfy
    // every assumption exactly are evaluated.
    private static Found? SearchWitness(FreeExpr left, FreeExpr right, List<Relation> relations, ShapeEnvironment env, int seed)
    {
        var symbols = new SortedSet<string>(StringComparer.Ordinal);
        Collect(left, symbols);
        Collect(right, symbols);
        foreach (var rel in relations)
        {
            Collect(rel.Left, symbols);
            Collect(rel.Right, symbols);
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

        if (env.DefaultIdentitySize is { } defaultSize)
        {
            dimensionNames.Add(defaultSize);
        }

        var random = new Random(seed);
        for (int attempt = 0; attempt < WitnessAttempts; attempt++)
        {
            var dims = dimensionNames.ToDictionary(d => d, d => attempt < 3 ? attempt + 1 : 1 + random.Next(3), StringComparer.Ordinal);
            int Size(string d) => char.IsAsciiDigit(d[0]) ? int.Parse(d, CultureInfo.InvariantCulture) : dims[d];
            int family = relations.Count == 0 ? 0 : attempt % 4;
            int common = 1 + random.Next(3);
            var sigma = Enumerable.Range(1, 3).OrderBy(_ => random.Next()).ToArray();
            var pools = new Dictionary<int, RationalMatrix[]>();
            RationalMatrix Orthogonal(int size)
            {
                if (!pools.TryGetValue(size, out var pool))
                {
                    pool = [RationalOrthogonal(size, random), RationalOrthogonal(size, random)];
                    pools[size] = pool;
                }

                return pool[random.Next(2)];
            }
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
                    1 => SignedPermutation(r, c, common, random),
                    2 => RationalMatrix.Build(r, c, (_, _) => Rational.Zero),
                    3 => Orthogonal(r) * RationalMatrix.Build(r, c, (i, j) => i == j ? sigma[i] : 0) * Orthogonal(c).Transpose(),
                    _ => RationalMatrix.Build(r, c, (_, _) => random.Next(-3, 4)),
                };
            }

            int? identitySize = env.DefaultIdentitySize is { } n ? dims[n] : null;
            FreeValue Eval(FreeExpr e) => FreeEvaluator.Evaluate(e, matrices, scalars, identitySize);
            if (!relations.All(rel => Eval(rel.Left).SameAs(Eval(rel.Right))))
            {
                continue;
            }

            var lv = Eval(left);
            var rv = Eval(right);
            if (!lv.SameAs(rv))
            {
                return new Found(dims, matrices, scalars, lv.ToString(), rv.ToString());
            }
        }

        return null;
    }

    // A rational orthogonal matrix: a signed permutation times a Givens rotation by the Pythagorean angle (3/5, 4/5).
    private static RationalMatrix RationalOrthogonal(int size, Random random)
    {
        var q = SignedPermutation(size, size, 1, random);
        if (size < 2)
        {
            return q;
        }

        int a = random.Next(size);
        int b = (a + 1 + random.Next(size - 1)) % size;
        var c = new Rational(3, 5);
        var s = new Rational(random.Next(2) == 0 ? 4 : -4, 5);
        var rotation = RationalMatrix.Build(size, size, (i, j) =>
            i == a && j == a ? c : i == b && j == b ? c : i == a && j == b ? -s : i == b && j == a ? s : i == j ? Rational.One : Rational.Zero);
        return q * rotation;
    }

    private static RationalMatrix SignedPermutation(int rows, int columns, int scale, Random random)
    {
        var order = Enumerable.Range(0, columns).OrderBy(_ => random.Next()).ToArray();
        var signs = Enumerable.Range(0, rows).Select(_ => random.Next(2) == 0 ? scale : -scale).ToArray();
        return RationalMatrix.Build(rows, columns, (i, j) => i < columns && order[i] == j ? (Rational)signs[i] : Rational.Zero);
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

    private static ProveOutcome Finish(ProveVerdict verdict, string message, string claim, List<DerivationStep> steps, Found? witness = null, string? claimLatex = null) =>
        new(
            verdict,
            message,
            new Derivation("Identity " + claim, claimLatex ?? claim, claim, ProofScope.AllDimensions, verdict == ProveVerdict.Proved, steps),
            witness?.Matrices,
            witness?.Dimensions,
            witness?.Scalars);
}
