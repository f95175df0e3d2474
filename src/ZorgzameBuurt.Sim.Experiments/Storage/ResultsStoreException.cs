namespace ZorgzameBuurt.Sim.Experiments.Storage;

/// <summary>
/// A results store problem to show to the user as is: the message says what path and what went wrong,
/// so a command prints the message, not a stack trace.
/// </summary>
public sealed class ResultsStoreException : Exception
{
    public ResultsStoreException(string message)
        : base(message)
    {
    }

    public ResultsStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
