using DeepLinear.Symbolic.Latex;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Latex;

public class LatexIdentityReaderTests
{
    [Theory]
    [InlineData(@"\operatorname{tr}\left(A^\top B\right) = \mathrm{Tr}(B^{\top} A)")]
    [InlineData(@"(W_{j+1} W_j)^T = W_j^T \cdot W_{j+1}^T")]
    [InlineData(@"\frac{1}{2} A + \frac{1}{2}A = \mathbf{I}_n A")]
    [InlineData(@"$(A B)^{-1} = B^{-1} A^{-1}$")]
    [InlineData(@"\mathrm{tr}(A + B) = \operatorname{tr}(A)\,+\;\operatorname{tr}(B)")]
    public void Prove_LatexIdentity_IsReadAndProved(string latex) =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(latex, [], [], new ProveOptions(Latex: true)).Verdict);

    [Fact]
    public void Prove_LatexFalseIdentity_IsRefuted() =>
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(@"(A B)^\top = A^\top B^\top", [], [], new ProveOptions(Latex: true)).Verdict); // negative control

    [Fact]
    public void Prove_LatexAssumption_IsTranslatedToo() =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(@"\operatorname{tr}(K) = 0", [@"K^\top = -K"], [], new ProveOptions(Latex: true)).Verdict);

    [Theory]
    [InlineData(@"\det(A) = 1", 0, @"'\det'")]
    [InlineData(@"A = B = C", 6, "a second '='")]
    [InlineData(@"\frac{1}{2", 0, "closing '}'")]
    public void Translate_Unreadable_NamesThePositionAndWhat(string latex, int position, string found)
    {
        var e = Assert.Throws<ParseException>(() => LatexIdentityReader.Translate(latex));
        Assert.Equal(position, e.Position);
        Assert.Contains(found, e.Message, StringComparison.Ordinal);
    }
}
