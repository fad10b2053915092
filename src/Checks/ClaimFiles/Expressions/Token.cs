namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>A token with its 0-based character position in the expression text.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Position">The 0-based position of its first character.</param>
public readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    /// <summary>Whether this is the symbol <paramref name="symbol"/>.</summary>
    /// <param name="symbol">The symbol text.</param>
    /// <returns>Whether it matches.</returns>
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>Whether this is the name (or keyword) <paramref name="name"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it matches.</returns>
    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    /// <summary>How the token is shown in an error message.</summary>
    /// <returns><c>end of text</c> or the token in quotes.</returns>
    public string Describe() => Kind == TokenKind.End ? "end of text" : "'" + Text + "'";
}
