using Spectre.Console;

namespace DeepLinear.Cli;

/// <summary>Creates Spectre.Console renderers that write to a given <see cref="TextWriter"/> (tests capture them).</summary>
internal static class SpectreOutput
{
    /// <summary>A console that writes plain text (no colours when redirected) to <paramref name="writer"/>.</summary>
    public static IAnsiConsole For(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = ColorSystemSupport.Detect,
        Interactive = InteractionSupport.No,
    });
}
