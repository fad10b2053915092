using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.ClaimFiles.Skeleton;
using DeepLinear.Checks.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.ClaimFiles.Skeleton;

public class NumberedItemScannerTests(ITestOutputHelper output)
{
    private const string Paper = """
        A Title of the Paper

        **Theorem 1** (Main result). Let $A$ be square. Then
        $$\|A\|_F \le \sqrt{n}\|A\| \tag{3.2}$$
        holds.

        By Theorem 1 we have Lemma 2 below. The bound of Lemma 9 is used later.

        Lemma 2.1. For all $x$, $f(x) \ge 0$.
        The proof is short. Claim B.1. $a \le b$. Assumption 3 (Rank). $X$ has full rank.
        $$ x_{k+1} = x_k - \eta \nabla f(x_k) \quad (4.5) $$
        see [Smith, Proposition 4.11]. and in (4.5)

        Definition 2. A tuple is balanced if
        $$
        W_{j+1}^T W_{j+1} = W_j W_j^T
        $$
        (6)
        """;

    [Fact]
    public void Scan_TextWithStatementsAndDisplays_FindsEveryNumberedItemOnce()
    {
        var items = NumberedItemScanner.Scan(Paper);
        Assert.Equal(
            ["demo/thm1", "demo/eq3.2", "demo/lemma2.1", "demo/claimb.1", "demo/def3#assumption", "demo/eq4.5", "demo/def2", "demo/eq6"],
            items.Select(i => i.IdIn("demo")));
        var theorem = items[0];
        Assert.Equal("Theorem 1", theorem.Label);
        Assert.Equal(ClaimKind.Thm, theorem.Kind);
        Assert.Equal(3, theorem.Line);
        Assert.StartsWith("Theorem 1** (Main result). Let $A$ be square.", theorem.Statement, StringComparison.Ordinal);
        Assert.Equal(@"$$\|A\|_F \le \sqrt{n}\|A\| \tag{3.2}$$", items[1].Statement);
        Assert.Equal("Assumption 3", items[4].Label);
        Assert.Contains(@"W_{j+1}^T W_{j+1} = W_j W_j^T", items[7].Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_References_AreNotItems()
    {
        var ids = NumberedItemScanner.Scan(Paper).Select(i => i.IdIn("demo")).ToList();
        Assert.DoesNotContain("demo/lemma2", ids);
        Assert.DoesNotContain("demo/lemma9", ids);
        Assert.DoesNotContain("demo/prop4.11", ids);
    }

    [Theory]
    [InlineData("\\documentclass{article}\n\\title{Deep \\\\ Linear\n  Networks}\n\\begin{document}\nFor all $A$:\n\\begin{equation}\nA = A\n\\end{equation}\n\\end{document}", "Deep Linear Networks")]
    [InlineData("\\documentclass{article}\n\\begin{document}\nFor all $A$:\n\\begin{equation}\nA = A\n\\end{equation}\n\\end{document}", "mine")]
    [InlineData("A Plain Text Title\n\nLemma 1. For all A, A = A.", "A Plain Text Title")]
    public void Build_Title_IsTheLatexTitleOrTheKeyNeverAStatement(string paper, string title)
        => Assert.Equal(title, ClaimFileSkeleton.Build(paper, "mine", "paper.tex").File.Paper.Title);

    [Fact]
    public void Build_Skeleton_RoundTripsThroughWriterAndReaderWithPendingChecks()
    {
        var (file, items) = ClaimFileSkeleton.Build(Paper, "demo", "demo.txt");
        string yaml = ClaimFileWriter.Write(file);
        var back = ClaimFileReader.Parse(yaml, "demo.yaml");
        Assert.Equal("A Title of the Paper", back.Paper.Title);
        Assert.Equal(items.Count, back.Claims.Count);
        Assert.All(back.Claims.Where(c => c.Entry.Id != "demo/eq6"), c => Assert.Equal("pending", c.Check.Form));
        Assert.Equal(file.Claims.Select(c => c.Entry.Statement), back.Claims.Select(c => c.Entry.Statement));
        Assert.All(ClaimCatalog.FromClaimFiles([back]).Claims.Where(c => c.Id.Text != "demo/eq6"), c => Assert.False(c.HasCheck));

        // The one display that reads as a matrix identity (balancedness) carries a drafted encoding, marked draft.
        var balanced = back.Claims.Single(c => c.Entry.Id == "demo/eq6");
        Assert.Equal("identity", balanced.Check.Form);
        Assert.True(balanced.Draft);
        Assert.Equal(ClaimFileSkeleton.DraftHandling, balanced.Entry.Handling);
        Assert.Equal(1, back.Claims.Count(c => c.Draft));
    }

    [Theory]
    [InlineData(@"$$ \operatorname{tr}(AB) = \operatorname{tr}(BA) \tag{2.1} $$", "Proved")]
    [InlineData(@"(AB)^{T} = B^T A^T \quad (3.1)", "Proved")]
    [InlineData(@"\begin{equation}\label{eq:x} A(B + C) = AB + AC, \end{equation}", "Proved")]
    [InlineData(@"W_{j+1}^\top W_{j+1} = W_j W_j^\top .", "Refuted")]
    [InlineData(@"$$W_{j+1}^T W_{j+1} = W_j W_j^T \quad \text{for all } j = 1, \dots, N. \quad (2.4)$$", "Refuted")]
    [InlineData(@"$$ \operatorname{tr}(AB) = \operatorname{tr}(A)\operatorname{tr}(B) $$", "Refuted")]
    public void DraftIdentity_DisplayThatReadsAsAnIdentity_IsDraftedAsPrinted(string display, string verdict)
    {
        // Juxtaposed letters are products, as LaTeX typesets them: the drafts of true identities are proved, and those
        // of a definition (balancedness) or a false display are refuted, so the draft reads the display, not a guess.
        string? identity = ClaimFileSkeleton.DraftIdentity(display);
        Assert.NotNull(identity);
        var outcome = DeepLinear.Symbolic.Proving.ProverService.Prove(identity, [], []);
        Assert.Equal(verdict, outcome.Verdict.ToString());
    }

    [Theory]
    [InlineData(@"\|A\|_F \le \sqrt{n}\|A\| \tag{3.2}")]
    [InlineData(@"x_{k+1} = x_k - \eta \nabla f(x_k) \quad (4.5)")]
    [InlineData(@"A = B = C")]
    [InlineData(@"1 = 1 \quad (2)")]
    [InlineData(@"W_j \in \mathbb{R}^{d_j \times d_{j-1}} = V")]
    [InlineData("Definition 2. A tuple is balanced if every factor is square.")]
    [InlineData(@"$$\|W_{j+1}^T W_{j+1} - W_j W_j^T\| \leq \delta, \quad j = 1, \dots, N \quad (2.7)$$")]
    [InlineData(@"(A) Step sizes η_k in (5.2) with γ = 0.2 and a_1 (5.2)")]
    public void DraftIdentity_DisplayThatIsNoMatrixIdentity_IsNotDrafted(string display)
        => Assert.Null(ClaimFileSkeleton.DraftIdentity(display));

    [Fact]
    public void Scan_LatexSource_NumbersEnvironmentsAndDisplaysByTheirCounters()
    {
        string tex = File.ReadAllText(Path.Combine(RepositoryPaths.ChecksTestsProject, "ClaimFiles", "Skeleton", "Fixtures", "counters.tex"));
        var items = NumberedItemScanner.Scan(tex);
        Assert.Equal(
            ["demo/def1", "demo/eq1.1", "demo/lemma1.1", "demo/thm2.1", "demo/eq2.1", "demo/eq2.2", "demo/lemmaa.1"],
            items.Select(i => i.IdIn("demo")));
        Assert.Equal(["Definition 1", "Equation (1.1)", "Lemma 1.1", "Theorem 2.1", "Equation (2.1)", "Equation (2.2)", "Lemma A.1"], items.Select(i => i.Label));
        Assert.Contains(@"\label{lem:trace}", items[2].Statement, StringComparison.Ordinal);
        Assert.Equal(13, items[1].Line);

        var (file, _) = ClaimFileSkeleton.Build(tex, "demo", "counters.tex");
        Assert.Equal(["demo/eq1.1", "demo/eq2.1"], file.Claims.Where(c => c.Draft).Select(c => c.Entry.Id));
    }

    [Fact]
    public void Scan_LatexSourceWithoutCounters_NegativeControlFindsNoEnvironment()
    {
        // Starred environments and \section* are not numbered: nothing is counted.
        const string Tex = "\\newtheorem*{remark}{Remark}\n\\section*{A}\n\\begin{remark} x \\end{remark}\n\\begin{equation*} A = B \\end{equation*}\n";
        Assert.Empty(NumberedItemScanner.Scan(Tex));
    }

    [Fact]
    public void Build_NoNumberedItemOrBadKey_IsRejected()
    {
        Assert.Equal("paperText", Assert.Throws<ArgumentException>(() => ClaimFileSkeleton.Build("no items here", "demo", "x.txt")).ParamName);
        Assert.Equal("paperKey", Assert.Throws<ArgumentException>(() => ClaimFileSkeleton.Build(Paper, "Demo", "x.txt")).ParamName);
    }

    [PapersTheory]
    [InlineData("nrt")]
    [InlineData("lcc")]
    [InlineData("trbw")]
    [InlineData("acgh")]
    [InlineData("dhl")]
    public void Scan_ShippedPaper_FindsEveryNumberedItemOfTheCatalog(string paper)
    {
        var found = NumberedItemScanner.Scan(SharedPapers.Text(paper)).Where(i => i.Part is null).Select(i => (i.Kind, i.Number)).ToHashSet();
        var catalog = ClaimCatalog.Default.ForPaper(paper).Where(c => c.Id.Kind != ClaimKind.Text).Select(c => (c.Id.Kind, c.Id.Number)).ToHashSet();
        var missed = catalog.Where(item => !found.Contains(item)).Select(item => ClaimId.KindName(item.Kind) + item.Number).ToList();
        int drafted = ClaimFileSkeleton.Build(SharedPapers.Text(paper), paper, paper + ".txt").File.Claims.Count(c => c.Draft);
        output.WriteLine($"{paper}: catalog numbered items {catalog.Count}, found {catalog.Count - missed.Count}, missed {missed.Count}; scanner items {found.Count} ({found.Count(f => !catalog.Contains(f))} not in the catalog); identities drafted {drafted}");
        Assert.True(missed.Count == 0, $"{paper}: missed {string.Join(", ", missed)}");
    }

    [PapersTheory]
    [InlineData("nrt")]
    [InlineData("dhl")]
    public void Scan_NegativeControl_ReferencesOnlyMissTheStatements(string paper)
    {
        string text = SharedPapers.Text(paper).Replace("Theorem", "by Theorem", StringComparison.Ordinal);
        var theorems = NumberedItemScanner.Scan(text).Where(i => i.Kind == ClaimKind.Thm).ToList();
        Assert.Empty(theorems);
    }
}
