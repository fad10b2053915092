namespace DeepLinear.Numeric.Workspace;

/// <summary>
/// Preallocated scratch space for <see cref="RowMajorGemm"/>: packed panels of B, a row-major copy of a transposed A,
/// and the transposed output of skinny products. One instance serves every product of a plan, since products run one after another.
/// </summary>
public sealed class GemmScratch
{
    /// <summary>Creates scratch large enough for every product <c>m×k·k×n</c> in <paramref name="shapes"/>.</summary>
    public GemmScratch(IEnumerable<(int M, int K, int N)> shapes)
    {
        ArgumentNullException.ThrowIfNull(shapes);
        long panel = 0;
        long output = 0;
        long left = 0;
        foreach (var (m, k, n) in shapes)
        {
            panel = Math.Max(panel, (long)k * (RoundUp16(n) + RoundUp16(m)));
            output = Math.Max(output, (long)m * n);
            left = Math.Max(left, (long)k * Math.Max(m, n));
        }

        Panel = new double[panel];
        Output = new double[output];
        Left = new double[left];
    }

    /// <summary>Space for packed panels of the right operand (k × n rounded up to 16 columns, either orientation).</summary>
    internal double[] Panel { get; }

    /// <summary>Space for the transposed output of a skinny product (m·n).</summary>
    internal double[] Output { get; }

    /// <summary>Space for a transposed left operand, copied row-major before a packed product (k·max(m, n)).</summary>
    internal double[] Left { get; }

    /// <summary>True when this scratch is large enough for the product <c>m×k·k×n</c>.</summary>
    internal bool Fits(int m, int k, int n) =>
        Panel.Length >= (long)k * (RoundUp16(n) + RoundUp16(m)) && Output.Length >= (long)m * n && Left.Length >= (long)k * Math.Max(m, n);

    internal static int RoundUp8(int n) => (n + 7) & ~7;

    internal static int RoundUp16(int n) => (n + 15) & ~15;
}
