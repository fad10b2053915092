namespace DeepLinear.Cli.Tests;

/// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    /// <summary>Names a new folder <c>&lt;temp&gt;/&lt;prefix&gt;-&lt;guid&gt;</c> (not created: the code under test creates it).</summary>
    public TempFolder(string prefix) => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder's path.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
