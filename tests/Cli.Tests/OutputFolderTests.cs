using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Every command with <c>--out</c> refuses an output path it cannot use — empty, an existing file, <c>/dev/null</c>, a
/// path under a file, a folder that refuses new files — with exit 2, naming the option, the value and the rule, before any
/// work starts (no progress line, nothing on standard output).
/// </summary>
public class OutputFolderTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var command in new[] { "check", "report", "run", "reproduce" })
        {
            foreach (var kind in new[] { "empty", "file", "devnull", "under-file", "unwritable" })
            {
                data.Add(command, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_UnusableOut_IsRefusedBeforeAnyWork(string command, string kind)
    {
        using var scratch = new TempFolder("dlv-out");
        Directory.CreateDirectory(scratch.Path);
        string file = Path.Combine(scratch.Path, "a-file");
        File.WriteAllText(file, "x");
        string? path = kind switch
        {
            "empty" => string.Empty,
            "file" => file,
            "devnull" => OperatingSystem.IsWindows() ? null : "/dev/null",
            "under-file" => Path.Combine(file, "report"),
            _ => UnwritableFolder(scratch.Path),
        };
        if (path is null)
        {
            return;
        }

        string[] args = command switch
        {
            "check" => ["check", "--claim", "nrt/eq2.1", "--out", path],
            "report" => ["report", "--claim", "nrt/eq2.1", "--out", path],
            "run" => ["run", "--iterations", "3", "--out", path],
            _ => ["reproduce", "lcc-saddles", "--quick", "--out", path],
        };

        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"argument '--out' is '{path}': must", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
        Assert.DoesNotContain("[1/", error, StringComparison.Ordinal);
        OptionSweepTests.AssertNoCrashText(error);
    }

    [Fact]
    public void Check_Unusable_ReportsTheFileAndTheRule()
    {
        using var scratch = new TempFolder("dlv-out");
        Directory.CreateDirectory(scratch.Path);
        string file = Path.Combine(scratch.Path, "a-file");
        File.WriteAllText(file, "x");

        Assert.Equal("must be a folder, but it is an existing file or device", OutputFolder.Check(file));
        Assert.Equal($"must not lie under a file ('{file}' is a file, not a folder)", OutputFolder.Check(Path.Combine(file, "a", "b")));
        Assert.Null(OutputFolder.Check(Path.Combine(scratch.Path, "new", "deeper")));
        Assert.False(Directory.Exists(Path.Combine(scratch.Path, "new")));
    }

    /// <summary>A folder this process cannot write to: a read-only folder, or (as root, whom permissions do not stop)
    /// a path under <c>/proc</c>, which refuses new entries.</summary>
    private static string? UnwritableFolder(string scratch)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if (Environment.UserName == "root")
        {
            return "/proc/dlv-unwritable-" + Guid.NewGuid().ToString("N");
        }

        string folder = Path.Combine(scratch, "read-only");
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        return Path.Combine(folder, "report");
    }
}
