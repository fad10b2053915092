using System.CommandLine;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Reports;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Baselines;
using DeepLinear.Checks.Running;

namespace DeepLinear.Cli.Commands;

/// <summary>
/// The claim-file options of <c>dlv check</c>: <c>--claims FILE…</c> (run the claims of these files instead of the
/// built-in catalog), <c>--baseline FILE</c> (compare the verdicts with a committed baseline; exit 1 listing each
/// change) and <c>--write-baseline FILE</c> (write the run's verdicts as a baseline). Every file is read and every
/// check compiled before any check runs; an error names the file, line, key, value and rule (exit 2). Every numeric
/// check is estimated and refused above <c>--max-seconds</c> / <c>--max-memory</c> (<see cref="ClaimFileWorkLimits"/>).
/// </summary>
internal sealed class ClaimFileRunOptions
{
    private ClaimFileRunOptions()
    {
    }

    /// <summary><c>--claims FILE…</c>.</summary>
    public Option<string[]> Claims { get; } = CliOptions.InputFiles("--claims", "Run the claims of these claim files (YAML, see docs/claim-files.md) instead of the built-in catalog.");

    /// <summary><c>--baseline FILE</c>.</summary>
    public Option<string?> Baseline { get; } = CliOptions.InputFile("--baseline", "Compare the verdicts with this baseline (from --write-baseline); exit 1 listing every change.");

    /// <summary><c>--max-seconds S</c> and <c>--max-memory MB</c>: the work limits of each numeric check of the claim
    /// files.</summary>
    public ClaimFileWorkLimits Limits { get; private set; } = null!;

    /// <summary><c>--write-baseline FILE</c>.</summary>
    public Option<string?> WriteBaseline { get; } = CliOptions.OutputFile("--write-baseline", "Write the verdicts of this run as a baseline file (JSON).");

    /// <summary>Creates the options and adds them to <paramref name="command"/>.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The options.</returns>
    public static ClaimFileRunOptions AddTo(Command command)
    {
        var o = new ClaimFileRunOptions();
        command.Options.Add(o.Claims);
        command.Options.Add(o.Baseline);
        command.Options.Add(o.WriteBaseline);
        o.Limits = ClaimFileWorkLimits.AddTo(command);
        return o;
    }

    /// <summary>Whether claim files were given.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>Whether <c>--claims</c> was given.</returns>
    public bool HasClaimFiles(ParseResult parse) => parse.GetValue(Claims) is { Length: > 0 };

    /// <summary>The catalog to run: the claim files' when given, else the built-in one; and the baseline to compare
    /// with, read before any work starts.</summary>
    /// <param name="parse">The parse result.</param>
    /// <returns>The catalog and the baseline (or null).</returns>
    /// <exception cref="CliUsageException">A file cannot be read or breaks a rule, a numeric check is estimated above
    /// <c>--max-seconds</c> or <c>--max-memory</c>, or the baseline is malformed.</exception>
    public (ClaimCatalog Catalog, VerdictBaseline? Baseline) Resolve(ParseResult parse)
    {
        var catalog = ClaimCatalog.Default;
        if (parse.GetValue(Claims) is { Length: > 0 } files)
        {
            List<ClaimFile> read;
            try
            {
                read = files.Select(ClaimFileReader.Read).ToList();
                catalog = ClaimCatalog.FromClaimFiles(read);
            }
            catch (ClaimFileException e)
            {
                throw new CliUsageException("--claims", e.FileName, e.Message.TrimEnd('.'));
            }

            Limits.Require(parse, read);
        }

        VerdictBaseline? baseline = null;
        if (parse.GetValue(Baseline) is { } path)
        {
            try
            {
                baseline = VerdictBaseline.Parse(File.ReadAllText(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                throw new CliUsageException("--baseline", path, "must be a readable baseline written by --write-baseline: " + e.Message.TrimEnd('.'));
            }
        }

        return (catalog, baseline);
    }

    /// <summary>Writes and compares baselines after the run.</summary>
    /// <param name="parse">The parse result.</param>
    /// <param name="console">The console (changes go to standard error).</param>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="baseline">The baseline to compare with, or null.</param>
    /// <returns>Whether the verdicts match the baseline (true when there is none).</returns>
    public bool Finish(ParseResult parse, CliConsole console, IReadOnlyList<ClaimOutcome> outcomes, VerdictBaseline? baseline)
    {
        var current = VerdictBaseline.Of(outcomes);
        if (parse.GetValue(WriteBaseline) is { } path)
        {
            ReportStaging.WriteFile(path, current.ToJson());
            console.Error.WriteLine($"baseline: {current.Verdicts.Count} verdicts written to {path}");
        }

        if (baseline is null)
        {
            return true;
        }

        var changes = current.ChangesFrom(baseline);
        foreach (string change in changes)
        {
            console.Error.WriteLine("verdict changed: " + change);
        }

        console.Error.WriteLine(changes.Count == 0 ? "baseline: every verdict unchanged" : $"baseline: {changes.Count} verdicts changed");
        return changes.Count == 0;
    }
}
