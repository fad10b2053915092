using System.CommandLine;
using System.Globalization;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Forms;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// The work limits of claim files, <c>--max-seconds S</c> and <c>--max-memory MB</c> (the options and defaults of
/// <c>derive</c>), for <c>dlv check --claims</c> and <c>dlv claims validate</c>: every numeric check of every file is
/// estimated from the file alone (<see cref="WorkEstimator"/>) and a check whose estimate exceeds a limit is refused
/// before anything runs, naming the file, line and key, the estimate and the option that raises the limit.
/// </summary>
internal sealed class ClaimFileWorkLimits
{
    private ClaimFileWorkLimits()
    {
    }

    /// <summary><c>--max-seconds S</c>: the most time one numeric check may be estimated to take.</summary>
    public Option<int> MaxSeconds { get; } = WorkGuard.MaxSecondsOption();

    /// <summary><c>--max-memory MB</c>: the most memory one numeric check may be estimated to need.</summary>
    public Option<int> MaxMemory { get; } = ResourceGuard.MaxMemoryOption();

    /// <summary>Creates the options and adds them to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The options.</returns>
    public static ClaimFileWorkLimits AddTo(Command command)
    {
        var o = new ClaimFileWorkLimits();
        command.Options.Add(o.MaxSeconds);
        command.Options.Add(o.MaxMemory);
        return o;
    }

    /// <summary>The estimates of the files, after refusing any that exceeds a limit.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="files">The claim files (read and compiled).</param>
    /// <returns>Every estimate, in file order.</returns>
    /// <exception cref="CliUsageException">An estimate exceeds <c>--max-seconds</c> or <c>--max-memory</c>.</exception>
    public IReadOnlyList<WorkEstimate> Require(ParseResult parse, IEnumerable<ClaimFile> files)
    {
        int maxSeconds = parse.GetValue(MaxSeconds);
        int maxMegabytes = parse.GetValue(MaxMemory);
        var estimates = files.SelectMany(WorkEstimator.Of).ToList();
        foreach (var e in estimates)
        {
            if (!(e.Seconds <= maxSeconds))
            {
                throw new CliUsageException(
                    "--max-seconds", maxSeconds.ToString(CultureInfo.InvariantCulture),
                    $"{e.Where}: the check of {e.ClaimId} needs an estimated {e.Text}, more than the limit of {maxSeconds.ToString(CultureInfo.InvariantCulture)} s; "
                    + "ask for less (fewer instances, trials or steps, smaller sizes), or raise the limit with --max-seconds S");
            }

            if (!(e.Bytes <= maxMegabytes * 1e6))
            {
                throw new CliUsageException(
                    "--max-memory", maxMegabytes.ToString(CultureInfo.InvariantCulture),
                    $"{e.Where}: the check of {e.ClaimId} needs an estimated {e.Text}, more than the limit of {maxMegabytes.ToString(CultureInfo.InvariantCulture)} MB; "
                    + "ask for smaller sizes, or raise the limit with --max-memory MB");
            }
        }

        return estimates;
    }
}
