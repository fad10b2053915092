using DeepLinear.Checks.ClaimFiles.Expressions;
using DeepLinear.Checks.ClaimFiles.Forms;
using DeepLinear.Checks.ClaimFiles.Generators;
using DeepLinear.Checks.Tests.Support;
using Xunit;

namespace DeepLinear.Checks.Tests.ClaimFiles;

/// <summary>The reference page <c>docs/claim-files.md</c> documents every function, generator and form.</summary>
public class ClaimFileReferenceTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "claim-files.md"));

    [Fact]
    public void Reference_EveryFunctionGeneratorAndForm_IsDocumented()
        => Assert.Empty(Missing(ExpressionEvaluator.FunctionNames.Select(f => "`" + f)
            .Concat(GeneratorLibrary.All.Select(g => "`" + g.Name + "("))
            .Concat(ClaimForms.FormNames.Select(f => "`" + f + "`"))));

    [Fact]
    public void Reference_EveryKeyOfTheIdentityAndInequalityForms_IsDocumented()
        => Assert.Empty(Missing(new[] { "identity", "assume", "shapes", "entrywise", "inequality", "sizes", "over", "where", "instances", "tolerance", "tightness" }
            .Select(k => "| `" + k + "` |").Append("### `negative-controls`").Append("### `code`")));

    [Fact]
    public void Reference_NegativeControl_AnUndocumentedNameIsReportedMissing()
        => Assert.Equal(["`nosuchfunction("], Missing(["`norm(", "`nosuchfunction("]));

    private static List<string> Missing(IEnumerable<string> tokens)
        => tokens.Where(token => !Page.Contains(token, StringComparison.Ordinal)).ToList();
}
