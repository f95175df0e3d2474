namespace ZorgzameBuurt.Sim.Spec;

/// <summary>
/// The population, given as the neighbourhood-analysis figures every Flemish caring-neighbourhood project
/// reports (S003 Bijlage 9 Table 9), plus the few shares the model needs that the analysis does not give.
/// Defaults are the Table 9 project means; the three age means (18.78, 58.06, 20.70) come from different N
/// and sum to 97.54, so the defaults rescale them to 100.
/// </summary>
public sealed class PopulationSpec
{
    [Parameter(20, 2_000_000, "S003 Bijlage 9 Table 9", Doc = "Inhabitants in the working area (mean 6,261; guide 5,000 rural, 10,000 urban).")]
    public int Inhabitants { get; set; } = 5000;

    [Parameter(1, 30_000, "S003 Bijlage 9 Table 9", Doc = "Inhabitants per km2; sets street size and walking distances.")]
    public double DensityPerKm2 { get; set; } = 2858;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Aged 0-17 (%).")]
    public double Aged0To17Pct { get; set; } = 19.25;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Aged 18-64 (%).")]
    public double Aged18To64Pct { get; set; } = 59.53;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Aged 65+ (%). The three age shares must sum to 100.")]
    public double Aged65PlusPct { get; set; } = 21.22;

    [Parameter(0, 100, "ASSUMED (Flemish age pyramid)", Doc = "Share of the 65+ who are 75+ (%).")]
    public double Aged75PlusOf65PlusPct { get; set; } = 45;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Living alone (%), read as the share of households that are one person; sets the size of shared households.")]
    public double LivingAlonePct { get; set; } = 31.99;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Living alone, of those aged 18-64 (%).")]
    public double LivingAlone18To64Pct { get; set; } = 16.70;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Living alone, of those aged 65-74 (%).")]
    public double LivingAlone65To74Pct { get; set; } = 22.92;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Living alone, of those aged 75+ (%).")]
    public double LivingAlone75PlusPct { get; set; } = 33.92;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Renters (%) of households; the rest own.")]
    public double RentersPct { get; set; } = 35.75;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Social renters (%) of households; part of the renters.")]
    public double SocialRentersPct { get; set; } = 7.94;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Increased health-insurance allowance (verhoogde tegemoetkoming) (%): the model's low income.")]
    public double IncreasedAllowancePct { get; set; } = 18.23;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Foreign origin (%).")]
    public double ForeignOriginPct { get; set; } = 24.73;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Unemployed job-seekers (%) of those aged 18-64.")]
    public double UnemployedPct { get; set; } = 6.54;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Chronic-condition status (%).")]
    public double ChronicConditionPct { get; set; } = 12.61;

    [Parameter(0, 100, "S003 Bijlage 9 Table 9", Doc = "Antidepressant users (%); raises starting loneliness.")]
    public double AntidepressantPct { get; set; } = 12.32;

    [Parameter(0, 100, "ASSUMED", Doc = "Language barrier, of those of foreign origin (%).")]
    public double LanguageBarrierOfForeignOriginPct { get; set; } = 35;

    [Parameter(0, 100, "ASSUMED", Doc = "Limited mobility, aged under 65 (%).")]
    public double LimitedMobilityUnder65Pct { get; set; } = 3;

    [Parameter(0, 100, "ASSUMED", Doc = "Limited mobility, aged 65-74 (%).")]
    public double LimitedMobility65To74Pct { get; set; } = 12;

    [Parameter(0, 100, "ASSUMED", Doc = "Limited mobility, aged 75+ (%).")]
    public double LimitedMobility75PlusPct { get; set; } = 35;

    [Parameter(0, 100, "ASSUMED", Doc = "Uses digital channels, aged 18-64 (%); 0-17 always do.")]
    public double DigitalUse18To64Pct { get; set; } = 92;

    [Parameter(0, 100, "ASSUMED", Doc = "Uses digital channels, aged 65-74 (%).")]
    public double DigitalUse65To74Pct { get; set; } = 70;

    [Parameter(0, 100, "ASSUMED", Doc = "Uses digital channels, aged 75+ (%).")]
    public double DigitalUse75PlusPct { get; set; } = 40;

    [Parameter(0, 100, "ASSUMED", Doc = "Residents who have kin living elsewhere inside the area (%).")]
    public double KinInAreaPct { get; set; } = 25;

    /// <summary>Per-resident chance of starting kin ties (each tie also marks the other side).</summary>
    public double KinInAreaProbability() => KinInAreaPct / 100 / 2;

    [Parameter(0, 20, "ASSUMED (near the network's steady state)", Doc = "Mean number of neighbour ties per resident at start (same street), times sociability.")]
    public double NeighbourTiesMean { get; set; } = 8;

    [Parameter(0, 30, "ASSUMED (near the network's steady state)", Doc = "Mean number of friend ties per resident at start (homophily by age and origin), times sociability.")]
    public double FriendTiesMean { get; set; } = 5;

    [Parameter(0.1, 0.9, "ASSUMED", Doc = "Mean trust in services (lower by 0.15 with a language barrier, 0.05 on low income).")]
    public double TrustMean { get; set; } = 0.55;

    [Parameter(0.3, 0.9, "ASSUMED (vraagverlegenheid: S002 §Context, S004 ch2)", Doc = "Mean ask-threshold, the shame to ask (higher by 0.1 aged 75+ and with a language barrier).")]
    public double AskThresholdMean { get; set; } = 0.6;

    [Parameter(0, 1, "ASSUMED", Doc = "Share of residents who know a contact person for help at start.")]
    public double KnowsContactPersonShare { get; set; } = 0.15;
}
