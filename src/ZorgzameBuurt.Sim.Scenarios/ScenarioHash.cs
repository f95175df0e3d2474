using System.Security.Cryptography;
using System.Text;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios;

/// <summary>Identity of a scenario for reproducibility: SHA-256 of its canonical dump.</summary>
public static class ScenarioHash
{
    /// <summary>Lowercase hex SHA-256 of <see cref="ScenarioWriter.ToYaml"/>.</summary>
    public static string Compute(ScenarioSpec spec) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ScenarioWriter.ToYaml(spec))));
}
