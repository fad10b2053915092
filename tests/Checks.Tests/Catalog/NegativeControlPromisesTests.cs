using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using Xunit;

namespace DeepLinear.Checks.Tests.Catalog;

/// <summary>Every negative control the built-in catalog promises is data attached to its claim; the forms run each
/// control and a control that is not refuted makes its claim crash (the fast-tier catalog run in the suite has none).</summary>
public class NegativeControlPromisesTests
{
    private const string Head = "paper: { key: demo, title: T }\nclaims:\n  - id: demo/lemma1\n    label: L\n    kind: lemma\n    statement: s\n    handling: \"numeric; negative control: x > 1 must fail\"\n";

    [Fact]
    public void Unkept_BuiltInCatalog_IsEmpty()
    {
        var unkept = NegativeControlPromises.Unkept(BuiltInClaimFiles.All.SelectMany(f => f.Claims));
        Assert.True(unkept.Count == 0, "promised in the handling but not attached as negative-controls: " + string.Join(", ", unkept));
    }

    [Fact]
    public void Unkept_PromiseWithoutData_IsFound_NegativeControl()
    {
        var file = ClaimFileReader.Parse(Head + "    check: { inequality: \"x <= 1\", over: { x: \"scalar(0, 1)\" } }\n", "demo.yaml");
        Assert.Equal(["demo/lemma1"], NegativeControlPromises.Unkept(file.Claims));
    }

    [Fact]
    public void Unkept_PromiseWithData_IsKept()
    {
        var file = ClaimFileReader.Parse(
            Head + "    check: { inequality: \"x <= 1\", over: { x: \"scalar(0, 1)\" }, negative-controls: [ { inequality: \"x <= 0.5\" } ] }\n", "demo.yaml");
        Assert.Empty(NegativeControlPromises.Unkept(file.Claims));
    }
}
