namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>The comparison operators.</summary>
public enum ComparisonOperator
{
    /// <summary><c>&lt;=</c> (≤).</summary>
    LessOrEqual,

    /// <summary><c>&lt;</c>.</summary>
    Less,

    /// <summary><c>&gt;=</c> (≥).</summary>
    GreaterOrEqual,

    /// <summary><c>&gt;</c>.</summary>
    Greater,

    /// <summary><c>==</c>: equal (scalars or matrices; within a tolerance in numeric checks).</summary>
    Equal,

    /// <summary><c>!=</c> (≠).</summary>
    NotEqual,
}
