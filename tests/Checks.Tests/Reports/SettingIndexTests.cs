using DeepLinear.Checks.Reports;
using Xunit;

namespace DeepLinear.Checks.Tests.Reports;

/// <summary>A setting shared by several claims is stated once and linked (issue 14).</summary>
public class SettingIndexTests
{
    private const string Loss = "Loss L = ½‖Y − WX‖².";
    private const string Descent = Loss + " Gradient descent with step η.";

    [Fact]
    public void Refer_NestedSharedSettings_LinksTheLongestAndKeepsTheRest()
    {
        var index = new SettingIndex("nrt", [Loss, Descent, Descent + " Only this claim.", Loss, "Unrelated."]);

        Assert.Equal("[S1](#nrt-setting-1).", index.Refer(Loss));
        Assert.Equal("[S2](#nrt-setting-2).", index.Refer(Descent));
        Assert.Equal("[S2](#nrt-setting-2), and: Only this claim.", index.Refer(Descent + " Only this claim."));
        Assert.Equal("Unrelated.", index.Refer("Unrelated."));
        string section = index.Section();
        Assert.Contains("<a id=\"nrt-setting-1\"></a>\n**S1.** " + Loss + "\n", section, StringComparison.Ordinal);
        Assert.Contains("**S2.** [S1](#nrt-setting-1), and: Gradient descent with step η.", section, StringComparison.Ordinal);
        Assert.Equal(1, section.Split(Loss).Length - 1);
    }

    [Fact]
    public void Refer_PrefixEndingInsideAWord_IsNotLinked()
    {
        var index = new SettingIndex("lcc", ["Loss L", "Loss L", "Loss Lᴺ of depth N."]);

        Assert.Equal("Loss Lᴺ of depth N.", index.Refer("Loss Lᴺ of depth N."));
    }

    [Fact]
    public void NegativeControl_SettingsUsedOnce_AreWrittenInFullWithoutASection()
    {
        var index = new SettingIndex("trbw", [Descent, "Gradient flow."]);

        Assert.True(index.IsEmpty);
        Assert.Equal(string.Empty, index.Section());
        Assert.Equal(Descent, index.Refer(Descent));
    }

    [Theory]
    [InlineData("lcc-lemma1-flow", "lcc/lemma1-drift", "lcc-lemma1-flow-drift")]
    [InlineData("lcc-prop1-bounded", "lcc-prop1-bounded", "lcc-prop1-bounded")]
    [InlineData("dhl-cor2-1-flow", "flow", "dhl-cor2-1-flow")]
    [InlineData("nrt-prop3-3-1", "run", "nrt-prop3-3-1-run")]
    [InlineData("trbw-thm4-1", "rank-gap", "trbw-thm4-1-rank-gap")]
    public void PlotFileName_NameRepeatingTheAnchor_DoesNotRepeatIt(string anchor, string plotName, string expected)
        => Assert.Equal(expected, ReportGenerator.PlotFileName(anchor, plotName));
}
