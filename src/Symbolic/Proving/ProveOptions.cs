namespace DeepLinear.Symbolic.Proving;

/// <summary>Options of <see cref="ProverService.Prove(string, IReadOnlyList{string}, IReadOnlyList{string}, ProveOptions)"/>. Immutable.</summary>
/// <param name="Seed">The seed of the witness search (every random choice flows from it).</param>
/// <param name="Latex">True when the identity and the assumptions are written in LaTeX (read by <see cref="Latex.LatexIdentityReader"/>).</param>
public sealed record ProveOptions(int Seed = 1, bool Latex = false)
{
    /// <summary>The defaults (seed 1), as used by <c>dlv prove</c>.</summary>
    public static ProveOptions Default { get; } = new();
}
