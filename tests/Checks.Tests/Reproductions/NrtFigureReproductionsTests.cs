using DeepLinear.Checks.Reproductions;
using Xunit;

namespace DeepLinear.Checks.Tests.Reproductions;

public class NrtFigureReproductionsTests
{
    [Fact]
    public void Figure1_Json_HasExactlyThePrescribedRowFields()
    {
        var result = NrtFigureReproductions.Figure1(new ReproductionOptions(Seeds: 3, Quick: true));
        var rows = System.Text.Json.Nodes.JsonNode.Parse(result.ToJson())!["rows"]!.AsArray();
        Assert.Equal(3, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(["N", "eta_bound_median", "eta_bound_min", "eta_bound_max", "eta_printed", "verdict"], row!.AsObject().Select(p => p.Key));
        }

        Assert.Equal([2, 3, 5], rows.Select(r => r!["N"]!.GetValue<int>()));
        Assert.Equal([7.73e-4, 1.29e-4, 3.91e-5], rows.Select(r => r!["eta_printed"]!.GetValue<double>()));
    }

    [Fact]
    public void Figure1_BoundRows_ReportTheFactorWhenNotReproduced()
    {
        var result = NrtFigureReproductions.Figure1(new ReproductionOptions(Seeds: 3, Quick: true));
        foreach (var row in result.Rows)
        {
            var median = (double)row.Fields.Single(f => f.Key == "eta_bound_median").Value;
            var min = (double)row.Fields.Single(f => f.Key == "eta_bound_min").Value;
            var max = (double)row.Fields.Single(f => f.Key == "eta_bound_max").Value;
            var printed = (double)row.Fields.Single(f => f.Key == "eta_printed").Value;
            Assert.True(min <= median && median <= max);
            bool inRange = printed >= min && printed <= max;
            Assert.Equal(inRange ? ReproductionVerdict.Reproduced : ReproductionVerdict.NotReproduced, row.Verdict);
            if (!inRange)
            {
                Assert.Contains("median/printed", row.Note, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void BoundsOverSeeds_EqualsEngineBoundPerSeed()
    {
        var bounds = NrtFigureReproductions.BoundsOverSeeds(3, new ReproductionOptions(Seed: 5, Seeds: 2));
        var (x, y, start) = DeepLinear.Numeric.Initialization.NrtExperimentSetup.Create(3, 70, 2, 210, 6);
        Assert.Equal(DeepLinear.Numeric.Bounds.NrtStepSizeBound.ForData(x, y, start).Eta, bounds[1]);
    }
}
