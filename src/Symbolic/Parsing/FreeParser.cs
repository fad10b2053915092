using System.Globalization;
using System.Numerics;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Parsing;

/// <summary>
/// Parses the dimension-free language. Grammar:
/// <code>
/// identity := expr '==' expr
/// expr     := term (('+' | '-') term)*
/// term     := unary (('*' | '·' | '/' number | juxtaposition) unary)*
/// unary    := ('-' | '+') unary | postfix
/// postfix  := primary ("'" | 'ᵀ' | '⊤' | ('^' | '**') exponent | superscript)*
/// exponent := 'T' | '{T}' | int | '-'int | '{' ['-'] int '}' | '(' ['-'] int ')'
/// primary  := number | name | 'I' | ('tr' | 'trace' | 'Tr') '(' expr ')' | 'inv' '(' expr ')' | '(' expr ')'
/// number   := digits ['.' digits] [('e' | 'E') ['+' | '-'] digits]
/// </code>
/// Names are letters, digits and <c>_</c> (<c>W1</c>, <c>W_2</c>, <c>Phi</c>, <c>η</c>); <c>A^-k</c> is <c>inv(A)^k</c>;
/// superscripts <c>²</c>, <c>⁻¹</c> and <c>ᵀ</c> work as in print; <c>−</c> is a minus sign. Numbers are scalars
/// (<c>0</c> is the zero of any shape). Nothing is silently read as something else: a name that is the concatenation of
/// symbols used on their own elsewhere (<c>AB</c> next to <c>A</c> and <c>B</c>), a function name without its argument
/// (<c>trace</c>) and a number in scientific notation whose exponent is also a symbol (<c>2e10</c> next to <c>e10</c>)
/// are errors that say how to write them. Errors give the position and what was expected; any input yields either a
/// result or a <see cref="ParseException"/>, and nesting deeper than <see cref="MaxNesting"/> is an error, not a stack overflow.
/// </summary>
public sealed class FreeParser
{
    /// <summary>The deepest nesting of parentheses, traces, signs and postfix operators accepted (deeper input is a parse error, not a stack overflow).</summary>
    public const int MaxNesting = 200;

    /// <summary>The largest exponent accepted in <c>A^k</c> (words of that length are expanded exactly).</summary>
    public const int MaxExponent = 10_000;

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private static readonly string[] TraceNames = ["tr", "trace", "Tr"];

    private readonly string _text;
    private readonly List<(string Name, int Position)> _symbols = [];
    private readonly List<(string Exponent, int Position, string Number)> _scientific = [];
    private int _pos;
    private int _nesting;

    private FreeParser(string text)
    {
        _text = text.TrimEnd('\r', '\n'); // a trailing line break (a pasted line) is not part of the identity
    }

    /// <summary>True for the names the language reserves: <c>I</c>, <c>tr</c>, <c>trace</c>, <c>Tr</c>, <c>inv</c>.</summary>
    /// <param name="name">A name.</param>
    public static bool IsReservedName(string name) => name is "I" or "inv" || TraceNames.Contains(name);

    /// <summary>Parses <c>lhs == rhs</c>.</summary>
    /// <param name="text">The identity text.</param>
    /// <exception cref="ParseException">With the position and what was expected.</exception>
    public static (FreeExpr Left, FreeExpr Right) ParseIdentity(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var p = new FreeParser(text);
        var left = p.Expr();
        p.Skip();
        if (!p.TryConsume("=="))
        {
            throw p.Error("'==' (an identity is 'lhs == rhs')");
        }

        var right = p.Expr();
        p.ExpectEnd();
        p.CheckAmbiguities();
        return (left, right);
    }

    /// <summary>Parses a single expression (the printer <see cref="FreeExpr.ToString"/> and <see cref="CanonicalForm.ToString"/> produce text it reads back).</summary>
    /// <param name="text">The expression text.</param>
    /// <exception cref="ParseException">With the position and what was expected.</exception>
    public static FreeExpr ParseExpression(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var p = new FreeParser(text);
        var e = p.Expr();
        p.ExpectEnd();
        p.CheckAmbiguities();
        return e;
    }

    private FreeExpr Expr()
    {
        var terms = new List<FreeExpr> { Term() };
        while (true)
        {
            Skip();
            if (Peek() == '+')
            {
                _pos++;
                terms.Add(Term());
            }
            else if (IsMinus(Peek()))
            {
                _pos++;
                terms.Add(new FreeScale(Rational.MinusOne, Term()));
            }
            else
            {
                break;
            }
        }

        return terms.Count == 1 ? terms[0] : new FreeSum(terms);
    }

    private FreeExpr Term()
    {
        var factors = new List<FreeExpr> { Unary() };
        while (true)
        {
            Skip();
            if (Peek() == '*' && PeekAt(1) != '*')
            {
                _pos++;
                factors.Add(Unary());
            }
            else if (Peek() is '·' or '⋅')
            {
                _pos++;
                factors.Add(Unary());
            }
            else if (Peek() == '/')
            {
                _pos++;
                Skip();
                int at = _pos;
                var divisor = NumberValue(Unary());
                if (divisor is not { } d)
                {
                    _pos = at;
                    throw Error("a number after '/' (only division by a number is defined; write inv(B) or B^-1 for an inverse)");
                }

                if (d.IsZero)
                {
                    _pos = at;
                    throw Error("a non-zero denominator");
                }

                factors[^1] = factors[^1] is FreeNumber n ? new FreeNumber(n.Value / d) : new FreeScale(d.Reciprocal(), factors[^1]);
            }
            else if (StartsFactor())
            {
                factors.Add(Unary());
            }
            else
            {
                break;
            }
        }

        return factors.Count == 1 ? factors[0] : new FreeProduct(factors);
    }

    private static Rational? NumberValue(FreeExpr e) => e switch
    {
        FreeNumber n => n.Value,
        FreeScale { Operand: FreeNumber n } s => s.Coefficient * n.Value,
        _ => null,
    };

    private FreeExpr Unary()
    {
        Skip();
        if (++_nesting > MaxNesting)
        {
            throw Error($"at most {MaxNesting} nested parentheses, traces, signs or postfix operators");
        }

        try
        {
            if (IsMinus(Peek()))
            {
                _pos++;
                return new FreeScale(Rational.MinusOne, Unary());
            }

            if (Peek() == '+')
            {
                _pos++;
                return Unary();
            }

            return Postfix();
        }
        finally
        {
            _nesting--;
        }
    }

    private FreeExpr Postfix()
    {
        var e = Primary();
        int added = 0;
        try
        {
            while (true)
            {
                Skip();
                char c = Peek();
                if (c is '\'' or 'ᵀ' or '⊤')
                {
                    _pos++;
                    e = Transpose(e, ref added);
                }
                else if (c == '^' || (c == '*' && PeekAt(1) == '*'))
                {
                    _pos += c == '^' ? 1 : 2;
                    e = Exponent(e, ref added);
                }
                else if (Superscripts.Contains(c, StringComparison.Ordinal) || c == '⁻')
                {
                    e = SuperscriptPower(e, ref added);
                }
                else
                {
                    return e;
                }
            }
        }
        finally
        {
            _nesting -= added;
        }
    }

    // A transpose of a transpose collapses (6,000 trailing primes are one node, not a 6,000-deep tree).
    private FreeExpr Transpose(FreeExpr e, ref int added)
    {
        if (e is FreeTranspose t)
        {
            if (added > 0)
            {
                added--;
                _nesting--;
            }

            return t.Operand;
        }

        Deeper(ref added);
        return new FreeTranspose(e);
    }

    private void Deeper(ref int added)
    {
        added++;
        if (++_nesting > MaxNesting)
        {
            throw Error($"at most {MaxNesting} nested parentheses, traces, signs or postfix operators");
        }
    }

    private FreeExpr Exponent(FreeExpr e, ref int added)
    {
        Skip();
        char c = Peek();
        if (c == 'T' && !IsNameChar(PeekAt(1)))
        {
            _pos++;
            return Transpose(e, ref added);
        }

        if (c == '{' && PeekAt(1) == 'T' && PeekAt(2) == '}')
        {
            _pos += 3;
            return Transpose(e, ref added);
        }

        char close = c == '{' ? '}' : c == '(' ? ')' : '\0';
        if (close != '\0')
        {
            _pos++;
            Skip();
        }

        bool negative = false;
        if (IsMinus(Peek()))
        {
            negative = true;
            _pos++;
            Skip();
        }

        int start = _pos;
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        if (start == _pos || !int.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out int k) || k > MaxExponent)
        {
            _pos = start;
            throw Error($"'T' or an integer exponent from -{MaxExponent} to {MaxExponent} after '^' (A^2, A^{{2}}, A^(2), A^-1)");
        }

        if (close != '\0')
        {
            Skip();
            if (Peek() != close)
            {
                throw Error($"'{close}' closing the exponent");
            }

            _pos++;
        }

        return Power(e, negative ? -k : k, ref added);
    }

    private FreeExpr SuperscriptPower(FreeExpr e, ref int added)
    {
        bool negative = false;
        if (Peek() == '⁻')
        {
            negative = true;
            _pos++;
        }

        int start = _pos;
        long k = 0;
        while (Superscripts.Contains(Peek(), StringComparison.Ordinal) && k <= MaxExponent)
        {
            k = (k * 10) + Superscripts.IndexOf(Peek(), StringComparison.Ordinal);
            _pos++;
        }

        if (start == _pos || k > MaxExponent)
        {
            _pos = start;
            throw Error($"a superscript exponent from ⁰ to {MaxExponent} (A², A⁻¹)");
        }

        return Power(e, negative ? (int)-k : (int)k, ref added);
    }

    private FreeExpr Power(FreeExpr e, int k, ref int added)
    {
        Deeper(ref added);
        if (k >= 0)
        {
            return new FreePower(e, k);
        }

        Deeper(ref added);
        var inverse = new FreeInverse(e);
        return k == -1 ? inverse : new FreePower(inverse, -k);
    }

    private FreeExpr Primary()
    {
        Skip();
        char c = Peek();
        if (c == '(')
        {
            _pos++;
            var e = Expr();
            Skip();
            if (Peek() != ')')
            {
                throw Error("')'");
            }

            _pos++;
            return e;
        }

        if (char.IsAsciiDigit(c) || (c == '.' && char.IsAsciiDigit(PeekAt(1))))
        {
            return new FreeNumber(Number());
        }

        if (IsNameStart(c))
        {
            int start = _pos;
            while (IsNameChar(Peek()))
            {
                _pos++;
            }

            string name = _text[start.._pos];
            if (name == "I")
            {
                return new FreeIdentity();
            }

            if (TraceNames.Contains(name) || name == "inv")
            {
                Skip();
                if (Peek() != '(')
                {
                    throw Error($"'(' after {name}: '{name}' is a function, write {name}(…){(name == "inv" ? string.Empty : " for the trace")}");
                }

                _pos++;
                var inner = Expr();
                Skip();
                if (Peek() != ')')
                {
                    throw Error($"')' closing {name}(");
                }

                _pos++;
                return name == "inv" ? new FreeInverse(inner) : new FreeTrace(inner);
            }

            _symbols.Add((name, start));
            return new FreeSymbol(name);
        }

        throw Error("a symbol, a number, 'I', 'tr(', 'inv(' or '('");
    }

    // digits ['.' digits] [e [±] digits], read exactly as a rational.
    private Rational Number()
    {
        int start = _pos;
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        BigInteger mantissa = _pos > start ? BigInteger.Parse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture) : BigInteger.Zero;
        int scale = 0;
        if (Peek() == '.' && char.IsAsciiDigit(PeekAt(1)))
        {
            _pos++;
            int fraction = _pos;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }

            scale = _pos - fraction;
            mantissa = (mantissa * BigInteger.Pow(10, scale)) + BigInteger.Parse(_text.AsSpan(fraction, scale), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        int exponent = 0;
        if (Peek() is 'e' or 'E' && (char.IsAsciiDigit(PeekAt(1)) || ((PeekAt(1) is '+' or '-') && char.IsAsciiDigit(PeekAt(2)))))
        {
            int at = _pos;
            _pos++;
            bool negative = Peek() == '-';
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            int digits = _pos;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }

            if (!int.TryParse(_text.AsSpan(digits, _pos - digits), NumberStyles.None, CultureInfo.InvariantCulture, out exponent) || exponent > 400)
            {
                _pos = digits;
                throw Error("a decimal exponent of at most 400 after 'e'");
            }

            exponent = negative ? -exponent : exponent;
            if (!negative && _text[at + 1] != '+')
            {
                _scientific.Add((_text[at.._pos], start, _text[start.._pos]));
            }
        }

        int power = exponent - scale;
        return power >= 0 ? new Rational(mantissa * BigInteger.Pow(10, power), BigInteger.One) : new Rational(mantissa, BigInteger.Pow(10, -power));
    }

    // Names are never silently split or merged: AB beside A and B, or 2e10 beside a symbol e10, is an error.
    private void CheckAmbiguities()
    {
        var names = _symbols.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (exponent, position, number) in _scientific)
        {
            if (names.Contains(exponent))
            {
                throw new ParseException(position, $"no number in scientific notation where '{exponent}' is also a symbol: write {number[..^exponent.Length]}*{exponent} for the product, or {number[..^exponent.Length]}*10^{exponent[1..]} for the number", "'" + number + "'");
            }
        }

        foreach (var (name, position) in _symbols)
        {
            if (name.Length < 2)
            {
                continue;
            }

            var parts = Split(name, names.Where(n => n != name && n.Length < name.Length).ToHashSet(StringComparer.Ordinal));
            if (parts is not null)
            {
                throw new ParseException(position, $"a product written with '*' or a space: '{name}' is not a symbol here because {string.Join(" and ", parts.Distinct())} occur on their own; write {string.Join("*", parts)} (or rename the symbol)", "'" + name + "'");
            }
        }
    }

    // A split of name into at least two names of the set, or null.
    private static List<string>? Split(string name, HashSet<string> names)
    {
        var best = new List<string>?[name.Length + 1];
        best[0] = [];
        for (int i = 1; i <= name.Length; i++)
        {
            for (int j = 0; j < i && best[i] is null; j++)
            {
                if (best[j] is { } prefix && names.Contains(name[j..i]))
                {
                    best[i] = [.. prefix, name[j..i]];
                }
            }
        }

        return best[name.Length] is { Count: >= 2 } split ? split : null;
    }

    private bool StartsFactor()
    {
        char c = Peek();
        return c == '(' || IsNameStart(c) || char.IsAsciiDigit(c);
    }

    private void ExpectEnd()
    {
        Skip();
        if (_pos < _text.Length)
        {
            throw Error("the end of the input");
        }
    }

    private bool TryConsume(string token)
    {
        if (string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0)
        {
            _pos += token.Length;
            return true;
        }

        return false;
    }

    // A line break is not white space inside an identity: 'A == A⏎B' would otherwise read as A == A*B.
    private void Skip()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]) && _text[_pos] is not ('\n' or '\r'))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static bool IsMinus(char c) => c is '-' or '−';

    // Names are ASCII letters, digits and '_' or Greek letters (η, Σ). Other letters — fullwidth 'Ａ', mathematical bold
    // '𝐀', Cyrillic 'А' — look like ASCII ones and would silently be other symbols, so they are errors naming the code point.
    private static bool IsGreek(char c) => c is >= '\u0391' and <= '\u03C9' && char.IsLetter(c);

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || IsGreek(c);

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_' || IsGreek(c);

    private ParseException Error(string expected) =>
        new(_pos, expected, _pos < _text.Length ? Describe(_text, _pos) : "the end of the input");

    // The character at position i, quoted; a character outside ASCII also gets its code point (a surrogate pair is one).
    private static string Describe(string text, int i)
    {
        if (text[i] is '\n' or '\r')
        {
            return "a line break";
        }

        int codePoint = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
        string quoted = "'" + (codePoint > 0xFFFF ? text.Substring(i, 2) : text[i].ToString()) + "'";
        return codePoint < 0x80 ? quoted : quoted + string.Create(CultureInfo.InvariantCulture, $" (U+{codePoint:X4})");
    }
}
