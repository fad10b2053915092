using DeepLinear.Symbolic.Free;

namespace DeepLinear.Symbolic.Completion;

/// <summary>
/// The degree-lexicographic order on matrix words used to orient relations: a longer word is larger; words of the same
/// length compare letter by letter in the order of <see cref="Letter.Compare"/> (name, then untransposed before
/// transposed). It is a well-order compatible with multiplication (<c>u &lt; v ⇒ xuy &lt; xvy</c>), so rewriting every
/// leading word to smaller words terminates (Mora, "An introduction to commutative and non-commutative Gröbner bases",
/// 1994, §5).
/// </summary>
public static class DegLexOrder
{
    /// <summary>Negative, zero or positive as <paramref name="a"/> is smaller than, equal to or larger than <paramref name="b"/>.</summary>
    public static int Compare(IReadOnlyList<Letter> a, IReadOnlyList<Letter> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count != b.Count ? a.Count.CompareTo(b.Count) : Letter.CompareWords(a, b);
    }
}
