using System.Text.Json.Nodes;
using ZorgzameBuurt.Sim.Scenarios;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class SchemaTests
{
    private static JsonNode Schema() => JsonNode.Parse(ScenarioSchema.Generate())!;

    [Fact]
    public void Generate_CommittedSchema_IsCurrent()
    {
        var generated = ScenarioSchema.Generate();
        if (Environment.GetEnvironmentVariable("ZB_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(ScenarioTestFiles.SchemaPath, generated);
        }

        var committed = File.Exists(ScenarioTestFiles.SchemaPath)
            ? File.ReadAllText(ScenarioTestFiles.SchemaPath).Replace("\r\n", "\n", StringComparison.Ordinal)
            : "";
        Assert.True(
            committed == generated,
            "scenarios/scenario.schema.json is stale (the spec types changed). Regenerate it with: " +
            "ZB_UPDATE_SCHEMA=1 dotnet test tests/ZorgzameBuurt.Sim.Tests --filter FullyQualifiedName~SchemaTests");
    }

    [Fact]
    public void Generate_Parameter_HasTypeRangeDescriptionAndDefault()
    {
        var perDay = Schema()["$defs"]!["ContactParameters"]!["properties"]!["per_day"]!;

        Assert.Equal("number", (string?)perDay["type"]);
        Assert.Equal(1.0, (double?)perDay["minimum"]);
        Assert.Equal(6.0, (double?)perDay["maximum"]);
        Assert.Equal(3.0, (double?)perDay["default"]);
        Assert.Equal("Everyday contacts per resident per day. Source: ASSUMED.", (string?)perDay["description"]);
    }

    [Fact]
    public void Generate_EnumsAndReferences_SnakeCase()
    {
        var schema = Schema();
        var kind = schema["$defs"]!["ProfessionalSpec"]!["properties"]!["kind"]!;
        var facilities = schema["$defs"]!["SettlementSpec"]!["properties"]!["facilities"]!["items"]!;

        Assert.Contains("care_director", kind["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("general_practitioner", kind["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Contains("social_house", facilities["enum"]!.AsArray().Select(n => (string?)n));
        Assert.Equal("#/$defs/PopulationSpec", (string?)schema["properties"]!["population"]!["$ref"]);
        Assert.Equal("integer", (string?)schema["$defs"]!["PopulationSpec"]!["properties"]!["inhabitants"]!["type"]);
    }

    [Fact]
    public void Generate_EveryObject_ClosedToUnknownKeys()
    {
        var schema = Schema();
        var objects = new[] { schema }.Concat(schema["$defs"]!.AsObject().Select(d => d.Value!)).ToList();

        Assert.True(objects.Count > 5);
        Assert.All(objects, o => Assert.False((bool)o["additionalProperties"]!));
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
    }
}
