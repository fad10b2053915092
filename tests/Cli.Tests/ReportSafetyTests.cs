using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// A report folder is never left half-written: a partial run (<c>--paper lcc</c>) into a copy of the committed
/// <c>proofs/</c> replaces only what it regenerated and keeps every other page, plot and the reproductions link; an
/// interrupted run (SIGINT) exits 130 and leaves the folder as it was. Both end with a scan of every Markdown link in the
/// folder: every relative link points to an existing file.
/// </summary>
public partial class ReportSafetyTests
{
    [Fact]
    public void Report_PartialRunIntoExistingReport_KeepsOtherPapersAndLinks()
    {
        using var copy = new TempFolder("dlv-partial");
        CopyFolder(Path.Combine(RepositoryRoot(), "proofs"), copy.Path);
        string nrtPage = File.ReadAllText(Path.Combine(copy.Path, "nrt.md"));
        int plotsBefore = Directory.GetFiles(Path.Combine(copy.Path, "img")).Length;

        var (code, _, error) = CliRunner.Run("report", "--paper", "lcc", "--out", copy.Path, "--jobs", "2");

        Assert.True(code == ExitCodes.Success, error);
        Assert.Equal(nrtPage, File.ReadAllText(Path.Combine(copy.Path, "nrt.md")));
        Assert.Equal(plotsBefore, Directory.GetFiles(Path.Combine(copy.Path, "img")).Length);
        string index = File.ReadAllText(Path.Combine(copy.Path, "README.md"));
        Assert.Contains("reproductions/README.md", index, StringComparison.Ordinal);
        foreach (var paper in new[] { "nrt", "lcc", "trbw", "acgh", "dhl" })
        {
            Assert.Contains($"[{paper}]({paper}.md)", index, StringComparison.Ordinal);
        }

        Assert.Empty(BrokenLinks(copy.Path));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(copy.Path)!, "." + Path.GetFileName(copy.Path) + ".partial-*"));
    }

    [Fact]
    public void Report_ClaimOfPaperWithExistingPage_IsRefusedBeforeAnyWork()
    {
        using var copy = new TempFolder("dlv-partial");
        CopyFolder(Path.Combine(RepositoryRoot(), "proofs"), copy.Path);

        var (code, output, error) = CliRunner.Run("report", "--claim", "nrt/eq2.1", "--out", copy.Path);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("already holds the report of paper nrt", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Check_InterruptedWhileRunning_Exits130AndLeavesTheReportIntact()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var copy = new TempFolder("dlv-interrupt");
        CopyFolder(Path.Combine(RepositoryRoot(), "proofs"), copy.Path);
        string index = File.ReadAllText(Path.Combine(copy.Path, "README.md"));
        string dlv = Path.Combine(AppContext.BaseDirectory, "dlv.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { dlv, "check", "--paper", "lcc", "--out", copy.Path, "--jobs", "1" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;

        // Progress lines go to a terminal only, so redirected standard error stays silent while the checks run; the
        // lcc fast tier runs well over 10 s, so after 3 s the run is under way and not finished.
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(process.HasExited, "the run ended before it could be interrupted");
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        string rest = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(Program.InterruptedExitCode, process.ExitCode);
        Assert.Contains("interrupted", rest, StringComparison.Ordinal);
        Assert.Equal(index, File.ReadAllText(Path.Combine(copy.Path, "README.md")));
        Assert.Empty(BrokenLinks(copy.Path));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(copy.Path)!, "." + Path.GetFileName(copy.Path) + ".partial-*"));
    }

    [Fact]
    public void BrokenLinks_MissingPlot_IsFound()
    {
        // Negative control of the scan: a page that links a missing image is reported.
        using var folder = new TempFolder("dlv-links");
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(Path.Combine(folder.Path, "a.md"), "![plot](img/missing.png) [ok](a.md#x) [web](https://example.org)\n");

        Assert.Equal(["a.md → img/missing.png"], BrokenLinks(folder.Path));
    }

    /// <summary>Every relative Markdown link <c>[text](target)</c> or <c>![alt](target)</c> to a file (<c>.md</c>,
    /// <c>.png</c>, <c>.csv</c>, <c>.json</c>, <c>.svg</c>; LaTeX such as <c>[0,T](t)</c> is not a link) in the folder's
    /// <c>.md</c> files whose target does not exist, as <c>page → target</c>.</summary>
    internal static List<string> BrokenLinks(string folder)
    {
        var broken = new List<string>();
        foreach (var page in Directory.GetFiles(folder, "*.md", SearchOption.AllDirectories))
        {
            foreach (Match m in MarkdownLink().Matches(File.ReadAllText(page)))
            {
                string target = m.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith('#'))
                {
                    continue;
                }

                string path = target.Split('#')[0];
                if (!File.Exists(Path.Combine(Path.GetDirectoryName(page)!, path)))
                {
                    broken.Add(Path.GetRelativePath(folder, page).Replace('\\', '/') + " → " + target);
                }
            }
        }

        return broken;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Verify.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Verify.sln not found above " + AppContext.BaseDirectory);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var dir in Directory.GetDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, dir)));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
        }
    }

    [GeneratedRegex(@"\]\(([^)\s]+\.(?:md|png|csv|json|svg)(?:#[^)\s]*)?)\)")]
    private static partial Regex MarkdownLink();
}
