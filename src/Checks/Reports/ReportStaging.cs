using System.Globalization;
using System.Text;

namespace DeepLinear.Checks.Reports;

/// <summary>
/// The one way every <c>dlv</c> command writes its output, so that nothing is ever half-written. A folder (a report,
/// a reproduction, a run) goes first into a temporary sibling folder (<c>.&lt;name&gt;.partial-&lt;process id&gt;</c>),
/// and only a complete folder is moved into place (plots and data first, pages next, the index last), so an
/// interrupted run never leaves a page that links a missing plot; a single file (a baseline, a claim-file skeleton) goes
/// into a temporary sibling file and is renamed over the target, which on one file system replaces it at once.
/// A partial run never removes what it did not regenerate (see <see cref="Commit"/>). The commit holds
/// <see cref="Gate"/>; an interrupt handler takes the same lock, so it never cuts a commit in half, and calls
/// <see cref="Abandon"/> to remove the unfinished temporary folders and files and say what was kept.
/// </summary>
public static class ReportStaging
{
    private static readonly Dictionary<string, string> Active = new(StringComparer.Ordinal);
    private static readonly List<string> Finished = [];
    private static readonly List<(string Prefix, Action<string> Fault)> Faults = [];

    /// <summary>The lock held while a staged report is moved into place (and by an interrupt handler).</summary>
    public static object Gate { get; } = new();

    /// <summary>Creates (empty) and registers the temporary sibling folder of <paramref name="folder"/>.</summary>
    /// <param name="folder">The report folder.</param>
    /// <returns>The temporary folder.</returns>
    public static string Begin(string folder)
    {
        string staging = TemporarySibling(folder);
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
            Finished.Add($"{folder}: {files.Count.ToString(CultureInfo.InvariantCulture)} files written before the interrupt");
        }
    }

    /// <summary>
    /// Writes one file safely: <paramref name="content"/> goes into a temporary sibling file
    /// (<c>.&lt;name&gt;.partial-&lt;process id&gt;</c>), which is then renamed over <paramref name="path"/>. A failure or an
    /// interrupt before the rename leaves an existing file at <paramref name="path"/> as it was. UTF-8 without a byte-order
    /// mark; the text is written as given.
    /// </summary>
    /// <param name="path">The file to write (its folder is created if needed).</param>
    /// <param name="content">The text.</param>
    public static void WriteFile(string path, string content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(content);
        string temporary = TemporarySibling(path);
        lock (Gate)
        {
            Active[temporary] = path;
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(temporary)!);
            File.WriteAllText(temporary, content, new UTF8Encoding(false));
            RunFaults(path);
            lock (Gate)
            {
                File.Move(temporary, path, overwrite: true);
                Active.Remove(temporary);
                Finished.Add($"{path}: written before the interrupt");
            }
        }
        catch
        {
            Discard(temporary);
            throw;
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
            RunFaults(folder);
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

    /// <summary>Removes <paramref name="staging"/> (a temporary folder or file) when a write failed before its commit
    /// (the output is untouched).</summary>
    public static void Discard(string staging)
    {
        lock (Gate)
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            else if (File.Exists(staging))
            {
                File.Delete(staging);
            }

            Active.Remove(staging);
        }
    }

    /// <summary>
    /// For an interrupt: removes every unfinished temporary folder and file and returns one line per output that was
    /// being written, saying that its earlier contents were kept unchanged, then one line per output this process had
    /// already finished writing. Call it holding <see cref="Gate"/>.
    /// </summary>
    /// <returns>The lines (empty when nothing was written or being written).</returns>
    public static IReadOnlyList<string> Abandon()
    {
        var lines = new List<string>();
        foreach (var (staging, target) in Active.ToList())
        {
            try
            {
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }
                else
                {
                    File.Delete(staging);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Implementation note: a file still open by a writer thread; the temporary entry is hidden and named after the process.
            }

            Active.Remove(staging);
            lines.Add($"{target}: not finished; nothing there was changed (earlier contents kept).");
        }

        lines.AddRange(Finished);
        return lines;
    }

    /// <summary>
    /// A fault for tests: <paramref name="fault"/> runs after every file of an output under <paramref name="pathPrefix"/>
    /// was staged and before it is moved into place (it may throw, as a full disk or an interrupt would), until the
    /// returned handle is disposed.
    /// </summary>
    internal static IDisposable InjectFault(string pathPrefix, Action<string> fault)
    {
        var entry = (Path.GetFullPath(pathPrefix), fault);
        lock (Faults)
        {
            Faults.Add(entry);
        }

        return new FaultHandle(() =>
        {
            lock (Faults)
            {
                Faults.Remove(entry);
            }
        });
    }

    private static void RunFaults(string target)
    {
        string full = Path.GetFullPath(target);
        List<Action<string>> faults;
        lock (Faults)
        {
            faults = Faults.Where(f => full.StartsWith(f.Prefix, StringComparison.Ordinal)).Select(f => f.Fault).ToList();
        }

        foreach (var fault in faults)
        {
            fault(target);
        }
    }

    /// <summary>The temporary sibling of a folder or file: <c>&lt;parent&gt;/.&lt;name&gt;.partial-&lt;process id&gt;</c>.</summary>
    private static string TemporarySibling(string path)
    {
        string full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        string parent = Path.GetDirectoryName(full) ?? full;
        return Path.Combine(parent, "." + Path.GetFileName(full) + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    }

    private sealed class FaultHandle(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
