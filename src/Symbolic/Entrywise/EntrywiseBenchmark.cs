using System.Diagnostics;
using DeepLinear.Symbolic.Matrices;
using DeepLinear.Symbolic.Polynomials;

namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// The entry-wise performance harness: for depth N and width d (all widths d, symbolic X ∈ ℝ^{d×m}, Y ∈ ℝ^{d×m} with
/// m = d) it expands <c>L^N</c>, derives <c>∇_{W_j}L^N</c> for every j, proves each equal to nrt (3.2), and proves the flow
/// invariant <c>d/dt(W_{j+1}ᵀW_{j+1} − W_jW_jᵀ) = 0</c> along <c>Ẇ_j = −∇_{W_j}L^N</c>, timing each phase.
/// </summary>
public static class EntrywiseBenchmark
{
    /// <summary>Runs the benchmark once (no warm-up; call twice and keep the second result to exclude JIT time).</summary>
    /// <param name="depth">N, 1 ≤ N ≤ 12.</param>
    /// <param name="width">d = m, 1 ≤ d ≤ 12.</param>
    /// <returns>The phase timings and whether everything was proved.</returns>
    public static EntrywiseBenchmarkResult Run(int depth, int width)
    {
        if (depth < 1 || depth > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "EntrywiseBenchmark.Run: argument 'depth' must be in 1..12.");
        }

        if (width < 1 || width > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "EntrywiseBenchmark.Run: argument 'width' must be in 1..12.");
        }

        var dims = Enumerable.Repeat(width, depth + 1).ToArray();
        var clock = Stopwatch.StartNew();
        var s = new DeepLinearSymbols(dims, width, symbolicData: true);
        double expand = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var gradients = new SymbolicMatrix[depth];
        for (int j = 1; j <= depth; j++)
        {
            gradients[j - 1] = EntrywiseCalculus.Gradient(s.Loss, s.Factors[j - 1]);
        }

        double gradient = clock.Elapsed.TotalSeconds;

        clock.Restart();
        bool proved = true;
        for (int j = 1; j <= depth; j++)
        {
            proved &= EntrywiseIdentity.Check(gradients[j - 1], s.ClosedFormGradient(j), s.Names).Proved;
        }

        double closedForm = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var field = new Dictionary<int, Polynomial>();
        for (int j = 0; j < depth; j++)
        {
            for (int a = 0; a < width; a++)
            {
                for (int b = 0; b < width; b++)
                {
                    field[s.Factors[j].VariableAt(a, b)] = -gradients[j][a, b];
                }
            }
        }

        for (int j = 1; j < depth; j++)
        {
            var invariant = (s.Factors[j].Transpose() * s.Factors[j]) - (s.Factors[j - 1] * s.Factors[j - 1].Transpose());
            proved &= EntrywiseCalculus.TimeDerivative(invariant, field).IsZero;
        }

        double invariantSeconds = clock.Elapsed.TotalSeconds;
        return new EntrywiseBenchmarkResult(depth, width, s.Names.Count, s.Loss.TermCount, expand, gradient, closedForm, invariantSeconds, expand + gradient + closedForm + invariantSeconds, proved);
    }
}
