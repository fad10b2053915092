using System.Globalization;
using System.Text;

namespace DeepLinear.Numeric.Dynamics;

/// <summary>
/// The recorded iterates of a run, in order, with a CSV writer (invariant culture, round-trip doubles, one header line).
/// </summary>
/// <param name="Points">The recorded points.</param>
/// <param name="Depth">The depth N (for the column layout).</param>
/// <param name="RankTolerance">The relative tolerance of the numerical rank: σ_i &gt; tol·σ_max counts.</param>
public sealed record Trajectory(IReadOnlyList<TrajectoryPoint> Points, int Depth, double RankTolerance)
{
    /// <summary>The optional metrics recorded at each point (default: all); the CSV has columns for these only.</summary>
    public TrajectoryMetrics Metrics { get; init; } = TrajectoryMetrics.All;

    /// <summary>The CSV header.</summary>
    public string Header()
    {
        var columns = new List<string> { "iteration", "time", "step_size", "loss", "gradient_norm" };
        if (Metrics.HasFlag(TrajectoryMetrics.Balancedness))
        {
            for (int j = 1; j < Depth; j++)
            {
                columns.Add(string.Create(CultureInfo.InvariantCulture, $"balancedness_{j}"));
            }

            for (int j = 1; j < Depth; j++)
            {
                columns.Add(string.Create(CultureInfo.InvariantCulture, $"balancedness_frobenius_{j}"));
            }
        }

        if (Metrics.HasFlag(TrajectoryMetrics.FactorNorms))
        {
            for (int j = 1; j <= Depth; j++)
            {
                columns.Add(string.Create(CultureInfo.InvariantCulture, $"norm_w{j}"));
            }
        }

        if (Metrics.HasFlag(TrajectoryMetrics.ProductSpectrum))
        {
            columns.Add("sigma_min_product");
            columns.Add("rank_product");
        }

        return string.Join(",", columns);
    }

    /// <summary>Writes the trajectory as CSV.</summary>
    public void WriteCsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header());
        writer.Write('\n');
        var sb = new StringBuilder();
        foreach (var p in Points)
        {
            sb.Clear();
            sb.Append(p.Iteration.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(F(p.Time)).Append(',').Append(F(p.StepSize)).Append(',')
              .Append(F(p.Loss)).Append(',').Append(F(p.GradientNorm));
            foreach (var v in p.Balancedness.Concat(p.BalancednessFrobenius).Concat(p.FactorSpectralNorms))
            {
                sb.Append(',').Append(F(v));
            }

            if (Metrics.HasFlag(TrajectoryMetrics.ProductSpectrum))
            {
                sb.Append(',').Append(F(p.ProductMinSingularValue)).Append(',').Append(p.ProductRank.ToString(CultureInfo.InvariantCulture));
            }

            writer.Write(sb.ToString());
            writer.Write('\n');
        }
    }

    /// <summary>The CSV as a string.</summary>
    public string ToCsv()
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(w);
        return w.ToString();
    }

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
