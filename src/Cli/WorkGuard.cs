using System.CommandLine;
using System.Globalization;

namespace DeepLinear.Cli;

/// <summary>
/// Refuses requests whose estimated running time exceeds the limit <c>--max-seconds S</c> (default
/// <see cref="DefaultMaxSeconds"/>), before the long part starts. The work is counted in multiply-adds from the
/// arguments and converted at <see cref="MultiplyAddsPerSecond"/>; the refusal names the option that drives the work,
/// its value, the estimate and the option that raises the limit.
/// </summary>
/// <remarks>
/// Implementation note: 10⁹ multiply-adds per second is below what <c>dlv bench</c> measures for one gradient-descent
/// step on the 2-core reference machine (gd-nrt-N5: 77,012 multiply-adds in about 40 µs, ≈ 1.9·10⁹/s), so the estimate
/// errs on the long side.
/// </remarks>
internal static class WorkGuard
{
    /// <summary>The default time limit in seconds (10 minutes).</summary>
    public const int DefaultMaxSeconds = 600;

    /// <summary>The rate at which estimated work is converted to seconds.</summary>
    public const double MultiplyAddsPerSecond = 1e9;

    /// <summary>Creates the <c>--max-seconds S</c> option.</summary>
    public static Option<int> MaxSecondsOption() => CliOptions.Integer(
        "--max-seconds",
        "Refuse requests whose estimated running time exceeds this many seconds (1–604800; default 600). The estimate is printed when a request is refused.",
        DefaultMaxSeconds,
        1,
        604_800);

    /// <summary>The estimated seconds of <paramref name="multiplyAdds"/> multiply-adds.</summary>
    public static double Seconds(double multiplyAdds) => multiplyAdds / MultiplyAddsPerSecond;

    /// <summary>Throws a <see cref="CliUsageException"/> naming <paramref name="option"/> when the estimate exceeds the limit.</summary>
    /// <param name="option">The option whose value drives the work (e.g. <c>--iterations</c>).</param>
    /// <param name="value">Its value as given.</param>
    /// <param name="multiplyAdds">The estimated work in multiply-adds.</param>
    /// <param name="maxSeconds">The limit in seconds.</param>
    /// <param name="what">What the estimate counts, in words.</param>
    public static void RequireTime(string option, string value, double multiplyAdds, int maxSeconds, string what)
        => RequireSeconds(
            option, value, Seconds(multiplyAdds), maxSeconds,
            $"{what}: {CliNumber.Format(multiplyAdds, 3)} multiply-adds at {CliNumber.Format(MultiplyAddsPerSecond, 3)} per second");

    /// <summary>Throws a <see cref="CliUsageException"/> naming <paramref name="option"/> when an estimate in seconds
    /// exceeds the limit.</summary>
    /// <param name="option">The option whose value drives the work (e.g. <c>--dims</c>).</param>
    /// <param name="value">Its value as given.</param>
    /// <param name="seconds">The estimated running time in seconds.</param>
    /// <param name="maxSeconds">The limit in seconds.</param>
    /// <param name="how">How the estimate was made, in words.</param>
    public static void RequireSeconds(string option, string value, double seconds, int maxSeconds, string how)
    {
        if (!(seconds <= maxSeconds))
        {
            throw new CliUsageException(
                option, value,
                $"the request needs an estimated {Duration(seconds)} ({how}), more than the limit of {maxSeconds.ToString(CultureInfo.InvariantCulture)} s; "
                + "ask for less, or raise the limit with --max-seconds S");
        }
    }

    /// <summary>A duration in words: <c>42 s</c>, <c>3.5 min</c>, <c>2.1 h</c>, <c>4.0 days</c>.</summary>
    public static string Duration(double seconds)
        => seconds >= 31_557_600 ? CliNumber.Format(seconds / 31_557_600, 3) + " years"
            : seconds >= 86400 ? (seconds / 86400).ToString("0.0", CultureInfo.InvariantCulture) + " days"
            : seconds >= 3600 ? (seconds / 3600).ToString("0.0", CultureInfo.InvariantCulture) + " h"
            : seconds >= 120 ? (seconds / 60).ToString("0.0", CultureInfo.InvariantCulture) + " min"
            : seconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";
}
