using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// What a block's daily step and deliveries read besides their own agents: the model parameters turned into plain
/// fields (and small tables) once, the world's <see cref="Layout"/>, and the <see cref="DayData"/> of the day. Every
/// derived value is computed with exactly the operations, types and order the processes used before. Read-only
/// while blocks run; one per host (the in-process world shares one among its blocks, a block grain holds its own).
/// </summary>
public sealed class DayContext
{
    public readonly ModelParameters Parameters;
    public readonly Layout Layout;
    public readonly DecayTable Decay;
    public readonly int ResidentCount;
    public readonly int[] StreetStart;
    public readonly int[] SettlementStreets;

    /// <summary>Today's world-level inputs.</summary>
    public DayData Data { get; private set; }

    public int Day;
    public bool Lockdown;
    public double LockdownFactor;

    /// <summary>The act stream key of resident <c>id</c> today is Mix(Mix(ActPrefix ^ id) ^ day) (as <see cref="CounterRng.KeyOf"/>).</summary>
    public readonly ulong ActPrefix;

    /// <summary>The seed of the world (hub streams are keyed by it).</summary>
    public readonly ulong Seed;

    /// <summary>Decay factor of each sum kind over one day.</summary>
    public readonly float[] OneDay = new float[ResidentBlock.SumKinds];

    // Needs.
    public double SelfResolve;
    public readonly double[] Hazard = new double[16];
    public double AskBase;

    // Loneliness.
    public float Adaptation, BelongingRate;
    public double BelongingShare, CommunityWeight;
    public double HalfSaturation, CloseWeight, WeakWeight, RoleWeight, AloneSensitivity, BaseTarget, Threshold;
    public float EncounterMemory, EncounterWeight;

    // Contact.
    public double PerDay, ChanceShare, Withdrawal, LimitedMobilityFactor, OutsideStreetShare, RemoteShare, ChatShare, SelectionExponent;
    public int WeightMode;

    /// <summary>Cumulative focus weights of the foci away from the street: [0] the village at large, [1 + f] facility
    /// kind f of <see cref="SettlementSpec.FacilityKinds"/>; the last entry is the total.</summary>
    public readonly double[] FocusCumulative = new double[1 + SettlementSpec.FacilityKinds.Count];

    // Ties.
    public double DropBelow, FormationSimilar, FormationDissimilar, TriadicClosure;
    public float NewTieStrength, BringAlongStrength;

    /// <summary>A tie at least this strong carries help and introductions (strong tie).</summary>
    public float StrongTie;
    public readonly float[] Alpha = new float[16];

    // Detection.
    public readonly double[] DetectionBase = new double[16];
    public double TieFloor, RightsVisibility, LanguageBarrierVisibility, VisibilityFloor, VisibilitySlope;

    // Routing.
    public double ProfessionalTieRoute, InformalHelp, DirectReferralWithoutHub;

    // Professionals.
    public readonly int ProfessionalFirstId;
    public readonly bool[] ProfessionalHomeVisits;

    /// <param name="decay">The decay table of these parameters, if one is at hand (it is immutable and shared; built otherwise).</param>
    public DayContext(ModelParameters parameters, ulong seed, Layout layout, DecayTable? decay = null)
    {
        Parameters = parameters;
        Layout = layout;
        Seed = seed;
        Decay = decay ?? new DecayTable(parameters.Ties);
        ResidentCount = layout.ResidentCount;
        StreetStart = layout.StreetStart;
        SettlementStreets = layout.SettlementStreets;
        ActPrefix = CounterRng.Mix(CounterRng.Mix(seed ^ 0x243F6A8885A308D3UL) ^ unchecked((ulong)StreamPurpose.Act * 0xA0761D6478BD642FUL));
        ProfessionalFirstId = layout.ProfessionalFirstId;
        var kinds = layout.ProfessionalKinds;
        ProfessionalHomeVisits = new bool[kinds.Length];
        for (var j = 0; j < kinds.Length; j++)
            ProfessionalHomeVisits[j] = kinds[j] is ProfessionalKind.HomeCarer or ProfessionalKind.Nurse;
        Data = new DayData(layout.SettlementStreets.Length - 1, kinds.Length);
        ReadParameters();
    }

    /// <summary>Starts a day: takes the day's world-level inputs.</summary>
    public void Begin(DayData data)
    {
        Data = data;
        Day = data.Day;
        Lockdown = data.Lockdown;
        LockdownFactor = data.LockdownFactor;
    }

    private void ReadParameters()
    {
        var p = Parameters;
        for (var k = 1; k < ResidentBlock.SumKinds; k++) OneDay[k] = Decay.Factor((TieKind)k, 1);
        var n = p.Needs;
        SelfResolve = n.SelfResolve;
        AskBase = n.AskBase;
        for (var bits = 0; bits < 16; bits++)
        {
            var hazard = n.Hazard;
            if ((bits & 1) != 0) hazard *= n.Aged75PlusFactor;
            if ((bits & 2) != 0) hazard *= n.RiskFactor;
            if ((bits & 4) != 0) hazard *= n.RiskFactor;
            if ((bits & 8) != 0) hazard *= n.RiskFactor;
            Hazard[bits] = hazard;
        }

        var l = p.Loneliness;
        Adaptation = (float)l.Adaptation;
        BelongingRate = (float)(1 / l.BelongingDays);
        BelongingShare = l.BelongingShare;
        CommunityWeight = l.WeakWeight + l.RoleWeight;
        HalfSaturation = l.HalfSaturation;
        CloseWeight = l.CloseWeight;
        WeakWeight = l.WeakWeight;
        RoleWeight = l.RoleWeight;
        AloneSensitivity = l.AloneSensitivity;
        BaseTarget = l.BaseTarget;
        Threshold = l.Threshold;
        EncounterMemory = (float)l.EncounterMemory;
        EncounterWeight = (float)l.EncounterWeight;

        var c = p.Contact;
        PerDay = c.PerDay;
        ChanceShare = c.ChanceShare;
        Withdrawal = c.Withdrawal;
        LimitedMobilityFactor = c.LimitedMobilityFactor;
        OutsideStreetShare = c.OutsideStreetShare;
        RemoteShare = c.RemoteShare;
        ChatShare = c.ChatShare;
        var focus = c.VillageFocus;
        FocusCumulative[0] = focus;
        for (var f = 0; f < SettlementSpec.FacilityKinds.Count; f++)
            FocusCumulative[1 + f] = focus += c.FocusWeight(SettlementSpec.FacilityKinds[f]);
        SelectionExponent = c.SelectionExponent;
        WeightMode = c.SelectionExponent switch { 1 => 1, 2 => 2, _ => 0 };

        var t = p.Ties;
        DropBelow = t.DropBelow;
        NewTieStrength = (float)t.NewTieStrength;
        FormationSimilar = t.FormationSimilar;
        FormationDissimilar = t.FormationDissimilar;
        TriadicClosure = t.TriadicClosure;
        StrongTie = (float)t.StrongTie;
        BringAlongStrength = (float)t.BringAlongStrength;
        for (var ch = 0; ch < Alpha.Length; ch++) Alpha[ch] = TieDynamics.AlphaOf(t, (Channel)ch);

        var d = p.Detection;
        for (var ch = 0; ch < DetectionBase.Length; ch++) DetectionBase[ch] = Detection.BaseOf(d, (Channel)ch);
        TieFloor = d.TieFloor;
        RightsVisibility = d.RightsVisibility;
        LanguageBarrierVisibility = d.LanguageBarrierVisibility;
        VisibilityFloor = d.SeverityVisibilityFloor;
        VisibilitySlope = 1 - d.SeverityVisibilityFloor;

        ProfessionalTieRoute = p.Routing.ProfessionalTieRoute;
        InformalHelp = p.Routing.InformalHelp;
        DirectReferralWithoutHub = p.Hub.DirectReferralWithoutHub;
    }

    /// <summary>Hazard table index of a resident: 75+, living alone, chronic condition, low income.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HazardIndex(AgeBand age, Traits t) =>
        (age == AgeBand.Age75Plus ? 1 : 0) | ((t & Traits.LivingAlone) != 0 ? 2 : 0)
        | ((t & Traits.ChronicCondition) != 0 ? 4 : 0) | ((t & Traits.LowIncome) != 0 ? 8 : 0);

    /// <summary>A resident's act stream for today (identical to CounterRng.For(seed, Act, id, day)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong ActKey(int id) => CounterRng.Mix(CounterRng.Mix(ActPrefix ^ (ulong)id) ^ (uint)Day);

    /// <summary>The key of sub-stream <paramref name="sub"/> of a stream (identical to CounterRng.Fork).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static CounterRng Fork(ulong key, int sub) => new(CounterRng.Mix(key ^ ((ulong)(uint)sub * 0xD1B54A32D192ED03UL)));
}
