using DeepLinear.Checks.Reports;
using Xunit;

namespace DeepLinear.Checks.Tests.Reports;

public class ExponentTextTests
{
    [Theory]
    [InlineData("rtol 1E-09, atol 1E-12", "rtol 1e-9, atol 1e-12")]
    [InlineData("2.93E-012 and 1E-006", "2.93e-12 and 1e-6")]
    [InlineData("ratio 3.84615E+07", "ratio 3.84615e7")]
    [InlineData("loguniform(1E-06, 10)", "loguniform(1e-6, 10)")]
    [InlineData("[1E5,-2.5E-3]", "[1e5,-2.5e-3]")]
    [InlineData("1E+000", "1e0")]
    public void Normalize_CapitalExponent_IsShortened(string text, string expected)
        => Assert.Equal(expected, ExponentText.Normalize(text));

    [Theory]
    [InlineData("gd-nrt-N5E3 and W2E1")]
    [InlineData("E-09 alone, 1e-9 already short, \\mathbb{E}[X] = 0, 1.20e-07")]
    [InlineData("DEADBEEF 0x1E5")]
    public void Normalize_NoNumberInExponentForm_LeavesTextAlone(string text)
        => Assert.Equal(text, ExponentText.Normalize(text));
}
