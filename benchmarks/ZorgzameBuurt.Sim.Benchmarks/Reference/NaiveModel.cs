using ZorgzameBuurt.Sim.Model;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Benchmarks.Reference;

/// <summary>
/// The naive baseline: the same model's everyday contact, tie reinforcement and decay, detection, need onset,
/// first-line visits and loneliness, written the usual object-oriented way: a class object per agent, a
/// <see cref="List{T}"/> of tie objects per agent, a decay pass over every tie every tick, a strength-weighted
/// roulette over all ties to pick a contact, loneliness from a pass over every tie, a linear search for the
/// other side of a tie. Sequential, one random stream (SplitMix64; no System.Random). It starts from the same
/// population and ties as a <see cref="World"/>, uses the same parameters, and is used only for timing.
/// </summary>
public sealed class NaiveModel
{
    private sealed class Tie
    {
        public required Agent Other;
        public TieKind Kind;
        public double Strength;
        public int LastContact;
    }

    private sealed class Agent
    {
        public int Id;
        public AgeBand Age;
        public Traits Traits;
        public int Street;
        public int Settlement;
        public double Loneliness;
        public double Disposition;
        public double Sociability;
        public double Skill;
        public double Encounters;
        public NeedState Need;
        public NeedKind NeedKind;
        public double Severity;
        public int NeedOnset;
        public int NeedDue;
        public bool KnowsContact;
        public int FirstLine = -1;
        public double VisitRate;
        public List<Tie> Ties = [];
    }

    private readonly List<Agent> _agents = [];
    private readonly int[] _streetStart;
    private readonly int[] _settlementStreets;
    private readonly ModelParameters _p;
    private readonly Dictionary<TieKind, double> _dailyDecay = [];
    private ulong _state;

    public int Day { get; private set; }
    public long Contacts { get; private set; }
    public long Detections { get; private set; }

    public int Count => _agents.Count;

    public NaiveModel(World world)
    {
        _p = world.Parameters;
        _streetStart = world.StreetStart;
        _settlementStreets = world.SettlementStreets;
        _state = world.Seed * 0x9E3779B97F4A7C15UL + 1;
        var r = world.Residents;
        for (var id = 0; id < r.Count; id++)
        {
            var (b, i) = Agents.Of(world, id);
            _agents.Add(new Agent
            {
                Id = id,
                Age = r.Age[id],
                Traits = r.Trait[id],
                Street = r.Street[id],
                Settlement = r.Settlement[id],
                Loneliness = b.Loneliness[i],
                Disposition = b.Disposition[i],
                Sociability = b.Sociability[i],
                Skill = b.Skill[i],
                Encounters = b.Encounters[i],
                KnowsContact = b.KnowsContact[i],
                FirstLine = b.FirstLine[i],
                VisitRate = b.VisitRate[i],
            });
        }
        for (var id = 0; id < r.Count; id++)
            foreach (var t in world.TiesOf(id))
                if (t.Other < r.Count)
                    _agents[id].Ties.Add(new Tie { Other = _agents[t.Other], Kind = t.Kind, Strength = t.Strength, LastContact = t.LastContactDay });
        var ties = _p.Ties;
        _dailyDecay[TieKind.Household] = 1;
        _dailyDecay[TieKind.Kin] = Math.Pow(0.5, 1 / ties.KinHalfLife);
        _dailyDecay[TieKind.Neighbour] = Math.Pow(0.5, 1 / ties.NeighbourHalfLife);
        _dailyDecay[TieKind.Friend] = Math.Pow(0.5, 1 / ties.FriendHalfLife);
        _dailyDecay[TieKind.Volunteer] = Math.Pow(0.5, 1 / ties.VolunteerHalfLife);
        _dailyDecay[TieKind.Professional] = Math.Pow(0.5, 1 / ties.ProfessionalHalfLife);
        _dailyDecay[TieKind.Partnership] = Math.Pow(0.5, 1 / ties.PartnershipHalfLife);
    }

    public long TieCount => _agents.Sum(a => (long)a.Ties.Count);

    private double NextDouble()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return ((z ^ (z >> 31)) >> 11) * (1.0 / (1UL << 53));
    }

    private int NextInt(int n) => (int)(NextDouble() * n);

    private int Poisson(double lambda)
    {
        var l = Math.Exp(-lambda);
        var k = 0;
        var p = NextDouble();
        while (p > l)
        {
            k++;
            p *= NextDouble();
        }
        return k;
    }

    /// <summary>One day: decay every tie, then every agent's needs, visits, contacts and loneliness.</summary>
    public void Step()
    {
        DecayAllTies();
        foreach (var a in _agents)
        {
            NeedOnset(a);
            FirstLineVisit(a);
            EverydayContacts(a);
            UpdateLoneliness(a);
        }
        Day++;
    }

    private void DecayAllTies()
    {
        var min = _p.Ties.DropBelow;
        foreach (var a in _agents)
            for (var i = a.Ties.Count - 1; i >= 0; i--)
            {
                var t = a.Ties[i];
                t.Strength *= _dailyDecay[t.Kind];
                if (t.Strength < min) a.Ties.RemoveAt(i);
            }
    }

    private void NeedOnset(Agent a)
    {
        var n = _p.Needs;
        if (a.Need == NeedState.Referred && Day >= a.NeedDue) a.Need = NeedState.None;
        if (a.Need == NeedState.Hidden && (a.NeedKind == NeedKind.Social || a.NeedKind == NeedKind.Practical) && NextDouble() < n.SelfResolve)
            a.Need = NeedState.None;
        if (a.Need != NeedState.None) return;
        var hazard = n.Hazard;
        if (a.Age == AgeBand.Age75Plus) hazard *= n.Aged75PlusFactor;
        if ((a.Traits & Traits.LivingAlone) != 0) hazard *= n.RiskFactor;
        if ((a.Traits & Traits.ChronicCondition) != 0) hazard *= n.RiskFactor;
        if ((a.Traits & Traits.LowIncome) != 0) hazard *= n.RiskFactor;
        if (NextDouble() >= hazard) return;
        var u = NextDouble();
        a.NeedKind = u < n.RightsShare ? NeedKind.Rights : u < n.RightsShare + n.PracticalShare ? NeedKind.Practical
            : u < n.RightsShare + n.PracticalShare + n.SocialShare ? NeedKind.Social : u < 0.9 ? NeedKind.Care : NeedKind.Heavy;
        a.Need = NeedState.Hidden;
        a.NeedOnset = Day;
        a.Severity = 0.1 + 0.8 * NextDouble();
    }

    private void FirstLineVisit(Agent a)
    {
        if (a.FirstLine < 0 || NextDouble() >= a.VisitRate) return;
        TryDetect(a, _p.Detection.HomeVisit, _p.Detection.SkillFirstLine, 0.4);
    }

    private void EverydayContacts(Agent a)
    {
        var c = _p.Contact;
        var rate = c.PerDay * a.Sociability * (1 - c.Withdrawal * a.Loneliness);
        if ((a.Traits & Traits.LimitedMobility) != 0) rate *= c.LimitedMobilityFactor;
        var n = Poisson(rate);
        for (var k = 0; k < n; k++)
        {
            if (NextDouble() < c.ChanceShare || !TieContact(a)) Encounter(a);
        }
    }

    private bool TieContact(Agent a)
    {
        // Roulette over all ties, weighted by strength^exponent.
        var total = 0.0;
        foreach (var t in a.Ties)
            if (t.Kind != TieKind.Professional) total += Math.Pow(t.Strength, _p.Contact.SelectionExponent);
        if (total <= 0) return false;
        var u = NextDouble() * total;
        foreach (var t in a.Ties)
        {
            if (t.Kind == TieKind.Professional) continue;
            u -= Math.Pow(t.Strength, _p.Contact.SelectionExponent);
            if (u > 0) continue;
            var remote = NextDouble() < _p.Contact.RemoteShare;
            var alpha = remote ? _p.Ties.AlphaPhone : _p.Ties.AlphaFaceToFace;
            var detect = remote ? _p.Detection.Phone : _p.Detection.FaceToFace;
            Meet(a, t.Other, alpha, detect, null);
            return true;
        }
        return false;
    }

    private void Encounter(Agent a)
    {
        var c = _p.Contact;
        int lo, hi;
        if (NextDouble() < c.OutsideStreetShare)
        {
            lo = _streetStart[_settlementStreets[a.Settlement]];
            hi = _streetStart[_settlementStreets[a.Settlement + 1]];
        }
        else
        {
            lo = _streetStart[a.Street];
            hi = _streetStart[a.Street + 1];
        }
        if (hi - lo < 2) return;
        var other = _agents[lo + NextInt(hi - lo)];
        if (other == a) return;
        a.Encounters += 1;
        other.Encounters += 1;
        var similar = a.Age == other.Age && (a.Traits & Traits.ForeignOrigin) == (other.Traits & Traits.ForeignOrigin);
        var form = NextDouble() < (similar ? _p.Ties.FormationSimilar : _p.Ties.FormationDissimilar) ? TieKind.Neighbour : (TieKind?)null;
        Meet(a, other, _p.Ties.AlphaFaceToFace, _p.Detection.FaceToFace, form);
    }

    private void Meet(Agent a, Agent b, double alpha, double detect, TieKind? form)
    {
        Contacts++;
        var wa = Reinforce(a, b, alpha, form);
        var wb = Reinforce(b, a, alpha, form);
        if (b.Need == NeedState.Hidden) TryDetect(b, detect, a.Skill, wb);
        if (a.Need == NeedState.Hidden) TryDetect(a, detect, b.Skill, wa);
    }

    private double Reinforce(Agent a, Agent other, double alpha, TieKind? form)
    {
        foreach (var t in a.Ties)
        {
            if (t.Other != other) continue;
            t.Strength += alpha * (1 - t.Strength);
            t.LastContact = Day;
            return t.Strength;
        }
        if (form is not { } kind) return 0;
        a.Ties.Add(new Tie { Other = other, Kind = kind, Strength = _p.Ties.NewTieStrength, LastContact = Day });
        return _p.Ties.NewTieStrength;
    }

    private void TryDetect(Agent a, double baseChance, double skill, double tie)
    {
        var d = _p.Detection;
        var visibility = a.NeedKind == NeedKind.Rights ? d.RightsVisibility : 0.5 + 0.5 * a.Severity;
        if ((a.Traits & Traits.LanguageBarrier) != 0) visibility *= d.LanguageBarrierVisibility;
        if (NextDouble() >= baseChance * skill * (d.TieFloor + (1 - d.TieFloor) * tie) * visibility) return;
        Detections++;
        a.Need = NeedState.Referred;
        a.NeedDue = Day + 14;
    }

    private void UpdateLoneliness(Agent a)
    {
        var l = _p.Loneliness;
        double close = 0, weak = 0;
        foreach (var t in a.Ties)
        {
            switch (t.Kind)
            {
                case TieKind.Household or TieKind.Kin: close += t.Strength; break;
                case TieKind.Neighbour or TieKind.Friend or TieKind.Volunteer: weak += t.Strength; break;
            }
        }
        weak += 0.1 * a.Encounters;
        var h = l.HalfSaturation;
        var relief = l.CloseWeight * close / (close + h) + l.WeakWeight * weak / (weak + h);
        if ((a.Traits & Traits.LivingAlone) != 0 || (a.Traits & Traits.KinInArea) == 0) relief /= l.AloneSensitivity;
        var target = Math.Clamp(l.BaseTarget - relief + a.Disposition, 0, 1);
        a.Loneliness += l.Adaptation * (target - a.Loneliness);
        a.Encounters *= 0.9;
    }
}
