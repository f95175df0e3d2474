using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Scenarios;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class SettingsYamlTests
{
    private const string Yaml = """
        name: yaml-interventions
        population:
          inhabitants: 600
        mix: village_plan
        mixes:
          village_plan: call_round + restaurant + caring_streets
        interventions:
          restaurant:
            seats: 25
            schedule: { every: fortnightly, offset: 2 }
            invited: { min_age: over75, living_alone_only: false, settlement: centrum }
            staffing: { professionals: [care_director, ldc_worker], volunteers: 2, hours_per_session: 2.5 }
          call_round:
            mode: one_off
            recruit_role: visitor
          caring_streets:
            party: { every: never }
          meeting_point:
            venue: care_home
        """;

    [Fact]
    public void LoadText_InterventionSettings_MapToTheOptionsTheMixRuns()
    {
        var result = ScenarioLoader.LoadText(Yaml, "yaml-interventions.yaml");
        Assert.True(result.IsValid, string.Join("; ", result.Problems.Select(p => p.ToString())));
        var spec = result.Spec!;
        var mix = Mixes.Parse(spec.Mix, spec);
        Assert.Equal(["restaurant", "call_round", "caring_streets"], mix.Select(i => i.Key));

        var restaurant = ((Restaurant)mix[0]).Options;
        Assert.Equal(25, restaurant.Seats);
        Assert.Equal(Frequency.Fortnightly, restaurant.Schedule.Every);
        Assert.Equal(2, restaurant.Schedule.Offset);
        Assert.Equal(MinimumAge.Over75, restaurant.Invited.MinAge);
        Assert.False(restaurant.Invited.LivingAloneOnly);
        Assert.Equal([ProfessionalKind.CareDirector, ProfessionalKind.LdcWorker], restaurant.Staffing.Professionals);
        Assert.Equal(2.5, restaurant.Staffing.HoursPerSession);
        Assert.Equal(CallMode.OneOff, ((CallRound)mix[1]).Options.Mode);
        Assert.Equal(Role.Visitor, ((CallRound)mix[1]).Options.RecruitRole);
        Assert.Equal(Frequency.Never, ((CaringStreets)mix[2]).Options.Party.Every);
        Assert.Equal(Venue.CareHome, spec.Interventions.MeetingPoint.Venue);
    }

    [Fact]
    public void LoadText_OutOfRangeInterventionParameter_IsAProblem()
    {
        var result = ScenarioLoader.LoadText("interventions:\n  restaurant:\n    seats: 1000\n", "bad.yaml");
        Assert.False(result.IsValid);
        Assert.Contains(result.Problems, p => p.ToString().Contains("seats", StringComparison.Ordinal));
    }
}
