using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>Writes a JSON tree with <see cref="Options"/>.</summary>
    /// <remarks>Implementation note: the tree writes itself (<see cref="JsonNode.ToJsonString"/>) rather than going
    /// through the reflection-based <c>JsonSerializer</c>, so the Native AOT build (README, "Fast start-up") prints the
    /// same bytes as the JIT build.</remarks>
    public static string Serialize(JsonNode value) => value.ToJsonString(Options);

    /// <summary>Writes a parsed JSON value with <see cref="Options"/> (indented, math symbols unescaped).</summary>
    public static string Serialize(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder }))
        {
            value.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
