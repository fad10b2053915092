namespace DeepLinear.Cli;

/// <summary>Entry point of the <c>dlv</c> command-line tool.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args) => 0;
}
