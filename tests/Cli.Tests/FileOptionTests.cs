using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Hostile paths for the options that name files (<c>--claims</c>, <c>--baseline</c>, <c>--from</c> read;
/// <c>--write-baseline</c>, <c>claims init --out</c> write): each is refused before any work with exit 2, naming the
/// option, the value and the rule, and nothing is written.
/// </summary>
public class FileOptionTests
{
    public static TheoryData<string[], string, string> BadPaths()
    {
        string missing = Path.Combine(Path.GetTempPath(), "dlv-missing-" + Guid.NewGuid().ToString("N"), "x.yaml");
        string folder = Path.GetTempPath();
        return new TheoryData<string[], string, string>
        {
            { ["check", "--claims", "", "--no-report"], "--claims", "must name a file (it is empty)" },
            { ["check", "--claims", missing, "--no-report"], "--claims", "must be an existing file" },
            { ["check", "--claims", folder, "--no-report"], "--claims", "must be a file, but it is a folder" },
            { ["check", "--claim", "nrt/eq2.1", "--baseline", missing, "--no-report"], "--baseline", "must be an existing file" },
            { ["check", "--claim", "nrt/eq2.1", "--write-baseline", "", "--no-report"], "--write-baseline", "must name a file (it is empty)" },
            { ["check", "--claim", "nrt/eq2.1", "--write-baseline", folder, "--no-report"], "--write-baseline", "must be a file, but it is a folder" },
            { ["check", "--claim", "nrt/eq2.1", "--write-baseline", "/dev/null", "--no-report"], "--write-baseline", "must be a regular file, not a device" },
            { ["check", "--claim", "nrt/eq2.1", "--write-baseline", "/etc/hostname/x.json", "--no-report"], "--write-baseline", "must lie in a usable folder" },
            { ["show", "nrt/eq2.1", "--from", missing], "--from", "must be an existing folder or" },
            { ["claims", "list", "--claims", missing], "--claims", "must be an existing file" },
            { ["claims", "init", missing, "--key", "demo"], "paper", "must be an existing text or LaTeX file" },
        };
    }

    [Theory]
    [MemberData(nameof(BadPaths))]
    public void Command_BadFilePath_UsageErrorNamingOptionValueAndRule(string[] args, string option, string rule)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"argument '{option}'", error, StringComparison.Ordinal);
        Assert.Contains(rule, error, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        OptionSweepTests.AssertNoCrashText(output + error);
    }

    [Fact]
    public void Check_GoodBaselinePaths_Accepted()
    {
        // Negative control of the rules above: a fresh file in a writable folder is accepted and written.
        using var folder = new TempFolder("dlv-baseline");
        Directory.CreateDirectory(folder.Path);
        string baseline = Path.Combine(folder.Path, "v.json");
        var (code, _, error) = CliRunner.Run("check", "--claim", "nrt/eq2.1", "--write-baseline", baseline, "--no-report");

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(baseline), error);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("check", "--claim", "nrt/eq2.1", "--baseline", baseline, "--no-report").ExitCode);
    }
}
