using System.Diagnostics;
using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Running;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Trbw;

public class TrbwTimingProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe_AllTrbwChecks_PrintsVerdictsAndSeconds()
    {
        if (Environment.GetEnvironmentVariable("TRBW_PROBE") != "1")
        {
            return;
        }

        string? only = Environment.GetEnvironmentVariable("TRBW_ONLY");
        double total = 0;
        foreach (var claim in ClaimCatalog.Default.ForPaper("trbw").Where(c => c.HasCheck))
        {
            if (only is not null && !claim.Id.Text.Contains(only, StringComparison.Ordinal))
            {
                continue;
            }

            var sw = Stopwatch.StartNew();
            var result = claim.Check!(CheckContext.Direct(thorough: Environment.GetEnvironmentVariable("TRBW_THOROUGH") == "1"));
            sw.Stop();
            total += sw.Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{claim.Id.Text,-28} {result.Verdict,-14} {sw.Elapsed.TotalSeconds,7:F3}s  {result.Evidence.Summary()}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"TOTAL {total:F2}s"));
    }

    [Fact]
    public void Probe_AutoencoderParts_PrintsSeconds()
    {
        if (Environment.GetEnvironmentVariable("TRBW_PROBE") != "2")
        {
            return;
        }

        var sw = Stopwatch.StartNew();
        var a = DeepLinear.Checks.Papers.Trbw.TrbwChecks.LimitsAreRankKMinimizers(CheckContext.Direct(), autoencoder: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thm5 part {sw.Elapsed.TotalSeconds:F2}s {a.Evidence.Summary()}"));
        sw.Restart();
        var b = DeepLinear.Checks.Papers.Trbw.TrbwChecks.DirectFlowLimits(CheckContext.Direct(), autoencoder: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"thm6 part {sw.Elapsed.TotalSeconds:F2}s {b.Evidence.Summary()}"));
    }
}
