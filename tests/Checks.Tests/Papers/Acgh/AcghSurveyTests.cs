using System.Diagnostics;
using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.Papers.Acgh;
using DeepLinear.Checks.Running;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Acgh;

public class AcghSurveyTests(ITestOutputHelper output)
{
    [Fact]
    public void AllChecks_FastTier_RunWithinBudgetAndNeverCrash()
    {
        double total = 0;
        var lines = new List<string>();
        foreach (var (id, check) in AcghChecks.All.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var sw = Stopwatch.StartNew();
            var result = check(CheckContext.Direct());
            double s = sw.Elapsed.TotalSeconds;
            total += s;
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{id,-40} {result.Verdict,-13} {s,7:F3}s  {result.Evidence.Summary()}"));
        }

        foreach (var l in lines)
        {
            output.WriteLine(l);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total {total:F2}s, {AcghChecks.All.Count} checks of {AcghInventory.Entries.Count} entries"));
        Assert.True(total < 35, $"fast tier took {total:F1}s");
    }
}
