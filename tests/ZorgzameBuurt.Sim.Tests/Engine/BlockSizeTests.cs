using System.Security.Cryptography;
using System.Text;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Tests.Cli;

namespace ZorgzameBuurt.Sim.Tests.Engine;

/// <summary>
/// Results do not depend on how residents are grouped into blocks (docs/orleans.md, "Why the results are identical"):
/// <c>zbsim run PRESET --json</c> prints the same bytes for blocks of 1, 7, 64 and 2,048 residents on 1 and 2 threads,
/// on every preset at its real size, in the baseline and with every intervention. Thirty days reach every weekly and
/// monthly calendar of the full mix, the hub's queue and the second delivery round.
/// </summary>
public sealed class BlockSizeTests : CliHarness
{
    private static readonly string Full = string.Join('+', InterventionCatalog.Keys);

    public static TheoryData<string, string> Cases() => new()
    {
        { "rural-deeldorp", "baseline" },
        { "rural-deeldorp", "full" },
        { "urban-mixed", "baseline" },
        { "urban-mixed", "full" },
        { "urban-vulnerable", "baseline" },
        { "urban-vulnerable", "full" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_AnyBlockSizeAndThreads_ByteIdenticalJson(string preset, string mix)
    {
        string? expected = null;
        foreach (var blockSize in new[] { 2048, 64, 7, 1 })
            foreach (var threads in new[] { 1, 2 })
            {
                var (exit, output, err) = Zbsim("run", preset, "--days", "30", "--json", "--mix", mix == "full" ? Full : mix,
                    "--block-size", $"{blockSize}", "--threads", $"{threads}");
                Assert.True(exit == 0, err);
                Assert.Contains("hidden_need_share", output);
                var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(output)));
                expected ??= hash;
                Assert.True(expected == hash, $"{preset} {mix}: blocks of {blockSize} on {threads} thread(s) differ from blocks of 2,048 on 1");
            }
    }
}
