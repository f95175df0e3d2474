using System.Text;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class MixesTests
{
    [Fact]
    public void Parse_Baseline_ReturnsNoInterventions()
    {
        var spec = Municipality();
        Assert.Empty(Mixes.Parse("baseline", spec));
        Assert.Empty(Mixes.Parse("  baseline ", spec));
    }

    [Fact]
    public void Parse_KeysInAnyOrder_ReturnsCatalogueOrderWithoutDuplicates()
    {
        var spec = Municipality();
        var a = Mixes.Parse("walking_routes + restaurant+call_round+restaurant", spec).Select(i => i.Key);
        Assert.Equal(["restaurant", "call_round", "walking_routes"], a);
        Assert.Equal("restaurant+call_round+walking_routes", Mixes.Canonical("walking_routes+call_round+restaurant", spec));
    }

    [Fact]
    public void Run_SameKeysInAnyOrder_GivesIdenticalIndicators()
    {
        var spec = Municipality(600);
        var ab = Create(spec, [.. Mixes.Parse("caring_streets+call_round+restaurant", spec)]).Run(90);
        var ba = Create(spec, [.. Mixes.Parse("restaurant+caring_streets+call_round", spec)]).Run(90);
        Assert.Equal(ab.Names, ba.Names);
        Assert.Equal(ab.Values, ba.Values);
        Assert.True(ab["restaurant.people_reached"] > 0);
    }

    [Fact]
    public void Parse_UnknownKey_ThrowsWithDidYouMeanAndTheValidKeys()
    {
        var spec = Municipality();
        var e = Assert.Throws<MixException>(() => Mixes.Parse("restaurnt+call_round+zorgzame_straten", spec));
        Assert.Equal(["restaurnt", "zorgzame_straten"], e.UnknownKeys);
        Assert.Contains("'restaurnt' (did you mean 'restaurant'?)", e.Message, StringComparison.Ordinal);
        Assert.Contains("'zorgzame_straten'", e.Message, StringComparison.Ordinal);
        foreach (var key in InterventionCatalog.Keys) Assert.Contains(key, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NamedMix_ExpandsIncludingNestedMixes()
    {
        var spec = Municipality();
        spec.Mixes["gaps"] = "referral_cards+call_round";
        spec.Mixes["village_plan"] = "gaps + restaurant";
        Assert.Equal(["restaurant", "call_round", "referral_cards"], Mixes.Parse("village_plan", spec).Select(i => i.Key));
        Assert.Equal(["restaurant", "call_round", "referral_cards", "detection_training"], Mixes.Keys("village_plan+detection_training", spec));
    }

    [Fact]
    public void Parse_CyclicNamedMixes_Throws()
    {
        var spec = Municipality();
        spec.Mixes["a"] = "b+restaurant";
        spec.Mixes["b"] = "a";
        var e = Assert.Throws<MixException>(() => Mixes.Parse("a", spec));
        Assert.Contains("refers to itself", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BaselineCombinedOrEmptyKey_Throws()
    {
        var spec = Municipality();
        Assert.Throws<MixException>(() => Mixes.Parse("baseline+restaurant", spec));
        Assert.Throws<MixException>(() => Mixes.Parse("restaurant++call_round", spec));
    }

    [Fact]
    public void Keys_MatchTheSnakeCasePropertiesOfInterventionSettingsInOrder()
    {
        var properties = typeof(InterventionSettings).GetProperties().OrderBy(p => p.MetadataToken).Select(p => SnakeCase(p.Name));
        Assert.Equal(properties, InterventionCatalog.Keys);
        Assert.Equal(12, InterventionCatalog.Keys.Count);
    }

    [Fact]
    public void Create_EveryKey_BuildsTheInterventionWithThatKeyAndItsSettings()
    {
        var settings = new InterventionSettings();
        settings.Restaurant.Seats = 17;
        foreach (var key in InterventionCatalog.Keys) Assert.Equal(key, InterventionCatalog.Create(key, settings).Key);
        Assert.Equal(17, ((Restaurant)InterventionCatalog.Create("restaurant", settings)).Options.Seats);
        Assert.Throws<MixException>(() => InterventionCatalog.Create("nope", settings));
    }

    [Fact]
    public void Run_EveryInterventionInOneMix_BooksEffortUnderItsOwnKey()
    {
        var spec = Municipality(800);
        var mix = string.Join('+', InterventionCatalog.Keys);
        var set = Create(spec, [.. Mixes.Parse(mix, spec)]).Run(100);
        foreach (var key in InterventionCatalog.Keys)
        {
            Assert.True(set[$"{key}.cost_euros"] > 0, key);
            Assert.True(set[$"{key}.volunteer_hours"] + set[$"{key}.professional_hours"] > 0 || key == WalkingRoutes.Name, key);
        }
        var sum = InterventionCatalog.Keys.Sum(k => set[$"{k}.cost_euros"]);
        Assert.Equal(sum, set["cost_euros"], 6);
    }

    private static string SnakeCase(string pascal)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i])) sb.Append('_');
            sb.Append(char.ToLowerInvariant(pascal[i]));
        }
        return sb.ToString();
    }
}
