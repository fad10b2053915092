using System.Text;
using DeepLinear.Checks.Reports;

namespace DeepLinear.Cli;

/// <summary>
/// A text writer that passes every line on through <see cref="ExponentText.Normalize"/>, so no number reaches the
/// console as <c>1E-09</c> whichever code formatted it. Lines are passed on at <c>\n</c> and <c>\r</c> (progress lines
/// redraw with <c>\r</c>) and at <see cref="Flush"/>.
/// </summary>
internal sealed class ExponentNormalizingWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder pending = new();

    /// <inheritdoc/>
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc/>
    public override IFormatProvider FormatProvider => inner.FormatProvider;

    /// <inheritdoc/>
    public override void Write(char value)
    {
        lock (pending)
        {
            pending.Append(value);
            if (value is '\n' or '\r')
            {
                PassOn();
            }
        }
    }

    /// <inheritdoc/>
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        lock (pending)
        {
            pending.Append(value);
            if (value.AsSpan().IndexOfAny('\n', '\r') >= 0)
            {
                PassOn();
            }
        }
    }

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc/>
    public override void WriteLine(string? value) => Write((value ?? string.Empty) + NewLine);

    /// <inheritdoc/>
    public override void Flush()
    {
        lock (pending)
        {
            inner.Write(ExponentText.Normalize(pending.ToString()));
            pending.Clear();
        }

        inner.Flush();
    }

    /// <summary>Passes on everything up to the last line end; keeps the rest (a number may continue in the next write).</summary>
    private void PassOn()
    {
        string text = pending.ToString();
        int end = text.AsSpan().LastIndexOfAny('\n', '\r') + 1;
        inner.Write(ExponentText.Normalize(text[..end]));
        pending.Remove(0, end);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }
}
