using System.Runtime.InteropServices;

namespace ZorgzameBuurt.Sim.Model;

/// <summary>What a message asks of its receiver.</summary>
public enum MessageKind : byte
{
    /// <summary>A contact: reinforce (or form) the tie to the sender, and the sender may detect a hidden need.</summary>
    Contact,
    /// <summary>A signal about the sender's need for the hub's queue (receiver: a care director).</summary>
    Signal,
    /// <summary>The hub referred the receiver's need: resolves after the service time (Value = due day).</summary>
    Referred,
    /// <summary>The receiver's signal was lost (queue overflow or failed referral): the need is hidden again.</summary>
    Lost,
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
}

/// <summary>
/// A message the engine delivers in a batch: 24 bytes, value type. <see cref="Key"/> keys the receiver's
/// draws for this message, so one agent's extra messages never shift another message's random numbers
/// (common random numbers across intervention mixes). Immutable.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public readonly record struct Message(int To, int From, ulong Key, float Value, MessageKind Kind, byte Detail, byte A, CardFlags Flags)
{
    private const int EncounterBit = 0x80;
    private const int OrganisedBit = 0x08;

    /// <summary>A contact from <paramref name="from"/> carrying the sender's card; <paramref name="routeChance"/> is
    /// the chance the sender passes a signal on. <paramref name="form"/> asks the receiver to form a tie of that kind
    /// if none exists; <paramref name="encounter"/> marks a chance encounter.</summary>
    public static Message Contact(int to, int from, ulong key, Channel channel, float senderSkill, CardFlags card,
        float routeChance, TieKind? form = null, bool encounter = false) =>
        new(to, from, key, routeChance, MessageKind.Contact,
            (byte)((int)channel | (form is { } k ? ((int)k + 1) << 4 : 0) | (encounter ? EncounterBit : 0)),
            (byte)Math.Clamp(senderSkill * 255f + 0.5f, 0f, 255f), card);

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
}
