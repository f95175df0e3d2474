using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Scenarios.Validation;

/// <summary>Lockdowns end after they start and within the horizon; closures name a facility and fall within it.</summary>
internal static class ShockRules
{
    public static IEnumerable<ValidationIssue> Check(ScenarioSpec spec)
    {
        for (var i = 0; i < spec.Shocks.Lockdowns.Count; i++)
        {
            var lockdown = spec.Shocks.Lockdowns[i];
            var path = $"shocks.lockdowns[{i}]";
            if (lockdown.End <= lockdown.Start)
            {
                yield return new ValidationIssue($"{path}.end", $"end ({lockdown.End}) must be after start ({lockdown.Start})", $"{path}.start");
            }
            else if (lockdown.Start >= spec.Days)
            {
                yield return new ValidationIssue($"{path}.start", $"start ({lockdown.Start}) is not within the horizon (days: {spec.Days})", "days");
            }
            else if (lockdown.End > spec.Days)
            {
                yield return new ValidationIssue($"{path}.end", $"end ({lockdown.End}) is beyond the horizon (days: {spec.Days})", "days");
            }
        }

        for (var i = 0; i < spec.Shocks.FacilityClosures.Count; i++)
        {
            var closure = spec.Shocks.FacilityClosures[i];
            var path = $"shocks.facility_closures[{i}]";
            if (string.IsNullOrEmpty(closure.Facility))
            {
                yield return new ValidationIssue($"{path}.facility", "a closure needs a facility");
            }

            if (closure.Day >= spec.Days)
            {
                yield return new ValidationIssue($"{path}.day", $"day ({closure.Day}) is not within the horizon (days: {spec.Days})", "days");
            }
        }
    }
}
