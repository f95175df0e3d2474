namespace ZorgzameBuurt.Sim.Experiments.Designs;

/// <summary>
/// Morris statistics of one factor for one output, over its elementary effects
/// EE = (y(x + Δ·e_i) − y(x)) / Δ with Δ measured as a fraction of the factor's range (so effects of factors
/// with different units are comparable: "change in the output when the factor moves across its whole range").
/// </summary>
public readonly struct MorrisEffect
{
    public MorrisEffect(string output, string factor, double mu, double muStar, double sigma, long count)
    {
        Output = output;
        Factor = factor;
        Mu = mu;
        MuStar = muStar;
        Sigma = sigma;
        Count = count;
    }

    public string Output { get; }

    public string Factor { get; }

    /// <summary>μ, the mean elementary effect (Morris 1991); effects of opposite sign can cancel.</summary>
    public double Mu { get; }

    /// <summary>μ*, the mean absolute elementary effect (Campolongo, Cariboni &amp; Saltelli 2007): overall importance.</summary>
    public double MuStar { get; }

    /// <summary>σ, the standard deviation of the elementary effects (n − 1): non-linearity or interactions. NaN with one effect.</summary>
    public double Sigma { get; }

    /// <summary>Number of elementary effects used (r, less any with a missing output).</summary>
    public long Count { get; }
}
