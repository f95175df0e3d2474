namespace ZorgzameBuurt.Sim.Experiments.Statistics;

/// <summary>Critical values of Student's t distribution (via MathNet.Numerics).</summary>
public static class StudentT
{
    /// <summary>
    /// The two-sided critical value t such that P(|T| ≤ t) = <paramref name="level"/> for
    /// <paramref name="degreesOfFreedom"/> degrees of freedom; e.g. 2.262 for level 0.95 and 9 df.
    /// </summary>
    public static double TwoSidedCritical(double level, double degreesOfFreedom)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "Confidence level must lie strictly between 0 and 1.");
        if (!(degreesOfFreedom > 0)) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom must be positive.");
        return MathNet.Numerics.Distributions.StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, 1.0 - (1.0 - level) / 2.0);
    }
}
