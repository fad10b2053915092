using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DeepLinear.Numeric.Workspace;

/// <summary>
/// Dense matrix products on row-major <see cref="double"/> arrays for the descent hot loop: no allocation on the
/// sequential path, <c>C = op(A)·op(B)</c> with <c>op</c> the identity or the transpose, vectorized with
/// <see cref="Vector256{T}"/> fused multiply-add.
/// </summary>
/// <remarks>
/// Implementation note: <c>op(A)</c> is <c>m×k</c> and <c>op(B)</c> is <c>k×n</c>; a transposed operand is stored with the
/// shape before transposition. Three regimes:
/// (1) skinny outputs (n &lt; 8 ≤ m) are computed as <c>Cᵀ = op(B)ᵀop(A)ᵀ</c> into scratch and transposed back, so the
/// long dimension is the vectorized one;
/// (2) short outputs (m &lt; 16) use a 1×16 register kernel over all of k, reading B's rows directly (or dot products of
/// rows when B is transposed);
/// (3) everything else packs B into contiguous panels of 8 columns (which also absorbs B's transposition; a transposed A
/// is copied row-major first) and runs a 4×8 register-blocked kernel — or, on AVX-512 hardware for products with
/// n ≥ 48 and k ≥ 16, panels of 16 columns and a 4×16 kernel of <see cref="Vector512{T}"/> accumulators; k is cut into
/// blocks of 256 so a panel block stays in L1 while the rows sweep over it; products above <c>ParallelThreshold</c> multiply-adds split their rows between the caller and one long-lived
/// helper thread (<see cref="HelperThread"/>), which allocates nothing per call.
/// </remarks>
public static class RowMajorGemm
{
    internal const long ParallelThreshold = 8_000_000;

    // The k-block of the packed kernel: 256 × 8 doubles of a B panel (16 KiB) stay in L1 while the rows sweep.
    private const int KBlock = 256;

    /// <summary>
    /// <c>C ← op(A)·op(B)</c> where <c>op(A)</c> is <c>m×k</c> and <c>op(B)</c> is <c>k×n</c>; C is <c>m×n</c> row-major.
    /// </summary>
    /// <exception cref="Errors.NumericArgumentException">A negative dimension, an array shorter than its shape, or scratch
    /// too small for the shape.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Multiply(double[] a, bool transposeA, double[] b, bool transposeB, double[] c, int m, int k, int n, GemmScratch scratch)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(scratch);
        CheckShapes(a, b, c, m, k, n, scratch);
        if (n < 8 && m >= 8)
        {
            var ct = scratch.Output;
            Core(b, !transposeB, a, !transposeA, ct, n, k, m, scratch.Panel, scratch.Left);
            for (int i = 0; i < m; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    c[(i * n) + j] = ct[(j * m) + i];
                }
            }

            return;
        }

        Core(a, transposeA, b, transposeB, c, m, k, n, scratch.Panel, scratch.Left);
    }

    private static void CheckShapes(double[] a, double[] b, double[] c, int m, int k, int n, GemmScratch scratch)
    {
        if (m < 0 || k < 0 || n < 0)
        {
            throw new Errors.NumericArgumentException("m, k, n", string.Create(CultureInfo.InvariantCulture, $"{m}, {k}, {n}"), "dimensions must be ≥ 0");
        }

        Fits(a, (long)m * k, nameof(a), "op(A) is m×k");
        Fits(b, (long)k * n, nameof(b), "op(B) is k×n");
        Fits(c, (long)m * n, nameof(c), "C is m×n");
        if (!scratch.Fits(m, k, n))
        {
            throw new Errors.NumericArgumentException(nameof(scratch), string.Create(CultureInfo.InvariantCulture, $"scratch for at most {scratch.Panel.Length} panel and {scratch.Output.Length} output entries"), string.Create(CultureInfo.InvariantCulture, $"must be created for a shape covering {m}×{k}·{k}×{n}"));
        }
    }

    private static void Fits(double[] array, long needed, string argument, string rule)
    {
        if (array.Length < needed)
        {
            throw new Errors.NumericArgumentException(argument, string.Create(CultureInfo.InvariantCulture, $"an array of length {array.Length}"), string.Create(CultureInfo.InvariantCulture, $"must hold at least {needed} entries ({rule})"));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Core(double[] a, bool ta, double[] b, bool tb, double[] c, int m, int k, int n, double[] panel, double[] left)
    {
        if (k == 0)
        {
            Array.Clear(c, 0, m * n);
            return;
        }

        if (m < 16)
        {
            if (!tb)
            {
                RowKernel(a, ta, b, c, m, k, n, 0, m);
            }
            else if (!ta && k >= 8)
            {
                DotKernel(a, b, c, m, k, n);
            }
            else
            {
                // Transpose B (stored n×k) into scratch as a row-major k×n matrix, then use the row kernel.
                for (int j = 0; j < n; j++)
                {
                    for (int p = 0; p < k; p++)
                    {
                        panel[(p * n) + j] = b[(j * k) + p];
                    }
                }

                RowKernel(a, ta, panel, c, m, k, n, 0, m);
            }

            return;
        }

        Pack(b, tb, panel, k, n, Wide(k, n) ? 16 : 8);
        if (ta)
        {
            // A transposed would be read with stride m inside the kernel; one O(mk) copy makes every row contiguous.
            TransposeInto(a, left, k, m);
            a = left;
            ta = false;
        }

        if ((long)m * k * n >= ParallelThreshold)
        {
            PackedInParallel(a, ta, panel, c, m, k, n);
        }
        else
        {
            PackedKernel(a, ta, panel, c, m, k, n, 0, m);
        }
    }

    // Splits the rows over the calling thread and the helper thread (no allocation); sequential if the helper is busy.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PackedInParallel(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n)
    {
        int half = ((m / 2) + 3) & ~3;
        if (!HelperThread.TryRunSplit(a, ta, panel, c, m, k, n, half))
        {
            PackedKernel(a, ta, panel, c, m, k, n, 0, m);
        }
    }

    // target (columns × rows, row-major) ← source (rows × columns, row-major) transposed, in 8×8 tiles.
    private static void TransposeInto(double[] source, double[] target, int rows, int columns)
    {
        for (int i0 = 0; i0 < rows; i0 += 8)
        {
            int i1 = Math.Min(rows, i0 + 8);
            for (int j0 = 0; j0 < columns; j0 += 8)
            {
                int j1 = Math.Min(columns, j0 + 8);
                for (int i = i0; i < i1; i++)
                {
                    for (int j = j0; j < j1; j++)
                    {
                        target[(j * rows) + i] = source[(i * columns) + j];
                    }
                }
            }
        }
    }

    // panel[(jp·k + p)·w + q] = op(B)(p, w·jp + q), zero beyond n; w = 8, or 16 on the AVX-512 path.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Pack(double[] b, bool tb, double[] panel, int k, int n, int w)
    {
        int panels = (n + w - 1) / w;
        for (int jp = 0; jp < panels; jp++)
        {
            int j0 = jp * w;
            int width = Math.Min(w, n - j0);
            int baseIndex = jp * k * w;
            for (int p = 0; p < k; p++)
            {
                int o = baseIndex + (p * w);
                if (!tb)
                {
                    int s = (p * n) + j0;
                    for (int q = 0; q < width; q++)
                    {
                        panel[o + q] = b[s + q];
                    }
                }
                else
                {
                    for (int q = 0; q < width; q++)
                    {
                        panel[o + q] = b[((j0 + q) * k) + p];
                    }
                }

                for (int q = width; q < w; q++)
                {
                    panel[o + q] = 0;
                }
            }
        }
    }

    // Rows [rowFrom, rowTo) of C = op(A)·B̃ with B̃ packed in 8-column panels. The k dimension is cut into blocks of
    // KBlock so that one panel block (KBlock×8 doubles) stays in L1 while all rows sweep over it; the first block stores
    // into C, later blocks add to it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void PackedKernel(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int rowFrom, int rowTo)
    {
        if (Wide(k, n))
        {
            PackedKernel16(a, ta, panel, c, m, k, n, rowFrom, rowTo);
            return;
        }

        int panels = GemmScratch.RoundUp8(n) / 8;
        for (int p0 = 0; p0 < k; p0 += KBlock)
        {
            int p1 = Math.Min(k, p0 + KBlock);
            bool accumulate = p0 > 0;
            for (int jp = 0; jp < panels; jp++)
            {
                int i = rowFrom;
                for (; i + 4 <= rowTo; i += 4)
                {
                    Block4x8(a, ta, panel, c, m, k, n, i, jp, p0, p1, accumulate);
                }

                for (; i < rowTo; i++)
                {
                    Block1x8(a, ta, panel, c, m, k, n, i, jp, p0, p1, accumulate);
                }
            }
        }
    }

    // True when the product takes the AVX-512 path: 16-column panels and a 4×16 kernel of Vector512 accumulators. Only
    // for products wide and deep enough that the wider panels waste little on ragged edges.
    internal static bool Wide(int k, int n) => Vector512.IsHardwareAccelerated && n >= 48 && k >= 16;

    // The AVX-512 twin of the 8-column kernel above (same blocking, panels of 16 columns).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PackedKernel16(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int rowFrom, int rowTo)
    {
        int panels = (n + 15) / 16;
        for (int p0 = 0; p0 < k; p0 += KBlock)
        {
            int p1 = Math.Min(k, p0 + KBlock);
            bool accumulate = p0 > 0;
            for (int jp = 0; jp < panels; jp++)
            {
                int i = rowFrom;
                for (; i + 4 <= rowTo; i += 4)
                {
                    Block4x16(a, ta, panel, c, m, k, n, i, jp, p0, p1, accumulate);
                }

                for (; i < rowTo; i++)
                {
                    Block1x16(a, ta, panel, c, m, k, n, i, jp, p0, p1, accumulate);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block4x16(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int i, int jp, int p0, int p1, bool accumulate)
    {
        ref double pa = ref MemoryMarshal.GetArrayDataReference(a);
        ref double pp = ref MemoryMarshal.GetArrayDataReference(panel);
        var c00 = Vector512<double>.Zero;
        var c01 = Vector512<double>.Zero;
        var c10 = Vector512<double>.Zero;
        var c11 = Vector512<double>.Zero;
        var c20 = Vector512<double>.Zero;
        var c21 = Vector512<double>.Zero;
        var c30 = Vector512<double>.Zero;
        var c31 = Vector512<double>.Zero;
        nuint pb = (nuint)((jp * k * 16) + (p0 * 16));
        int stride0 = ta ? 1 : k;
        int step = ta ? m : 1;
        ref double r0 = ref Unsafe.Add(ref pa, ta ? (p0 * m) + i : (i * k) + p0);
        ref double r1 = ref Unsafe.Add(ref r0, stride0);
        ref double r2 = ref Unsafe.Add(ref r1, stride0);
        ref double r3 = ref Unsafe.Add(ref r2, stride0);
        nuint o = 0;
        for (int p = p0; p < p1; p++)
        {
            var b0 = Vector512.LoadUnsafe(ref pp, pb);
            var b1 = Vector512.LoadUnsafe(ref pp, pb + 8);
            pb += 16;
            var v0 = Vector512.Create(Unsafe.Add(ref r0, o));
            var v1 = Vector512.Create(Unsafe.Add(ref r1, o));
            var v2 = Vector512.Create(Unsafe.Add(ref r2, o));
            var v3 = Vector512.Create(Unsafe.Add(ref r3, o));
            o += (nuint)step;
            c00 = Vector512.FusedMultiplyAdd(v0, b0, c00);
            c01 = Vector512.FusedMultiplyAdd(v0, b1, c01);
            c10 = Vector512.FusedMultiplyAdd(v1, b0, c10);
            c11 = Vector512.FusedMultiplyAdd(v1, b1, c11);
            c20 = Vector512.FusedMultiplyAdd(v2, b0, c20);
            c21 = Vector512.FusedMultiplyAdd(v2, b1, c21);
            c30 = Vector512.FusedMultiplyAdd(v3, b0, c30);
            c31 = Vector512.FusedMultiplyAdd(v3, b1, c31);
        }

        int j0 = jp * 16;
        StoreRow16(c, (i * n) + j0, n - j0, c00, c01, accumulate);
        StoreRow16(c, ((i + 1) * n) + j0, n - j0, c10, c11, accumulate);
        StoreRow16(c, ((i + 2) * n) + j0, n - j0, c20, c21, accumulate);
        StoreRow16(c, ((i + 3) * n) + j0, n - j0, c30, c31, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block1x16(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int i, int jp, int p0, int p1, bool accumulate)
    {
        ref double pp = ref MemoryMarshal.GetArrayDataReference(panel);
        var c0 = Vector512<double>.Zero;
        var c1 = Vector512<double>.Zero;
        nuint pb = (nuint)((jp * k * 16) + (p0 * 16));
        for (int p = p0; p < p1; p++)
        {
            var v = Vector512.Create(ta ? a[(p * m) + i] : a[(i * k) + p]);
            c0 = Vector512.FusedMultiplyAdd(v, Vector512.LoadUnsafe(ref pp, pb), c0);
            c1 = Vector512.FusedMultiplyAdd(v, Vector512.LoadUnsafe(ref pp, pb + 8), c1);
            pb += 16;
        }

        StoreRow16(c, (i * n) + (jp * 16), n - (jp * 16), c0, c1, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow16(double[] c, int offset, int remaining, Vector512<double> lo, Vector512<double> hi, bool accumulate)
    {
        if (remaining >= 16)
        {
            ref double r = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(c), offset);
            if (accumulate)
            {
                lo += Vector512.LoadUnsafe(ref r);
                hi += Vector512.LoadUnsafe(ref r, 8);
            }

            lo.StoreUnsafe(ref r);
            hi.StoreUnsafe(ref r, 8);
            return;
        }

        for (int q = 0; q < remaining; q++)
        {
            double v = q < 8 ? lo.GetElement(q) : hi.GetElement(q - 8);
            c[offset + q] = accumulate ? c[offset + q] + v : v;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block4x8(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int i, int jp, int p0, int p1, bool accumulate)
    {
        ref double pa = ref MemoryMarshal.GetArrayDataReference(a);
        ref double pp = ref MemoryMarshal.GetArrayDataReference(panel);
        var c00 = Vector256<double>.Zero;
        var c01 = Vector256<double>.Zero;
        var c10 = Vector256<double>.Zero;
        var c11 = Vector256<double>.Zero;
        var c20 = Vector256<double>.Zero;
        var c21 = Vector256<double>.Zero;
        var c30 = Vector256<double>.Zero;
        var c31 = Vector256<double>.Zero;
        nuint pb = (nuint)((jp * k * 8) + (p0 * 8));
        if (ta)
        {
            for (int p = p0; p < p1; p++)
            {
                var b0 = Vector256.LoadUnsafe(ref pp, pb);
                var b1 = Vector256.LoadUnsafe(ref pp, pb + 4);
                pb += 8;
                ref double row = ref Unsafe.Add(ref pa, (p * m) + i);
                var v0 = Vector256.Create(row);
                var v1 = Vector256.Create(Unsafe.Add(ref row, 1));
                var v2 = Vector256.Create(Unsafe.Add(ref row, 2));
                var v3 = Vector256.Create(Unsafe.Add(ref row, 3));
                c00 = Vector256.FusedMultiplyAdd(v0, b0, c00);
                c01 = Vector256.FusedMultiplyAdd(v0, b1, c01);
                c10 = Vector256.FusedMultiplyAdd(v1, b0, c10);
                c11 = Vector256.FusedMultiplyAdd(v1, b1, c11);
                c20 = Vector256.FusedMultiplyAdd(v2, b0, c20);
                c21 = Vector256.FusedMultiplyAdd(v2, b1, c21);
                c30 = Vector256.FusedMultiplyAdd(v3, b0, c30);
                c31 = Vector256.FusedMultiplyAdd(v3, b1, c31);
            }
        }
        else
        {
            ref double r0 = ref Unsafe.Add(ref pa, i * k);
            ref double r1 = ref Unsafe.Add(ref r0, k);
            ref double r2 = ref Unsafe.Add(ref r1, k);
            ref double r3 = ref Unsafe.Add(ref r2, k);
            for (int p = p0; p < p1; p++)
            {
                var b0 = Vector256.LoadUnsafe(ref pp, pb);
                var b1 = Vector256.LoadUnsafe(ref pp, pb + 4);
                pb += 8;
                var v0 = Vector256.Create(Unsafe.Add(ref r0, p));
                var v1 = Vector256.Create(Unsafe.Add(ref r1, p));
                var v2 = Vector256.Create(Unsafe.Add(ref r2, p));
                var v3 = Vector256.Create(Unsafe.Add(ref r3, p));
                c00 = Vector256.FusedMultiplyAdd(v0, b0, c00);
                c01 = Vector256.FusedMultiplyAdd(v0, b1, c01);
                c10 = Vector256.FusedMultiplyAdd(v1, b0, c10);
                c11 = Vector256.FusedMultiplyAdd(v1, b1, c11);
                c20 = Vector256.FusedMultiplyAdd(v2, b0, c20);
                c21 = Vector256.FusedMultiplyAdd(v2, b1, c21);
                c30 = Vector256.FusedMultiplyAdd(v3, b0, c30);
                c31 = Vector256.FusedMultiplyAdd(v3, b1, c31);
            }
        }

        int j0 = jp * 8;
        StoreRow(c, (i * n) + j0, n - j0, c00, c01, accumulate);
        StoreRow(c, ((i + 1) * n) + j0, n - j0, c10, c11, accumulate);
        StoreRow(c, ((i + 2) * n) + j0, n - j0, c20, c21, accumulate);
        StoreRow(c, ((i + 3) * n) + j0, n - j0, c30, c31, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Block1x8(double[] a, bool ta, double[] panel, double[] c, int m, int k, int n, int i, int jp, int p0, int p1, bool accumulate)
    {
        ref double pp = ref MemoryMarshal.GetArrayDataReference(panel);
        var c0 = Vector256<double>.Zero;
        var c1 = Vector256<double>.Zero;
        nuint pb = (nuint)((jp * k * 8) + (p0 * 8));
        for (int p = p0; p < p1; p++)
        {
            var v = Vector256.Create(ta ? a[(p * m) + i] : a[(i * k) + p]);
            c0 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pp, pb), c0);
            c1 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pp, pb + 4), c1);
            pb += 8;
        }

        StoreRow(c, (i * n) + (jp * 8), n - (jp * 8), c0, c1, accumulate);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreRow(double[] c, int offset, int remaining, Vector256<double> lo, Vector256<double> hi, bool accumulate)
    {
        if (remaining >= 8)
        {
            ref double r = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(c), offset);
            if (accumulate)
            {
                lo += Vector256.LoadUnsafe(ref r);
                hi += Vector256.LoadUnsafe(ref r, 4);
            }

            lo.StoreUnsafe(ref r);
            hi.StoreUnsafe(ref r, 4);
            return;
        }

        for (int q = 0; q < remaining; q++)
        {
            double v = q < 4 ? lo.GetElement(q) : hi.GetElement(q - 4);
            c[offset + q] = accumulate ? c[offset + q] + v : v;
        }
    }

    // C[i, j..j+15] = Σ_p A(i,p)·B[p, j..j+15], B read in place (row-major k×n).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RowKernel(double[] a, bool ta, double[] b, double[] c, int m, int k, int n, int rowFrom, int rowTo)
    {
        ref double pb = ref MemoryMarshal.GetArrayDataReference(b);
        for (int i = rowFrom; i < rowTo; i++)
        {
            int j = 0;
            for (; j + 16 <= n; j += 16)
            {
                var c0 = Vector256<double>.Zero;
                var c1 = Vector256<double>.Zero;
                var c2 = Vector256<double>.Zero;
                var c3 = Vector256<double>.Zero;
                nuint o = (nuint)j;
                for (int p = 0; p < k; p++)
                {
                    var v = Vector256.Create(ta ? a[(p * m) + i] : a[(i * k) + p]);
                    c0 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pb, o), c0);
                    c1 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pb, o + 4), c1);
                    c2 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pb, o + 8), c2);
                    c3 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pb, o + 12), c3);
                    o += (nuint)n;
                }

                ref double r = ref c[(i * n) + j];
                c0.StoreUnsafe(ref r);
                c1.StoreUnsafe(ref r, 4);
                c2.StoreUnsafe(ref r, 8);
                c3.StoreUnsafe(ref r, 12);
            }

            for (; j + 4 <= n; j += 4)
            {
                var c0 = Vector256<double>.Zero;
                nuint o = (nuint)j;
                for (int p = 0; p < k; p++)
                {
                    var v = Vector256.Create(ta ? a[(p * m) + i] : a[(i * k) + p]);
                    c0 = Vector256.FusedMultiplyAdd(v, Vector256.LoadUnsafe(ref pb, o), c0);
                    o += (nuint)n;
                }

                c0.StoreUnsafe(ref c[(i * n) + j]);
            }

            for (; j < n; j++)
            {
                double s = 0;
                for (int p = 0; p < k; p++)
                {
                    s += (ta ? a[(p * m) + i] : a[(i * k) + p]) * b[(p * n) + j];
                }

                c[(i * n) + j] = s;
            }
        }
    }

    // C[i,j] = Σ_p A[i,p]·B[j,p] with A stored m×k and B stored n×k (dot products of rows).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DotKernel(double[] a, double[] b, double[] c, int m, int k, int n)
    {
        for (int i = 0; i < m; i++)
        {
            var ai = new ReadOnlySpan<double>(a, i * k, k);
            for (int j = 0; j < n; j++)
            {
                c[(i * n) + j] = Dot(ai, new ReadOnlySpan<double>(b, j * k, k));
            }
        }
    }

    /// <summary><c>y ← y + α·x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(alpha);
            ref double rx = ref MemoryMarshal.GetReference(x);
            ref double ry = ref MemoryMarshal.GetReference(y);
            for (; i + 4 <= x.Length; i += 4)
            {
                var v = Vector256.FusedMultiplyAdd(va, Vector256.LoadUnsafe(ref rx, (nuint)i), Vector256.LoadUnsafe(ref ry, (nuint)i));
                v.StoreUnsafe(ref ry, (nuint)i);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += alpha * x[i];
        }
    }

    /// <summary><c>z ← x − y</c> element-wise (equal lengths).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Difference(ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> z)
    {
        int i = 0;
        int n = z.Length;
        if (Vector256.IsHardwareAccelerated && x.Length >= n && y.Length >= n)
        {
            ref double rx = ref MemoryMarshal.GetReference(x);
            ref double ry = ref MemoryMarshal.GetReference(y);
            ref double rz = ref MemoryMarshal.GetReference(z);
            for (; i + 4 <= n; i += 4)
            {
                (Vector256.LoadUnsafe(ref rx, (nuint)i) - Vector256.LoadUnsafe(ref ry, (nuint)i)).StoreUnsafe(ref rz, (nuint)i);
            }
        }

        for (; i < n; i++)
        {
            z[i] = x[i] - y[i];
        }
    }

    /// <summary><c>Σ xᵢyᵢ</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0;
        double s = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= 8)
        {
            ref double rx = ref MemoryMarshal.GetReference(x);
            ref double ry = ref MemoryMarshal.GetReference(y);
            var acc0 = Vector256<double>.Zero;
            var acc1 = Vector256<double>.Zero;
            for (; i + 8 <= x.Length; i += 8)
            {
                acc0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref rx, (nuint)i), Vector256.LoadUnsafe(ref ry, (nuint)i), acc0);
                acc1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref rx, (nuint)(i + 4)), Vector256.LoadUnsafe(ref ry, (nuint)(i + 4)), acc1);
            }

            s = Vector256.Sum(acc0 + acc1);
        }

        for (; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }
}
