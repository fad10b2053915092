namespace DeepLinear.Checks.Reports;

/// <summary>
/// Writes a report folder safely: every file goes first into a temporary sibling folder
/// (<c>.&lt;name&gt;.partial-&lt;process id&gt;</c>), and only a complete report is moved into place (plots and data
/// first, pages next, the index last), so an interrupted run never leaves a page that links a missing plot. The
/// commit holds <see cref="Gate"/>; an interrupt handler takes the same lock, so it never cuts a commit in half, and
/// calls <see cref="Abandon"/> to remove the unfinished temporary folders and say what was kept.
/// </summary>
public static class ReportStaging
{
    private static readonly Dictionary<string, string> Active = new(StringComparer.Ordinal);

    /// <summary>The lock held while a staged report is moved into place (and by an interrupt handler).</summary>
    public static object Gate { get; } = new();

    /// <summary>Creates (empty) and registers the temporary sibling folder of <paramref name="folder"/>.</summary>
    /// <param name="folder">The report folder.</param>
    /// <returns>The temporary folder.</returns>
    public static string Begin(string folder)
    {
        string full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? full;
        string staging = Path.Combine(parent, "." + Path.GetFileName(full) + ".partial-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        lock (Gate)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Directory.CreateDirectory(staging);
            Active[staging] = folder;
        }

        return staging;
    }

    /// <summary>
    /// Moves the staged <paramref name="files"/> (relative paths) into <paramref name="folder"/> — files under
    /// <c>img/</c> and <c>data/</c> first, then the pages, then <c>verdicts.csv</c> and <c>README.md</c> — and then deletes
    /// the files of <paramref name="folder"/> that <paramref name="isStale"/> marks (relative paths of earlier generated
    /// files not written again). Removes the temporary folder.
    /// </summary>
    public static void Commit(string staging, string folder, IReadOnlyList<string> files, Func<string, bool> isStale)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(isStale);
        static int Order(string f) => f.Contains('/', StringComparison.Ordinal) ? 0 : f == "README.md" ? 3 : f == "verdicts.csv" ? 2 : 1;
        lock (Gate)
        {
            Directory.CreateDirectory(folder);
            var written = new HashSet<string>(files, StringComparer.Ordinal);
            foreach (var file in files.OrderBy(Order).ThenBy(f => f, StringComparer.Ordinal))
            {
                string target = Path.Combine(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(staging, file), target, overwrite: true);
            }

            foreach (var sub in new[] { "img", "data" })
            {
                string dir = Path.Combine(folder, sub);
                if (!Directory.Exists(dir))
                {
                    continue;
                }

                foreach (var path in Directory.GetFiles(dir))
                {
                    string relative = sub + "/" + Path.GetFileName(path);
                    if (!written.Contains(relative) && isStale(relative))
                    {
                        File.Delete(path);
                    }
                }
            }

            Directory.Delete(staging, recursive: true);
            Active.Remove(staging);
        }
    }

    /// <summary>
    /// Stages and commits in one call: <paramref name="writeInto"/> writes every file into the temporary folder and
    /// returns their paths relative to it; they are then moved into <paramref name="folder"/> as
    /// <see cref="Commit"/> does. When <paramref name="writeInto"/> throws, the temporary folder is removed and
    /// <paramref name="folder"/> is left untouched.
    /// </summary>
    /// <param name="folder">The report folder.</param>
    /// <param name="writeInto">Writes the files into the folder it is given; returns their relative paths.</param>
    /// <param name="isStale">Marks earlier generated files (relative paths under <c>img/</c> or <c>data/</c>) to delete when not written again.</param>
    /// <returns>The relative paths written.</returns>
    public static IReadOnlyList<string> Write(string folder, Func<string, IReadOnlyList<string>> writeInto, Func<string, bool> isStale)
    {
        ArgumentNullException.ThrowIfNull(writeInto);
        string staging = Begin(folder);
        try
        {
            var written = writeInto(staging);
            Commit(staging, folder, written, isStale);
            return written;
        }
        catch
        {
            Discard(staging);
            throw;
        }
    }

    /// <summary>
    /// The staleness rule of a folder that is always regenerated whole (the reproductions index): every earlier plot
    /// <c>img/*.png</c> not written again is stale.
    /// </summary>
    public static bool IsPlot(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        return relative.StartsWith("img/", StringComparison.Ordinal) && relative.EndsWith(".png", StringComparison.Ordinal);
    }

    /// <summary>Removes <paramref name="staging"/> when a write failed before its commit (the report folder is untouched).</summary>
    public static void Discard(string staging)
    {
        lock (Gate)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            Active.Remove(staging);
        }
    }

    /// <summary>
    /// For an interrupt: removes every unfinished temporary folder and returns one line per report folder saying that its
    /// earlier contents were kept unchanged. Call it holding <see cref="Gate"/>.
    /// </summary>
    /// <returns>The lines (empty when no report was being written).</returns>
    public static IReadOnlyList<string> Abandon()
    {
        var lines = new List<string>();
        foreach (var (staging, folder) in Active.ToList())
        {
            try
            {
                Directory.Delete(staging, recursive: true);
            }
            catch (IOException)
            {
                // Implementation note: a file still open by a writer thread; the folder is hidden and named after the process.
            }

            Active.Remove(staging);
            lines.Add($"{folder}: the report was not finished; nothing in the folder was changed (earlier contents kept).");
        }

        return lines;
    }
}
