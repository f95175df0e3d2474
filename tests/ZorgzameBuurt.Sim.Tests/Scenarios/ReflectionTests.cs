using YamlDotNet.RepresentationModel;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Scenarios.Mapping;
using ZorgzameBuurt.Sim.Scenarios.Reflection;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Scenarios;

public sealed class ReflectionTests
{
    [Theory]
    [InlineData("Aged0To17Pct", "aged_0_to_17_pct")]
    [InlineData("Aged75PlusOf65PlusPct", "aged_75_plus_of_65_plus_pct")]
    [InlineData("DensityPerKm2", "density_per_km2")]
    [InlineData("LivingAlone18To64Pct", "living_alone_18_to_64_pct")]
    [InlineData("CareDirector", "care_director")]
    [InlineData("X", "x")]
    [InlineData("HTTPServer", "http_server")]
    public void From_PascalCase_SnakeCase(string pascal, string expected)
    {
        Assert.Equal(expected, SnakeCase.From(pascal));
    }

    [Fact]
    public void Of_EveryTypeReachableFromScenarioSpec_SupportedWithUniqueNames()
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([typeof(ScenarioSpec)]);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!seen.Add(type))
            {
                continue;
            }

            var spec = SpecType.Of(type);
            Assert.Equal(spec.Names.Count, spec.Names.Distinct().Count());
            foreach (var property in spec.Properties)
            {
                var shape = property.Shape;
                while (shape.Element is not null)
                {
                    shape = shape.Element;
                }

                if (shape.Kind == ShapeKind.Object)
                {
                    pending.Push(shape.Type);
                }
            }
        }

        Assert.Contains(typeof(InterventionSettings), seen);
        Assert.Contains(typeof(LockdownSpec), seen);
    }

    [Fact]
    public void Of_EveryNumericSpecProperty_CarriesParameterAttribute()
    {
        var missing = new List<string>();
        foreach (var type in typeof(ScenarioSpec).Assembly.GetTypes().Where(t => t.Namespace == typeof(ScenarioSpec).Namespace && t.IsClass && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null && !typeof(Attribute).IsAssignableFrom(t)))
        {
            missing.AddRange(SpecType.Of(type).Properties.Where(p => p.Shape.IsNumeric && p.Parameter is null).Select(p => $"{type.Name}.{p.Info.Name}"));
        }

        Assert.True(missing.Count == 0, "numeric spec properties without [Parameter]: " + string.Join(", ", missing));
    }

    [Fact]
    public void InterventionKeys_AreSnakeNamesOfInterventionSettingsProperties()
    {
        var expected = typeof(InterventionSettings).GetProperties().Select(p => SnakeCase.From(p.Name)).Order().ToArray();

        Assert.Equal(expected, ZorgzameBuurt.Sim.Scenarios.Validation.MixRules.InterventionKeys.Order().ToArray());
    }

    [Fact]
    public void TryMap_NewOptionsClassShape_MappedWithoutCodeChanges()
    {
        // Stands in for a future intervention options class: nested objects, lists, enums, nullables.
        const string yaml = "schedule:\n  days: [monday, thursday]\n  every_weeks: 2\ntargets:\n  - group: aged_75_plus\n    share: 0.5\nplace: dorp\nnote: ~\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var mapper = new NodeMapper(null);

        var ok = mapper.TryMap(stream.Documents[0].RootNode, Shape.Of(typeof(FakeOptions), null, "FakeOptions"), null, null, "interventions.fake", out var value);

        Assert.True(ok);
        Assert.Empty(mapper.Problems);
        var options = Assert.IsType<FakeOptions>(value);
        Assert.Equal([FakeDay.Monday, FakeDay.Thursday], options.Schedule.Days);
        Assert.Equal(2, options.Schedule.EveryWeeks);
        Assert.Equal((FakeGroup.Aged75Plus, 0.5), (options.Targets[0].Group, options.Targets[0].Share));
        Assert.Equal("dorp", options.Place);
        Assert.Null(options.Note);
    }

    [Fact]
    public void TryMap_NewOptionsClassErrors_PathsAndRanges()
    {
        const string yaml = "schedule:\n  days: [mondey]\n  every_weeks: 9\ntargets: {}\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var mapper = new NodeMapper(null);

        mapper.TryMap(stream.Documents[0].RootNode, Shape.Of(typeof(FakeOptions), null, "FakeOptions"), null, null, "interventions.fake", out _);

        Assert.Equal(
            ["2:10 interventions.fake.schedule.days[0]: unknown value 'mondey', did you mean 'monday'?",
             "3:16 interventions.fake.schedule.every_weeks: 9 is out of range [1, 8]",
             "4:10 interventions.fake.targets: expected a list, got a mapping"],
            mapper.Problems.Select(p => $"{p.Line}:{p.Column} {p.Field}: {p.Message}"));
    }

    public enum FakeDay
    {
        Monday,
        Thursday,
    }

    public enum FakeGroup
    {
        Everyone,
        Aged75Plus,
    }

    public sealed class FakeSchedule
    {
        public List<FakeDay> Days { get; set; } = [];

        [Parameter(1, 8, "test")]
        public int EveryWeeks { get; set; } = 1;
    }

    public sealed class FakeTarget
    {
        public FakeGroup Group { get; set; }

        [Parameter(0, 1, "test")]
        public double Share { get; set; } = 1;
    }

    public sealed class FakeOptions
    {
        public FakeSchedule Schedule { get; set; } = new();

        public List<FakeTarget> Targets { get; set; } = [];

        public string Place { get; set; } = "";

        public string? Note { get; set; } = "x";
    }
}
