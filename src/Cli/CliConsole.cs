namespace DeepLinear.Cli;

/// <summary>
/// The streams a command writes to: results on <see cref="Out"/>, progress and diagnostics on <see cref="Error"/>.
/// Tests pass string writers; the program passes the process's streams.
/// </summary>
/// <param name="Out">Standard output (results, JSON).</param>
/// <param name="Error">Standard error (progress, warnings, error messages).</param>
/// <param name="ErrorIsTerminal">True when standard error is an interactive terminal, so a live progress bar may be drawn.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool ErrorIsTerminal);
