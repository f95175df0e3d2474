using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Indicators;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Spec;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class ProfessionalNetworkingTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_Networking_BuildsPartnershipsAndSmoothsReferral()
    {
        var spec = Municipality(1000);
        var baseline = Run(spec, 240, null).Indicators();
        var world = Run(spec, 240, null, new ProfessionalNetworking(new ProfessionalNetworkingOptions()));
        var with = world.Indicators();
        output.WriteLine($"partnership density {baseline[IndicatorNames.PartnershipDensity]:F3} -> {with[IndicatorNames.PartnershipDensity]:F3}; " +
                         $"referral success {baseline[IndicatorNames.ReferralSuccessRate]:F3} -> {with[IndicatorNames.ReferralSuccessRate]:F3}; " +
                         $"{Get<ProfessionalNetworking>(world).Sessions} meetings, {with[IndicatorNames.ProfessionalHours]} professional hours");
        Assert.True(with[IndicatorNames.PartnershipDensity] > 2 * baseline[IndicatorNames.PartnershipDensity]);
        Assert.True(with[IndicatorNames.ReferralSuccessRate] > baseline[IndicatorNames.ReferralSuccessRate]);
    }

    [Fact]
    public void Run_CaseMeetingsOnly_FourAYearWithEveryPairOfAttendees()
    {
        var options = new ProfessionalNetworkingOptions
        {
            NetworkMoments = new Schedule(Frequency.Never),
            RegieTeam = new Schedule(Frequency.Never),
            Attendance = 1,
        };
        var world = Run(Municipality(1000), 365, null, new ProfessionalNetworking(options));
        var networking = Get<ProfessionalNetworking>(world);
        var n = world.Professionals.Count;
        Assert.Equal(4, networking.Sessions);
        Assert.Equal(4 * n * (n - 1) / 2, networking.PairContacts);
        Assert.Equal(4 * n * options.HoursPerMeeting, world.Indicators()[IndicatorNames.ProfessionalHours], 6);
    }
}
