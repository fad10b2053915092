namespace DeepLinear.Symbolic.Free;

/// <summary>
/// A user-given relation used as a rewrite rule <c>lhs → rhs</c>: the left side must be a single word (for example
/// balancedness <c>W2'*W2 → W1*W1'</c>); it also applies transposed and inside traces up to rotation.
/// </summary>
/// <param name="Name">A readable name for derivation steps.</param>
/// <param name="Left">The word to replace.</param>
/// <param name="Right">Its replacement.</param>
public sealed record RewriteRule(string Name, IReadOnlyList<Letter> Left, CanonicalForm Right)
{
    /// <summary>Builds a rule from a relation <c>lhs == rhs</c> whose left side is a single word with coefficient 1.</summary>
    /// <exception cref="ArgumentException">If the left side is not a single word.</exception>
    public static RewriteRule FromRelation(string name, CanonicalForm left, CanonicalForm right)
    {
        ArgumentNullException.ThrowIfNull(left);
        if (left.Terms.Count != 1 || !left.Terms[0].Coefficient.IsOne || left.Terms[0].Scalars.Count > 0 || left.Terms[0].Word.Count == 0)
        {
            throw new ArgumentException($"relation '{name}': the left side must be a single matrix word with coefficient 1, such as W2'*W2; got '{left}'.", nameof(left));
        }

        return new RewriteRule(name, left.Terms[0].Word, right);
    }
}
