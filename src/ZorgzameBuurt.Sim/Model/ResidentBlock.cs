using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Model.Processes;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>
/// A block of residents [Lo, Hi): it owns everything about them — their traits, state, ties, counters, journeys,
/// outgoing messages and published card and status — as struct-of-arrays indexed by local index (id − Lo). Nothing
/// outside reads or writes this state while a day runs; other agents reach it only through messages, and the world
/// reads it between days. The in-process engine runs many blocks side by side; an Orleans block grain hosts one
/// (a block of one resident is a resident grain). Results never depend on the block size: a block delivers its inbox
/// resident by resident in id order, each resident's messages in the order they arrived (the canonical order).
/// </summary>
public sealed class ResidentBlock
{
    /// <summary>Tie kinds whose strength sums a resident keeps (household … professional).</summary>
    public const int SumKinds = 6;

    private readonly int[] _slot;
    private Message[] _sorted = new Message[16];

    public ResidentBlock(int index, int lo, int hi)
    {
        Index = index;
        Lo = lo;
        Hi = hi;
        var n = hi - lo;
        Count = n;
        Age = new AgeBand[n];
        Trait = new Traits[n];
        Street = new int[n];
        Settlement = new byte[n];
        Loneliness = new float[n];
        Belonging = new float[n];
        Disposition = new float[n];
        Sociability = new float[n];
        Trust = new float[n];
        AskThreshold = new float[n];
        Skill = new float[n];
        KnowsContact = new bool[n];
        Role = new Role[n];
        Load = new float[n];
        Strain = new float[n];
        Capacity = new float[n];
        Encounters = new float[n];
        FirstLine = new int[n];
        VisitRate = new float[n];
        NeedKind = new NeedKind[n];
        NeedState = new NeedState[n];
        NeedSeverity = new float[n];
        NeedOnset = new int[n];
        NeedDue = new int[n];
        UnmetDays = new int[n];
        HiddenDays = new int[n];
        Sums = new float[n * SumKinds];
        SumDay = new int[n];
        CardSkill = new byte[n];
        CardFlag = new CardFlags[n];
        TieWentDay = new int[n];
        Array.Fill(TieWentDay, -1);
        Traced = new bool[n];
        Status = new ResidentStatus[n];
        Ties = new TieStore(n, 6);
        _slot = new int[n + 1];
    }

    public int Index { get; }
    public int Lo { get; }
    public int Hi { get; }
    public int Count { get; }

    // Own traits (a copy of the census rows of these residents).
    internal AgeBand[] Age { get; }
    internal Traits[] Trait { get; }
    internal int[] Street { get; }
    internal byte[] Settlement { get; }

    // State.
    internal float[] Loneliness { get; }

    /// <summary>Belonging B ∈ [0,1] (trust in and attachment to the neighbourhood): the slow part of loneliness,
    /// MODEL.md §3.9. It follows what weak ties, encounters and an inclusive role give over months.</summary>
    internal float[] Belonging { get; }
    internal float[] Disposition { get; }

    /// <summary>How outgoing a resident is (mean 1): scales the starting ties and the daily contact rate.</summary>
    internal float[] Sociability { get; }
    internal float[] Trust { get; }
    internal float[] AskThreshold { get; }
    internal float[] Skill { get; }
    internal bool[] KnowsContact { get; }
    internal Role[] Role { get; }
    internal float[] Load { get; }
    internal float[] Strain { get; }

    /// <summary>A volunteer's own weekly capacity in hours, drawn when she takes up a role (0: never had one).</summary>
    internal float[] Capacity { get; }
    internal float[] Encounters { get; }
    internal int[] FirstLine { get; }
    internal float[] VisitRate { get; }

    // The open need (one slot: while a need is open no second one arises).
    internal NeedKind[] NeedKind { get; }
    internal NeedState[] NeedState { get; }
    internal float[] NeedSeverity { get; }
    internal int[] NeedOnset { get; }
    internal int[] NeedDue { get; }
    internal int[] UnmetDays { get; }

    /// <summary>Days lived with a hidden need so far.</summary>
    internal int[] HiddenDays { get; }

    /// <summary>Per-kind strength sums at <see cref="SumDay"/>, decayed in closed form like the ties.</summary>
    internal float[] Sums { get; }
    internal int[] SumDay { get; }

    /// <summary>The card a resident shows in contacts, republished at the end of each day.</summary>
    internal byte[] CardSkill { get; }
    internal CardFlags[] CardFlag { get; }

    /// <summary>The last day a tie of the resident went to an organised activity (−1: never).</summary>
    internal int[] TieWentDay { get; }

    internal bool[] Traced { get; }
    internal bool AnyTraced { get; set; }

    /// <summary>What the residents published at the end of the day for the world's interventions.</summary>
    public ResidentStatus[] Status { get; }

    public TieStore Ties { get; }
    public Counters Counters { get; } = new();
    internal List<HistoryEvent> Events { get; } = [];

    /// <summary>Messages emitted while acting (delivered today).</summary>
    public MessageBuffer Outbox { get; } = new(4);

    /// <summary>Messages emitted in the first delivery round for the second: answers to contacts, organised meetings.</summary>
    public MessageBuffer Replies { get; } = new(4);

    /// <summary>Messages emitted in delivery round r (0, 1), delivered tomorrow; the previous day's are kept for routing.</summary>
    public MessageBuffer[] Late { get; private set; } = [new(4), new(4)];
    public MessageBuffer[] LatePrevious { get; private set; } = [new(4), new(4)];

    /// <summary>Records an event in resident <paramref name="i"/>'s journey if she is traced.</summary>
    internal void Record(int i, int day, HistoryKind kind, int other = -1, NeedKind need = default, Channel channel = default)
    {
        if (AnyTraced && Traced[i]) Events.Add(new HistoryEvent(Lo + i, day, kind, other, need, channel));
    }

    /// <summary>A resident's state now and her journey since tracing began.</summary>
    public ResidentHistory History(int id, DayContext c, Space space) => HistoryReader.Read(this, id - Lo, c, space, c.Day);

    /// <summary>A resident's ties as seen on the context's day.</summary>
    public IReadOnlyList<TieView> TiesOf(int id, DayContext c) => HistoryReader.TiesOf(this, id - Lo, c.Decay, c.Day);

    /// <summary>A resident's role now.</summary>
    public Role RoleOf(int id) => Role[id - Lo];

    /// <summary>Whether a resident knows a contact person now.</summary>
    public bool KnowsContactOf(int id) => KnowsContact[id - Lo];

    /// <summary>Starts recording a resident's journey.</summary>
    public void Trace(int id)
    {
        Traced[id - Lo] = true;
        AnyTraced = true;
    }

    public bool Holds(int id) => (uint)(id - Lo) < (uint)Count;

    public int Id(int local) => Lo + local;

    /// <summary>Starts a day: yesterday's late messages become the ones to route today.</summary>
    public void BeginDay()
    {
        (Late, LatePrevious) = (LatePrevious, Late);
        Late[0].Clear();
        Late[1].Clear();
        Outbox.Clear();
    }

    /// <summary>Every resident acts, in id order; their messages go to <see cref="Outbox"/>.</summary>
    public void Act(DayContext c)
    {
        for (var i = 0; i < Count; i++) DailyStep.Run(c, this, i);
    }

    /// <summary>Delivers a round's messages (any order of arrival in which each emitter's messages keep their order):
    /// sorts them stably by receiver, then each resident handles her own in arrival order.</summary>
    public void Deliver(DayContext c, int round, ReadOnlySpan<Message> inbox)
    {
        BeginSort(inbox.Length);
        foreach (ref readonly var m in inbox) _slot[m.To - Lo + 1]++;
        EndCount();
        foreach (ref readonly var m in inbox) _sorted[_slot[m.To - Lo]++] = m;
        DeliverSorted(c, round, _sorted.AsSpan(0, inbox.Length));
    }

    /// <summary>The same for the in-process router's view of a round (positions into the emitters' buffers).</summary>
    internal void Deliver(DayContext c, int round, MessageRouter.Inbox inbox)
    {
        BeginSort(inbox.Length);
        foreach (ref readonly var m in inbox) _slot[m.To - Lo + 1]++;
        EndCount();
        foreach (ref readonly var m in inbox) _sorted[_slot[m.To - Lo]++] = m;
        DeliverSorted(c, round, _sorted.AsSpan(0, inbox.Length));
    }

    private void BeginSort(int n)
    {
        if (_sorted.Length < n) _sorted = new Message[n + (n >> 2)];
        Array.Clear(_slot);
    }

    /// <summary>Turns the per-receiver counts into the first slot of each receiver.</summary>
    private void EndCount()
    {
        var slot = _slot;
        for (var i = 1; i < slot.Length; i++) slot[i] += slot[i - 1];
    }

    private void DeliverSorted(DayContext c, int round, ReadOnlySpan<Message> sorted)
    {
        if (round == 0) Replies.Clear();
        foreach (ref readonly var m in sorted) Delivery.Deliver(c, this, round, m);
        if (round == 1) Publish(c);
    }

    /// <summary>Republishes every resident's card and status (end of day).</summary>
    public void Publish(DayContext c) => Cards.Publish(c, this);
}

/// <summary>What a resident publishes at the end of a day for the world's interventions to read the next day: role,
/// loneliness, need state, the strength of her informal network, and when a tie last went to an organised activity.
/// 16 bytes. Immutable.</summary>
public readonly record struct ResidentStatus(Role Role, NeedState Need, float Loneliness, float Network, int TieWentDay);
