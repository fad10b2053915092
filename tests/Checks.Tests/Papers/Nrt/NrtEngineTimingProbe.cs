using System.Diagnostics;
using DeepLinear.Checks.Papers.Nrt;
using DeepLinear.Checks.Running;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Nrt;

public class NrtEngineTimingProbe(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var filter = Environment.GetEnvironmentVariable("NRT_PROBE") ?? string.Empty;
        double total = 0;
        foreach (var (id, check) in NrtEngineChecks.All.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (!id.Contains(filter, StringComparison.Ordinal))
            {
                continue;
            }

            var sw = Stopwatch.StartNew();
            string line;
            try
            {
                var r = check(CheckContext.Direct());
                line = $"{r.Verdict} | {r.Evidence.Summary()}";
            }
            catch (Exception ex)
            {
                line = "EXCEPTION " + ex.GetType().Name + ": " + ex.Message + ex.StackTrace?.Split('\n').FirstOrDefault();
            }

            total += sw.Elapsed.TotalSeconds;
            output.WriteLine($"{sw.Elapsed.TotalSeconds,7:F3}s {id}: {line}");
        }

        output.WriteLine($"total {total:F2}s");
    }
}
