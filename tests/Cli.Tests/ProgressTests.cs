using Xunit;

namespace DeepLinear.Cli.Tests;

/// <summary>
/// Progress on long commands goes to standard error only when it is a terminal; redirected output (a file, a pipe, a
/// test's captured stream) never holds a progress line.
/// </summary>
public class ProgressTests
{
    private static readonly string[] ProductFlow = ["run", "--widths", "10,10,10", "--data", "gaussian", "--init", "gaussian", "--dynamics", "product-flow", "--time", "4", "--flow-step", "0.001"];

    [Fact]
    public void Run_ProductFlowOnATerminal_ShowsElapsedAgainstTheEstimate_RedirectedShowsNothing()
    {
        using var folder = new TempFolder("dlv-progress");

        var (terminalCode, _, terminalError) = Run(terminal: true, [.. ProductFlow, "--out", folder.Path]);
        var (redirectedCode, _, redirectedError) = Run(terminal: false, [.. ProductFlow, "--out", folder.Path]);

        Assert.Equal(ExitCodes.Success, terminalCode);
        Assert.Contains("product flow: 0 s elapsed of about", terminalError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, redirectedCode);
        Assert.DoesNotContain("elapsed", redirectedError, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Redirected_WritesNoProgressLines()
    {
        var (code, _, error) = Run(terminal: false, "check", "--claim", "nrt/eq2.1", "--jobs", "1", "--no-report");

        Assert.Equal(ExitCodes.Success, code);
        Assert.DoesNotContain("[1/", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", error, StringComparison.Ordinal);
        Assert.DoesNotContain("checking", error, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Error) Run(bool terminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApplication.Run(args, new CliConsole(output, error, ErrorIsTerminal: terminal));
        return (code, output.ToString(), error.ToString());
    }
}
