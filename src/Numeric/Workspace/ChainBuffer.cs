namespace DeepLinear.Numeric.Workspace;

/// <summary>A named row-major buffer of a chain plan.</summary>
/// <param name="Name">A readable name (input name or the product key).</param>
/// <param name="Data">The row-major storage, <c>Rows·Columns</c> long.</param>
/// <param name="Rows">The row count.</param>
/// <param name="Columns">The column count.</param>
internal sealed record ChainBuffer(string Name, double[] Data, int Rows, int Columns);
