namespace DeepLinear.Cli.Tests;

/// <summary>Runs <c>dlv</c> in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApplication.Run(args, new CliConsole(output, error, ErrorIsTerminal: false));
        return (code, output.ToString(), error.ToString());
    }
}
