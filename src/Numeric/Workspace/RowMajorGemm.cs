using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace DeepLinear.Numeric.Workspace;

/// <summary>
/// Dense matrix products on row-major <see cref="double"/> arrays, written for the descent hot loop: no allocation,
/// <c>C = op(A)·op(B)</c> with <c>op</c> the identity or the transpose, vectorized with <see cref="Vector256{T}"/>
/// fused multiply-add along contiguous rows, register-blocked 4×8 for large operands, and split over both cores when a
/// product is large enough to pay for it.
/// </summary>
/// <remarks>
/// Implementation note: A is <c>m×k</c> after <c>op</c>, B is <c>k×n</c> after <c>op</c>. Storage shapes are given after
/// <c>op</c> is undone: a transposed A is stored <c>k×m</c>. The <c>NN</c> and <c>TN</c> kernels broadcast one scalar of A
/// and stream a row of B; <c>NT</c> forms dot products of rows; <c>TT</c> is rare in the plans and uses a simple loop.
/// </remarks>
public static class RowMajorGemm
{
    private const long ParallelThreshold = 4_000_000; // multiply-adds above which both cores are used

    /// <summary>
    /// <c>C ← op(A)·op(B)</c> where <c>op(A)</c> is <c>m×k</c> and <c>op(B)</c> is <c>k×n</c>; C is <c>m×n</c> row-major.
    /// </summary>
    public static void Multiply(double[] a, bool transposeA, double[] b, bool transposeB, double[] c, int m, int k, int n)
    {
        if ((long)m * k * n >= ParallelThreshold && m >= 8)
        {
            MultiplyInParallel(a, transposeA, b, transposeB, c, m, k, n);
            return;
        }

        MultiplyRows(a, transposeA, b, transposeB, c, m, k, n, 0, m);
    }

    // Kept out of Multiply so that the closure is allocated only on this path (small products allocate nothing).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MultiplyInParallel(double[] a, bool transposeA, double[] b, bool transposeB, double[] c, int m, int k, int n)
    {
        int half = ((m / 2) + 3) & ~3;
        var job = new RowRange(a, transposeA, b, transposeB, c, m, k, n);
        Parallel.Invoke(() => job.Run(0, half), () => job.Run(half, m));
    }

    private sealed record RowRange(double[] A, bool TransposeA, double[] B, bool TransposeB, double[] C, int M, int K, int N)
    {
        public void Run(int from, int to) => MultiplyRows(A, TransposeA, B, TransposeB, C, M, K, N, from, to);
    }

    private static void MultiplyRows(double[] a, bool ta, double[] b, bool tb, double[] c, int m, int k, int n, int rowFrom, int rowTo)
    {
        if (!tb)
        {
            if (!ta && Vector256.IsHardwareAccelerated && k >= 64 && n >= 64)
            {
                BlockedNN(a, b, c, k, n, rowFrom, rowTo);
            }
            else
            {
                BroadcastRows(a, ta, b, c, m, k, n, rowFrom, rowTo);
            }
        }
        else if (!ta)
        {
            DotRows(a, b, c, k, n, rowFrom, rowTo);
        }
        else
        {
            // C[i,j] = Σ_p A[p,i]·B[j,p] (A stored k×m, B stored n×k).
            for (int i = rowFrom; i < rowTo; i++)
            {
                var ci = c.AsSpan(i * n, n);
                for (int j = 0; j < n; j++)
                {
                    double s = 0;
                    int bj = j * k;
                    for (int p = 0; p < k; p++)
                    {
                        s += a[(p * m) + i] * b[bj + p];
                    }

                    ci[j] = s;
                }
            }
        }
    }

    // C[i,:] = Σ_p A(i,p)·B[p,:]; A(i,p) = a[i*k+p] (NN) or a[p*m+i] (TN).
    private static void BroadcastRows(double[] a, bool ta, double[] b, double[] c, int m, int k, int n, int rowFrom, int rowTo)
    {
        for (int i = rowFrom; i < rowTo; i++)
        {
            var ci = c.AsSpan(i * n, n);
            ci.Clear();
            for (int p = 0; p < k; p++)
            {
                double aip = ta ? a[(p * m) + i] : a[(i * k) + p];
                if (aip != 0)
                {
                    Axpy(aip, b.AsSpan(p * n, n), ci);
                }
            }
        }
    }

    // C[i,j] = dot(A[i,:], B[j,:]) with A stored m×k and B stored n×k.
    private static void DotRows(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo)
    {
        for (int i = rowFrom; i < rowTo; i++)
        {
            var ai = a.AsSpan(i * k, k);
            var ci = c.AsSpan(i * n, n);
            for (int j = 0; j < n; j++)
            {
                ci[j] = Dot(ai, b.AsSpan(j * k, k));
            }
        }
    }

    // Register-blocked NN kernel: 4 rows × 8 columns of C accumulate in registers over a block of p.
    private static void BlockedNN(double[] a, double[] b, double[] c, int k, int n, int rowFrom, int rowTo)
    {
        const int KBlock = 128;
        c.AsSpan(rowFrom * n, (rowTo - rowFrom) * n).Clear();
        for (int p0 = 0; p0 < k; p0 += KBlock)
        {
            int p1 = Math.Min(k, p0 + KBlock);
            int i = rowFrom;
            for (; i + 4 <= rowTo; i += 4)
            {
                int j = 0;
                for (; j + 8 <= n; j += 8)
                {
                    Kernel4x8(a, b, c, k, n, i, j, p0, p1);
                }

                for (int r = i; r < i + 4; r++)
                {
                    for (int jj = j; jj < n; jj++)
                    {
                        double s = 0;
                        for (int p = p0; p < p1; p++)
                        {
                            s += a[(r * k) + p] * b[(p * n) + jj];
                        }

                        c[(r * n) + jj] += s;
                    }
                }
            }

            for (; i < rowTo; i++)
            {
                var ci = c.AsSpan(i * n, n);
                for (int p = p0; p < p1; p++)
                {
                    Axpy(a[(i * k) + p], b.AsSpan(p * n, n), ci);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Kernel4x8(double[] a, double[] b, double[] c, int k, int n, int i, int j, int p0, int p1)
    {
        ref double c0 = ref c[(i * n) + j];
        ref double c1 = ref c[((i + 1) * n) + j];
        ref double c2 = ref c[((i + 2) * n) + j];
        ref double c3 = ref c[((i + 3) * n) + j];
        var c00 = Vector256.LoadUnsafe(ref c0);
        var c01 = Vector256.LoadUnsafe(ref c0, 4);
        var c10 = Vector256.LoadUnsafe(ref c1);
        var c11 = Vector256.LoadUnsafe(ref c1, 4);
        var c20 = Vector256.LoadUnsafe(ref c2);
        var c21 = Vector256.LoadUnsafe(ref c2, 4);
        var c30 = Vector256.LoadUnsafe(ref c3);
        var c31 = Vector256.LoadUnsafe(ref c3, 4);
        int a0 = i * k;
        int a1 = a0 + k;
        int a2 = a1 + k;
        int a3 = a2 + k;
        for (int p = p0; p < p1; p++)
        {
            ref double bp = ref b[(p * n) + j];
            var b0 = Vector256.LoadUnsafe(ref bp);
            var b1 = Vector256.LoadUnsafe(ref bp, 4);
            var x0 = Vector256.Create(a[a0 + p]);
            var x1 = Vector256.Create(a[a1 + p]);
            var x2 = Vector256.Create(a[a2 + p]);
            var x3 = Vector256.Create(a[a3 + p]);
            c00 = Vector256.FusedMultiplyAdd(x0, b0, c00);
            c01 = Vector256.FusedMultiplyAdd(x0, b1, c01);
            c10 = Vector256.FusedMultiplyAdd(x1, b0, c10);
            c11 = Vector256.FusedMultiplyAdd(x1, b1, c11);
            c20 = Vector256.FusedMultiplyAdd(x2, b0, c20);
            c21 = Vector256.FusedMultiplyAdd(x2, b1, c21);
            c30 = Vector256.FusedMultiplyAdd(x3, b0, c30);
            c31 = Vector256.FusedMultiplyAdd(x3, b1, c31);
        }

        c00.StoreUnsafe(ref c0);
        c01.StoreUnsafe(ref c0, 4);
        c10.StoreUnsafe(ref c1);
        c11.StoreUnsafe(ref c1, 4);
        c20.StoreUnsafe(ref c2);
        c21.StoreUnsafe(ref c2, 4);
        c30.StoreUnsafe(ref c3);
        c31.StoreUnsafe(ref c3, 4);
    }

    /// <summary><c>y ← y + α·x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Axpy(double alpha, ReadOnlySpan<double> x, Span<double> y)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var va = Vector256.Create(alpha);
            ref double rx = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
            ref double ry = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
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

    /// <summary><c>Σ xᵢyᵢ</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        int i = 0;
        double s = 0;
        if (Vector256.IsHardwareAccelerated && x.Length >= 8)
        {
            ref double rx = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(x);
            ref double ry = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(y);
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
