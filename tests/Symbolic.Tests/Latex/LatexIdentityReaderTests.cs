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

    // Round 3 hostile spellings: each is how a paper typesets it; each must be read as printed and proved.
    [Theory]
    [InlineData(@"W_{j+1}W_{j} = W_{j+1} W_j")]
    [InlineData(@"(W_jW_k)^\top = W_k^\top W_j^\top")]
    [InlineData(@"A^TA = A^{\top} A")]
    [InlineData(@"\left[ A B \right]^T = B^T A^T")]
    [InlineData(@"[A B]^\intercal = B^\intercal A^\intercal")]
    [InlineData(@"\tfrac{1}{2} A + \dfrac{A}{2} = A")]
    [InlineData(@"(AB)^\prime = B^{\prime} A'")]
    [InlineData(@"(A B)^\mathsf{T} = B^{\mathsf{T}} A^{\rm T}")]
    [InlineData(@"\text{tr}(A B) = \operatorname{tr}(B A)")]
    [InlineData(@"I_nA = A")]
    [InlineData(@"A^{-1}A = \mathbf{I}")]
    [InlineData(@"(ABC)^T = C^TB^TA^T")]
    [InlineData(@"\operatorname{tr}(ABC) = \operatorname{tr}(CAB)")]
    public void Prove_LatexHostileSpelling_IsReadAsPrintedAndProved(string latex) =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(latex, [], [], new ProveOptions(Latex: true)).Verdict);

    [Theory]
    [InlineData(@"W_{j+1}W_{j} = W_{j}W_{j+1}")]
    [InlineData(@"A^TA = A A^T")]
    [InlineData(@"[A B]^T = A^T B^T")]
    [InlineData(@"\operatorname{tr}(ABC) = \operatorname{tr}(CBA)")]
    public void Prove_LatexHostileSpelling_FalseVariant_IsRefuted(string latex) =>
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(latex, [], [], new ProveOptions(Latex: true)).Verdict); // negative controls

    [Fact]
    public void Prove_LatexLowercaseGreek_IsAScalar() =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(@"\eta A \alpha = \alpha\eta A", [], [], new ProveOptions(Latex: true)).Verdict);

    [Fact]
    public void Prove_LatexCapitalGreek_IsAMatrix() =>
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(@"\Sigma A = A \Sigma", [], [], new ProveOptions(Latex: true)).Verdict); // negative control

    [Fact]
    public void Prove_LatexGreekDeclaredMatrix_StaysAMatrix() =>
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(@"\eta A = A \eta", [], ["eta=nxn"], new ProveOptions(Latex: true)).Verdict); // negative control

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
    [InlineData(@"A^23 = A", 1, "'^23'")]
    [InlineData(@"A^\dagger = A", 1, @"'^\dagger'")]
    [InlineData(@"A = A^", 5, "the end of the input")]
    public void Translate_Unreadable_NamesThePositionAndWhat(string latex, int position, string found)
    {
        var e = Assert.Throws<ParseException>(() => LatexIdentityReader.Translate(latex));
        Assert.Equal(position, e.Position);
        Assert.Contains(found, e.Message, StringComparison.Ordinal);
    }

    // Round 5: the trace of a product without parentheses, as lcc writes tr A A^T; it ends at the next +, - or =.
    [Theory]
    [InlineData(@"\operatorname{tr} \mathbf{A} \mathbf{A}^T = \operatorname{tr} \mathbf{A}^T \mathbf{A}", "tr(A*A') == tr(A'*A)")]
    [InlineData(@"\operatorname{tr} A B + \operatorname{tr} C = \operatorname{tr}(C) + \operatorname{tr} B A", "tr(A*B) + tr(C) == tr(C) + tr(B*A)")]
    [InlineData(@"\operatorname{tr} A^{-1} B A = \operatorname{tr} B", "tr(inv(A)*B*A) == tr(B)")]
    [InlineData(@"\operatorname{tr}(A) B = B \operatorname{tr}(A)", "tr(A)*B == B*tr(A)")]
    public void Translate_TraceWithoutParentheses_TakesTheProductUpToThePlusMinusOrEquals(string latex, string plain)
    {
        var (l, r) = LatexIdentityReader.ParseIdentity(latex);
        var (pl, pr) = FreeParser.ParseIdentity(plain);
        Assert.Equal(pl, l);
        Assert.Equal(pr, r);
    }

    [Fact]
    public void Prove_TraceWithoutParentheses_MutantIsRefuted()
    {
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(@"\operatorname{tr} A A^T = \operatorname{tr} A^T A", [], [], new ProveOptions(Latex: true)).Verdict);
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(@"\operatorname{tr} A A^T = \operatorname{tr} A A", [], [], new ProveOptions(Latex: true)).Verdict);
    }

    // A time argument after a matrix, as the papers write W_j(t) and W(0), is an error: read as a product it would be W_j·t.
    [Theory]
    [InlineData(@"W_{j+1}^T(t) W_{j+1}(t) = W_j(t) W_j^T(t)", "'(t)'")]
    [InlineData(@"W(0) = W(0)", "'(0)'")]
    [InlineData(@"W_j(k+1) = W_j(k)", "'(k+1)'")]
    public void Translate_TimeArgument_IsAnErrorNamingIt(string latex, string found)
    {
        var e = Assert.Throws<ParseException>(() => LatexIdentityReader.Translate(latex));
        Assert.Contains(found, e.Message, StringComparison.Ordinal);
        Assert.Contains("no functions of time", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"A (x) = A x")]
    [InlineData(@"A\left(B + C\right) = A B + A C")]
    [InlineData(@"\operatorname{tr}(t) = \operatorname{tr}(t)")]
    public void Translate_OrdinaryParentheses_AreNotTimeArguments(string latex) =>
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove(latex, [], [], new ProveOptions(Latex: true)).Verdict);
}
