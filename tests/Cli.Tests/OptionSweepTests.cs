using System.CommandLine;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// A generated sweep of hostile values over every option of every command (except <c>prove</c>, whose inputs belong to
/// the prover's tests), through the real entry point in-process: each invocation must end with exit 0, 1 or 2, never an
/// unhandled exception or a stack trace, and a usage error must name the option.
/// </summary>
public class OptionSweepTests
{
    /// <summary>Values that break some rule of almost every option (sign, fraction, NaN, overflow, empty, text).</summary>
    private static readonly string[] HostileValues = ["-1", "0", "-0", "1.5", "NaN", "1e400", "1e9", "99999999999999999999", "9007199254740993", "", "foo", "1,x", "Infinity", "-Infinity", "2147483648"];

    /// <summary>Other spellings of a whole number, swept over every seed option: hexadecimal, a plus sign, exponent form,
    /// digit separators, non-ASCII digits, surrounding blanks and a negative zero — each must be refused or read as the
    /// number it is, never crash.</summary>
    private static readonly string[] SeedForms = ["0x10", "+5", "1e3", "1_000", "٣", " 7 ", "18446744073709551616"];

    /// <summary>Hostile paths, swept over every option that names a file or folder (found by its name in the command
    /// tree, so a new path option is swept too): an existing file, a device, a path under a file, a folder nobody may
    /// create, whitespace. <c>{folder}</c> is the case's temporary folder.</summary>
    private static readonly string[] HostilePaths = ["{folder}/existing.txt", "/dev/null", "{folder}/existing.txt/below", "/proc/dlv-sweep/out", " "];

    /// <summary>Words in an option name that mark a path option.</summary>
    private static readonly string[] PathWords = ["out", "baseline", "claims", "from", "file"];

    /// <summary>Options not swept: help and version. The output paths <c>--out</c> and <c>--write-baseline</c> get the
    /// hostile paths only (a value such as <c>0</c> is a valid relative path the sweep must not write into the test's
    /// working folder), and every one of them must be refused before any work.</summary>
    private static readonly string[] Excluded = ["--help", "-h", "-?", "/?", "--version"];

    /// <summary>Output options, swept with <see cref="HostilePaths"/> only.</summary>
    private static readonly string[] OutputOptions = ["--out", "--write-baseline"];

    /// <summary>Cheap arguments per command, so that a value that is accepted runs in about a second.</summary>
    private static string[] BaseArguments(string command, string folder) => command switch
    {
        "check" => ["--claim", "nrt/eq2.1", "--jobs", "1", "--out", folder],
        "report" => ["--claim", "nrt/eq2.1", "--jobs", "1", "--out", folder],
        "run" => ["--width", "4", "--rank", "1", "--iterations", "3", "--stride", "1", "--out", folder],
        "derive" => ["--what", "gradient", "--depth", "1", "--dims", "1,1"],
        "bench" => ["--workload", "gd-nrt-N2", "--iterations", "1"],
        "selfcheck" => ["--instances", "1"],
        "reproduce" => ["lcc-saddles", "--quick", "--seeds", "1"],
        "show" => ["nrt/eq2.1"],
        "claims init" => [WriteFile(folder, "paper.txt", "Lemma 1. For all matrices A, tr(A) = tr(A^T).\n"), "--key", "demo"],
        _ => [],
    };

    private static string WriteFile(string folder, string name, string text)
    {
        // Input files named by the base arguments (claims init) must exist before any value is tried.
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "inputs-" + name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Every command with its path (<c>claims list</c>), depth first, except <c>prove</c>.</summary>
    private static IEnumerable<(string Path, Command Command)> Commands(Command parent, string prefix)
    {
        foreach (var command in parent.Subcommands.Where(c => c.Name != "prove"))
        {
            string path = prefix.Length == 0 ? command.Name : prefix + " " + command.Name;
            yield return (path, command);
            foreach (var nested in Commands(command, path))
            {
                yield return nested;
            }
        }
    }

    private static Command Find(string path)
    {
        Command command = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false));
        foreach (string name in path.Split(' '))
        {
            command = command.Subcommands.Single(c => c.Name == name);
        }

        return command;
    }

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        var root = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false));
        foreach (var (path, command) in Commands(root, string.Empty))
        {
            foreach (var option in command.Options.Where(o => !Excluded.Contains(o.Name)))
            {
                bool isPath = PathWords.Any(w => option.Name.Contains(w, StringComparison.Ordinal));
                var values = OutputOptions.Contains(option.Name) ? HostilePaths : isPath ? [.. HostileValues, .. HostilePaths] : option.Name == "--seed" ? [.. HostileValues, .. SeedForms] : HostileValues;
                foreach (var value in values)
                {
                    data.Add(path, option.Name, value);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_HostileOptionValue_ExitsCleanly(string command, string option, string value)
    {
        using var folder = new TempFolder("dlv-sweep");
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "existing.txt"), "not a folder\n");
        value = value.Replace("{folder}", folder.Path, StringComparison.Ordinal);
        var args = WithOption(BaseArguments(command, folder.Path), option, value, IsFlag(command, option));

        var (code, output, error) = CliRunner.Run([.. command.Split(' '), .. args]);

        Assert.True(code is ExitCodes.Success or ExitCodes.Failure or ExitCodes.Usage, $"exit {code}: {error}");
        AssertNoCrashText(output + error);
        if (code == ExitCodes.Usage)
        {
            Assert.Contains("dlv: ", error, StringComparison.Ordinal);
        }

        if (code == ExitCodes.Usage && !IsFlag(command, option))
        {
            Assert.Contains(option, error, StringComparison.Ordinal);
        }

        // An output file (--write-baseline) may replace an existing file; every other hostile output path is refused.
        if (OutputOptions.Contains(option) && !(option == "--write-baseline" && value.EndsWith("existing.txt", StringComparison.Ordinal)))
        {
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Equal("not a folder\n", File.ReadAllText(Path.Combine(folder.Path, "existing.txt")));
        }
    }

    [Fact]
    public void Cases_SweepHostilePathsOverEveryOutputOption()
    {
        var rows = Cases().Select(row => ((string)row[0], (string)row[1], (string)row[2])).ToList();

        foreach (var (command, option) in rows.Where(r => OutputOptions.Contains(r.Item2)).Select(r => (r.Item1, r.Item2)).Distinct())
        {
            Assert.Equal(HostilePaths, rows.Where(r => r.Item1 == command && r.Item2 == option).Select(r => r.Item3));
        }

        Assert.Contains(rows, r => r.Item1 == "check" && r.Item2 == "--out");
        Assert.Contains(rows, r => r.Item1 == "reproduce" && r.Item2 == "--out");
        Assert.Contains(rows, r => r.Item1 == "check" && r.Item2 == "--write-baseline");
    }

    [Fact]
    public void Cases_CoverEveryCommandButProve()
    {
        var commands = Cases().Select(row => (string)row[0]).Distinct().ToList();

        Assert.Equal(["check", "report", "bench", "run", "derive", "reproduce", "selfcheck", "claims init", "claims list", "claims validate", "show"], commands);
    }

    [Theory]
    [InlineData("check", "--seed", "-1", "must be a whole number")]
    [InlineData("check", "--seed", "NaN", "must be a whole number")]
    [InlineData("check", "--seed", "1.5", "must be a whole number")]
    [InlineData("check", "--seed", "9007199254740992", "must be a whole number in [0, 9007199254740991]")]
    [InlineData("check", "--jobs", "1e9", "must be an integer in [1, 64]")]
    [InlineData("check", "--budget", "1e400", "must be a number in [0.1, 3600]")]
    [InlineData("bench", "--iterations", "0", "must be an integer in [1, 1000000]")]
    [InlineData("run", "--data", "foo", "must be one of nrt, gaussian, whitened, autoencoder")]
    [InlineData("derive", "--what", "foo", "must be one of gradient, hessian, invariant, gd-step")]
    [InlineData("bench", "--workload", "foo", "must be one of gd-nrt-N2")]
    [InlineData("run", "--iterations", "0", "must be an integer in [1, 100000000]")]
    [InlineData("run", "--stride", "0", "must be an integer in [1, 100000000]")]
    [InlineData("report", "--reproductions", "some", "must be one of none, quick, full")]
    public void Command_BadValue_NamesOptionValueAndRule(string command, string option, string value, string rule)
    {
        var (code, output, error) = CliRunner.Run(command, option, value, "--out", Path.Combine(Path.GetTempPath(), "dlv-never-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"argument '{option}' is '{value}': {rule}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void Check_MalformedClaim_DoesNotNameInternals()
    {
        var (code, _, error) = CliRunner.Run("check", "--claim", "text", "--no-report");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--claim' is 'text'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Claim id 'text'", error, StringComparison.Ordinal);
    }

    private static bool IsFlag(string command, string option)
        => Find(command).Options.Single(o => o.Name == option).ValueType == typeof(bool);

    internal static void AssertNoCrashText(string text)
    {
        Assert.DoesNotMatch(@"\b\d+(\.\d+)?E[+-]?\d+\b", text);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", text, StringComparison.Ordinal);
    }

    private static string[] WithOption(string[] baseArguments, string option, string value, bool flag)
    {
        var args = new List<string>();
        for (int i = 0; i < baseArguments.Length; i++)
        {
            if (baseArguments[i] == option)
            {
                i += flag ? 0 : 1;
                continue;
            }

            args.Add(baseArguments[i]);
        }

        args.Add(option);
        args.Add(value);
        return [.. args];
    }
}
