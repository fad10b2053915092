using Spectre.Console;

namespace DeepLinear.Cli;

/// <summary>Creates Spectre.Console renderers that write to a given <see cref="TextWriter"/> (tests capture them).</summary>
internal static class SpectreOutput
{
    /// <summary>
    /// The width given to a renderer whose output is not an interactive terminal: wide enough that no table row
    /// of this program is ever wrapped, so redirected output and pipes keep one line per row.
    /// </summary>
    public const int UnboundedWidth = 100_000;

    /// <summary>
    /// A console that writes to <paramref name="writer"/>: with colours and the terminal's width when it is the
    /// process's interactive standard output; otherwise plain text of <see cref="UnboundedWidth"/> columns.
    /// </summary>
    /// <remarks>
    /// Implementation note: Spectre.Console takes 80 columns for any writer that is not a terminal and wraps table
    /// cells word by word to fit (issue 14: "non-terminal tables do not wrap words at 80 columns"). Tables are not
    /// expanded, so a large width only removes the wrapping; it does not pad rows.
    /// </remarks>
    public static IAnsiConsole For(TextWriter writer)
    {
        var isTerminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = UnboundedWidth;
        }

        return console;
    }
}
