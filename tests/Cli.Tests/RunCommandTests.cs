using Xunit;

namespace DeepLinear.Cli.Tests;

public class RunCommandTests
{
    [Theory]
    [InlineData("--widths", "6,4,4,6", "--data", "autoencoder", "--init", "balanced", "--schedule", "constant:0.01", "--iterations", "50")]
    [InlineData("--widths", "5,3,5", "--data", "whitened", "--init", "balanced", "--dynamics", "flow", "--time", "2")]
    [InlineData("--widths", "5,3,5", "--data", "gaussian", "--init", "balanced", "--dynamics", "product-flow", "--time", "1", "--flow-step", "0.01")]
    [InlineData("--widths", "4,4,4", "--data", "gaussian", "--init", "acgh", "--schedule", "constant:0.001", "--iterations", "20")]
    public void Run_Settings_WriteCsvAndPlot(params string[] args)
    {
        string folder = Path.Combine(Path.GetTempPath(), "dlv-run-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (code, output, error) = CliRunner.Run(["run", .. args, "--out", folder]);

            Assert.True(code == ExitCodes.Success, output + error);
            Assert.Contains("stopped:", output, StringComparison.Ordinal);
            Assert.True(File.ReadAllLines(Path.Combine(folder, "trajectory.csv")).Length > 2);
            Assert.True(new FileInfo(Path.Combine(folder, "trajectory.png")).Length > 1000);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--schedule", "bound", "--init", "gaussian")]
    [InlineData("--widths", "5,3,5")]
    [InlineData("--widths", "5,x,5", "--data", "gaussian")]
    [InlineData("--widths", "5,3,4", "--data", "autoencoder", "--init", "balanced")]
    [InlineData("--data", "gaussian", "--init", "balanced-orthogonal")]
    [InlineData("--dynamics", "flow", "--time", "-1", "--data", "gaussian", "--init", "balanced")]
    public void Run_BadArguments_AreUsageErrorsNamingTheArgument(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(["run", .. args, "--out", Path.Combine(Path.GetTempPath(), "dlv-never-" + Guid.NewGuid().ToString("N"))]);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("argument '--", error, StringComparison.Ordinal);
    }
}
