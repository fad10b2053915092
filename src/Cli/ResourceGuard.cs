using System.CommandLine;
using System.Globalization;

namespace DeepLinear.Cli;

/// <summary>
/// Refuses requests whose estimated memory exceeds the limit <c>--max-memory MB</c> (default
/// <see cref="DefaultMaxMemoryMegabytes"/>), before any work starts. The refusal names the option that drives the size,
/// its value, the estimate and the option that raises the limit.
/// </summary>
internal static class ResourceGuard
{
    /// <summary>The default memory limit in megabytes (4 GiB).</summary>
    public const int DefaultMaxMemoryMegabytes = 4096;

    /// <summary>The largest matrix MathNet can hold: 2³¹ − 1 entries (its storage is one array).</summary>
    public const double MaxMatrixEntries = int.MaxValue;

    /// <summary>Creates the <c>--max-memory MB</c> option.</summary>
    public static Option<int> MaxMemoryOption() => CliOptions.Integer(
        "--max-memory",
        "Refuse requests whose estimated memory exceeds this many megabytes (64–1048576; default 4096). The estimate is printed when a request is refused.",
        DefaultMaxMemoryMegabytes,
        64,
        1_048_576);

    /// <summary>Throws a <see cref="CliUsageException"/> naming <paramref name="option"/> when
    /// <paramref name="estimatedBytes"/> exceeds <paramref name="maxMegabytes"/>.</summary>
    /// <param name="option">The option whose value drives the size (e.g. <c>--samples</c>).</param>
    /// <param name="value">Its value as given.</param>
    /// <param name="estimatedBytes">The estimated memory in bytes.</param>
    /// <param name="maxMegabytes">The limit in megabytes.</param>
    /// <param name="what">What the estimate counts, in words.</param>
    public static void RequireMemory(string option, string value, double estimatedBytes, int maxMegabytes, string what)
    {
        if (estimatedBytes > maxMegabytes * 1048576.0)
        {
            throw new CliUsageException(
                option, value,
                $"the request needs an estimated {Size(estimatedBytes)} of memory ({what}), more than the limit of {maxMegabytes.ToString(CultureInfo.InvariantCulture)} MB; "
                + "use smaller sizes, or raise the limit with --max-memory MB");
        }
    }

    /// <summary>Throws a <see cref="CliUsageException"/> when a matrix of <paramref name="rows"/> × <paramref name="columns"/>
    /// would exceed <see cref="MaxMatrixEntries"/> entries.</summary>
    public static void RequireMatrix(string option, string value, double rows, double columns, string name)
    {
        if (rows * columns > MaxMatrixEntries)
        {
            throw new CliUsageException(
                option, value,
                $"{name} would be a {rows.ToString("G", CultureInfo.InvariantCulture)} × {columns.ToString("G", CultureInfo.InvariantCulture)} matrix, "
                + $"more than the {MaxMatrixEntries.ToString("G", CultureInfo.InvariantCulture)} entries one matrix can hold");
        }
    }

    /// <summary>A byte count in words: <c>512 MB</c>, <c>12.8 GB</c>.</summary>
    public static string Size(double bytes)
        => bytes >= 1e12 ? CliNumber.Format(bytes / 1e12, 3) + " TB"
            : bytes >= 1e9 ? (bytes / 1e9).ToString("0.0", CultureInfo.InvariantCulture) + " GB"
            : (bytes / 1e6).ToString("0", CultureInfo.InvariantCulture) + " MB";
}
