namespace DeepLinear.Cli;

/// <summary>
/// A command-line argument broke a rule the parser cannot express (for example a malformed <c>--dims</c> list).
/// The message names the argument, its value and the allowed values; the exit code is <see cref="ExitCodes.Usage"/>.
/// </summary>
public sealed class CliUsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliUsageException(string argument, string value, string rule)
        : base($"argument '{argument}' is '{value}': {rule}.")
    {
    }
}
