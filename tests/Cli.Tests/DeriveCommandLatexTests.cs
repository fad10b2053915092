using System.Text.RegularExpressions;
using DeepLinear.Cli;
using DeepLinear.Symbolic.Latex;
using DeepLinear.Symbolic.Parsing;
using Xunit;

namespace DeepLinear.Cli.Tests;

public class DeriveCommandLatexTests
{
    [Fact]
    public void DeriveInvariantAllDepths_Latex_PrintsMultiLetterSymbolsAsOneItalicName()
    {
        // The velocities Adot and Bdot of the invariant proof: printed bare, LaTeX typesets them as the product A·d·o·t.
        var (code, output, _) = CliRunner.Run("derive", "--what", "invariant", "--mode", "all-depths", "--format", "latex");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains(@"\mathit{Adot}^{\top}", output, StringComparison.Ordinal);
        Assert.Contains(@"\mathit{Bdot}", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"(?<!\\mathit\{)[AB]dot"), output); // negative control: no bare Adot/Bdot anywhere
        string line = output.Split('\n').First(l => l.Contains(@"\mathit{Adot}", StringComparison.Ordinal)).Trim().Trim('$');
        var (left, _) = FreeParser.ParseIdentity(LatexIdentityReader.Translate(line + " = 0"));
        Assert.Contains("Adot'", left.ToString(), StringComparison.Ordinal); // read back, the printed line names the symbol Adot
    }
}
