using System.Globalization;
using DeepLinear.Symbolic.Completion;
using DeepLinear.Symbolic.Derivations;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Latex;
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

    /// <summary>
    /// The public entry point for callers that hold an identity as text (the claim-file <c>identity:</c> form, batch
    /// files): proves, refutes, or reports unknown / shape error / parse error. Never throws for any input text; the
    /// outcome's <see cref="ProveOutcome.Verdict"/> and <see cref="ProveOutcome.Message"/> say what was found.
    /// </summary>
    /// <param name="identity">The identity <c>lhs == rhs</c> in the language of <see cref="FreeParser"/>.</param>
    /// <param name="assumptions">Relations <c>ℓ == r</c>: properties (symmetric, skew, orthogonal, idempotent, involution, nilpotent, commuting) are recognized; others are used as rewrite rules; every witness satisfies all of them.</param>
    /// <param name="shapes">Declarations <c>NAME=RxC</c> (R, C positive integers or dimension names) or <c>NAME=scalar</c>.</param>
    /// <param name="options">The seed and other options.</param>
    public static ProveOutcome Prove(string identity, IReadOnlyList<string> assumptions, IReadOnlyList<string> shapes, ProveOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(assumptions);
        if (options.Latex)
        {
            string current = identity;
            try
            {
                string plain = LatexIdentityReader.Translate(identity);
                var translated = new List<string>();
                foreach (var a in assumptions)
                {
                    current = a;
                    translated.Add(LatexIdentityReader.Translate(a));
                }

                var declared = shapes.Select(d => d.Split('=')[0].Trim()).ToHashSet(StringComparer.Ordinal);
                var greekScalars = assumptions.Prepend(identity).SelectMany(LatexIdentityReader.GreekScalarNames)
                    .Where(name => !declared.Contains(name)).Distinct().Select(name => name + "=scalar");
                shapes = [.. shapes, .. greekScalars];
                (identity, assumptions) = (plain, translated);
            }
            catch (ParseException e)
            {
                string what = ReferenceEquals(current, identity) ? "LaTeX identity" : "LaTeX assumption '" + current + "'";
                return Finish(ProveVerdict.ParseError, $"in the {what}: {e.Message}", identity, []);
            }
        }

        return Prove(identity, assumptions, shapes, options.Seed);
    }

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
            var outcome = Decide(left, right, relations, env, seed, claim, latex, steps);
            return outcome.Verdict == ProveVerdict.Unknown && HasAnyInverse(left, right, relations)
                ? ProveWithInverseLetters(left, right, relations, env, seed, claim, latex) ?? outcome
                : outcome;
        }
        catch (ExpansionLimitException e)
        {
            return RefuteOrUnknown(left, right, relations, env, seed, claim, latex, steps, e.Message);
        }
        catch (ShapeException e)
        {
            return Finish(ProveVerdict.ShapeError, e.Message, claim, steps, claimLatex: latex);
        }
        catch (FreeUnsupportedException e)
        {
            return ProveWithInverseLetters(left, right, relations, env, seed, claim, latex)
                ?? RefuteOrUnknown(left, right, relations, env, seed, claim, latex, steps, e.Message);
        }
    }

    private static bool HasAnyInverse(FreeExpr left, FreeExpr right, List<Relation> relations) =>
        InverseAbstraction.HasInverse(left) || InverseAbstraction.HasInverse(right) || relations.Any(r => InverseAbstraction.HasInverse(r.Left) || InverseAbstraction.HasInverse(r.Right));

    // Identities with inverses the canonical form cannot cancel (the inverse of a sum; an inverse next to an assumption):
    // every inverse becomes a letter Z with Z·S = S·Z = I (InverseAbstraction), and the abstracted identity is decided by
    // rewriting with the completed relations. Only a proof is taken from it (returns null otherwise); a refutation needs
    // an exact witness of the original expressions.
    private static ProveOutcome? ProveWithInverseLetters(FreeExpr left, FreeExpr right, List<Relation> relations, ShapeEnvironment env, int seed, string claim, string latex)
    {
        try
        {
            var (abstraction, replaced) = InverseAbstraction.Of([left, right, .. relations.SelectMany(r => new[] { r.Left, r.Right })], env);
            if (abstraction.Letters.Count == 0)
            {
                return null;
            }

            var abstracted = new List<Relation>();
            for (int i = 0; i < relations.Count; i++)
            {
                abstracted.Add(new Relation(replaced[2 + (2 * i)], replaced[3 + (2 * i)], relations[i].Text));
            }

            abstracted.AddRange(abstraction.Relations.Select(r => new Relation(r.Left, r.Right, r.Text)));
            var steps = new List<DerivationStep>
            {
                new("inverse letters", "every inverse becomes a new letter Z with Z·S = S·Z = I (inverses of products split first, (XY)⁻¹ = Y⁻¹X⁻¹); whatever follows from these relations holds wherever the identity's inverses exist", string.Empty, string.Join("; ", abstraction.Letters.Select(l => l.Name + " = inv(" + l.Operand + ")"))),
            };
            var outcome = Decide(replaced[0], replaced[1], abstracted, abstraction.Environment, seed, claim, latex, steps, searchWitness: false);
            if (outcome.Verdict != ProveVerdict.Proved)
            {
                return null;
            }

            // Not vacuous: relations Z·S = I for an S that is never invertible (0, a nilpotent letter) can make anything
            // rewrite to 0. A proof counts only when some exact instance meets every assumption with every inverse defined
            // (and there the two sides agree, as they must).
            var properties = relations.Select(r => SymbolProperty.Recognize(r.Left, r.Right, env)).OfType<SymbolProperty>().ToList();
            var instance = WitnessSearch.Find(left, right, relations.Select(r => (r.Left, r.Right)).ToList(), properties, env, seed, WitnessAttempts, anyInstance: true);
            if (instance is null || instance.Differ)
            {
                return null;
            }

            return outcome;
        }
        catch (Exception e) when (e is FreeUnsupportedException or ShapeException or ExpansionLimitException or ArgumentException)
        {
            return null;
        }
    }

    // A 1×1 word is a scalar in the canonical form (uᵀu is tr(uuᵀ)), so an assumption 'u'*u == 1' is not a word rule. When
    // an assumption's canonical left side is one scalar factor (coefficient 1, no matrix word) and its right side a
    // number c, every occurrence of that factor in the difference is replaced by c — an equality of scalars, so sound.
    // Returns null when no assumption has that form.
    private static (CanonicalForm Result, string Texts)? SubstituteScalarAssumptions(CanonicalForm difference, List<Relation> relations, ShapeEnvironment env)
    {
        var substitutions = new List<(ScalarFactor Factor, Rational Value, string Text)>();
        foreach (var rel in relations)
        {
            var l = CanonicalForm.Of(rel.Left, env);
            var r = CanonicalForm.Of(rel.Right, env);
            if (l.Terms is [{ Word.Count: 0, Scalars: [var factor] } only] && only.Coefficient == Rational.One
                && (r.IsZero || r.Terms is [{ Word.Count: 0, Scalars.Count: 0 }]))
            {
                substitutions.Add((factor, r.IsZero ? Rational.Zero : r.Terms[0].Coefficient, rel.Text));
            }
        }

        if (substitutions.Count == 0)
        {
            return null;
        }

        var terms = difference.Terms.Select(t =>
        {
            var coefficient = t.Coefficient;
            var kept = new List<ScalarFactor>();
            foreach (var f in t.Scalars)
            {
                var match = substitutions.FirstOrDefault(s => s.Factor.Key == f.Key);
                if (match.Text is null)
                {
                    kept.Add(f);
                }
                else
                {
                    coefficient *= match.Value;
                }
            }

            return new FreeTerm(coefficient, kept, t.Word);
        });
        return (CanonicalForm.FromTerms(terms), string.Join("; ", substitutions.Select(s => s.Text)));
    }

    // When the canonical form cannot decide (the inverse of a sum, an expansion past its limit), a false identity can
    // still be refuted: the witness search evaluates both sides exactly (an inverse of a singular value skips the draw),
    // with the recognized hypotheses met by construction and every assumption re-checked exactly at the witness.
    private static ProveOutcome RefuteOrUnknown(FreeExpr left, FreeExpr right, List<Relation> relations, ShapeEnvironment env, int seed, string claim, string latex, List<DerivationStep> steps, string undecided)
    {
        var properties = new List<SymbolProperty>();
        foreach (var rel in relations)
        {
            if (SymbolProperty.Recognize(rel.Left, rel.Right, env) is { } property)
            {
                properties.Add(property);
            }
        }

        steps.Add(new DerivationStep("undecided", undecided + "; the two sides are compared at exact witnesses instead", string.Empty, string.Empty));
        WitnessSearch.Found? witness;
        try
        {
            witness = WitnessSearch.Find(left, right, relations.Select(r => (r.Left, r.Right)).ToList(), properties, env, seed, WitnessAttempts);
        }
        catch (Exception e) when (e is ExpansionLimitException or FreeUnsupportedException or ArithmeticException or OverflowException)
        {
            witness = null;
        }

        if (witness is null)
        {
            return Finish(ProveVerdict.Unknown, undecided + "; and no witness was found", claim, steps, claimLatex: latex);
        }

        if (relations.Count > 0)
        {
            steps.Add(new DerivationStep("witness: assumptions", "every assumption holds exactly at the witness", string.Empty, string.Join("; ", relations.Select(r => r.Text))));
        }

        steps.Add(new DerivationStep("witness", "evaluated both sides exactly at the witness; they differ", string.Empty, $"left = {witness.LeftValue}, right = {witness.RightValue}"));
        return Finish(ProveVerdict.Refuted, "the two sides differ at an exact witness" + (relations.Count > 0 ? " that satisfies every assumption" : string.Empty), claim, steps, witness, latex);
    }

    private static ProveOutcome Decide(FreeExpr left, FreeExpr right, List<Relation> relations, ShapeEnvironment env, int seed, string claim, string latex, List<DerivationStep> steps, bool searchWitness = true)
    {
        if (left.Equals(right))
        {
            steps.Add(new DerivationStep("syntactic", "the two sides are the same expression (checked before any expansion)", string.Empty, left.ToString()));
            return Finish(ProveVerdict.Proved, "the two sides are syntactically identical", claim, steps, claimLatex: latex);
        }

        // Properties: symmetric and skew letters are normalized in the canonical form; the other recognized properties
        // and every other relation become rewrite rules.
        var properties = new List<SymbolProperty>();
        var plain = env;
        var normalizing = env;
        foreach (var rel in relations)
        {
            var property = SymbolProperty.Recognize(rel.Left, rel.Right, plain);
            rel.Property = property;
            if (property is not null)
            {
                properties.Add(property);
                steps.Add(new DerivationStep("hypothesis", $"'{rel.Text}' states that {property}" + (property.Kind is PropertyKind.Symmetric or PropertyKind.Skew ? "; normalized in the canonical form" : "; used as a rewrite rule, and witnesses are drawn to satisfy it"), string.Empty, string.Empty));
                if (property.Kind is PropertyKind.Symmetric or PropertyKind.Skew)
                {
                    normalizing = normalizing.DeclareTransposeProperty(property.Symbol, property.Kind == PropertyKind.Symmetric ? 1 : -1);
                }
            }
        }

        env = normalizing;
        var cl = CanonicalForm.Of(left, env);
        var cr = CanonicalForm.Of(right, env);
        steps.Add(new DerivationStep("canonical-form", "expand the left side, push transposes to symbols ((AB)ᵀ = BᵀAᵀ), normalize traces under rotation and transposition", cl.ToLatex(), cl.ToString()));
        steps.Add(new DerivationStep("canonical-form", "the same for the right side", cr.ToLatex(), cr.ToString()));
        var difference = cl - cr;
        steps.Add(new DerivationStep("difference", "left − right in canonical form", difference.ToLatex(), difference.ToString()));
        if (difference.IsZero)
        {
            return Finish(ProveVerdict.Proved, env.HasTransposeProperties
                ? "the canonical forms of both sides coincide with the symmetric/skew symbols normalized: the identity holds for all dimensions under the hypotheses"
                : "the canonical forms of both sides coincide: the identity holds for all dimensions", claim, steps, claimLatex: latex);
        }

        if (SubstituteScalarAssumptions(difference, relations, env) is { Result.IsZero: true } substituted)
        {
            steps.Add(new DerivationStep("substitute", "replace the scalar of each assumption by its value (" + substituted.Texts + ")", substituted.Result.ToLatex(), substituted.Result.ToString()));
            return Finish(ProveVerdict.Proved, "the difference is 0 once the scalar assumptions are substituted: the identity holds for all dimensions whenever the assumptions do", claim, steps, claimLatex: latex);
        }

        string? completionNote = null;
        var ruleRelations = relations.Where(r => r.Property is null || r.Property.Kind is not (PropertyKind.Symmetric or PropertyKind.Skew)).ToList();
        var polynomials = ruleRelations.Select(r => (r.Text, CanonicalForm.Of(r.Left, env) - CanonicalForm.Of(r.Right, env))).ToList();
        if (ruleRelations.Count > 0 && !env.HasUnitDimension && polynomials.All(p => NoncommutativeCompletion.Accepts(p.Item2)) && !HasInverse(difference))
        {
            var (proof, note) = RewriteWithCompletion(difference, polynomials, env, claim, latex, steps);
            if (proof is not null)
            {
                return proof;
            }

            completionNote = note;
        }
        else
        {
            var rules = new List<RewriteRule>();
            foreach (var rel in relations.Where(r => r.Property is null || r.Property.Kind is not (PropertyKind.Symmetric or PropertyKind.Skew)))
            {
                var rl = CanonicalForm.Of(rel.Left, env);
                var rr = CanonicalForm.Of(rel.Right, env);
                if (rel.Property is { Kind: PropertyKind.Commuting } c)
                {
                    // Order letters by name: Other·Symbol → Symbol·Other terminates.
                    (rl, rr) = (CanonicalForm.Of(new FreeProduct([new FreeSymbol(c.Other!), new FreeSymbol(c.Symbol)]), env), CanonicalForm.Of(new FreeProduct([new FreeSymbol(c.Symbol), new FreeSymbol(c.Other!)]), env));
                }
                else if (!IsWord(rl) && IsWord(rr))
                {
                    (rl, rr) = (rr, rl);
                }

                if (IsWord(rl))
                {
                    rules.Add(RewriteRule.FromRelation(rel.Text, rl, rr));
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
                    steps.Add(new DerivationStep("rewrite: omitted", $"{rewriteSteps.Count - RecordedFailedRewrites} further rule applications are not listed", string.Empty, string.Empty));
                }

                steps.Add(finished
                    ? new DerivationStep("rewrite: fixed point", "no rule applies any more; the difference is not 0", rewritten.ToLatex(), rewritten.ToString())
                    : new DerivationStep("rewrite: budget exhausted", "the rewriting budget was exhausted before a fixed point", rewritten.ToLatex(), rewritten.ToString()));
            }
        }

        if (relations.All(r => r.Property?.Kind is PropertyKind.Symmetric or PropertyKind.Skew))
        {
            var symbols = new SortedSet<string>(StringComparer.Ordinal);
            FreeSymbolNames.Collect(left, symbols);
            FreeSymbolNames.Collect(right, symbols);
            if (FixedSizeProver.EntrywiseEqual(left, right, env, symbols) == true)
            {
                steps.Add(new DerivationStep("entrywise", "every symbol has integer dimensions: each entry is an independent variable (symmetric/skew entries tied), and both sides are expanded entry by entry as polynomials over ℚ; all entries agree", string.Empty, string.Join(", ", symbols.Select(x => x + " = " + env.ShapeOf(x)))));
                return Finish(ProveVerdict.Proved, "proved entry-wise for the given sizes (not for all dimensions: the canonical forms differ, so the identity depends on the sizes)", claim, steps, claimLatex: latex, scope: ProofScope.EntrywiseGivenDimensions);
            }
        }

        var witness = searchWitness ? WitnessSearch.Find(left, right, relations.Select(r => (r.Left, r.Right)).ToList(), properties, plain, seed, WitnessAttempts) : null;
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

        string reason = relations.Count == 0
            ? "the canonical difference is non-zero but no witness was found"
            : "no rewriting proof with the assumptions and no witness satisfying them was found";
        if (completionNote is not null)
        {
            reason += "; " + completionNote;
        }

        if (properties.Any(p => p.Kind is PropertyKind.OrthonormalColumns or PropertyKind.OrthonormalRows))
        {
            reason += "; note that a one-sided inverse (QᵀQ = I) gives QQᵀ = I only for square matrices of finite size, which rewriting does not use, so identities true only in finite dimensions stay unknown";
        }

        return Finish(ProveVerdict.Unknown, reason, claim, steps, claimLatex: latex);
    }

    /// <summary>
    /// Completes the assumption polynomials (Knuth–Bendix, <see cref="NoncommutativeCompletion"/>) and rewrites the
    /// difference with the completed rules. Returns a proof when it rewrites to 0 (sound whether or not the completion
    /// finished: every completed rule is a consequence of the assumptions); otherwise a note for the unknown verdict.
    /// </summary>
    private static (ProveOutcome? Proof, string? Note) RewriteWithCompletion(CanonicalForm difference, List<(string Text, CanonicalForm Polynomial)> polynomials, ShapeEnvironment env, string claim, string latex, List<DerivationStep> steps)
    {
        var completion = NoncommutativeCompletion.Complete(polynomials, env, CompletionBudget.Default);
        steps.Add(new DerivationStep(
            "completion: " + completion.Status switch { CompletionStatus.Confluent => "confluent", CompletionStatus.Inconsistent => "inconsistent", _ => "budget exhausted" },
            "Knuth–Bendix completion of the assumptions and their transposes, oriented by degree-lexicographic order: " + completion.Reason,
            string.Empty,
            string.Join("; ", completion.Rules.Select(r => Letter.WordText(r.Left) + " -> " + r.Right + " [" + r.Name + "]"))));
        if (completion.Status == CompletionStatus.Inconsistent)
        {
            return (null, "the assumptions imply I = 0, so no matrices of positive size satisfy them");
        }

        var (rewritten, rewriteSteps, finished) = Rewriter.Normalize(difference, completion.Rules, RewriteBudget, env, transposedToo: false);
        if (rewritten.IsZero)
        {
            steps.AddRange(rewriteSteps);
            return (Finish(ProveVerdict.Proved, $"the difference rewrites to 0 with the completed assumptions ({completion.Rules.Count} rule{(completion.Rules.Count == 1 ? string.Empty : "s")}, {rewriteSteps.Count} rule application{(rewriteSteps.Count == 1 ? string.Empty : "s")}): the identity holds for all dimensions whenever the assumptions do", claim, steps, claimLatex: latex), null);
        }

        steps.AddRange(rewriteSteps.Take(RecordedFailedRewrites));
        if (rewriteSteps.Count > RecordedFailedRewrites)
        {
            steps.Add(new DerivationStep("rewrite: omitted", $"{rewriteSteps.Count - RecordedFailedRewrites} further rule applications are not listed", string.Empty, string.Empty));
        }

        steps.Add(finished
            ? new DerivationStep("rewrite: normal form", "no completed rule applies any more; the difference is not 0", rewritten.ToLatex(), rewritten.ToString())
            : new DerivationStep("rewrite: budget exhausted", "the rewriting budget was exhausted before a normal form", rewritten.ToLatex(), rewritten.ToString()));
        if (!completion.IsConfluent)
        {
            return (null, "the completion of the assumptions stopped before it was confluent (" + completion.Reason + "), so a non-zero rewritten difference decides nothing");
        }

        if (finished && rewritten.Terms.All(t => t.Scalars.All(f => f.Kind != ScalarFactorKind.Trace)))
        {
            return (null, "the completed assumptions are confluent and the difference has the non-zero normal form " + rewritten + ", so the identity does not follow from the assumptions by the algebra of matrices with transpose alone; it can still hold through facts of finite dimension or given sizes, which only a witness can rule out");
        }

        return (null, "the completed assumptions are confluent, but the difference did not reach a normal form that decides (traces are rewritten only up to rotation)");
    }

    private static bool HasInverse(CanonicalForm f) =>
        f.Terms.Any(t => t.Word.Any(l => l.Inverted) || t.Scalars.Any(s => s.Word.Any(l => l.Inverted)));

    private static bool IsWord(CanonicalForm f) =>
        f.Terms.Count == 1 && f.Terms[0].Coefficient.IsOne && f.Terms[0].Scalars.Count == 0 && f.Terms[0].Word.Count > 0;

    private static void CheckSides(FreeExpr left, FreeExpr right, ShapeEnvironment env, string what)
    {
        var ls = ShapeChecker.Infer(left, env);
        var rs = ShapeChecker.Infer(right, env);
        if (!ShapeChecker.Comparable(ls, rs))
        {
            throw new ShapeException(left + " == " + right, $"in the {what} the left side '{left}' is {ls} but the right side '{right}' is {rs}" + (ls.IsScalar != rs.IsScalar ? " (a scalar and a matrix are never equal, except a 1×1 matrix; write c*I for a multiple of the identity)" : string.Empty));
        }
    }

    private sealed class Relation(FreeExpr left, FreeExpr right, string text)
    {
        public FreeExpr Left { get; } = left;

        public FreeExpr Right { get; } = right;

        public string Text { get; } = text;

        public SymbolProperty? Property { get; set; }
    }

    private static ProveOutcome Finish(ProveVerdict verdict, string message, string claim, List<DerivationStep> steps, WitnessSearch.Found? witness = null, string? claimLatex = null, ProofScope scope = ProofScope.AllDimensions) =>
        new(
            verdict,
            message,
            new Derivation("Identity " + claim, claimLatex ?? claim, claim, scope, verdict == ProveVerdict.Proved, steps),
            witness?.Matrices,
            witness?.Dimensions,
            witness?.Scalars);
}
