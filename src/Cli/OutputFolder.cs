namespace DeepLinear.Cli;

/// <summary>
/// The rules an output folder (<c>--out DIR</c>) must meet, checked before any work starts: the path is not empty, is
/// not an existing file or device (<c>/dev/null</c>), does not lie under a file, and the folder (or, when it does not
/// exist yet, its nearest existing ancestor) accepts a new file.
/// </summary>
public static class OutputFolder
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<System.CommandLine.Option, object> OutputOptions = [];

    /// <summary>Whether <paramref name="option"/> names a file or folder a command writes (built by
    /// <c>CliOptions.OutputFolderOption</c> or <c>CliOptions.OutputFile</c>; every such write goes through
    /// <see cref="DeepLinear.Checks.Reports.ReportStaging"/>). Tests enumerate the command tree with it, so a new writing
    /// option cannot be left out of the tests of safe writing.</summary>
    /// <param name="option">An option of the command tree.</param>
    /// <returns>Whether it is an output option.</returns>
    public static bool IsOutputOption(System.CommandLine.Option option) => OutputOptions.TryGetValue(option, out _);

    /// <summary>Marks <paramref name="option"/> as an output option (see <see cref="IsOutputOption"/>).</summary>
    internal static T MarkOutput<T>(T option)
        where T : System.CommandLine.Option
    {
        OutputOptions.AddOrUpdate(option, string.Empty);
        return option;
    }

    /// <summary>The rule <paramref name="path"/> breaks, or null when it can be used as an output folder.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The rule in words, or null.</returns>
    public static string? Check(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return "must name a folder (it is empty)";
        }

        if (path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return "must be a valid path (it contains a character no path may contain)";
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "must be a valid path";
        }

        if (Directory.Exists(full))
        {
            return Writable(full) ? null : "must be a folder this user can write to (writing a file there was refused)";
        }

        if (Path.Exists(full))
        {
            return "must be a folder, but it is an existing file or device";
        }

        string? ancestor = Path.GetDirectoryName(full);
        while (ancestor is not null && !Path.Exists(ancestor))
        {
            ancestor = Path.GetDirectoryName(ancestor);
        }

        if (ancestor is null)
        {
            return "must lie in an existing file system";
        }

        if (!Directory.Exists(ancestor))
        {
            return $"must not lie under a file ('{ancestor}' is a file, not a folder)";
        }

        return Writable(ancestor) ? null : $"must be a folder this user can create ('{ancestor}' refused a new file)";
    }

    /// <summary>Throws a <see cref="CliUsageException"/> when <paramref name="path"/> breaks a rule of <see cref="Check"/>.</summary>
    /// <param name="option">The option name, e.g. <c>--out</c>.</param>
    /// <param name="path">The path.</param>
    public static void Require(string option, string? path)
    {
        if (Check(path) is { } rule)
        {
            throw new CliUsageException(option, path ?? string.Empty, rule);
        }
    }

    private static bool Writable(string folder)
    {
        string probe = Path.Combine(folder, ".dlv-write-probe-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
