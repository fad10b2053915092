namespace DeepLinear.Symbolic.Proving;

/// <summary>One identity of a batch with every assumption and shape that applies to it (its line's and the headers' before it). Immutable.</summary>
/// <param name="LineNumber">The 1-based line number in the batch file.</param>
/// <param name="Identity">The identity <c>lhs == rhs</c>.</param>
/// <param name="Assumptions">The header assumptions, then the line's own.</param>
/// <param name="Shapes">The header shapes, then the line's own.</param>
/// <param name="Latex">True when the identity and its assumptions are LaTeX (<c>--latex</c> on the line, a header before it, or the command line).</param>
public sealed record ProveBatchItem(int LineNumber, string Identity, IReadOnlyList<string> Assumptions, IReadOnlyList<string> Shapes, bool Latex = false)
{
    /// <summary>The options of the prover call for this item: the default seed, and LaTeX input when <see cref="Latex"/>.</summary>
    public ProveOptions Options => Latex ? ProveOptions.Default with { Latex = true } : ProveOptions.Default;
}
