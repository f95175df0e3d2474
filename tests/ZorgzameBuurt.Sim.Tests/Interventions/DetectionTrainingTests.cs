using Xunit.Abstractions;
using ZorgzameBuurt.Sim.Interventions;
using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;
using ZorgzameBuurt.Sim.Tests.Support;
using static ZorgzameBuurt.Sim.Tests.Interventions.TestWorlds;

namespace ZorgzameBuurt.Sim.Tests.Interventions;

public sealed class DetectionTrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_Training_RaisesSkillOfVolunteersAndListedProfessionals()
    {
        var untrained = new CaringNeighboursOptions { TrainedSkill = 0 };
        var world = Create(Municipality(1000), new CaringNeighbours(untrained), new DetectionTraining(new DetectionTrainingOptions()));
        for (var d = 0; d < 7; d++) world.Step();
        var neighbours = Everyone(world).Where(id => world.RoleOf(id) == Role.CaringNeighbour).ToArray();
        Assert.All(neighbours, id => Assert.Equal(0.2f, Blocks.CardSkill(world, id), 2));
        world.Step();
        world.Step();
        Assert.NotEmpty(neighbours);
        Assert.All(neighbours, id => Assert.Equal(0.5f, Blocks.CardSkill(world, id), 2));
        Assert.All(Professionals(world, ProfessionalKind.HomeCarer), a => Assert.Equal(0.75f, Blocks.CardSkill(world, a), 2));
        Assert.All(Professionals(world, ProfessionalKind.CareDirector), a => Assert.Equal(0.8f, Blocks.CardSkill(world, a), 2));
        Assert.All(Professionals(world, ProfessionalKind.SocialWorker), a => Assert.Equal(0.6f, Blocks.CardSkill(world, a), 2));
    }

    [Fact]
    public void Run_Training_FirstLineProfessionalsDetectMore()
    {
        var spec = Municipality(1000);
        var traced = Everyone(Create(spec)).ToArray();
        var baseline = Run(spec, 365, traced);
        var world = Run(spec, 365, traced, new DetectionTraining(new DetectionTrainingOptions()));
        var firstLine = Enumerable.Range(0, world.Professionals.Count).Where(j => global::ZorgzameBuurt.Sim.Model.Professionals.IsFirstLine(world.Professionals.Kind[j]))
            .Select(j => world.Professionals.FirstId + j).ToHashSet();
        int ByFirstLine(World w) => Blocks.Events(w).Count(e => e.Kind == HistoryKind.Detected && firstLine.Contains(e.Other));
        var (before, after) = (ByFirstLine(baseline), ByFirstLine(world));
        output.WriteLine($"detections by first-line professionals in a year: untrained {before}, trained {after}; trainees {Get<DetectionTraining>(world).Trainees}");
        Assert.True(after > before * 1.1);
    }
}
