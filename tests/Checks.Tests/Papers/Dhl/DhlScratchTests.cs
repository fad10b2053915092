using DeepLinear.Checks.Papers.Dhl;
using DeepLinear.Checks.Running;
using Xunit;
using Xunit.Abstractions;

namespace DeepLinear.Checks.Tests.Papers.Dhl;

public class DhlScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        foreach (var id in new[] { "dhl/lemmac.2#b", "dhl/lemmac.2#d", "dhl/lemmac.2#proof-l" })
        {
            var r = DhlEngineChecks.RankOneClaimWithoutRetry(CheckContext.Direct(), id, 1e-2);
            output.WriteLine(id + " " + r.Verdict + " " + r.Evidence.Summary());
        }
    }
}
