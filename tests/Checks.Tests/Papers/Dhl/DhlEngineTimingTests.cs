using System.Diagnostics;
using System.Globalization;
using DeepLinear.Checks.Papers.Dhl;
using DeepLinear.Checks.Running;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Dhl;

public class DhlEngineTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void All_FastTier_RunsWithinTheBudget()
    {
        double total = 0;
        foreach (var (id, check) in DhlEngineChecks.All.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var watch = Stopwatch.StartNew();
            var result = check(CheckContext.Direct());
            double seconds = watch.Elapsed.TotalSeconds;
            total += seconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id,-32} {result.Verdict,-14} {seconds,7:F3}s  {result.Scope} | {result.Evidence.Summary()}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total:F2}s"));
        Assert.True(total < 30, $"dhl engine checks took {total} s");
    }
}
