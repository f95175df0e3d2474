using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

public sealed class SiloProcessTests
{
    [Fact]
    public void Silo_Sigterm_LeavesGracefullyWithExitCodeZero()
    {
        using var silo = ChildProcess.Start("dotnet",
            [ProcessClusterFixture.Zbsim, "silo", "--silo-port", $"{LocalCluster.FreePort()}", "--gateway-port", $"{LocalCluster.FreePort()}"],
            TimeSpan.FromSeconds(120));
        silo.WaitForLine(l => l.StartsWith("silo: ready", StringComparison.Ordinal), TimeSpan.FromSeconds(60), "'silo: ready'");

        silo.Terminate();

        Assert.Equal(0, silo.WaitForExit(TimeSpan.FromSeconds(40)));
        Assert.Contains("silo: stopped", silo.Output, StringComparison.Ordinal);
    }
}
