using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Parsing;
using DeepLinear.Symbolic.Proving;
using Xunit;

namespace DeepLinear.Symbolic.Tests.Proving;

public class InverseAbstractionTests
{
    // Matrix Cookbook §3.2.6 and friends: true identities with the inverse of a sum (or an inverse next to an assumption),
    // decided by the letters Z = S⁻¹ with Z·S = S·Z = I.
    [Theory]
    [InlineData("inv(I + A) == I - A*inv(I + A)")]
    [InlineData("inv(I + A)*A == A*inv(I + A)")]
    [InlineData("A*inv(I + A) + inv(I + A) == I")]
    [InlineData("inv(I + A*B)*A == A*inv(I + B*A)")]
    [InlineData("inv(A + B) == inv(A) - inv(A)*inv(inv(A) + inv(B))*inv(A)")]
    public void Prove_InverseOfASum_IsProvedWithInverseLetters(string identity)
    {
        var outcome = ProverService.Prove(identity, [], []);
        Assert.Equal(ProveVerdict.Proved, outcome.Verdict);
        Assert.Contains(outcome.Derivation.Steps, s => s.Rule == "inverse letters");
    }

    // Negative controls: the mutants are false and must be refuted at exact witnesses, never proved.
    [Theory]
    [InlineData("inv(I - A) == I - A*inv(I + A)")]
    [InlineData("inv(I + A)*A == A*inv(I - A)")]
    [InlineData("inv(I + A*B)*A == A*inv(I + A*B)")]
    [InlineData("inv(A) + inv(B) == inv(A)*(A - B)*inv(B)")]
    public void Prove_FalseInverseOfASum_IsRefuted(string identity) =>
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove(identity, [], []).Verdict);

    // Vacuous identities: the inverse never exists (0, a nilpotent letter), so the relations Z·S = I are contradictory and
    // could rewrite anything to 0; they are never reported proved.
    [Theory]
    [InlineData("inv(A - A) == B", new string[0])]
    [InlineData("inv(N) == A", new[] { "N^2 == 0" })]
    [InlineData("inv(N)*B == B*inv(N)", new[] { "N*N == 0" })]
    public void Prove_InverseThatNeverExists_IsNotProved(string identity, string[] assumptions) =>
        Assert.NotEqual(ProveVerdict.Proved, ProverService.Prove(identity, assumptions, []).Verdict);

    [Fact]
    public void Prove_InverseCommutingUnderAssumption_IsProved()
    {
        Assert.Equal(ProveVerdict.Proved, ProverService.Prove("inv(A)*B == B*inv(A)", ["A*B == B*A"], []).Verdict);
        Assert.Equal(ProveVerdict.Refuted, ProverService.Prove("inv(A)*B == B*inv(A)", [], []).Verdict); // negative control: without the assumption
    }

    [Fact]
    public void Of_InverseOfProduct_SplitsIntoLettersOfTheFactors()
    {
        var (l, r) = FreeParser.ParseIdentity("inv(2*A*(B + C)') == inv(B + C)'");
        var (abstraction, replaced) = InverseAbstraction.Of([l, r], new ShapeEnvironment());
        Assert.Equal(2, abstraction.Letters.Count); // inv(A) and inv(B + C); the transpose and 2 are pulled out
        Assert.Equal(4, abstraction.Relations.Count());
        Assert.False(InverseAbstraction.HasInverse(replaced[0]));
        Assert.True(InverseAbstraction.HasInverse(l));
    }
}
