namespace DeepLinear.Symbolic.Completion;

/// <summary>
/// The limits of a Knuth–Bendix completion run (<see cref="NoncommutativeCompletion"/>). A completion that has not
/// become confluent within them stops and says which limit it hit; its rules are then still sound (every rule is a
/// consequence of the relations) but not known to decide anything.
/// </summary>
/// <param name="MaxRules">The most rules the system may hold at once, ≥ 1.</param>
/// <param name="MaxDegree">The longest left side (word length) a rule may have: the degree bound, ≥ 1.</param>
/// <param name="MaxCriticalPairs">The most overlaps (critical pairs) examined, ≥ 0.</param>
/// <param name="MaxReductionSteps">The most single rewrites while reducing one polynomial, ≥ 1.</param>
public sealed record CompletionBudget(int MaxRules = 40, int MaxDegree = 12, int MaxCriticalPairs = 2000, int MaxReductionSteps = 20_000)
{
    /// <summary>The budget the prover uses: 40 rules, degree 12, 2000 critical pairs, 20 000 reduction steps per polynomial.</summary>
    public static CompletionBudget Default { get; } = new();

    /// <summary>Text for derivations: <c>40 rules, degree 12, 2000 critical pairs</c>.</summary>
    public override string ToString() => $"{MaxRules} rules, degree {MaxDegree}, {MaxCriticalPairs} critical pairs";
}
