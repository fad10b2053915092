namespace DeepLinear.Numeric.Workspace;

/// <summary>The kinds of operation in a chain plan.</summary>
internal enum ChainOperationKind
{
    /// <summary><c>target ← op(left)·op(right)</c>.</summary>
    Multiply,

    /// <summary><c>target ← left − right</c>.</summary>
    Subtract,
}
