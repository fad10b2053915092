namespace DeepLinear.Checks.ClaimFiles.Expressions;

/// <summary>
/// Splits an expression of the claim-file language into tokens: numbers (<c>2</c>, <c>0.25</c>, <c>1e-3</c>, <c>2.5E+4</c>;
/// <c>1..N</c> reads as <c>1</c>, <c>..</c>, <c>N</c>), names, and the symbols
/// <c>+ - * / ^ ' ( ) [ ] , : .. &lt;= &lt; &gt;= &gt; == !=</c> (also <c>≤ ≥ ≠ ᵀ</c>). Whitespace separates tokens.
/// </summary>
public static class Tokenizer
{
    private static readonly string[] TwoCharacterSymbols = ["..", "<=", ">=", "==", "!="];

    /// <summary>Tokenizes <paramref name="text"/>; the last token is <see cref="TokenKind.End"/>.</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The tokens.</returns>
    /// <exception cref="ExpressionException">A character that starts no token, with its position.</exception>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                int start = i;
                i = ReadNumber(text, i);
                string number = text[start..i];
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw new ExpressionException($"'{number}' at position {start} is not a number", start);
                }

                tokens.Add(new Token(TokenKind.Number, number, start));
                continue;
            }

            if ((char.IsLetter(c) && c != 'ᵀ') || c == '_')
            {
                int start = i;
                while (i < text.Length && ((char.IsLetterOrDigit(text[i]) && text[i] != 'ᵀ') || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Name, text[start..i], start));
                continue;
            }

            if (i + 1 < text.Length && TwoCharacterSymbols.Contains(text.Substring(i, 2)))
            {
                tokens.Add(new Token(TokenKind.Symbol, text.Substring(i, 2), i));
                i += 2;
                continue;
            }

            string? symbol = c switch
            {
                '+' or '-' or '*' or '/' or '^' or '\'' or '(' or ')' or '[' or ']' or ',' or ':' or '<' or '>' => c.ToString(),
                '≤' => "<=",
                '≥' => ">=",
                '≠' => "!=",
                'ᵀ' => "'",
                '·' => "*",
                _ => null,
            };
            if (symbol is null)
            {
                throw new ExpressionException($"the character '{c}' at position {i} starts no token (allowed: numbers, names, + - * / ^ ' ( ) [ ] , : .. <= < >= > == !=)", i);
            }

            tokens.Add(new Token(TokenKind.Symbol, symbol, i));
            i++;
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static int ReadNumber(string text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.' && !(i + 1 < text.Length && text[i + 1] == '.'))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            int j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-'))
            {
                j++;
            }

            if (j < text.Length && char.IsAsciiDigit(text[j]))
            {
                i = j;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
        }

        return i;
    }
}
