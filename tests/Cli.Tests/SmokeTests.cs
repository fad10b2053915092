namespace DeepLinear.Cli.Tests;

public class SmokeTests
{
    [Xunit.Fact]
    public void Build_Succeeds() => Xunit.Assert.True(true);
}
