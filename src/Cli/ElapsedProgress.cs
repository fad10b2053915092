using System.Diagnostics;
using System.Globalization;

namespace DeepLinear.Cli;

/// <summary>
/// A progress line on standard error for a long step that reports nothing itself: at the start and every second it rewrites
/// <c>label: 12 s elapsed of about 40 s estimated</c> in place; <see cref="Dispose"/> clears it. Draws nothing when
/// standard error is not a terminal, so redirected output and tests stay clean.
/// </summary>
internal sealed class ElapsedProgress : IDisposable
{
    private readonly TextWriter error;
    private readonly string label;
    private readonly double estimatedSeconds;
    private readonly Stopwatch watch = Stopwatch.StartNew();
    private readonly Timer? timer;
    private readonly object gate = new();
    private int width;

    /// <summary>Starts the line (only when <paramref name="console"/>'s standard error is a terminal).</summary>
    /// <param name="console">The streams.</param>
    /// <param name="label">What is running.</param>
    /// <param name="estimatedSeconds">The estimate shown beside the elapsed time; NaN when there is none (an adaptive flow),
    /// then the line shows the elapsed time alone.</param>
    public ElapsedProgress(CliConsole console, string label, double estimatedSeconds)
    {
        error = console.Error;
        this.label = label;
        this.estimatedSeconds = estimatedSeconds;
        if (console.ErrorIsTerminal)
        {
            Draw(); // at once, so that even a step shorter than a second shows what is running and the estimate
            timer = new Timer(_ => Draw(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Stops and clears the line.</summary>
    public void Dispose()
    {
        timer?.Dispose();
        lock (gate)
        {
            if (width > 0)
            {
                error.Write("\r" + new string(' ', width) + "\r");
                error.Flush();
            }

            width = -1;
        }
    }

    private void Draw()
    {
        lock (gate)
        {
            if (width < 0)
            {
                return;
            }

            string text = string.Create(
                CultureInfo.InvariantCulture,
                $"{label}: {watch.Elapsed.TotalSeconds:0} s elapsed{(double.IsFinite(estimatedSeconds) ? " of about " + WorkGuard.Duration(estimatedSeconds) + " estimated" : string.Empty)}");
            error.Write("\r" + text.PadRight(width));
            error.Flush();
            width = Math.Max(width, text.Length);
        }
    }
}
