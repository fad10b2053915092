using DeepLinear.Checks.Reports;
using Xunit;

namespace DeepLinear.Checks.Tests.Reports;

/// <summary>A staged write moves a complete folder into place or changes nothing (issue 14: reports are written safely).</summary>
public sealed class ReportStagingTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "dlv-staging-" + Guid.NewGuid().ToString("N"));

    public ReportStagingTests()
    {
        string folder = Folder;
        Directory.CreateDirectory(Path.Combine(folder, "img"));
        File.WriteAllText(Path.Combine(folder, "README.md"), "earlier index");
        File.WriteAllText(Path.Combine(folder, "img", "old-run.png"), "earlier plot");
    }

    private string Folder => Path.Combine(root, "report");

    [Fact]
    public void Write_WriterFailsHalfway_LeavesTheFolderUnchangedAndNoTemporaryFolder()
    {
        Assert.Throws<IOException>(() => ReportStaging.Write(
            Folder,
            staging =>
            {
                Directory.CreateDirectory(Path.Combine(staging, "img"));
                File.WriteAllText(Path.Combine(staging, "img", "new-run.png"), "new plot");
                File.WriteAllText(Path.Combine(staging, "README.md"), "new index");
                throw new IOException("disk full");
            },
            ReportStaging.IsPlot));

        Assert.Equal("earlier index", File.ReadAllText(Path.Combine(Folder, "README.md")));
        Assert.Equal(["old-run.png"], Directory.GetFiles(Path.Combine(Folder, "img")).Select(Path.GetFileName));
        Assert.Equal(["report"], Directory.GetDirectories(root).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_Completes_ReplacesTheFilesAndDeletesOnlyStalePlots()
    {
        File.WriteAllText(Path.Combine(Folder, "notes.txt"), "a user's file");

        var written = ReportStaging.Write(
            Folder,
            staging =>
            {
                Directory.CreateDirectory(Path.Combine(staging, "img"));
                File.WriteAllText(Path.Combine(staging, "img", "new-run.png"), "new plot");
                File.WriteAllText(Path.Combine(staging, "README.md"), "new index");
                return ["img/new-run.png", "README.md"];
            },
            ReportStaging.IsPlot);

        Assert.Equal(["img/new-run.png", "README.md"], written);
        Assert.Equal("new index", File.ReadAllText(Path.Combine(Folder, "README.md")));
        Assert.Equal(["new-run.png"], Directory.GetFiles(Path.Combine(Folder, "img")).Select(Path.GetFileName));
        Assert.Equal("a user's file", File.ReadAllText(Path.Combine(Folder, "notes.txt")));
        Assert.Equal(["report"], Directory.GetDirectories(root).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("img/nrt-fig1-loss.png", true)]
    [InlineData("img/notes.txt", false)]
    [InlineData("nrt-fig1.md", false)]
    [InlineData("data/nrt-fig1.png", false)]
    public void IsPlot_RelativePath_MarksOnlyImgPngs(string relative, bool expected) => Assert.Equal(expected, ReportStaging.IsPlot(relative));

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
