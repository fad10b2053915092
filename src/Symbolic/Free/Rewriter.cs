using DeepLinear.Symbolic.Derivations;

namespace DeepLinear.Symbolic.Free;

/// <summary>
/// Rewrites a canonical form with rules <c>ℓ → r</c> until no rule applies or the step budget is exhausted, recording
/// every application (which rule, which term) as a derivation step. A rule applies to a subword of a term's word, to
/// the transposed subword (<c>ℓᵀ → rᵀ</c>), and inside a trace factor up to rotation and transposition
/// (<c>tr(ℓM) → tr(rM)</c>). Every application replaces a subexpression by an equal one under the assumption
/// <c>ℓ = r</c>, so a form that rewrites to 0 is 0 whenever the assumptions hold.
/// </summary>
public static class Rewriter
{
    /// <summary>The rewritten form, the steps taken, and whether a fixed point was reached within the budget.</summary>
    /// <param name="form">The form to rewrite.</param>
    /// <param name="rules">The rules, tried in order (the first applicable rule fires, then the search restarts).</param>
    /// <param name="budget">The most rule applications, ≥ 0; when exhausted <c>Finished</c> is false.</param>
    /// <param name="shapes">The symbol shapes, used for the size of <c>tr(I)</c> when a rule produces it inside a trace (default: every symbol n×n).</param>
    /// <param name="transposedToo">Whether each rule also applies transposed (<c>ℓᵀ → rᵀ</c>); false for a rule set already closed under transposition, such as a completed one, whose transposed rules could point the other way and loop.</param>
    public static (CanonicalForm Result, IReadOnlyList<DerivationStep> Steps, bool Finished) Normalize(CanonicalForm form, IReadOnlyList<RewriteRule> rules, int budget = 500, ShapeEnvironment? shapes = null, bool transposedToo = true)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        var env = shapes ?? new ShapeEnvironment();
        var steps = new List<DerivationStep>();
        var current = form;
        for (int n = 0; n < budget; n++)
        {
            bool applied = false;
            foreach (var rule in rules)
            {
                foreach (var transposed in transposedToo ? new[] { false, true } : new[] { false })
                {
                    var left = transposed ? Letter.TransposeWord(rule.Left) : rule.Left.ToArray();
                    var right = transposed ? rule.Right.Transpose() : rule.Right;
                    if (TryApply(current, left, right, env, out var next, out string where))
                    {
                        steps.Add(new DerivationStep(
                            "rewrite: " + rule.Name + (transposed ? " (transposed)" : string.Empty),
                            $"replace {Letter.WordText(left)} by {right} in {where}",
                            next.ToLatex(),
                            next.ToString()));
                        current = next.Normalize(env);
                        applied = true;
                        break;
                    }
                }

                if (applied)
                {
                    break;
                }
            }

            if (!applied)
            {
                return (current, steps, true);
            }
        }

        return (current, steps, false);
    }

    private static bool TryApply(CanonicalForm form, IReadOnlyList<Letter> left, CanonicalForm right, ShapeEnvironment env, out CanonicalForm result, out string where)
    {
        var terms = form.Terms;
        for (int k = 0; k < terms.Count; k++)
        {
            var t = terms[k];
            int at = Find(t.Word, left);
            if (at >= 0)
            {
                var prefix = CanonicalForm.FromTerms([new FreeTerm(t.Coefficient, t.Scalars, t.Word.Take(at).ToArray())]);
                var suffix = CanonicalForm.FromTerms([new FreeTerm(Scalars.Rational.One, [], t.Word.Skip(at + left.Count).ToArray())]);
                result = CanonicalForm.FromTerms(terms.Where((_, i) => i != k)) + (prefix * right * suffix);
                where = $"term {k + 1}";
                return true;
            }

            for (int s = 0; s < t.Scalars.Count; s++)
            {
                var f = t.Scalars[s];
                if (f.Kind != ScalarFactorKind.Trace)
                {
                    continue;
                }

                foreach (var candidate in new[] { f.Word.ToArray(), Letter.TransposeWord(f.Word) })
                {
                    for (int r = 0; r < candidate.Length; r++)
                    {
                        var rotated = candidate.Skip(r).Concat(candidate.Take(r)).ToArray();
                        if (rotated.Length >= left.Count && Find(rotated, left) == 0)
                        {
                            var rest = CanonicalForm.FromTerms([new FreeTerm(Scalars.Rational.One, [], rotated.Skip(left.Count).ToArray())]);
                            var others = CanonicalForm.FromTerms([new FreeTerm(t.Coefficient, t.Scalars.Where((_, i) => i != s).ToArray(), t.Word)]);
                            var first = env.ShapeOf(rotated[0].Name);
                            var traced = CanonicalForm.TraceOf(right * rest, rotated[0].Transposed ? first.Columns : first.Rows);
                            result = CanonicalForm.FromTerms(terms.Where((_, i) => i != k)) + (traced * others);
                            where = $"the trace tr({Letter.WordText(f.Word)}) of term {k + 1}";
                            return true;
                        }
                    }
                }
            }
        }

        result = form;
        where = string.Empty;
        return false;
    }

    private static int Find(IReadOnlyList<Letter> word, IReadOnlyList<Letter> pattern)
    {
        for (int i = 0; i + pattern.Count <= word.Count; i++)
        {
            bool match = true;
            for (int j = 0; j < pattern.Count && match; j++)
            {
                match = word[i + j] == pattern[j];
            }

            if (match)
            {
                return i;
            }
        }

        return -1;
    }
}
