using System.Runtime.CompilerServices;
using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Processes;

/// <summary>
/// What every resident's daily step and every delivery of one day read: the day, the resident arrays, and the
/// model parameters turned into plain fields (and small tables) once per day, so the hot loops do not chase
/// property chains or redo per-resident arithmetic that depends only on parameters and static traits. Every
/// derived value is computed with exactly the operations, types and order the processes used before, so results
/// are bit-identical. Professionals' cards and route chances are cached for the day (they change only in the
/// professional phase). Refreshed at the start of each tick; read-only while partitions run.
/// </summary>
internal sealed class DayContext
{
    public readonly World World;
    public readonly Residents R;
    public readonly DecayTable Decay;
    public readonly int ResidentCount;

    // Resident arrays (the same arrays as in Residents, held in fields for the hot loops).
    public readonly float[] Sums;
    public readonly int[] SumDay;
    public readonly NeedState[] NeedState;
    public readonly NeedKind[] NeedKind;
    public readonly float[] NeedSeverity;
    public readonly int[] NeedDue;
    public readonly Traits[] Trait;
    public readonly AgeBand[] Age;
    public readonly float[] Loneliness;
    public readonly float[] Encounters;
    public readonly float[] Sociability;
    public readonly float[] Disposition;
    public readonly Role[] Role;
    public readonly int[] FirstLine;
    public readonly float[] VisitRate;
    public readonly int[] Street;
    public readonly byte[] Settlement;
    public readonly byte[] CardSkill;
    public readonly CardFlags[] CardFlag;
    public readonly int[] StreetStart;
    public readonly int[] SettlementStreets;

    public int Day;
    public bool Traced;
    public bool Lockdown;
    public double LockdownFactor;

    /// <summary>The act stream key of resident <c>id</c> today is Mix(Mix(ActPrefix ^ id) ^ day) (as <see cref="CounterRng.KeyOf"/>).</summary>
    public readonly ulong ActPrefix;

    /// <summary>Decay factor of each sum kind over one day.</summary>
    public readonly float[] OneDay = new float[Residents.SumKinds];

    // Needs.
    public double SelfResolve;
    public readonly double[] Hazard = new double[16];
    public double AskBase;

    // Loneliness.
    public float Adaptation;
    public double HalfSaturation, CloseWeight, WeakWeight, RoleWeight, AloneSensitivity, BaseTarget, Threshold;

    // Contact.
    public double PerDay, ChanceShare, Withdrawal, LimitedMobilityFactor, OutsideStreetShare, RemoteShare, SelectionExponent;
    public int WeightMode;

    // Ties.
    public double DropBelow, FormationSimilar, FormationDissimilar, TriadicClosure;
    public float NewTieStrength;
    public readonly float[] Alpha = new float[16];

    // Detection.
    public readonly double[] DetectionBase = new double[16];
    public double TieFloor, RightsVisibility, LanguageBarrierVisibility;

    // Routing.
    public double ProfessionalTieRoute, InformalHelp, DirectReferralWithoutHub;

    // Professionals' cards for the day.
    public readonly int ProfessionalFirstId;
    public readonly float[] ProfessionalRoute;
    public readonly CardFlags[] ProfessionalCard;
    public readonly float[] ProfessionalSkill;
    public readonly bool[] ProfessionalHomeVisits;
    public int CardsDay = -1;

    public DayContext(World w)
    {
        World = w;
        R = w.Residents;
        Decay = w.Decay;
        ResidentCount = R.Count;
        Sums = R.Sums;
        SumDay = R.SumDay;
        NeedState = R.NeedState;
        NeedKind = R.NeedKind;
        NeedSeverity = R.NeedSeverity;
        NeedDue = R.NeedDue;
        Trait = R.Trait;
        Age = R.Age;
        Loneliness = R.Loneliness;
        Encounters = R.Encounters;
        Sociability = R.Sociability;
        Disposition = R.Disposition;
        Role = R.Role;
        FirstLine = R.FirstLine;
        VisitRate = R.VisitRate;
        Street = R.Street;
        Settlement = R.Settlement;
        CardSkill = R.CardSkill;
        CardFlag = R.CardFlag;
        StreetStart = w.StreetStart;
        SettlementStreets = w.SettlementStreets;
        ActPrefix = CounterRng.Mix(CounterRng.Mix(w.Seed ^ 0x243F6A8885A308D3UL) ^ unchecked((ulong)StreamPurpose.Act * 0xA0761D6478BD642FUL));
        var pro = w.Professionals;
        ProfessionalFirstId = pro.FirstId;
        ProfessionalRoute = new float[pro.Count];
        ProfessionalCard = new CardFlags[pro.Count];
        ProfessionalSkill = pro.Skill;
        ProfessionalHomeVisits = new bool[pro.Count];
        for (var j = 0; j < pro.Count; j++)
            ProfessionalHomeVisits[j] = pro.Kind[j] is ProfessionalKind.HomeCarer or ProfessionalKind.Nurse;
    }

    /// <summary>Reads the parameters and the day; caches the professionals' cards.</summary>
    public void Refresh()
    {
        var w = World;
        var p = w.Parameters;
        Day = w.Day;
        Traced = w.AnyTraced;
        Lockdown = w.IsLockdown;
        LockdownFactor = w.LockdownContactFactor;
        for (var k = 1; k < Residents.SumKinds; k++) OneDay[k] = Decay.Factor((TieKind)k, 1);

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
        HalfSaturation = l.HalfSaturation;
        CloseWeight = l.CloseWeight;
        WeakWeight = l.WeakWeight;
        RoleWeight = l.RoleWeight;
        AloneSensitivity = l.AloneSensitivity;
        BaseTarget = l.BaseTarget;
        Threshold = l.Threshold;

        var c = p.Contact;
        PerDay = c.PerDay;
        ChanceShare = c.ChanceShare;
        Withdrawal = c.Withdrawal;
        LimitedMobilityFactor = c.LimitedMobilityFactor;
        OutsideStreetShare = c.OutsideStreetShare;
        RemoteShare = c.RemoteShare;
        SelectionExponent = c.SelectionExponent;
        WeightMode = c.SelectionExponent switch { 1 => 1, 2 => 2, _ => 0 };

        var t = p.Ties;
        DropBelow = t.DropBelow;
        NewTieStrength = (float)t.NewTieStrength;
        FormationSimilar = t.FormationSimilar;
        FormationDissimilar = t.FormationDissimilar;
        TriadicClosure = t.TriadicClosure;
        for (var ch = 0; ch < Alpha.Length; ch++) Alpha[ch] = TieDynamics.AlphaOf(t, (Channel)ch);

        var d = p.Detection;
        for (var ch = 0; ch < DetectionBase.Length; ch++) DetectionBase[ch] = Detection.BaseOf(d, (Channel)ch);
        TieFloor = d.TieFloor;
        RightsVisibility = d.RightsVisibility;
        LanguageBarrierVisibility = d.LanguageBarrierVisibility;

        ProfessionalTieRoute = p.Routing.ProfessionalTieRoute;
        InformalHelp = p.Routing.InformalHelp;
        DirectReferralWithoutHub = p.Hub.DirectReferralWithoutHub;

        RefreshCards();
    }

    /// <summary>Caches every professional's card and route chance for today.</summary>
    public void RefreshCards()
    {
        var w = World;
        for (var j = 0; j < ProfessionalRoute.Length; j++)
        {
            ProfessionalRoute[j] = Professional.RouteChance(w, j);
            ProfessionalCard[j] = Professional.Card(w, j);
        }
        CardsDay = w.Day;
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

    /// <summary>Card skill of any agent as a float (resident cards are bytes).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float CardSkillOf(int agent) =>
        agent < ResidentCount ? CardSkill[agent] / 255f : ProfessionalSkill[agent - ProfessionalFirstId];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public CardFlags CardOf(int agent) =>
        agent < ResidentCount ? CardFlag[agent] : ProfessionalCard[agent - ProfessionalFirstId];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float RouteChanceOf(int agent) =>
        agent < ResidentCount
            ? ((CardFlag[agent] & CardFlags.HasRoute) != 0 ? 1f : 0f)
            : ProfessionalRoute[agent - ProfessionalFirstId];
}
