using ZorgzameBuurt.Sim.Orleans.Hosting;

namespace ZorgzameBuurt.Sim.Tests.Orleans;

public sealed class ClusterConnectionTests
{
    [Theory]
    [InlineData("localhost", null, "30000", "zb", "zorgzame-buurt")]
    [InlineData(" LOCALHOST:30000,30001 ", null, "30000,30001", "zb", "zorgzame-buurt")]
    [InlineData("redis://127.0.0.1:6379", "127.0.0.1:6379", "", "zb", "zorgzame-buurt")]
    [InlineData("redis://redis:6379/?cluster=job%2042&service=village", "redis:6379", "", "job 42", "village")]
    [InlineData("localhost:30005?cluster=zb-local-1", null, "30005", "zb-local-1", "zorgzame-buurt")]
    public void Parse_ValidText_ReadsMembershipPortsAndIds(string text, string? redis, string ports, string clusterId, string serviceId)
    {
        var connection = ClusterConnection.Parse(text);

        Assert.Equal(redis, connection.Redis);
        Assert.Equal(ports, string.Join(',', connection.LocalGatewayPorts));
        Assert.Equal(clusterId, connection.ClusterId);
        Assert.Equal(serviceId, connection.ServiceId);
        Assert.Equal(connection.ToString(), ClusterConnection.Parse(connection.ToString()).ToString());
    }

    [Theory]
    [InlineData("127.0.0.1:6379", "expected 'localhost'")]
    [InlineData("localhost:", "expected gateway ports")]
    [InlineData("localhost:70000", "'70000' is not a port number")]
    [InlineData("redis://", "expected redis://HOST:PORT")]
    [InlineData("redis://h:1?cluster=", "'cluster' needs a value")]
    [InlineData("redis://h:1?colour=red", "unknown parameter 'colour'")]
    public void Parse_BadText_OneLineMessageNamingTheProblem(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ClusterConnection.Parse(text));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void FromEnvironment_Variables_OverrideDefaultsAndNormaliseRedis()
    {
        var env = new Dictionary<string, string>
        {
            ["ZB_CLUSTER_ID"] = "c1", ["ZB_SILO_PORT"] = "12000", ["ZB_GATEWAY_PORT"] = "31000",
            ["ZB_REDIS"] = "redis://cache:6380/", ["ZB_DASHBOARD_PORT"] = "8080", ["ZB_ADVERTISED_ADDRESS"] = "auto",
        };

        var settings = SiloSettings.FromEnvironment(name => env.GetValueOrDefault(name));

        Assert.Equal(new SiloSettings("c1", "zorgzame-buurt", 12000, 31000, "cache:6380", null, "auto", 8080), settings);
        Assert.Equal("redis://cache:6380?cluster=c1&service=zorgzame-buurt", settings.ClientConnection().ToString());
        Assert.Equal("localhost:31000?cluster=c1&service=zorgzame-buurt", (settings with { Redis = null }).ClientConnection().ToString());
        Assert.Equal(new SiloSettings(), SiloSettings.FromEnvironment(_ => null));
    }

    [Fact]
    public void FromEnvironment_BadPort_NamesTheVariable()
    {
        var error = Assert.Throws<FormatException>(() => SiloSettings.FromEnvironment(name => name == "ZB_GATEWAY_PORT" ? "thirty" : null));

        Assert.StartsWith("ZB_GATEWAY_PORT='thirty'", error.Message, StringComparison.Ordinal);
    }
}
