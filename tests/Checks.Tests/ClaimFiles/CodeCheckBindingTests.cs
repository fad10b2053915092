using System.Globalization;
using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.Evidence;
using DeepLinear.Checks.Running;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace DeepLinear.Checks.Tests.ClaimFiles;

/// <summary>Typed registration of C# checks (<see cref="ClaimCheckAttribute"/>, <see cref="BuiltInChecks.Discover"/>)
/// and the <c>with:</c> arguments of the code form (<see cref="CodeCheckBinding"/>), on checks registered in this test
/// assembly.</summary>
public class CodeCheckBindingTests
{
    private static readonly IReadOnlyDictionary<string, RegisteredCheck> TestRegistry =
        BuiltInChecks.Discover(typeof(CodeCheckBindingTests).Assembly).ToDictionary(c => c.Name, StringComparer.Ordinal);

    [Fact]
    public void Discover_MarkedStaticMethods_AreRegisteredWithTheirParameters()
    {
        Assert.True(TestRegistry.ContainsKey("square-of-argument-is-at-most-ten"));
        Assert.Equal(["x"], TestRegistry["square-of-argument-is-at-most-ten"].Parameters);
    }

    [Fact]
    public void Bind_WithArgument_PassesItToTheCheck()
    {
        var check = Bind("square-of-argument-is-at-most-ten", "{ x: 3 }");
        Assert.Equal(Verdict.Verified, check(CheckContext.Direct()).Verdict);
    }

    [Fact]
    public void Bind_WithArgumentThatBreaksTheClaim_IsRefuted_NegativeControl()
    {
        var check = Bind("square-of-argument-is-at-most-ten", "{ x: 4 }");
        Assert.Equal(Verdict.Refuted, check(CheckContext.Direct()).Verdict);
    }

    [Fact]
    public void Bind_UndeclaredArgument_NamesKeyValueAndRule()
    {
        var error = Assert.Throws<ClaimFileException>(() => Bind("square-of-argument-is-at-most-ten", "{ y: 3 }"));
        Assert.Equal("claims[demo/lemma1].check.with.y", error.Key);
        Assert.Equal("3", error.Value);
        Assert.Contains("reads only x", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NonMappingWith_IsRejected()
    {
        var error = Assert.Throws<ClaimFileException>(() => Bind("square-of-argument-is-at-most-ten", "[ 3 ]"));
        Assert.Equal("claims[demo/lemma1].check.with", error.Key);
        Assert.Contains("mapping", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownName_IsRejected()
    {
        var error = Assert.Throws<ClaimFileException>(() => Bind("no-such-check", null));
        Assert.Equal("claims[demo/lemma1].check.code", error.Key);
        Assert.Contains("no check written in C# is registered", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInRegistry_NamedChecks_AreKebabCaseAndNeverClaimIds()
    {
        var named = BuiltInChecks.Discover(typeof(BuiltInChecks).Assembly);
        Assert.All(named, c => Assert.DoesNotContain("/", c.Name, StringComparison.Ordinal));
        Assert.Equal(named.Count, named.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Compile_CodeFormWithWith_UndeclaredKeyOfABuiltInCheck_IsRejected()
    {
        var entry = ClaimFileReader.Parse(
            "paper: { key: demo, title: T }\nclaims:\n  - id: demo/lemma1\n    label: L\n    kind: lemma\n    statement: s\n    check: { code: flow-limit-and-boundedness-not-checkable, with: { depth: 3 } }\n",
            "demo.yaml").Claims[0];
        var error = Assert.Throws<ClaimFileException>(() => CheckFormRegistry.Default.Compile(entry));
        Assert.Equal("claims[demo/lemma1].check.with.depth", error.Key);
        Assert.Contains("takes no arguments", error.Rule, StringComparison.Ordinal);
    }

    /// <summary>A test check: verified when x² ≤ 10 for the argument x, refuted otherwise.</summary>
    /// <param name="context">The context with argument x.</param>
    /// <returns>The result.</returns>
    [ClaimCheck("square-of-argument-is-at-most-ten", Parameters = ["x"])]
    internal static CheckResult SquareOfArgumentIsAtMostTen(CheckContext context)
    {
        double x = context.NumberArgument("x");
        return x * x <= 10
            ? CheckResult.Verified("one instance", new NumericEvidence("the argument x", 1, 0, 10 - (x * x), x * x / 10, null, null))
            : CheckResult.Refuted("one instance", new CounterexampleEvidence(
                string.Create(CultureInfo.InvariantCulture, $"x = {x}"), "x", string.Create(CultureInfo.InvariantCulture, $"x² = {x * x} > 10"), true, false, false, "-", null));
    }

    private static Func<CheckContext, CheckResult> Bind(string name, string? with)
    {
        YamlNode? node = null;
        if (with is not null)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader("with: " + with));
            node = ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("with")];
        }

        return CodeCheckBinding.Bind(
            TestRegistry, name, null, node, "check",
            (at, key, value, rule) => new ClaimFileException("demo.yaml", 7, 5, "claims[demo/lemma1]." + key, value, rule));
    }
}
