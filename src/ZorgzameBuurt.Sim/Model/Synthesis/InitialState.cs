namespace ZorgzameBuurt.Sim.Model.Synthesis;

/// <summary>
/// The dynamic state synthesis draws for every resident (by resident id), before the world cuts it into blocks.
/// Read once, when the blocks are built; owned by nobody afterwards.
/// </summary>
internal sealed class InitialState(int count)
{
    public readonly float[] Disposition = new float[count];
    public readonly float[] Sociability = new float[count];
    public readonly float[] Trust = new float[count];
    public readonly float[] AskThreshold = new float[count];
    public readonly float[] Skill = new float[count];
    public readonly bool[] KnowsContact = new bool[count];
    public readonly int[] FirstLine = new int[count];
    public readonly float[] VisitRate = new float[count];
}
