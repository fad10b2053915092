namespace DeepLinear.Numeric.Workspace;

/// <summary>One operation of a chain plan: a product <c>op(left)·op(right)</c> of shape <c>M×K · K×N</c>, or a difference.</summary>
internal readonly record struct ChainOperation(
    ChainOperationKind Kind,
    int Left,
    bool LeftTransposed,
    int Right,
    bool RightTransposed,
    int Target,
    int M,
    int K,
    int N);
