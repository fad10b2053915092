using System.Text.Json.Nodes;
using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>The bench workloads above the numeric engine (dhl-relu-step, nrt-fast-tier): timings in JSON, never asserted.</summary>
public class BenchCommandTests
{
    [Fact]
    public void DhlReluStep_Json_ReportsTimingAndNoAllocationPerStep()
    {
        var (code, output, _) = CliRunner.Run("bench", "--workload", "dhl-relu-step", "--iterations", "2", "--json");
        Assert.Equal(ExitCodes.Success, code);
        var workload = JsonNode.Parse(output)!["workloads"]![0]!;
        Assert.Equal("dhl-relu-step", workload["name"]!.GetValue<string>());
        Assert.Equal(2, workload["iterations"]!.GetValue<int>());
        Assert.True(workload["ns_per_iter"]!.GetValue<double>() > 0);
        Assert.Equal(0, workload["alloc_bytes_per_iter"]!.GetValue<double>());
        Assert.Contains("152 M multiply-adds per step", workload["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("the product B₁(XᵀX) takes", workload["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownWorkload_ErrorListsTheCheckWorkloadsToo()
    {
        var (code, _, error) = CliRunner.Run("bench", "--workload", "nrt-nope");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("nrt-nope", error, StringComparison.Ordinal);
        Assert.Contains("nrt-fast-tier", error, StringComparison.Ordinal);
    }
}
