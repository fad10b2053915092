using DeepLinear.Checks.Reproductions;
using Xunit;
using Repros = DeepLinear.Checks.Reproductions.Reproductions;

namespace DeepLinear.Checks.Tests.Reproductions;

public class ReproductionsTests
{
    public static TheoryData<string> QuickNames() => new(Repros.Names.Where(n => n != "dhl-fig2"));

    [Fact]
    public void All_HasEveryNameInOrder()
    {
        Assert.Equal(Repros.Names.OrderBy(n => n, StringComparer.Ordinal), Repros.All.Keys.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(["nrt-fig1", "nrt-fig2", "trbw-autoencoder", "trbw-supervised", "dhl-fig2", "acgh-claim4", "acgh-claim5", "lcc-saddles"], Repros.Names);
    }

    [Theory]
    [MemberData(nameof(QuickNames))]
    public void Reproduction_QuickMode_ProducesRowsWithVerdictsAndIsDeterministic(string name)
    {
        var options = new ReproductionOptions(Seed: 3, Seeds: 4, Quick: true);
        var first = Repros.All[name](options);
        var second = Repros.All[name](options);
        AssertWellFormed(first, name);
        Assert.Equal(first.ToMarkdown(), second.ToMarkdown());
        Assert.Equal(first.ToJson(), second.ToJson());
    }

    [Fact]
    public void DhlFigure2_QuickMode_ProducesRowsWithVerdictsAndIsDeterministic()
    {
        var options = new ReproductionOptions(Seed: 1, Quick: true);
        var first = Repros.All["dhl-fig2"](options);
        var second = Repros.All["dhl-fig2"](options);
        AssertWellFormed(first, "dhl-fig2");
        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Contains(first.Rows, r => r.Verdict == ReproductionVerdict.NotReproducible);
    }

    [Fact]
    public void Reproduction_DifferentSeed_ChangesMultiSeedStatistics()
    {
        var a = NrtFigureReproductions.BoundsOverSeeds(2, new ReproductionOptions(Seed: 1, Seeds: 3, Quick: true));
        var b = NrtFigureReproductions.BoundsOverSeeds(2, new ReproductionOptions(Seed: 2, Seeds: 3, Quick: true));
        Assert.NotEqual(a, b);
        Assert.Equal(a[1], b[0]);
    }

    private static void AssertWellFormed(ReproductionResult result, string name)
    {
        Assert.Equal(name, result.Name);
        Assert.True(result.Quick);
        Assert.NotEmpty(result.Rows);
        Assert.NotEmpty(result.Setup);
        Assert.All(result.Rows, r => Assert.True(Enum.IsDefined(r.Verdict)));
        string md = result.ToMarkdown();
        Assert.Contains("| quantity | printed | reproduced | verdict | note |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", md, StringComparison.Ordinal);
        Assert.DoesNotContain("/tmp", md, StringComparison.Ordinal);
        foreach (var plot in result.Plots)
        {
            Assert.Contains("](img/" + name + "-" + plot.Id + ".png)", md, StringComparison.Ordinal);
        }

        var json = System.Text.Json.Nodes.JsonNode.Parse(result.ToJson())!.AsObject();
        Assert.Equal(["rows", "curves"], json.Select(p => p.Key));
        Assert.Equal(result.Rows.Count, json["rows"]!.AsArray().Count);
        Assert.All(json["rows"]!.AsArray(), r => Assert.Contains(r!["verdict"]!.GetValue<string>(), new[] { "reproduced", "not reproduced", "not reproducible" }));
        Assert.DoesNotContain("NaN", result.ToJson(), StringComparison.Ordinal);
        Assert.All(result.Plots.SelectMany(p => p.Curves), c => Assert.True(c.X.Count <= 400));
    }
}
