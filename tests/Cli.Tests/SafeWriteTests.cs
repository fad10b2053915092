using System.CommandLine;
using DeepLinear.Checks.Reports;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Every output a command writes is written safely (issue 14, "Reports are written safely"). The writing options are
/// generated from the command tree (<see cref="OutputFolder.IsOutputOption"/>), so a new one without a case here fails
/// <see cref="WritingOptions_EachHasAFaultCase"/>. For each, an earlier output (a small report with links, or a file)
/// sits at the target; the command runs with a fault injected after its files are staged and before they are moved into
/// place — a failed write (as a full disk would) or an interrupt (as Ctrl-C does) — and the earlier output must be left
/// byte for byte as it was, with no broken link and no temporary sibling left behind. The negative control runs the same
/// command without a fault and must change the output.
/// </summary>
public class SafeWriteTests
{
    private const string Marker = "earlier output, must survive\n";

    /// <summary>How to run each writing option cheaply into <c>{target}</c>, and whether the target is a folder.</summary>
    private static readonly Dictionary<string, (bool Folder, string[] Arguments)> Writers = new(StringComparer.Ordinal)
    {
        ["check --out"] = (true, ["check", "--claim", "nrt/eq2.1", "--jobs", "1", "--out", "{target}"]),
        ["check --write-baseline"] = (false, ["check", "--claim", "nrt/eq2.1", "--jobs", "1", "--no-report", "--write-baseline", "{target}"]),
        ["report --out"] = (true, ["report", "--claim", "nrt/eq2.1", "--jobs", "1", "--out", "{target}"]),
        ["run --out"] = (true, ["run", "--width", "4", "--rank", "1", "--iterations", "3", "--stride", "1", "--out", "{target}"]),
        ["reproduce --out"] = (true, ["reproduce", "lcc-saddles", "--quick", "--seeds", "1", "--out", "{target}"]),
        ["claims init --out"] = (false, ["claims", "init", "{paper}", "--key", "demo", "--force", "--out", "{target}"]),
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var writer in Writers.Keys)
        {
            foreach (var fault in new[] { "failure", "interrupt", "none" })
            {
                data.Add(writer, fault);
            }
        }

        return data;
    }

    [Fact]
    public void WritingOptions_EachHasAFaultCase()
    {
        var generated = WritingOptions().ToList();

        Assert.Equal(Writers.Keys.Order(StringComparer.Ordinal), generated.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WritingOptions_EveryOptionNamedLikeAnOutputIsMarked()
    {
        // Negative control of the generated list: an option that writes but was built by hand (not by
        // CliOptions.OutputFolderOption/OutputFile) would be missing from it; such options are found by their names.
        var root = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false));
        var unmarked = Commands(root, string.Empty)
            .SelectMany(c => c.Command.Options.Select(o => (c.Path, Option: o)))
            .Where(x => x.Option.Name is "--out" or "--output" || x.Option.Name.StartsWith("--write", StringComparison.Ordinal) || x.Option.Name.StartsWith("--save", StringComparison.Ordinal))
            .Where(x => !OutputFolder.IsOutputOption(x.Option))
            .Select(x => x.Path + " " + x.Option.Name);

        Assert.Empty(unmarked);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Command_FaultBeforeCommit_LeavesEarlierOutputIntact(string writer, string fault)
    {
        using var temp = new TempFolder("dlv-safe");
        Directory.CreateDirectory(temp.Path);
        var (isFolder, arguments) = Writers[writer];
        string target = Path.Combine(temp.Path, isFolder ? "out" : "out.txt");
        WriteEarlierOutput(target, isFolder);
        string paper = Path.Combine(temp.Path, "paper.txt");
        File.WriteAllText(paper, "Lemma 1. For all matrices A, tr(A) = tr(A^T).\n");
        var before = Snapshot(target, isFolder);
        var interruptMessage = new StringWriter();
        Action<string> action = fault switch
        {
            "failure" => _ => throw new IOException("no space left on device (injected)"),
            "interrupt" => _ =>
            {
                Interruption.Report(new CliConsole(TextWriter.Null, interruptMessage, ErrorIsTerminal: false));
                throw new CliInterruptedException();
            },
            _ => _ => { },
        };

        int code;
        string error;
        using (ReportStaging.InjectFault(temp.Path, action))
        {
            (code, _, error) = CliRunner.Run([.. arguments.Select(a => a.Replace("{target}", target, StringComparison.Ordinal).Replace("{paper}", paper, StringComparison.Ordinal))]);
        }

        Assert.Empty(Directory.GetFileSystemEntries(temp.Path, ".*.partial-*"));
        OptionSweepTests.AssertNoCrashText(error);
        if (isFolder)
        {
            Assert.Empty(ReportSafetyTests.BrokenLinks(target));
        }

        switch (fault)
        {
            case "failure":
                Assert.True(code == ExitCodes.Failure, error);
                Assert.Contains("no space left on device (injected)", error, StringComparison.Ordinal);
                Assert.Equal(before, Snapshot(target, isFolder));
                break;
            case "interrupt":
                Assert.True(code == Interruption.ExitCode, error);
                Assert.Contains(target + ": not finished; nothing there was changed (earlier contents kept).", interruptMessage.ToString(), StringComparison.Ordinal);
                Assert.Equal(before, Snapshot(target, isFolder));
                break;
            default:
                // Negative control: the same command without a fault does write the target.
                Assert.True(code is ExitCodes.Success or ExitCodes.Failure, error);
                Assert.NotEqual(before, Snapshot(target, isFolder));
                if (isFolder)
                {
                    Assert.Equal(Marker, File.ReadAllText(Path.Combine(target, "img", "earlier-plot.png")));
                }

                break;
        }
    }

    /// <summary>Every <c>command option</c> pair of the command tree whose option is an output option.</summary>
    private static IEnumerable<string> WritingOptions()
    {
        var root = CliApplication.BuildRoot(new CliConsole(TextWriter.Null, TextWriter.Null, ErrorIsTerminal: false));
        return Commands(root, string.Empty)
            .SelectMany(c => c.Command.Options.Where(OutputFolder.IsOutputOption).Select(o => c.Path + " " + o.Name));
    }

    private static IEnumerable<(string Path, Command Command)> Commands(Command parent, string prefix)
    {
        foreach (var command in parent.Subcommands)
        {
            string path = prefix.Length == 0 ? command.Name : prefix + " " + command.Name;
            yield return (path, command);
            foreach (var nested in Commands(command, path))
            {
                yield return nested;
            }
        }
    }

    /// <summary>An earlier report (an index linking a page, a plot and its data) or an earlier file at the target.</summary>
    private static void WriteEarlierOutput(string target, bool isFolder)
    {
        if (!isFolder)
        {
            File.WriteAllText(target, Marker);
            return;
        }

        Directory.CreateDirectory(Path.Combine(target, "img"));
        Directory.CreateDirectory(Path.Combine(target, "data"));
        File.WriteAllText(Path.Combine(target, "README.md"), "# earlier\n[page](earlier.md) ![plot](img/earlier-plot.png) [data](data/earlier-plot.csv)\n" + Marker);
        File.WriteAllText(Path.Combine(target, "earlier.md"), Marker);
        File.WriteAllText(Path.Combine(target, "img", "earlier-plot.png"), Marker);
        File.WriteAllText(Path.Combine(target, "data", "earlier-plot.csv"), Marker);
    }

    private static string Snapshot(string target, bool isFolder)
    {
        if (!isFolder)
        {
            return File.ReadAllText(target);
        }

        return string.Join(
            "\n",
            Directory.GetFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(f => Path.GetRelativePath(target, f) + ": " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
    }
}
