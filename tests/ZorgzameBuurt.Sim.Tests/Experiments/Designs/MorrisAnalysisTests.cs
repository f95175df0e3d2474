using ZorgzameBuurt.Sim.Experiments;
using ZorgzameBuurt.Sim.Experiments.Designs;
using ZorgzameBuurt.Sim.Indicators;

namespace ZorgzameBuurt.Sim.Tests.Experiments.Designs;

public sealed class MorrisAnalysisTests
{
    private static readonly Factor[] Unit3 = [new("x1", 0, 1), new("x2", 0, 1), new("x3", 0, 1)];

    private static double Y(DesignPoint p) => 3 * p["x1"] + 0.5 * p["x2"] * p["x2"] + 0 * p["x3"];

    [Fact]
    public void Compute_KnownFunction_MuStarRanksX1AboveX2AboveX3()
    {
        var effects = MorrisAnalysis.Compute(new MorrisDesign(Unit3, 20, 4, 2024), "y", Y);
        var ranked = effects.OrderByDescending(e => e.MuStar).Select(e => e.Factor);
        Assert.Equal(["x1", "x2", "x3"], ranked);
        Assert.All(effects, e => Assert.Equal(20, e.Count));
    }

    [Fact]
    public void Compute_InertFactor_MuStarExactlyZero()
    {
        var x3 = MorrisAnalysis.Compute(new MorrisDesign(Unit3, 20, 4, 2024), "y", Y).Single(e => e.Factor == "x3");
        Assert.Equal(0.0, x3.MuStar);
        Assert.Equal(0.0, x3.Mu);
        Assert.Equal(0.0, x3.Sigma);
    }

    [Fact]
    public void Compute_LinearFactor_EffectIsSlopeAndSigmaZero()
    {
        var x1 = MorrisAnalysis.Compute(new MorrisDesign(Unit3, 20, 4, 2024), "y", Y).Single(e => e.Factor == "x1");
        Assert.Equal(3.0, x1.Mu, 10);
        Assert.Equal(3.0, x1.MuStar, 10);
        Assert.Equal(0.0, x1.Sigma, 10);
    }

    [Fact]
    public void Compute_QuadraticFactor_EffectsBetweenKnownBoundsAndSigmaPositive()
    {
        // For 0.5·x², an elementary effect from x to x + Δ is x + Δ/2; with p = 4 the lower point is 0 or 1/3,
        // so every effect is 1/3 or 2/3.
        var x2 = MorrisAnalysis.Compute(new MorrisDesign(Unit3, 30, 4, 2024), "y", Y).Single(e => e.Factor == "x2");
        Assert.InRange(x2.MuStar, 1.0 / 3.0, 2.0 / 3.0);
        Assert.True(x2.Sigma > 0);
        Assert.Equal(x2.Mu, x2.MuStar, 12); // monotone increasing: no sign cancellation
    }

    [Fact]
    public void Compute_NonMonotoneFactor_MuCancelsButMuStarDoesNot()
    {
        // y = (x − 0.5)² with p = 4, Δ = 2/3: a step joins 0 and 2/3 (effect (1/36 − 1/4)/Δ = −1/3) or 1/3 and 1
        // (effect +1/3). Effects of both signs: μ is near 0 while μ* is exactly 1/3.
        Factor[] one = [new("x", 0, 1)];
        var e = MorrisAnalysis.Compute(new MorrisDesign(one, 200, 4, 1), "y", p => Math.Pow(p["x"] - 0.5, 2)).Single();
        Assert.Equal(1.0 / 3.0, e.MuStar, 10);
        Assert.True(Math.Abs(e.Mu) < e.MuStar / 2);
    }

    [Fact]
    public void Compute_FactorWithWideRange_EffectPerWholeRange()
    {
        // y = 3x on [0, 10]: moving across the whole range changes y by 30.
        Factor[] wide = [new("x", 0, 10), new("z", 0, 1)];
        var e = MorrisAnalysis.Compute(new MorrisDesign(wide, 5, 4, 1), "y", p => 3 * p["x"]).Single(f => f.Factor == "x");
        Assert.Equal(30.0, e.MuStar, 9);
    }

    [Fact]
    public void FromRuns_ReplicationsWithOppositeNoise_AveragedBeforeEffects()
    {
        var design = new MorrisDesign(Unit3, 10, 4, 77);
        var runs = new List<RunResult>();
        foreach (var p in design.Points)
        {
            foreach (var (rep, noise) in new[] { (0, 0.25), (1, -0.25) })
            {
                var end = new IndicatorSet(365, [new("y", Y(p) + noise), new("z", 2 * p["x3"])]);
                runs.Add(new RunResult(p.Label, rep, 0, p.Values, end, []));
            }
        }
        var effects = MorrisAnalysis.FromRuns(design, runs);
        var y1 = effects.Single(e => e.Output == "y" && e.Factor == "x1");
        Assert.Equal(3.0, y1.MuStar, 9);
        Assert.Equal(0.0, y1.Sigma, 9);
        var z3 = effects.Single(e => e.Output == "z" && e.Factor == "x3");
        Assert.Equal(2.0, z3.MuStar, 9);
        Assert.Equal(0.0, effects.Single(e => e.Output == "z" && e.Factor == "x1").MuStar);
    }
}
