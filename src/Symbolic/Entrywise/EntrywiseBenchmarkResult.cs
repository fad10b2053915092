namespace DeepLinear.Symbolic.Entrywise;

/// <summary>
/// Wall-clock timings of one entry-wise benchmark run (see <see cref="EntrywiseBenchmark.Run"/>): symbolic X, Y, all
/// widths equal to <c>Width</c> and <c>m = Width</c> samples.
/// </summary>
/// <param name="Depth">N ≥ 1.</param>
/// <param name="Width">d₀ = ⋯ = d_N = m.</param>
/// <param name="Variables">The number of polynomial variables (entries of W₁,…,W_N, X, Y).</param>
/// <param name="LossTerms">Terms of the expanded, canonical <c>L^N</c>.</param>
/// <param name="ExpandSeconds">Time to build the symbols and expand <c>L^N = ½‖W_N⋯W₁X − Y‖_F²</c>.</param>
/// <param name="GradientSeconds">Time to differentiate <c>L^N</c> entry-wise with respect to every <c>W_j</c>.</param>
/// <param name="ClosedFormSeconds">Time to build the closed forms nrt (3.2) and compare them with the derived gradients.</param>
/// <param name="InvariantSeconds">Time to differentiate every <c>W_{j+1}ᵀW_{j+1} − W_jW_jᵀ</c> along the gradient flow and test it for zero.</param>
/// <param name="TotalSeconds">The sum of the phases.</param>
/// <param name="Proved">True iff every gradient identity and every invariant was proved (a benchmark that proves nothing is not a benchmark).</param>
public sealed record EntrywiseBenchmarkResult(
    int Depth,
    int Width,
    int Variables,
    int LossTerms,
    double ExpandSeconds,
    double GradientSeconds,
    double ClosedFormSeconds,
    double InvariantSeconds,
    double TotalSeconds,
    bool Proved);
