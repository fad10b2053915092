using System.Diagnostics;

namespace DeepLinear.Symbolic.Proving;

/// <summary>
/// Batches of identities for one warm process (<c>dlv prove --file FILE [--bench]</c> and the <c>prove-corpus</c>
/// workload of <c>dlv bench</c>): reading a batch file into items, and timing every call of the prover over it.
/// </summary>
public static class ProveBatch
{
    /// <summary>
    /// Reads batch lines (<see cref="ProveBatchLine.Parse"/>): a header line's options apply to every later identity,
    /// after the <paramref name="assumptions"/> and <paramref name="shapes"/> given for the whole batch.
    /// </summary>
    /// <param name="lines">The lines of the file.</param>
    /// <param name="assumptions">Assumptions for every identity (the command line's <c>--assume</c>).</param>
    /// <param name="shapes">Shapes for every identity (the command line's <c>--shape</c>).</param>
    /// <param name="latex">True when every identity is LaTeX (the command line's <c>--latex</c>); a header line's <c>--latex</c> applies to every later line, a line's own to itself.</param>
    /// <exception cref="FormatException">If a line is malformed (the message names the line).</exception>
    public static IReadOnlyList<ProveBatchItem> Read(IEnumerable<string> lines, IReadOnlyList<string> assumptions, IReadOnlyList<string> shapes, bool latex = false)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(assumptions);
        ArgumentNullException.ThrowIfNull(shapes);
        var items = new List<ProveBatchItem>();
        var headerAssumptions = assumptions.ToList();
        var headerShapes = shapes.ToList();
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = ProveBatchLine.Parse(number, raw);
            if (line is null)
            {
                continue;
            }

            if (line.Identity is null)
            {
                headerAssumptions.AddRange(line.Assumptions);
                headerShapes.AddRange(line.Shapes);
                latex |= line.Latex;
                continue;
            }

            items.Add(new ProveBatchItem(number, line.Identity, [.. headerAssumptions, .. line.Assumptions], [.. headerShapes, .. line.Shapes], latex || line.Latex));
        }

        return items;
    }

    /// <summary>Proves every item <paramref name="passes"/> times in this process and times each call.</summary>
    /// <param name="items">The batch.</param>
    /// <param name="passes">Passes over the batch, ≥ 1.</param>
    public static ProveBatchTiming Time(IReadOnlyList<ProveBatchItem> items, int passes)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var times = new List<(double Ms, string Identity)>(items.Count * passes);
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int pass = 0; pass < passes; pass++)
        {
            foreach (var item in items)
            {
                long start = Stopwatch.GetTimestamp();
                ProverService.Prove(item.Identity, item.Assumptions, item.Shapes, item.Options);
                times.Add((Stopwatch.GetElapsedTime(start).TotalMilliseconds, item.Identity));
            }
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        if (times.Count == 0)
        {
            return new ProveBatchTiming(0, passes, 0, 0, 0, 0, 0, string.Empty);
        }

        var sorted = times.OrderBy(t => t.Ms).ToArray();
        double Quantile(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))].Ms;
        return new ProveBatchTiming(items.Count, passes, Quantile(0.5), Quantile(0.9), sorted[^1].Ms, times.Sum(t => t.Ms), (double)allocated / times.Count, sorted[^1].Identity);
    }
}
