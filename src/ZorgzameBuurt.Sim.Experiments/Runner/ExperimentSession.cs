using ZorgzameBuurt.Sim.Experiments.Storage;

namespace ZorgzameBuurt.Sim.Experiments.Runner;

/// <summary>
/// An experiment begun (or resumed) in a results store: its id, the runs already finished, and saving of new runs.
/// Throws <see cref="ResultsStoreException"/> when the output directory or database cannot be used.
/// </summary>
public sealed class ExperimentSession : IDisposable
{
    private ExperimentSession(ResultsStore store, long id, ExperimentInfo info, IReadOnlySet<RunKey> finished)
    {
        Store = store;
        Id = id;
        Info = info;
        Finished = finished;
    }

    public ResultsStore Store { get; }

    public long Id { get; }

    public ExperimentInfo Info { get; }

    /// <summary>Runs of this experiment found in the store when it was begun.</summary>
    public IReadOnlySet<RunKey> Finished { get; }

    public static ExperimentSession Begin(string outDir, ExperimentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var store = ResultsStore.Open(outDir);
        try
        {
            var id = store.BeginExperiment(info);
            return new ExperimentSession(store, id, info, store.FinishedRuns(id));
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Saves a finished run at once, in its own transaction.</summary>
    public void Save(RunResult run) => Store.Save(Id, run);

    public void Dispose() => Store.Dispose();
}
