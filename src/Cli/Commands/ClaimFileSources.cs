using DeepLinear.Checks.Catalog;
using DeepLinear.Checks.ClaimFiles;

namespace DeepLinear.Cli.Commands;

/// <summary>The claim files a command reads: the given files, or the built-in catalog when none is given.</summary>
internal static class ClaimFileSources
{
    /// <summary>Reads the files; a format error is printed (file, line, key, value, rule) and null returned.</summary>
    /// <param name="console">Where errors go.</param>
    /// <param name="paths">The <c>--claims</c> paths, or null/empty for the built-in catalog.</param>
    /// <returns>The files, or null after an error.</returns>
    public static IReadOnlyList<ClaimFile>? Load(CliConsole console, IReadOnlyList<string>? paths)
    {
        if (paths is null || paths.Count == 0)
        {
            return BuiltInClaimFiles.All;
        }

        var files = new List<ClaimFile>();
        foreach (string path in paths)
        {
            try
            {
                files.Add(ClaimFileReader.Read(path));
            }
            catch (ClaimFileException error)
            {
                console.Error.WriteLine("dlv: " + CliOptions.Message("--claims", path, error.Message.TrimEnd('.')));
                return null;
            }
        }

        return files;
    }
}
