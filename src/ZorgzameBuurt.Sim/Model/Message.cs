using System.Runtime.InteropServices;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>What a message asks of its receiver.</summary>
public enum MessageKind : byte
{
    /// <summary>One side of a contact: reinforce (or form) the tie to the sender; the sender may detect a hidden need.</summary>
    Contact,
    /// <summary>A contact the sender started: handled like <see cref="Contact"/>, then the receiver answers with its own
    /// side (a <see cref="Contact"/> carrying its own card). A form kind on it is an offer the receiver accepts by
    /// homophily (Flags' top bits carry the sender's age band and origin).</summary>
    ContactAsk,
    /// <summary>An organised meeting (from an intervention): the receiver sends its side of the contact, with its own card,
    /// to the agent in <see cref="Message.From"/>.</summary>
    Meet,
    /// <summary>A signal about the sender's need for the hub's queue (receiver: a care director).</summary>
    Signal,
    /// <summary>The hub referred the receiver's need to a service: it now waits on that service's list.</summary>
    Referred,
    /// <summary>The receiver's referral failed (it did not reach the service): the need is hidden again.</summary>
    Lost,
    /// <summary>A case for a service's waiting list (receiver: a service; payload as a <see cref="Signal"/>).</summary>
    Request,
    /// <summary>The service took the receiver's need into service: resolves on day Value.</summary>
    Admitted,
    /// <summary>The receiver's wait on a service's list ran out: the need is hidden again, and trust falls.</summary>
    Expired,
    /// <summary>Volunteer work done (Value = hours).</summary>
    Work,
    /// <summary>An intervision session for a volunteer.</summary>
    Intervision,
    /// <summary>Take up a role (A = role).</summary>
    TakeRole,
    /// <summary>Detection training (Value = new skill floor).</summary>
    Training,
    /// <summary>The receiver now knows a contact person (fixed contact point).</summary>
    LearnContact,
    /// <summary>Refresh referral-card attention of a first-line professional (Value = attention).</summary>
    RefreshAttention,
    /// <summary>The receiver went to an organised activity (a meal) on day Value: it tells its ties (<see cref="TieWent"/>).</summary>
    Went,
    /// <summary>A tie of the receiver went to an organised activity on day Value (they can bring you along next time).</summary>
    TieWent,
}

/// <summary>
/// A message the engine delivers in a batch: 24 bytes, value type. <see cref="Key"/> keys the receiver's
/// draws for this message, so one agent's extra messages never shift another message's random numbers
/// (common random numbers across intervention mixes). <see cref="From"/> is the agent the message speaks for,
/// which is not always the agent that emitted it (a meeting an intervention organises, an introduction). Immutable.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct Message(int To, int From, ulong Key, float Value, MessageKind Kind, byte Detail, byte A, CardFlags Flags)
{
    private const int EncounterBit = 0x80;
    private const int OrganisedBit = 0x08;
    private const int LooksShift = 5;

    /// <summary>A contact from <paramref name="from"/> carrying the sender's card; <paramref name="routeChance"/> is
    /// the chance the sender passes a signal on. <paramref name="form"/> asks the receiver to form a tie of that kind
    /// if none exists; <paramref name="encounter"/> marks a chance encounter.</summary>
    public static Message Contact(int to, int from, ulong key, Channel channel, float senderSkill, CardFlags card,
        float routeChance, TieKind? form = null, bool encounter = false) =>
        new(to, from, key, routeChance, MessageKind.Contact,
            (byte)((int)channel | (form is { } k ? ((int)k + 1) << 4 : 0) | (encounter ? EncounterBit : 0)),
            (byte)Math.Clamp(senderSkill * 255f + 0.5f, 0f, 255f), card);

    /// <summary>A contact that asks the receiver for its side in return; <paramref name="looks"/> (3 bits: age band and
    /// origin) lets the receiver judge a tie offer by homophily.</summary>
    public static Message ContactAsk(int to, int from, ulong key, Channel channel, float senderSkill, CardFlags card,
        float routeChance, TieKind? offer, bool encounter, int looks) =>
        Contact(to, from, key, channel, senderSkill, (CardFlags)((int)card | (looks << LooksShift)), routeChance, offer, encounter) with { Kind = MessageKind.ContactAsk };

    /// <summary>An organised meeting: <paramref name="to"/> sends its side of the contact to <paramref name="with"/>.</summary>
    public static Message Meet(int to, int with, ulong key, Channel channel, TieKind? form, bool encounter) =>
        new(to, with, key, 0, MessageKind.Meet,
            (byte)((int)channel | OrganisedBit | (form is { } k ? ((int)k + 1) << 4 : 0) | (encounter ? EncounterBit : 0)), 0, CardFlags.None);

    /// <summary>A case about <paramref name="resident"/>'s need — a signal for a hub's desk or a request for a service's
    /// waiting list — with all the receiver needs to know, so it reads nothing of the resident but this message: her
    /// trust, the need and its severity, whether she is vulnerable (triage), her settlement and limited mobility (the
    /// referral's distance), and the professional who referred it (−1: none). The key packs severity (16 bits),
    /// vulnerability (bit 16) and the referrer + 1 (from bit 20).</summary>
    public static Message Case(MessageKind kind, int to, int resident, int referrer, float trust, NeedKind need, float severity,
        bool vulnerable, int settlement, bool limitedMobility) =>
        new(to, resident,
            (ulong)(ushort)Math.Clamp(severity * 65535f + 0.5f, 0f, 65535f) | (vulnerable ? 1UL << 16 : 0) | ((ulong)(uint)(referrer + 1) << 20),
            trust, kind, (byte)settlement, (byte)need, limitedMobility ? CardFlags.Professional : CardFlags.None);

    public static Message Of(MessageKind kind, int to, int from, float value = 0, byte a = 0, ulong key = 0) =>
        new(to, from, key, value, kind, 0, a, CardFlags.None);

    public Channel Channel => (Channel)(Detail & 0x07);

    /// <summary>True for a contact an intervention organised (a meal, a call, a visit, a street meeting).</summary>
    public bool IsOrganised => (Detail & OrganisedBit) != 0;

    /// <summary>This contact, marked as organised by an intervention.</summary>
    public Message Organised() => this with { Detail = (byte)(Detail | OrganisedBit) };

    /// <summary>The kind of tie to form if none exists, or null.</summary>
    public TieKind? FormKind => ((Detail >> 4) & 7) is var f and > 0 ? (TieKind)(f - 1) : null;

    public bool IsEncounter => (Detail & EncounterBit) != 0;

    /// <summary>For contacts: the sender's detection skill (A/255).</summary>
    public float SenderSkill => A / 255f;

    /// <summary>For contacts: the sender's card (without the looks of a <see cref="MessageKind.ContactAsk"/>).</summary>
    public CardFlags Card => (CardFlags)((int)Flags & ((1 << LooksShift) - 1));

    /// <summary>For a <see cref="MessageKind.ContactAsk"/>: the sender's looks (age band and origin, 3 bits).</summary>
    public int Looks => (int)Flags >> LooksShift;

    /// <summary>For a case (signal or request): the resident's settlement and whether they have limited mobility.</summary>
    public int CaseSettlement => Detail;

    public bool CaseLimitedMobility => (Flags & CardFlags.Professional) != 0;

    /// <summary>For a case: the kind of need.</summary>
    public NeedKind CaseNeed => (NeedKind)A;

    /// <summary>For a case: the professional agent who referred it, or −1.</summary>
    public int CaseReferrer => (int)(Key >> 20) - 1;

    /// <summary>For a case: the need's severity in [0,1].</summary>
    public float CaseSeverity => (ushort)Key / 65535f;

    /// <summary>For a case: whether the resident is vulnerable.</summary>
    public bool CaseVulnerable => (Key & (1UL << 16)) != 0;
}
