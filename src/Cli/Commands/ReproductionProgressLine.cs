using System.Diagnostics;
using System.Globalization;
using DeepLinear.Checks.Reproductions;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// One live progress line on standard error for a reproduction made of independent runs:
/// <c>name: run i of n (last run), 12.3 s, about 20 s left</c>, redrawn in place. Only used when standard error is a
/// terminal; the estimate assumes the remaining runs cost the mean of the finished ones. Never written to the pages.
/// </summary>
internal sealed class ReproductionProgressLine(TextWriter error, string name) : IProgress<ReproductionProgress>
{
    private readonly object _gate = new();
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private int _width;

    /// <inheritdoc/>
    public void Report(ReproductionProgress value)
    {
        double elapsed = _watch.Elapsed.TotalSeconds;
        double left = elapsed / value.Finished * (value.Total - value.Finished);
        string line = string.Create(CultureInfo.InvariantCulture, $"{name}: run {value.Finished} of {value.Total} ({value.Run}), {elapsed:F1} s, about {left:F0} s left");
        lock (_gate)
        {
            error.Write("\r" + line.PadRight(_width));
            _width = Math.Max(_width, line.Length);
            error.Flush();
        }
    }

    /// <summary>Erases the line (call once the reproduction has finished).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            if (_width > 0)
            {
                error.Write("\r" + new string(' ', _width) + "\r");
                error.Flush();
            }
        }
    }
}
