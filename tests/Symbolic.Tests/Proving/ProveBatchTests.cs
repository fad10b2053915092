using DeepLinear.Symbolic.Proving;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Proving;

public class ProveBatchTests
{
    [Fact]
    public void Read_HeaderLines_ApplyToLaterIdentitiesOnly()
    {
        var items = ProveBatch.Read(["A == A", "--assume \"K' == -K\"", "# comment", "tr(K) == 0 --shape K=dxd", ""], ["B' == B"], []);
        Assert.Equal(2, items.Count);
        Assert.Equal(["B' == B"], items[0].Assumptions);
        Assert.Equal(["B' == B", "K' == -K"], items[1].Assumptions);
        Assert.Equal(["K=dxd"], items[1].Shapes);
        Assert.Equal(4, items[1].LineNumber);
    }

    [Fact]
    public void Read_MalformedLine_ThrowsNamingTheLine()
    {
        var e = Assert.Throws<FormatException>(() => ProveBatch.Read(["A == A", "A == A --assume"], [], []));
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_TwoPasses_TimesEveryCallAndOrdersTheQuantiles()
    {
        var items = ProveBatch.Read(["A == A", "(A*B)' == B'*A'", "A*B == B*A"], [], []);
        var timing = ProveBatch.Time(items, 2);
        Assert.Equal(3, timing.Identities);
        Assert.Equal(2, timing.Passes);
        Assert.True(timing.MedianMs > 0 && timing.MedianMs <= timing.P90Ms && timing.P90Ms <= timing.MaxMs);
        Assert.True(timing.TotalMs >= timing.MaxMs);
        Assert.Contains(timing.Slowest, new[] { "A == A", "(A*B)' == B'*A'", "A*B == B*A" });
        Assert.Throws<ArgumentOutOfRangeException>(() => ProveBatch.Time(items, 0));
    }

    [Fact]
    public void Read_LatexHeaderAndLine_ProveTheLatexLinesOnly()
    {
        var items = ProveBatch.Read(["A == A", @"(A B)^\top = B^\top A^\top --latex", "--latex", @"\operatorname{tr} A B = \operatorname{tr} B A"], [], []);
        Assert.Equal([false, true, true], items.Select(i => i.Latex));
        Assert.All(items, i => Assert.Equal(ProveVerdict.Proved, ProverService.Prove(i.Identity, i.Assumptions, i.Shapes, i.Options).Verdict));
        // Negative control: the LaTeX line read as plain text is a parse error, so the flag is what makes it provable.
        Assert.Equal(ProveVerdict.ParseError, ProverService.Prove(items[1].Identity, [], [], ProveOptions.Default).Verdict);
    }
}
