using ZorgzameBuurt.Sim.Engine;
using ZorgzameBuurt.Sim.Spec;

namespace ZorgzameBuurt.Sim.Model.Synthesis;

/// <summary>
/// Builds residents, households, professionals and the initial tie network from a scenario's analysis
/// figures (S003 Bijlage 9 Table 9). Residents are numbered street by street, so a street and a settlement are
/// each a contiguous id range. Every draw is keyed by (seed, synthesis stage, entity).
/// </summary>
internal sealed class PopulationSynthesis
{
    private readonly List<(int A, int B, TieKind Kind, float W)> _ties = [];
    private readonly HashSet<long> _pairs = new(PairKeyComparer.Instance);

    public required Residents Residents { get; init; }
    public required InitialState Initial { get; init; }
    public required Professionals Professionals { get; init; }
    public required int[] StreetStart { get; init; }
    public required int[] StreetSettlement { get; init; }
    public required int[] SettlementStreets { get; init; }
    private ModelParameters Parameters { get; init; } = new();
    private ulong Seed { get; init; }

    public static PopulationSynthesis Build(ScenarioSpec spec, Space space, ulong seed)
    {
        var pop = spec.Population;
        var settlements = spec.Space.Settlements;
        var perSettlement = Apportion(pop.Inhabitants, settlements.Select(s => s.PopulationPct).ToArray());

        var streetSizes = new List<int>();
        var streetSettlement = new List<int>();
        var settlementStreets = new int[settlements.Count + 1];
        for (var k = 0; k < settlements.Count; k++)
        {
            settlementStreets[k] = streetSizes.Count;
            var streets = perSettlement[k] == 0 ? 0 : Math.Min(settlements[k].Streets, perSettlement[k]);
            for (var s = 0; s < streets; s++)
            {
                streetSizes.Add(perSettlement[k] / streets + (s < perSettlement[k] % streets ? 1 : 0));
                streetSettlement.Add(k);
            }
        }
        settlementStreets[settlements.Count] = streetSizes.Count;
        var streetStart = new int[streetSizes.Count + 1];
        for (var s = 0; s < streetSizes.Count; s++) streetStart[s + 1] = streetStart[s] + streetSizes[s];

        var residents = new Residents(pop.Inhabitants);
        for (var s = 0; s < streetSizes.Count; s++)
            for (var id = streetStart[s]; id < streetStart[s + 1]; id++)
            {
                residents.Street[id] = s;
                residents.Settlement[id] = (byte)streetSettlement[s];
            }

        var professionals = new Professionals(
            spec.Professionals.SelectMany(p => Enumerable.Repeat((p.Kind, p.Fte, Math.Max(0, space.IndexOf(p.Settlement))), p.Count)).ToList(),
            pop.Inhabitants);

        var synthesis = new PopulationSynthesis
        {
            Residents = residents,
            Initial = new InitialState(pop.Inhabitants),
            Professionals = professionals,
            StreetStart = streetStart,
            StreetSettlement = streetSettlement.ToArray(),
            SettlementStreets = settlementStreets,
            Parameters = spec.Parameters,
            Seed = seed,
        };
        synthesis.DrawPeople(pop);
        synthesis.FormHouseholds(pop);
        synthesis.DrawHouseholdTraits(pop);
        synthesis.MarkVulnerable();
        synthesis.DrawDisposition(pop);
        synthesis.AssignFirstLine();
        synthesis.FormTies(pop);
        return synthesis;
    }

    private CounterRng Rng(int stage, long entity) => CounterRng.For(Seed, StreamPurpose.Synthesis, ((long)stage << 40) | entity, 0);

    /// <summary>Largest-remainder apportionment of a total over percentage shares.</summary>
    public static int[] Apportion(int total, IReadOnlyList<double> pct)
    {
        var sum = pct.Sum();
        var exact = pct.Select(p => sum <= 0 ? 0 : total * p / sum).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var left = total - counts.Sum();
        foreach (var i in Enumerable.Range(0, pct.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(left))
            counts[i]++;
        return counts;
    }

    private void DrawPeople(PopulationSpec pop)
    {
        var r = Residents;
        var p65 = pop.Aged65PlusPct / 100;
        var p75 = p65 * pop.Aged75PlusOf65PlusPct / 100;
        var cut = new[] { pop.Aged0To17Pct / 100, (pop.Aged0To17Pct + pop.Aged18To64Pct) / 100 };
        var total = (pop.Aged0To17Pct + pop.Aged18To64Pct + pop.Aged65PlusPct) / 100;
        for (var id = 0; id < r.Count; id++)
        {
            var rng = Rng(1, id);
            var u = rng.NextDouble() * total;
            r.Age[id] = u < cut[0] ? AgeBand.Age0To17 : u < cut[1] ? AgeBand.Age18To64 : u < total - p75 ? AgeBand.Age65To74 : AgeBand.Age75Plus;
            var t = Traits.None;
            var age = r.Age[id];
            var alone = age switch
            {
                AgeBand.Age18To64 => pop.LivingAlone18To64Pct,
                AgeBand.Age65To74 => pop.LivingAlone65To74Pct,
                AgeBand.Age75Plus => pop.LivingAlone75PlusPct,
                _ => 0,
            };
            if (rng.Chance(alone / 100)) t |= Traits.LivingAlone;
            var mobility = age switch { AgeBand.Age65To74 => pop.LimitedMobility65To74Pct, AgeBand.Age75Plus => pop.LimitedMobility75PlusPct, _ => pop.LimitedMobilityUnder65Pct };
            if (rng.Chance(mobility / 100)) t |= Traits.LimitedMobility;
            var digital = age switch { AgeBand.Age0To17 => 100, AgeBand.Age18To64 => pop.DigitalUse18To64Pct, AgeBand.Age65To74 => pop.DigitalUse65To74Pct, _ => pop.DigitalUse75PlusPct };
            if (rng.Chance(digital / 100)) t |= Traits.DigitalUse;
            if (rng.Chance(pop.ForeignOriginPct / 100))
            {
                t |= Traits.ForeignOrigin;
                if (rng.Chance(pop.LanguageBarrierOfForeignOriginPct / 100)) t |= Traits.LanguageBarrier;
            }
            if (age == AgeBand.Age18To64 && rng.Chance(pop.UnemployedPct / 100)) t |= Traits.Unemployed;
            if (rng.Chance(pop.KinInAreaProbability())) t |= Traits.KinInArea;
            r.Trait[id] = t;
        }
        // Traits that rise with age, scaled so their overall share matches the analysis figure.
        DrawByAgeWeight(3, pop.ChronicConditionPct, [0.3, 0.8, 1.8, 2.6], Traits.ChronicCondition);
        DrawByAgeWeight(4, pop.IncreasedAllowancePct, [0.9, 0.8, 1.4, 1.8], Traits.LowIncome);
        DrawByAgeWeight(5, pop.AntidepressantPct, [0.2, 1.1, 1.2, 1.3], Traits.Antidepressant);
    }

    private void DrawByAgeWeight(int stage, double pct, double[] weight, Traits trait)
    {
        var r = Residents;
        var mean = 0.0;
        for (var id = 0; id < r.Count; id++) mean += weight[(int)r.Age[id]];
        mean /= Math.Max(1, r.Count);
        for (var id = 0; id < r.Count; id++)
        {
            var rng = Rng(stage, id);
            if (rng.Chance(pct / 100 * weight[(int)r.Age[id]] / mean)) r.Trait[id] |= trait;
        }
    }

    /// <summary>
    /// Those living alone form one-person households; the others of a street share households whose mean size
    /// follows from <see cref="PopulationSpec.LivingAlonePct"/> (the share of households that are one person),
    /// each with at least one adult where the street allows it.
    /// </summary>
    private void FormHouseholds(PopulationSpec pop)
    {
        var r = Residents;
        var alone = 0;
        for (var id = 0; id < r.Count; id++) if (r.Has(id, Traits.LivingAlone)) alone++;
        var mean = SharedHouseholdSize(pop, r.Count, alone);
        var next = 0;
        for (var s = 0; s + 1 < StreetStart.Length; s++)
        {
            var adults = new List<int>();
            var children = new List<int>();
            for (var id = StreetStart[s]; id < StreetStart[s + 1]; id++)
            {
                if (r.Has(id, Traits.LivingAlone)) { r.Household[id] = next++; continue; }
                (r.Age[id] == AgeBand.Age0To17 ? children : adults).Add(id);
            }
            var members = adults.Count + children.Count;
            if (members == 0) continue;
            var households = Math.Max(1, Math.Min(Math.Max(adults.Count, 1), (int)Math.Round(members / mean)));
            for (var i = 0; i < adults.Count; i++) r.Household[adults[i]] = next + i % households;
            for (var i = 0; i < children.Count; i++) r.Household[children[i]] = next + i % households;
            next += households;
        }
        HouseholdCount = next;
    }

    public int HouseholdCount { get; private set; }

    /// <summary>Mean size of shared households so that one-person households make up LivingAlonePct of households.</summary>
    public static double SharedHouseholdSize(PopulationSpec pop, int people, int alone)
    {
        var share = pop.LivingAlonePct / 100;
        if (alone == 0 || share <= 0 || share >= 1) return 2.5;
        var size = (people - alone) * share / (alone * (1 - share));
        return Math.Clamp(size, 2, 8);
    }

    private void DrawHouseholdTraits(PopulationSpec pop)
    {
        var r = Residents;
        var social = pop.RentersPct <= 0 ? 0 : pop.SocialRentersPct / pop.RentersPct;
        for (var id = 0; id < r.Count; id++)
        {
            var rng = Rng(6, r.Household[id]);
            if (!rng.Chance(pop.RentersPct / 100)) continue;
            r.Trait[id] |= Traits.Renter;
            if (rng.Chance(social)) r.Trait[id] |= Traits.SocialRenter;
        }
    }

    private void MarkVulnerable()
    {
        var r = Residents;
        for (var id = 0; id < r.Count; id++)
        {
            var n = (r.Age[id] == AgeBand.Age75Plus ? 1 : 0)
                + (r.Has(id, Traits.LivingAlone) ? 1 : 0)
                + (r.Has(id, Traits.LimitedMobility) ? 1 : 0)
                + (r.Has(id, Traits.LowIncome) ? 1 : 0)
                + (r.Has(id, Traits.LanguageBarrier) ? 1 : 0)
                + (r.Has(id, Traits.ChronicCondition) ? 1 : 0);
            if (n >= 2) r.Trait[id] |= Traits.Vulnerable;
        }
    }

    private void DrawDisposition(PopulationSpec pop)
    {
        var r = Residents;
        var skill = (float)Parameters.Detection.SkillResident;
        for (var id = 0; id < r.Count; id++)
        {
            var rng = Rng(7, id);
            var lb = r.Has(id, Traits.LanguageBarrier) ? 1 : 0;
            var poor = r.Has(id, Traits.LowIncome) ? 1 : 0;
            Initial.Trust[id] = (float)rng.AroundMean(pop.TrustMean - 0.15 * lb - 0.05 * poor, 0.2);
            Initial.AskThreshold[id] = (float)rng.AroundMean(pop.AskThresholdMean + (r.Age[id] == AgeBand.Age75Plus ? 0.1 : 0) + 0.1 * lb, 0.2);
            Initial.Disposition[id] = (float)(rng.Uniform(-0.1, 0.1) + (r.Has(id, Traits.Antidepressant) ? 0.1 : 0));
            // Gamma(2, 0.5): mean 1, most between 0.2 and 2.5; a few very withdrawn people.
            Initial.Sociability[id] = (float)Math.Clamp(-0.5 * Math.Log((1 - rng.NextDouble()) * (1 - rng.NextDouble())), 0.05, 4);
            Initial.Skill[id] = skill;
            Initial.KnowsContact[id] = r.Age[id] != AgeBand.Age0To17 && rng.Chance(pop.KnowsContactPersonShare);
            Initial.FirstLine[id] = -1;
        }
    }

    /// <summary>
    /// Each resident's main first-line professional and visit rate (ASSUMED): a home carer twice a week for the
    /// 65+ with limited mobility, a nurse every two weeks for the 65+ with a chronic condition, a pharmacist
    /// monthly for other chronic conditions, otherwise the GP (monthly for 75+, quarterly for adults, twice a year for children).
    /// </summary>
    private void AssignFirstLine()
    {
        var r = Residents;
        var pro = Professionals;
        var byKind = Enumerable.Range(0, pro.Count).GroupBy(j => pro.Kind[j]).ToDictionary(g => g.Key, g => g.ToArray());
        for (var id = 0; id < r.Count; id++)
        {
            var old = r.Age[id] >= AgeBand.Age65To74;
            var chronic = r.Has(id, Traits.ChronicCondition);
            (ProfessionalKind Kind, double Rate)[] wish =
            [
                .. old && r.Has(id, Traits.LimitedMobility) ? new[] { (ProfessionalKind.HomeCarer, 2.0 / 7) } : [],
                .. old && chronic ? new[] { (ProfessionalKind.Nurse, 1.0 / 14) } : [],
                .. chronic ? new[] { (ProfessionalKind.Pharmacist, 1.0 / 30) } : [],
                (ProfessionalKind.GeneralPractitioner, r.Age[id] switch { AgeBand.Age75Plus => 1.0 / 30, AgeBand.Age0To17 => 1.0 / 180, _ => 1.0 / 90 }),
            ];
            var rng = Rng(8, id);
            foreach (var (kind, rate) in wish)
            {
                if (!byKind.TryGetValue(kind, out var list)) continue;
                Initial.FirstLine[id] = list[rng.NextInt(list.Length)];
                Initial.VisitRate[id] = (float)rate;
                AddProfessionalTie(id, Initial.FirstLine[id], (float)rng.Uniform(0.2, 0.6));
                break;
            }
        }
    }

    private void AddProfessionalTie(int resident, int professional, float w) =>
        _ties.Add((resident, Professionals.FirstId + professional, TieKind.Professional, w));

    private void FormTies(PopulationSpec pop)
    {
        var r = Residents;
        // Household: everyone in a household knows everyone else in it.
        for (var s = 0; s + 1 < StreetStart.Length; s++)
            for (var a = StreetStart[s]; a < StreetStart[s + 1]; a++)
                for (var b = a + 1; b < StreetStart[s + 1]; b++)
                    if (r.Household[a] == r.Household[b]) AddPair(a, b, TieKind.Household, 0.9f);

        var hubs = Professionals.HubIndices();
        for (var id = 0; id < r.Count; id++)
        {
            var rng = Rng(9, id);
            var street = r.Street[id];
            var settlement = r.Settlement[id];
            var sLo = StreetStart[street];
            var sHi = StreetStart[street + 1];
            var kLo = StreetStart[SettlementStreets[settlement]];
            var kHi = StreetStart[SettlementStreets[settlement + 1]];

            if (r.Has(id, Traits.KinInArea))
                for (var k = 0; k < 1 + (rng.Chance(0.5) ? 1 : 0); k++)
                {
                    var other = rng.NextInt(r.Count);
                    if (r.Household[other] == r.Household[id]) continue;
                    if (AddPair(id, other, TieKind.Kin, (float)rng.Uniform(0.4, 0.8))) r.Trait[other] |= Traits.KinInArea;
                }

            var neighbours = rng.Poisson(pop.NeighbourTiesMean / 2 * Initial.Sociability[id]);
            for (var k = 0; k < neighbours && sHi - sLo > 1; k++)
            {
                var other = sLo + rng.NextInt(sHi - sLo);
                if (r.Household[other] != r.Household[id]) AddPair(id, other, TieKind.Neighbour, (float)rng.Uniform(0.1, 0.5));
            }

            var friends = rng.Poisson(pop.FriendTiesMean / 2 * Initial.Sociability[id]);
            for (var k = 0; k < friends && kHi - kLo > 1; k++)
                for (var attempt = 0; attempt < 5; attempt++)
                {
                    var other = kLo + rng.NextInt(kHi - kLo);
                    if (r.Household[other] == r.Household[id]) continue;
                    var similar = r.Age[id] == r.Age[other] && r.Has(id, Traits.ForeignOrigin) == r.Has(other, Traits.ForeignOrigin);
                    if (!similar && !rng.Chance(0.3)) continue;
                    AddPair(id, other, TieKind.Friend, (float)rng.Uniform(0.3, 0.8));
                    break;
                }

            if (Initial.KnowsContact[id] && hubs.Length > 0) AddProfessionalTie(id, hubs[id % hubs.Length], 0.3f);
        }
    }

    private bool AddPair(int a, int b, TieKind kind, float w)
    {
        if (a == b) return false;
        var key = ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
        if (!_pairs.Add(key)) return false;
        _ties.Add((a, b, kind, w));
        return true;
    }

    private int[]? _edgeStart;
    private (HalfEdge Edge, float Strength)[]? _edges;

    /// <summary>Every resident's starting half-edges in the order they were drawn (both sides of each tie between
    /// residents, the resident's side of a tie to a professional), indexed once so a block takes only its own rows.</summary>
    private (int[] Start, (HalfEdge Edge, float Strength)[] Edges) HalfEdges()
    {
        if (_edgeStart is not null) return (_edgeStart, _edges!);
        var n = Residents.Count;
        var start = new int[n + 1];
        foreach (var (a, b, _, _) in _ties)
        {
            start[a + 1]++;
            if (b < n) start[b + 1]++;
        }
        for (var i = 0; i < n; i++) start[i + 1] += start[i];
        var fill = start[..n];
        var edges = new (HalfEdge, float)[start[n]];
        foreach (var (a, b, kind, w) in _ties)
        {
            edges[fill[a]++] = (new HalfEdge(b, kind, w, 0), w);
            if (b < n) edges[fill[b]++] = (new HalfEdge(a, kind, w, 0), w);
        }
        (_edgeStart, _edges) = (start, edges);
        return (start, edges);
    }

    /// <summary>Writes the starting partnerships of the block's professionals (both sides drawn per pair).</summary>
    public void Fill(ProfessionalBlock professionals)
    {
        var pro = Professionals;
        var t = Parameters.Ties;
        for (var i = 0; i < pro.Count; i++)
            for (var j = i + 1; j < pro.Count; j++)
            {
                var rng = Rng(10, ((long)i << 20) | (uint)j);
                if (!rng.Chance(t.InitialPartnershipShare)) continue;
                AddPartnership(professionals, i, pro.FirstId + j, (float)t.InitialPartnership);
                AddPartnership(professionals, j, pro.FirstId + i, (float)t.InitialPartnership);
            }
    }

    private static void AddPartnership(ProfessionalBlock p, int index, int otherAgent, float w)
    {
        if (index >= p.Lo && index < p.Hi) p.Partnerships.Add(index - p.Lo, new HalfEdge(otherAgent, TieKind.Partnership, w, 0));
    }

    /// <summary>Copies the census rows, the drawn starting state and the starting ties of the block's residents into the block.</summary>
    public void Fill(ResidentBlock block)
    {
        var r = Residents;
        var s = Initial;
        var (start, edges) = HalfEdges();
        for (var i = 0; i < block.Count; i++)
        {
            var id = block.Lo + i;
            block.Age[i] = r.Age[id];
            block.Trait[i] = r.Trait[id];
            block.Street[i] = r.Street[id];
            block.Settlement[i] = r.Settlement[id];
            block.Trust[i] = s.Trust[id];
            block.AskThreshold[i] = s.AskThreshold[id];
            block.Disposition[i] = s.Disposition[id];
            block.Sociability[i] = s.Sociability[id];
            block.Skill[i] = s.Skill[id];
            block.KnowsContact[i] = s.KnowsContact[id];
            block.FirstLine[i] = s.FirstLine[id];
            block.VisitRate[i] = s.VisitRate[id];
            for (var e = start[id]; e < start[id + 1]; e++)
            {
                var (half, w) = edges[e];
                block.Ties.Add(i, half);
                block.Sums[i * ResidentBlock.SumKinds + (int)half.Kind] += w;
            }
        }
        block.Ties.Compact();
    }
}
