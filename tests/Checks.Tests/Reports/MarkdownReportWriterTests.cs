using DeepLinear.Checks.Reports;
using Xunit;

namespace DeepLinear.Checks.Tests.Reports;

public class MarkdownReportWriterTests
{
    private static readonly ReportEntry[] Entries =
    [
        new("nrt/lemma3.1", "nrt", "Lemma 3.1", "lemma", "\\|W\\| \\le ...", "L^1, spectral norm", ["XX^T full rank"], "verified", "numeric", "120 instances", "numeric check", []),
        new("nrt/eq3.17", "nrt", "(3.17)", "eq", "a = b", "", [], "refuted", "shape error", "counterexample", "shape check", []),
        new("dhl/thm2.1", "dhl", "Theorem 2.1", "thm", "d/dt ... = 0", "", [], "pending", "", "no check yet", "symbolic", []),
    ];

    [Fact]
    public void Write_TwiceIntoDifferentFolders_GivesIdenticalBytes()
    {
        string a = Directory.CreateTempSubdirectory("dlv-report-a").FullName;
        string b = Directory.CreateTempSubdirectory("dlv-report-b").FullName;
        var files = MarkdownReportWriter.Write(a, Entries);
        MarkdownReportWriter.Write(b, Entries);
        Assert.Equal(["README.md", "nrt.md", "dhl.md"], files);
        foreach (var f in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
            Assert.DoesNotContain(a, File.ReadAllText(Path.Combine(a, f)), StringComparison.Ordinal);
        }

        Directory.Delete(a, true);
        Directory.Delete(b, true);
    }

    [Fact]
    public void IndexAndPaper_RefutationsWithReadings_AreCountedByReadingAndDistinctErrata()
    {
        var reading = new DeepLinear.Checks.Catalog.RefutationReading(DeepLinear.Checks.Catalog.RefutationReadingKind.Notation, "ill-typed, intent clear", ["Section 2: shapes"]);
        ReportEntry[] entries =
        [
            new("nrt/eq2.3", "nrt", "(2.3)", "eq", "a", "", [], "refuted", "shape", "counterexample", "shape check", []) { Reading = reading, Erratum = "nrt/range" },
            new("nrt/eq2.4", "nrt", "(2.4)", "eq", "b", "", [], "refuted", "shape", "counterexample", "shape check", []) { Reading = reading, Erratum = "nrt/range" },
            new("nrt/eq2.5", "nrt", "(2.5)", "eq", "c", "", [], "refuted", "witness", "counterexample", "numeric", []) { Reading = reading with { Kind = DeepLinear.Checks.Catalog.RefutationReadingKind.False }, Erratum = "nrt/sign" },
            new("nrt/eq2.6", "nrt", "(2.6)", "eq", "d", "", [], "refuted", "witness", "counterexample", "numeric", []),
        ];
        string index = MarkdownReportWriter.Index(entries, ["nrt"]);
        Assert.Contains("| nrt | 4 | 1 | 2 | 0 | 0 | 1 | 3 |", index, StringComparison.Ordinal);
        Assert.Contains("| all | 4 | 1 | 2 | 0 | 0 | 1 | 3 |", index, StringComparison.Ordinal);
        Assert.Contains("— (2.3) — notation, erratum `nrt/range`", index, StringComparison.Ordinal);
        string page = MarkdownReportWriter.Paper("nrt", entries);
        Assert.Contains("**Verdict: refuted (notation)** (shape)", page, StringComparison.Ordinal);
        Assert.Contains("**Reading: notation.** ill-typed, intent clear", page, StringComparison.Ordinal);
        Assert.Contains("- Section 2: shapes", page, StringComparison.Ordinal);
        Assert.Contains("**Verdict: refuted** (witness)", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_CountsVerdictsAndListsRefutedClaims()
    {
        string index = MarkdownReportWriter.Index(Entries, ["nrt", "dhl"]);
        Assert.Contains("| [nrt](nrt.md) | 2 | 0 | 1 | 1 | 0 | 0 | 0 | 0 |", index, StringComparison.Ordinal);
        Assert.Contains("| [dhl](dhl.md) | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |", index, StringComparison.Ordinal);
        Assert.Contains("[`nrt/eq3.17`](nrt.md#nrt-eq3-17)", index, StringComparison.Ordinal);
        Assert.Contains("`dhl/thm2.1` — pending", index, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_EndsWithEveryNumberedItem()
    {
        string page = MarkdownReportWriter.Paper("nrt", Entries.Where(e => e.Paper == "nrt").ToList());
        int list = page.IndexOf("## Every numbered item", StringComparison.Ordinal);
        Assert.True(list > 0);
        Assert.Contains("| Lemma 3.1 | `nrt/lemma3.1` | verified | numeric check |", page[list..], StringComparison.Ordinal);
        Assert.Contains("$$\n\\|W\\| \\le ...\n$$", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_ProseStatementWithInlineMath_IsQuoted()
    {
        var entry = Entries[0] with { Statement = "for all $N \\ge 2$ the bound holds" };
        string page = MarkdownReportWriter.Paper(entry.Paper, [entry]);
        Assert.Contains("> for all $N \\ge 2$ the bound holds", page, StringComparison.Ordinal);
    }

    [Fact]
    public void PlotWriter_SkipsNonPositiveValuesOnLogAxisAndCountsThem()
    {
        string folder = Directory.CreateTempSubdirectory("dlv-plot").FullName;
        int skipped = PlotWriter.Write(Path.Combine(folder, "p.png"), "t", "x", "y", [new PlotSeries("s", [0, 1, 2, 3], [1, 0, double.NaN, 0.5])], logY: true);
        Assert.Equal(2, skipped);
        Assert.True(new FileInfo(Path.Combine(folder, "p.png")).Length > 1000);
        Directory.Delete(folder, true);
    }

    [Fact]
    public void PlotWriter_ZeroLevel_FlooredZerosDrawTwoDecadesBelowTheSmallestGenuineValue()
    {
        Assert.Equal(-19, PlotWriter.ZeroLevel([new PlotSeries("a", [0, 1, 2], [1e-300, 1.6e-17, 1]), new PlotSeries("b", [0, 1], [0.5, 0.2])]));
        Assert.Null(PlotWriter.ZeroLevel([new PlotSeries("a", [0, 1, 2], [1e-10, 1.6e-17, 1])]));
        Assert.Null(PlotWriter.ZeroLevel([new PlotSeries("a", [0, 1], [1e-300, 1e-300])]));
    }

    [Fact]
    public void PlotWriter_RoundingLevelSeries_FindsCurvesOfPureRoundingNoiseOnly()
    {
        var noise = new PlotSeries("|h_t|", [0, 1, 2], [3e-16, 1e-20, 0]);
        var signal = new PlotSeries("loss", [0, 1, 2], [2.0, 1.0, 0.5]);
        var smallButSignal = new PlotSeries("gap", [0, 1, 2], [1e-6, 1e-9, 1e-11]);
        var zeros = new PlotSeries("zero", [0, 1], [1e-300, 0]);

        var found = PlotWriter.RoundingLevelSeries([noise, signal, smallButSignal, zeros]);

        Assert.Equal([noise], found.Keys);
        Assert.Equal(3e-16, found[noise]);
        // Negative control: relative to a plot whose values reach 1e6, 1e-7 is rounding too; alone it is signal.
        Assert.Single(PlotWriter.RoundingLevelSeries([new PlotSeries("big", [0], [1e6]), new PlotSeries("tiny", [0], [1e-7])]));
        Assert.Empty(PlotWriter.RoundingLevelSeries([new PlotSeries("tiny", [0], [1e-7])]));
        // A tiny but smooth quantity (acgh Theorem 2's log-decrease, 1e-19 rising) is signal; the same values jagged are noise.
        double[] t = [1, 2, 3, 4, 5, 6];
        Assert.Empty(PlotWriter.RoundingLevelSeries([new PlotSeries("smooth", t, [2e-20, 5e-20, 8e-20, 1e-19, 1.2e-19, 1.3e-19])]));
        Assert.Single(PlotWriter.RoundingLevelSeries([new PlotSeries("jagged", t, [2e-20, 1e-19, 3e-20, 1.2e-19, 5e-20, 1.3e-19])]));
    }

    [Fact]
    public void PlotWriter_OnlyRoundingNoise_WritesAPlotThatSaysSo()
    {
        string folder = Directory.CreateTempSubdirectory("dlv-plot").FullName;
        int skipped = PlotWriter.Write(Path.Combine(folder, "p.png"), "‖W‖_F and Uᵀ", "t", "|h_t|", [new PlotSeries("|h_t|", [0, 1, 2], [3e-16, 1e-20, 2e-17])], logY: true);
        Assert.Equal(0, skipped);
        Assert.True(new FileInfo(Path.Combine(folder, "p.png")).Length > 1000);
        Directory.Delete(folder, true);
    }

    [Theory]
    [InlineData("𝒜_{W,N}(ℓ)", false, "A_(W,N)(l)")]
    [InlineData("‖W − U_rU_rᵀ‖_F in ℝ", true, "‖W − UᵣUᵣᵀ‖ꜰ in R")]
    [InlineData("‖W − U_rU_rᵀ‖ in ℝ", false, "‖W − UᵣUᵣᵀ‖ in ℝ")]
    [InlineData("η ≤ 2δ/(4L + δB), ½λ² ∞ ⊥ W̃", true, "η ≤ 2δ/(4L + δB), ½λ² ∞ ⊥ W̃")]
    [InlineData("L^N(W(k))", true, "Lᴺ(W(k))")]
    [InlineData("δ = 1·M^{2/N}/N³", true, "δ = 1·M^(2/N)/N³")]
    [InlineData("W_{j+1}ᵀ e^{−2t}, d_y, ‖x‖_F", false, "Wⱼ₊₁ᵀ e⁻²ᵗ, d_y, ‖x‖ꜰ")]
    [InlineData("λ_{d_y}↓ and a trailing ^", false, "λ_(d_y)↓ and a trailing ^")]
    public void PlotWriter_Printable_WritesScriptsWithoutTeXAndReplacesGlyphsTheFontLacks(string text, bool bold, string expected)
        => Assert.Equal(expected, PlotWriter.Printable(text, bold));
}
