using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.Completion;

/// <summary>The outcome of a completion run: the rules, why it stopped, and how much work it did.</summary>
/// <param name="Status">Why it stopped.</param>
/// <param name="Rules">The rewrite rules <c>ℓ → r</c> (ℓ the deglex-leading word, r smaller words), each a consequence of the relations; closed under transposition.</param>
/// <param name="Reason">A sentence saying why it stopped (which limit, for a budget stop).</param>
/// <param name="CriticalPairs">The number of critical pairs (overlaps) examined.</param>
public sealed record CompletionResult(CompletionStatus Status, IReadOnlyList<RewriteRule> Rules, string Reason, int CriticalPairs)
{
    /// <summary>True when the rules are confluent.</summary>
    public bool IsConfluent => Status == CompletionStatus.Confluent;
}
