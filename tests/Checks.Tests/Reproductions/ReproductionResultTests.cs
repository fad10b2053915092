using DeepLinear.Checks.Reproductions;
using Xunit;

namespace DeepLinear.Checks.Tests.Reproductions;

public class ReproductionResultTests
{
    private static ReproductionResult Sample() => new(
        "demo",
        "nrt",
        "A demo",
        Quick: false,
        ["setup line with $\\eta = 1$"],
        [
            new ReproductionRow("$a$", "$1$", "$2$", ReproductionVerdict.NotReproduced, "factor 2 | pipe"),
            new ReproductionRow("$b$", "1", "1", ReproductionVerdict.Reproduced, "ok") { Fields = [new("x", 1.5), new("n", 2)] },
        ],
        [new ReproductionPlot("p", "plot", "x", "y", true, [new ReproductionCurve("c", [0.0, 1.0], [1.0, double.PositiveInfinity])])],
        ["a note"]);

    [Fact]
    public void ToMarkdown_HasTableCountsAndRelativeImageLinks()
    {
        string md = Sample().ToMarkdown();
        Assert.Contains("| $a$ | $1$ | $2$ | not reproduced | factor 2 \\| pipe |", md, StringComparison.Ordinal);
        Assert.Contains("Verdicts: 1 reproduced, 1 not reproduced, 0 not reproducible.", md, StringComparison.Ordinal);
        Assert.Contains("![plot](img/demo-p.png)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_WritesFieldsThenVerdictAndNullForNonFinite()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Sample().ToJson())!;
        Assert.Equal(["quantity", "printed", "reproduced", "verdict", "note"], json["rows"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["x", "n", "verdict"], json["rows"]![1]!.AsObject().Select(p => p.Key));
        Assert.Null(json["curves"]![0]!["y"]![1]);
        Assert.Equal("p", json["curves"]![0]!["plot"]!.GetValue<string>());
    }

    [Fact]
    public void WriteFiles_WritesMarkdownJsonAndPng()
    {
        string folder = Path.Combine(Path.GetTempPath(), "dlv-repro-result-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            var written = Sample().WriteFiles(folder);
            Assert.Equal(["demo.md", "demo.json", "img/demo-p.png"], written);
            Assert.True(File.Exists(Path.Combine(folder, "img", "demo-p.png")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(7.73e-4, "7.73 \\cdot 10^{-4}")]
    [InlineData(0.5, "0.5")]
    [InlineData(12345.0, "1.23 \\cdot 10^{4}")]
    [InlineData(9.999e-5, "1.00 \\cdot 10^{-4}")]
    public void Sci_FormatsInvariantScientific(double value, string expected) => Assert.Equal(expected, ReproductionFormat.Sci(value));

    [Fact]
    public void ToPlain_RendersCommonMath()
    {
        Assert.Equal("η ≤ 7.73 · 10^-4", ReproductionFormat.ToPlain("$\\eta \\le 7.73 \\cdot 10^{-4}$"));
    }
}
