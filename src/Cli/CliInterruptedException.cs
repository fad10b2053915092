namespace DeepLinear.Cli;

/// <summary>
/// Ends a command after an interrupt was reported (<see cref="Interruption.Report"/> already removed the unfinished
/// outputs and said what was kept); <see cref="CliApplication.Run"/> turns it into exit <see cref="Interruption.ExitCode"/>
/// without printing anything more.
/// </summary>
public sealed class CliInterruptedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliInterruptedException()
        : base("interrupted")
    {
    }
}
