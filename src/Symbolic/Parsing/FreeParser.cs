using System.Globalization;
using System.Numerics;
using DeepLinear.Symbolic.Free;
using DeepLinear.Symbolic.Scalars;

namespace DeepLinear.Symbolic.Parsing;

/// <summary>
/// Parses the dimension-free language. Grammar:
/// <c>identity := expr '==' expr</c>; <c>expr := term (('+'|'-') term)*</c>; <c>term := unary (['*'] unary)*</c>
/// (juxtaposition multiplies); <c>unary := '-' unary | postfix</c>; <c>postfix := primary ("'" | '^T' | '^' int)*</c>;
/// <c>primary := int ['/' int] | name | 'I' | 'tr' '(' expr ')' | '(' expr ')'</c>; names like <c>W1</c>, <c>W_2</c>, <c>Phi</c>.
/// Errors give the position and what was expected; any input yields either a result or a <see cref="ParseException"/>.
/// </summary>
public sealed class FreeParser
{
    /// <summary>The deepest nesting of parentheses, traces and unary minus signs accepted (deeper input is a parse error, not a stack overflow).</summary>
    public const int MaxNesting = 200;

    private readonly string _text;
    private int _pos;
    private int _nesting;

    private FreeParser(string text)
    {
        _text = text;
    }

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
            else if (Peek() == '-')
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
            if (Peek() == '*')
            {
                _pos++;
                factors.Add(Unary());
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

    private FreeExpr Unary()
    {
        Skip();
        if (++_nesting > MaxNesting)
        {
            throw Error($"at most {MaxNesting} nested parentheses, traces or signs");
        }

        try
        {
            if (Peek() == '-')
            {
                _pos++;
                return new FreeScale(Rational.MinusOne, Unary());
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
        while (true)
        {
            Skip();
            if (Peek() == '\'')
            {
                _pos++;
                e = new FreeTranspose(e);
            }
            else if (Peek() == '^')
            {
                _pos++;
                Skip();
                if (Peek() == 'T' && !IsNameChar(PeekAt(1)))
                {
                    _pos++;
                    e = new FreeTranspose(e);
                }
                else
                {
                    int start = _pos;
                    while (char.IsAsciiDigit(Peek()))
                    {
                        _pos++;
                    }

                    if (start == _pos || !int.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out int k) || k > 64)
                    {
                        _pos = start;
                        throw Error("'T' or an integer exponent 0..64 after '^'");
                    }

                    e = new FreePower(e, k);
                }
            }
            else
            {
                return e;
            }
        }
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

        if (char.IsAsciiDigit(c))
        {
            var n = Integer();
            Skip();
            if (Peek() == '/')
            {
                _pos++;
                Skip();
                if (!char.IsAsciiDigit(Peek()))
                {
                    throw Error("a denominator after '/'");
                }

                var d = Integer();
                if (d.IsZero)
                {
                    _pos--;
                    throw Error("a non-zero denominator");
                }

                return new FreeScale(new Rational(n, d), new FreeIdentity());
            }

            return new FreeScale(n, new FreeIdentity());
        }

        if (char.IsLetter(c))
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

            if (name == "tr")
            {
                Skip();
                if (Peek() != '(')
                {
                    throw Error("'(' after tr");
                }

                _pos++;
                var inner = Expr();
                Skip();
                if (Peek() != ')')
                {
                    throw Error("')' closing tr(");
                }

                _pos++;
                return new FreeTrace(inner);
            }

            return new FreeSymbol(name);
        }

        throw Error("a symbol, a number, 'I', 'tr(' or '('");
    }

    private BigInteger Integer()
    {
        int start = _pos;
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        return BigInteger.Parse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private bool StartsFactor()
    {
        char c = Peek();
        return c == '(' || char.IsLetter(c) || char.IsAsciiDigit(c);
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

    private void Skip()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private ParseException Error(string expected) =>
        new(_pos, expected, _pos < _text.Length ? "'" + _text[_pos] + "'" : "the end of the input");
}
