using System.Text.Encodings.Web;
using System.Text.Json;

namespace DeepLinear.Cli.Commands;

/// <summary>Shared JSON settings of the command line: stable property order, indented, no escaping of math symbols.</summary>
internal static class CliJson
{
    /// <summary>Options for human-readable, deterministic JSON.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes a value with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
