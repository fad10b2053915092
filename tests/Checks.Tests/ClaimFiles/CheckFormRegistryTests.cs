using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;
using DeepLinear.Checks.Running;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles;

public class CheckFormRegistryTests
{
    private static ClaimFileEntry Entry(string check)
        => ClaimFileReader.Parse(
            $"paper: {{ key: demo, title: T }}\nclaims:\n  - id: demo/lemma1\n    label: L\n    kind: lemma\n    statement: s\n    check: {check}\n",
            "demo.yaml").Claims[0];

    [Fact]
    public void Compile_Code_ReturnsTheRegisteredCSharpCheck()
    {
        var check = CheckFormRegistry.Default.Compile(Entry("{ code: flow-limit-and-boundedness-not-checkable }"));
        Assert.NotNull(check);
        var result = check(CheckContext.Direct());
        Assert.Equal(DeepLinear.Checks.Evidence.Verdict.NotCheckable, result.Verdict);
        Assert.Equal(BuiltInChecks.ByName["flow-limit-and-boundedness-not-checkable"](CheckContext.Direct()).Evidence.Summary(), result.Evidence.Summary());
    }

    [Fact]
    public void Compile_CodeCounterexampleWithoutRerun_GetsTheClaimsRerunCommand()
    {
        var check = CheckFormRegistry.Default.Compile(Entry("{ code: printed-exponential-rate-fails-exactly }"));
        var evidence = Assert.IsType<DeepLinear.Checks.Evidence.CounterexampleEvidence>(check!(CheckContext.Direct()).Evidence);
        Assert.Equal("dlv check --claim demo/lemma1", evidence.Rerun);
        Assert.Empty(Assert.IsType<DeepLinear.Checks.Evidence.CounterexampleEvidence>(BuiltInChecks.ByName["printed-exponential-rate-fails-exactly"](CheckContext.Direct()).Evidence).Rerun);
    }

    [Fact]
    public void Compile_CodeWithUnknownName_NamesLineKeyValueAndRule()
    {
        var error = Assert.Throws<ClaimFileException>(() => CheckFormRegistry.Default.Compile(Entry("{ code: nrt/thm99 }")));
        Assert.Equal(7, error.Line);
        Assert.Equal("claims[demo/lemma1].check.code", error.Key);
        Assert.Equal("nrt/thm99", error.Value);
        Assert.Contains("no check written in C# is registered", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_CodeWithModifier_IsRejected()
    {
        var error = Assert.Throws<ClaimFileException>(
            () => CheckFormRegistry.Default.Compile(Entry("{ code: flow-limit-and-boundedness-not-checkable, instances: 3 }")));
        Assert.Equal("claims[demo/lemma1].check.instances", error.Key);
        Assert.Contains("takes no modifier", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_CodeWithRefutedNegativeControl_KeepsTheCodeVerdict()
    {
        var check = CheckFormRegistry.Default.Compile(Entry(
            "{ code: flow-limit-and-boundedness-not-checkable, negative-controls: [ { inequality: \"x <= 0.5\", over: { x: \"scalar(0, 1)\" } }, { identity: \"A*B == B*A\" } ] }"));
        Assert.NotNull(check);
        Assert.NotSame(BuiltInChecks.ByName["flow-limit-and-boundedness-not-checkable"], check);
        Assert.Equal(DeepLinear.Checks.Evidence.Verdict.NotCheckable, check(CheckContext.Direct()).Verdict);
    }

    [Fact]
    public void Compile_CodeWithControlNotRefuted_ClaimCrashesLoudly()
    {
        var entry = Entry("{ code: flow-limit-and-boundedness-not-checkable, negative-controls: [ { inequality: \"x <= 2\", over: { x: \"scalar(0, 1)\" } } ] }");
        var check = CheckFormRegistry.Default.Compile(entry);
        Assert.NotNull(check);
        var error = Assert.Throws<DeepLinear.Checks.ClaimFiles.Forms.NegativeControlNotRefutedException>(() => check(CheckContext.Direct()));
        Assert.Contains("negative control 1 of 'demo/lemma1'", error.Message, StringComparison.Ordinal);
        var outcome = ClaimRunner.RunOne(new Claim(entry.Entry, check), RunOptions.Default);
        Assert.False(outcome.HasVerdict);
        Assert.Contains("came out verified, not refuted", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_CodeControlNamingACodeCheck_RunsThatCheck()
    {
        // flow-limit-and-boundedness-not-checkable is not checkable, so as a control it is not refuted: the claim must fail loudly.
        var check = CheckFormRegistry.Default.Compile(Entry("{ code: flow-limit-and-boundedness-not-checkable, negative-controls: [ { code: flow-limit-and-boundedness-not-checkable } ] }"));
        Assert.NotNull(check);
        Assert.Throws<DeepLinear.Checks.ClaimFiles.Forms.NegativeControlNotRefutedException>(() => check(CheckContext.Direct()));
    }

    [Fact]
    public void Compile_CodeControlWithUnknownName_IsAFileError()
    {
        var error = Assert.Throws<ClaimFileException>(
            () => CheckFormRegistry.Default.Compile(Entry("{ code: flow-limit-and-boundedness-not-checkable, negative-controls: [ { code: nrt/thm99 } ] }")));
        Assert.Equal("claims[demo/lemma1].check.negative-controls.code", error.Key);
        Assert.Equal("nrt/thm99", error.Value);
    }

    [Fact]
    public void Compile_Pending_ReturnsNoCheck()
        => Assert.Null(CheckFormRegistry.Default.Compile(Entry("{ pending: \"not encoded yet\" }")));

    [Fact]
    public void Compile_PendingWithoutText_IsRejected()
    {
        var error = Assert.Throws<ClaimFileException>(() => CheckFormRegistry.Default.Compile(Entry("{ pending: [a] }")));
        Assert.Equal("claims[demo/lemma1].check.pending", error.Key);
    }

    [Fact]
    public void Compile_FormWithoutCompiler_IsAClaimFileException()
    {
        var registry = new CheckFormRegistry();
        var error = Assert.Throws<ClaimFileException>(() => registry.Compile(Entry("{ pending: x }")));
        Assert.Equal("claims[demo/lemma1].check.pending", error.Key);
        Assert.Contains("not implemented", error.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Register_UnknownOrDuplicateForm_IsRejected()
    {
        var registry = CheckFormRegistry.CreateDefault();
        Assert.Throws<ArgumentException>(() => registry.Register("lemma", _ => null));
        Assert.Throws<ArgumentException>(() => registry.Register("code", _ => null));
        Assert.Contains("code", registry.Forms);
        Assert.Contains("pending", registry.Forms);
    }
}
