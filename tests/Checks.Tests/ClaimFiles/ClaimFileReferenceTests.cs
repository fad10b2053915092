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
        => Assert.Empty(Missing(new[] { "identity", "assume", "shapes", "entrywise", "depths", "inequality", "sizes", "over", "where", "instances", "tolerance", "tightness" }
            .Select(k => "| `" + k + "` |").Append("### `negative-controls`").Append("### `code`")));

    [Fact]
    public void Reference_EveryDocumentedFunctionOrGenerator_ExistsInTheCode()
        => Assert.Empty(Undefined(DocumentedNames(Page)));

    [Fact]
    public void Reference_NegativeControl_ADocumentedNameTheCodeLacksIsReported()
        => Assert.Equal(["nosuchfunction"], Undefined(DocumentedNames("| `norm(A)` | x |\n| `nosuchfunction(A)`, `normF(A)` | y |\n")));

    [Fact]
    public void Reference_NegativeControl_AnUndocumentedNameIsReportedMissing()
        => Assert.Equal(["`nosuchfunction("], Missing(["`norm(", "`nosuchfunction("]));

    /// <summary>The names of the function and generator rows of the reference tables (<c>| `name(…)`, `other` |</c>), from
    /// the expression-language section on; the forms <c>sum</c>, <c>prod</c> and <c>forall</c> included.</summary>
    private static List<string> DocumentedNames(string page)
    {
        int start = page.IndexOf("## The numeric expression language", StringComparison.Ordinal);
        var names = new List<string>();
        foreach (string line in page[Math.Max(0, start)..].Split('\n'))
        {
            var cell = System.Text.RegularExpressions.Regex.Match(line, @"^\| (`[^|]*)\|");
            if (cell.Success)
            {
                names.AddRange(System.Text.RegularExpressions.Regex.Matches(cell.Groups[1].Value, @"`([A-Za-z][A-Za-z0-9]*)")
                    .Select(m => m.Groups[1].Value));
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Undefined(IEnumerable<string> names)
        => names.Where(n => !ExpressionEvaluator.FunctionNames.Contains(n) && !GeneratorLibrary.Names.Contains(n)
            && n is not ("forall" or "sum" or "A")).ToList();

    private static List<string> Missing(IEnumerable<string> tokens)
        => tokens.Where(token => !Page.Contains(token, StringComparison.Ordinal)).ToList();
}
