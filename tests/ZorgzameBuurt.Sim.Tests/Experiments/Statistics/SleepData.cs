namespace ZorgzameBuurt.Sim.Tests.Experiments.Statistics;

/// <summary>
/// Extra hours of sleep of ten patients under two drugs (Cushny &amp; Peebles 1905, analysed by Student 1908;
/// R's <c>sleep</c> data set). The same patients took both drugs: a paired design.
/// </summary>
internal static class SleepData
{
    internal static readonly double[] Drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    internal static readonly double[] Drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
}
