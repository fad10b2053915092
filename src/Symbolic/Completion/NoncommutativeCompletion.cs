using System.Globalization;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Completion;

/// <summary>
/// Noncommutative Knuth–Bendix (Buchberger) completion of relations between matrix words: each relation <c>p = 0</c>
/// (a polynomial in matrix letters with rational coefficients) is oriented by <see cref="DegLexOrder"/> into a rule
/// <c>lead(p) → lead(p) − p/c</c>; the overlaps of left sides (<c>ℓ₁ = uv</c>, <c>ℓ₂ = vw</c>, the word <c>uvw</c>
/// rewritten both ways) give critical pairs, which are reduced and added as new rules until every critical pair reduces
/// to 0 or the <see cref="CompletionBudget"/> is hit. Left sides are kept irreducible by one another (a rule whose left
/// side contains a new left side is reduced again), so by Bergman's diamond lemma a run that ends with every overlap
/// resolved is confluent: every polynomial then has one normal form, and it is 0 exactly when the polynomial lies in
/// the two-sided ideal of the relations (Mora 1994; Bergman, "The diamond lemma for ring theory", 1978; the method of
/// NCAlgebra's NCGB).
/// <para>
/// The input is closed under transposition first (<c>p = 0 ⇒ pᵀ = 0</c>, normalized with the symmetric/skew letters of
/// the environment), so the completed rules are a system for the free algebra with transpose and need not be applied
/// transposed. Only relations without scalar factors (traces, scalar symbols, dimensions) and without inverse letters
/// are accepted (<see cref="Accepts"/>): the canonical form cancels inverses and splits 1×1 products by itself, and
/// those hidden rules would make a confluence claim wrong.
/// </para>
/// </summary>
public static class NoncommutativeCompletion
{
    /// <summary>True when <paramref name="relation"/> is a polynomial in matrix letters with rational coefficients only (no scalar factor, no inverse letter).</summary>
    public static bool Accepts(CanonicalForm relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return relation.Terms.All(t => t.Scalars.Count == 0 && t.Word.All(l => !l.Inverted));
    }

    /// <summary>Completes the relations <c>p = 0</c> into rewrite rules.</summary>
    /// <param name="relations">Named relations, each a form <c>lhs − rhs</c> accepted by <see cref="Accepts"/>.</param>
    /// <param name="env">The shapes and symmetric/skew properties (used to normalize transposes).</param>
    /// <param name="budget">The limits.</param>
    /// <exception cref="ArgumentException">If a relation is not accepted by <see cref="Accepts"/>.</exception>
    public static CompletionResult Complete(IReadOnlyList<(string Name, CanonicalForm Relation)> relations, ShapeEnvironment env, CompletionBudget budget)
    {
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(budget);
        var queue = new PriorityQueue<(Polynomial P, string Origin, bool Derived), (int Degree, int Order)>();
        int order = 0;
        foreach (var (name, relation) in relations)
        {
            if (!Accepts(relation))
            {
                throw new ArgumentException($"NoncommutativeCompletion: relation '{name}' is '{relation}'; it must be a polynomial in matrix letters without scalar factors or inverses.", nameof(relations));
            }

            foreach (var (form, origin) in new[] { (relation, name), (relation.Transpose().Normalize(env), name + " (transposed)") })
            {
                var p = Polynomial.From(form);
                if (!p.IsZero)
                {
                    queue.Enqueue((p, origin, false), (p.Leading.Length, order++));
                }
            }
        }

        var rules = new List<Rule>();
        int pairs = 0;
        int derived = 0;
        while (queue.TryDequeue(out var item, out _))
        {
            var (reduced, finished) = Reduce(item.P, rules, budget.MaxReductionSteps);
            if (!finished)
            {
                return Stop(CompletionStatus.BudgetExhausted, rules, $"a reduction took more than {budget.MaxReductionSteps} steps (budget: {budget})", pairs);
            }

            if (reduced.IsZero)
            {
                continue;
            }

            var lead = reduced.Leading;
            if (lead.Length == 0)
            {
                return Stop(CompletionStatus.Inconsistent, rules, "the relations imply I = 0, so no matrices of positive size satisfy them", pairs);
            }

            if (lead.Length > budget.MaxDegree)
            {
                return Stop(CompletionStatus.BudgetExhausted, rules, $"the completion needs a rule with left side {Letter.WordText(lead)} of degree {lead.Length}, above the degree bound {budget.MaxDegree} (budget: {budget}); the system may have no finite completion in this order", pairs);
            }

            string label = item.Derived ? "completion " + (++derived).ToString(CultureInfo.InvariantCulture) : item.Origin;
            var rule = new Rule(label, item.Derived ? label + " (" + item.Origin + ")" : item.Origin, lead, reduced.TailOfMonic());

            // Keep left sides mutually irreducible: a rule whose left side contains the new one goes back to the queue.
            for (int i = rules.Count - 1; i >= 0; i--)
            {
                if (Find(rules[i].Left, lead) >= 0)
                {
                    var back = rules[i].AsPolynomial();
                    queue.Enqueue((back, rules[i].Label, false), (back.Leading.Length, order++));
                    rules.RemoveAt(i);
                }
            }

            rules.Add(rule);
            if (rules.Count > budget.MaxRules)
            {
                return Stop(CompletionStatus.BudgetExhausted, rules, $"the system grew beyond {budget.MaxRules} rules (budget: {budget}); the system may have no finite completion in this order", pairs);
            }

            foreach (var other in rules)
            {
                foreach (var (first, second) in ReferenceEquals(other, rule) ? new[] { (rule, rule) } : new[] { (rule, other), (other, rule) })
                {
                    foreach (var s in Overlaps(first, second))
                    {
                        if (++pairs > budget.MaxCriticalPairs)
                        {
                            return Stop(CompletionStatus.BudgetExhausted, rules, $"more than {budget.MaxCriticalPairs} critical pairs (budget: {budget}); the system may have no finite completion in this order", pairs - 1);
                        }

                        if (!s.IsZero)
                        {
                            queue.Enqueue((s, "overlap of '" + first.Label + "' and '" + second.Label + "'", true), (s.Leading.Length, order++));
                        }
                    }
                }
            }
        }

        return Stop(CompletionStatus.Confluent, rules, $"every critical pair reduces to 0 ({pairs} examined): the system of {rules.Count} rule{(rules.Count == 1 ? string.Empty : "s")} is confluent", pairs);
    }

    /// <summary>The critical pairs of two rules: for each proper overlap <c>ℓ₁ = uv</c>, <c>ℓ₂ = vw</c> (v non-empty), the difference <c>r₁w − ur₂</c> of the two rewrites of <c>uvw</c>.</summary>
    private static IEnumerable<Polynomial> Overlaps(Rule first, Rule second)
    {
        var a = first.Left;
        var b = second.Left;
        for (int k = 1; k < Math.Min(a.Length, b.Length); k++)
        {
            bool match = true;
            for (int i = 0; i < k && match; i++)
            {
                match = a[a.Length - k + i] == b[i];
            }

            if (match)
            {
                var u = a[..(a.Length - k)];
                var w = b[k..];
                yield return first.Right.Times([], w).Minus(second.Right.Times(u, []));
            }
        }
    }

    private static (Polynomial Result, bool Finished) Reduce(Polynomial p, List<Rule> rules, int maxSteps)
    {
        var current = p;
        for (int step = 0; step < maxSteps; step++)
        {
            bool applied = false;
            foreach (var (word, coefficient) in current.Terms)
            {
                foreach (var rule in rules)
                {
                    int at = Find(word, rule.Left);
                    if (at >= 0)
                    {
                        var replaced = rule.Right.Times(word[..at], word[(at + rule.Left.Length)..]).Scale(coefficient);
                        current = current.WithoutTerm(word).Plus(replaced);
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
                return (current, true);
            }
        }

        return (current, false);
    }

    private static CompletionResult Stop(CompletionStatus status, List<Rule> rules, string reason, int pairs) =>
        new(status, rules.OrderBy(r => r.Left, Comparer<Letter[]>.Create(DegLexOrder.Compare)).Select(r => new RewriteRule(r.Name, r.Left, r.Right.ToForm())).ToArray(), reason, pairs);

    private static int Find(Letter[] word, Letter[] pattern)
    {
        for (int i = 0; i + pattern.Length <= word.Length; i++)
        {
            bool match = true;
            for (int j = 0; j < pattern.Length && match; j++)
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

    /// <summary>A rule <c>Left → Right</c>; <c>Label</c> is short (the relation, or <c>completion k</c>), <c>Name</c> adds where a derived rule came from.</summary>
    private sealed record Rule(string Label, string Name, Letter[] Left, Polynomial Right)
    {
        public Polynomial AsPolynomial() => Polynomial.Monomial(Left, Rational.One).Minus(Right);
    }

    /// <summary>A polynomial in matrix words over ℚ, terms in descending deglex order (the first is the leading term).</summary>
    private sealed class Polynomial
    {
        private static readonly Comparer<Letter[]> Descending = Comparer<Letter[]>.Create((x, y) => DegLexOrder.Compare(y, x));

        private readonly SortedDictionary<Letter[], Rational> _terms;

        private Polynomial(SortedDictionary<Letter[], Rational> terms) => _terms = terms;

        public bool IsZero => _terms.Count == 0;

        public Letter[] Leading => _terms.Keys.First();

        public IEnumerable<KeyValuePair<Letter[], Rational>> Terms => _terms;

        public static Polynomial From(CanonicalForm form)
        {
            var terms = new SortedDictionary<Letter[], Rational>(Descending);
            foreach (var t in form.Terms)
            {
                Add(terms, t.Word.ToArray(), t.Coefficient);
            }

            return new Polynomial(terms);
        }

        public static Polynomial Monomial(Letter[] word, Rational coefficient)
        {
            var terms = new SortedDictionary<Letter[], Rational>(Descending);
            Add(terms, word, coefficient);
            return new Polynomial(terms);
        }

        /// <summary>For a non-zero polynomial <c>c·lead + rest</c>: <c>−rest/c</c>, the right side of its rule.</summary>
        public Polynomial TailOfMonic()
        {
            var lead = _terms.First();
            var terms = new SortedDictionary<Letter[], Rational>(Descending);
            foreach (var (word, coefficient) in _terms.Skip(1))
            {
                terms[word] = -coefficient / lead.Value;
            }

            return new Polynomial(terms);
        }

        public Polynomial Times(Letter[] left, Letter[] right)
        {
            var terms = new SortedDictionary<Letter[], Rational>(Descending);
            foreach (var (word, coefficient) in _terms)
            {
                Add(terms, [.. left, .. word, .. right], coefficient);
            }

            return new Polynomial(terms);
        }

        public Polynomial Scale(Rational factor)
        {
            var terms = new SortedDictionary<Letter[], Rational>(Descending);
            foreach (var (word, coefficient) in _terms)
            {
                Add(terms, word, coefficient * factor);
            }

            return new Polynomial(terms);
        }

        public Polynomial Plus(Polynomial other)
        {
            var terms = new SortedDictionary<Letter[], Rational>(_terms, Descending);
            foreach (var (word, coefficient) in other._terms)
            {
                Add(terms, word, coefficient);
            }

            return new Polynomial(terms);
        }

        public Polynomial Minus(Polynomial other) => Plus(other.Scale(Rational.MinusOne));

        public Polynomial WithoutTerm(Letter[] word)
        {
            var terms = new SortedDictionary<Letter[], Rational>(_terms, Descending);
            terms.Remove(word);
            return new Polynomial(terms);
        }

        public CanonicalForm ToForm() => CanonicalForm.FromTerms(_terms.Select(t => new FreeTerm(t.Value, [], t.Key)));

        private static void Add(SortedDictionary<Letter[], Rational> terms, Letter[] word, Rational coefficient)
        {
            var sum = terms.TryGetValue(word, out var existing) ? existing + coefficient : coefficient;
            if (sum.IsZero)
            {
                terms.Remove(word);
            }
            else
            {
                terms[word] = sum;
            }
        }
    }
}
